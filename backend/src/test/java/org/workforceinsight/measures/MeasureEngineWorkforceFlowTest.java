package org.workforceinsight.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.workforceinsight.measures.EngineFixture.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.workforceinsight.measures.WorkforceFacts.WorkerHistory;

/** DfE starters, leavers and turnover: runs of employed social work, over the period to the as-at date. */
class MeasureEngineWorkforceFlowTest {

    private static final String AS_AT = "2025-09-30";

    /**
     * Census year to 30 September 2025 (period 1 October 2024 to 30 September 2025), team A unless said:
     * Gil leaves 31 Mar 2025 (1.0); Hal leaves 31 Dec 2024 (0.8) and returns 1 Apr 2025 (1.0); Ivy starts
     * 1 Feb 2025 part-time (0.5); Jo starts as agency; Kim moves to team B on 1 Jun 2025 with no gap; Len's
     * employment ends 30 Jun 2025 and he carries on as agency; Nia left 30 Sep 2024 (the census year before);
     * Oli left 1 Oct 2024 (its first day); Max starts 1 Oct 2025 (the census year after).
     */
    static WorkforceFacts year() {
        List<WorkerHistory> workers = List.of(
                worker("Gil", "Grey").permanent(TEAM_A, SW, "1.0", "2020-01-01", "2025-03-31").build(),
                worker("Hal", "Hope").permanent(TEAM_A, SW, "0.8", "2019-01-01", "2024-12-31")
                        .permanent(TEAM_A, SW, "1.0", "2025-04-01", null).build(),
                worker("Ivy", "Ince").permanent(TEAM_A, SW, "0.5", "2025-02-01", null).build(),
                worker("Jo", "Jay").agency(TEAM_A, SW, "1.0", "2025-01-01", null, null).build(),
                worker("Kim", "Kay").permanent(TEAM_A, SW, "1.0", "2024-06-01", "2025-05-31")
                        .permanent(TEAM_B, SW, "1.0", "2025-06-01", null).build(),
                worker("Len", "Lee").permanent(TEAM_A, SW, "1.0", "2024-01-01", "2025-06-30")
                        .agency(TEAM_A, SW, "1.0", "2025-07-01", null, null).build(),
                worker("Nia", "Noor").permanent(TEAM_A, SW, "1.0", "2020-01-01", "2024-09-30").build(),
                worker("Oli", "Orr").permanent(TEAM_A, SW, "1.0", "2020-01-01", "2024-10-01").build(),
                worker("Max", "Moss").permanent(TEAM_A, SW, "1.0", "2025-10-01", null).build());
        return facts(workers, List.of(), List.of());
    }

    @Test
    void startersAreRunsOfEmployedSocialWorkStartingInThePeriod() {
        // Hal's return 1.0 + Ivy 0.5 = 1.5 FTE, 2 people; Jo is agency, Kim's run began before the period
        assertValue("1.5", Measure.STARTERS_FTE, year(), A, AS_AT);
        assertValue("2", Measure.STARTERS_HEADCOUNT, year(), A, AS_AT);
    }

    @Test
    void leaversAreRunsEndingInThePeriodWithTheFteOfTheLastStint() {
        // Gil 1.0 + Hal 0.8 + Len 1.0 (to agency) + Oli 1.0 = 3.8 FTE, 4; Nia left the census year before
        assertValue("3.8", Measure.LEAVERS_FTE, year(), A, AS_AT);
        assertValue("4", Measure.LEAVERS_HEADCOUNT, year(), A, AS_AT);
    }

    @Test
    void aLeaverWhoReturnsIsALeaverThenAStarter() {
        List<ExplanationRow> leavers = explain(Measure.LEAVERS_FTE, year(), A, AS_AT);
        List<ExplanationRow> starters = explain(Measure.STARTERS_FTE, year(), A, AS_AT);
        assertEquals(List.of("Grey", "Hope", "Lee", "Orr"), familyNames(leavers));
        assertEquals(d("2024-12-31"), leavers.get(1).leavingDate());
        assertEquals(n("0.8"), leavers.get(1).fte());
        assertEquals(List.of("Hope", "Ince"), familyNames(starters));
        assertEquals(d("2025-04-01"), starters.get(0).startDate());
    }

    @Test
    void aTeamMoveIsNeitherAStarterNorALeaver() {
        // Kim: one run from June 2024, counted in team B at the end; team B has no flows
        assertValue("0", Measure.STARTERS_HEADCOUNT, year(), B, AS_AT);
        assertValue("0", Measure.LEAVERS_HEADCOUNT, year(), B, AS_AT);
        assertValue("1.0", Measure.IN_POST_FTE, year(), B, AS_AT);
        // turnover in B: 0 / 1.0 = 0.0 (a value, not "no value")
        assertValue("0.0", Measure.TURNOVER_RATE, year(), B, AS_AT);
    }

    @Test
    void turnoverIsLeaversFteOverInPostFteAtTheEnd() {
        // in post in A on 30 Sep 2025: Hal 1.0 + Ivy 0.5 = 1.5; 3.8 / 1.5 x 100 = 253.33 -> 253.3
        assertValue("253.3", Measure.TURNOVER_RATE, year(), A, AS_AT);
        assertEquals(List.of("Grey", "Hope", "Lee", "Orr"), familyNames(explain(Measure.TURNOVER_RATE, year(), A, AS_AT)));
    }

    @Test
    void censusYearBoundaryThirtiethSeptemberAgainstFirstOctober() {
        // as at 30 Sep 2024 (period from 1 Oct 2023): Nia's last day 30 Sep 2024 is in; Oli (1 Oct) is not
        List<ExplanationRow> year2024 = explain(Measure.LEAVERS_HEADCOUNT, year(), A, "2024-09-30");
        assertEquals(List.of("Noor"), familyNames(year2024));
        // Max starts 1 Oct 2025: not in the census year to 30 Sep 2025, the first day of the next
        assertEquals(List.of("Moss"), familyNames(explain(Measure.STARTERS_HEADCOUNT, year(), A, "2026-09-30")));
        assertValue("1", Measure.STARTERS_HEADCOUNT, year(), A, "2025-10-01", "2025-10-01");
    }

    @Test
    void aQuarterPeriodCountsOnlyItsOwnFlows() {
        // April to June 2025: Hal starts 1 Apr, Len's employed run ends 30 Jun
        assertValue("1", Measure.STARTERS_HEADCOUNT, year(), A, "2025-06-30", "2025-04-01");
        assertValue("1.0", Measure.LEAVERS_FTE, year(), A, "2025-06-30", "2025-04-01");
        // in post on 30 Jun: Hal 1.0, Ivy 0.5, Len 1.0 = 2.5; 1.0 / 2.5 = 40.0
        assertValue("40.0", Measure.TURNOVER_RATE, year(), A, "2025-06-30", "2025-04-01");
    }

    @Test
    void aRunThatContinuesAfterTheAsAtDateIsNotALeaver() {
        // a contract renewed the day after the old one ends is one run
        WorkforceFacts facts = facts(worker("Pat", "Page").fixedTerm(TEAM_A, SW, "1.0", "2024-01-01", "2025-09-30")
                .permanent(TEAM_A, SW, "1.0", "2025-10-01", null).build());
        assertValue("0", Measure.LEAVERS_HEADCOUNT, facts, A, AS_AT);
        // a gap of one day makes two runs: a leaver on 30 Sep and a starter on 2 Oct
        WorkforceFacts gap = facts(worker("Pat", "Page").fixedTerm(TEAM_A, SW, "1.0", "2024-01-01", "2025-09-30")
                .permanent(TEAM_A, SW, "1.0", "2025-10-02", null).build());
        assertValue("1", Measure.LEAVERS_HEADCOUNT, gap, A, AS_AT);
        assertValue("1", Measure.STARTERS_HEADCOUNT, gap, A, "2025-10-31", "2025-10-01");
    }
}

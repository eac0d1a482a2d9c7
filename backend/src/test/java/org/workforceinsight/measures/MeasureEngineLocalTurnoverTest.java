package org.workforceinsight.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.workforceinsight.measures.EngineFixture.*;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Local turnover (all staff and social workers, over the trailing year) and exit interviews. */
class MeasureEngineLocalTurnoverTest {

    private static final String AS_AT = "2025-09-30";

    /**
     * The year 1 Oct 2024 to 30 Sep 2025, team A:
     * Ann SW 1.0, in post throughout. Ben family support 0.5, leaves 31 Mar 2025 for pay (inside control),
     * interviewed. Cat SW 1.0 leaves 30 Jun 2025 on relocation (outside control), interviewed. Dan SW 0.8 joins
     * 1 Jan 2025. Eve SW left 30 Sep 2024, the day before the year. Fay family support 1.0 leaves 31 Aug 2025,
     * no reason recorded, not interviewed. Gil, agency, has a leaving record: not an employed leaver.
     */
    static WorkforceFacts year() {
        return facts(
                worker("Ann", "Able").permanent(TEAM_A, SW, "1.0", "2020-01-01", null).build(),
                worker("Ben", "Baker").permanent(TEAM_A, FSW, "0.5", "2020-01-01", "2025-03-31")
                        .leaving("2025-03-31", "pay", true, true).build(),
                worker("Cat", "Cole").permanent(TEAM_A, SW, "1.0", "2020-01-01", "2025-06-30")
                        .leaving("2025-06-30", "relocation", false, true).build(),
                worker("Dan", "Dunn").permanent(TEAM_A, SW, "0.8", "2025-01-01", null).build(),
                worker("Eve", "Eden").permanent(TEAM_A, SW, "1.0", "2020-01-01", "2024-09-30")
                        .leaving("2024-09-30", "retirement", false, true).build(),
                worker("Fay", "Ford").permanent(TEAM_A, FSW, "1.0", "2019-01-01", "2025-08-31")
                        .leaving("2025-08-31", null, null, false).build(),
                worker("Gil", "Grey").agency(TEAM_A, SW, "1.0", "2024-01-01", "2025-05-31", null)
                        .leaving("2025-05-31", "pay", true, true).build());
    }

    @Test
    void localTurnoverIsLeaversOverTheAverageOfHeadcountAtTheStartAndEnd() {
        // in post 1 Oct 2024: Ann, Ben, Cat, Fay = 4; 30 Sep 2025: Ann, Dan = 2; average 3
        // leavers Ben, Cat, Fay = 3: 3 / 3 x 100 = 100.0
        assertValue("100.0", Measure.LOCAL_TURNOVER_RATE, year(), A, AS_AT);
    }

    @Test
    void localTurnoverByFteUsesTheLeaversFteOnTheirLeavingDate() {
        // FTE 1 Oct 2024: 1.0 + 0.5 + 1.0 + 1.0 = 3.5; 30 Sep 2025: 1.0 + 0.8 = 1.8; average 2.65
        // leavers 0.5 + 1.0 + 1.0 = 2.5: 2.5 / 2.65 x 100 = 94.34 -> 94.3
        assertValue("94.3", Measure.LOCAL_TURNOVER_RATE_FTE, year(), A, AS_AT);
    }

    @Test
    void socialWorkerTurnoverCountsOnlySocialWorkers() {
        // SW in post: start Ann, Cat = 2; end Ann, Dan = 2; SW leavers Cat = 1: 1 / 2 x 100 = 50.0
        assertValue("50.0", Measure.SOCIAL_WORKER_TURNOVER_RATE, year(), A, AS_AT);
        assertEquals(List.of("Cole"), familyNames(explain(Measure.SOCIAL_WORKER_TURNOVER_RATE, year(), A, AS_AT)));
    }

    @Test
    void localTurnoverIsAlwaysTheTrailingYearWhateverThePeriod() {
        assertValue("100.0", Measure.LOCAL_TURNOVER_RATE, year(), A, AS_AT, "2025-07-01");
    }

    @Test
    void exitInterviewsCountLeaversInThePeriodAndTheReasonsInsideControl() {
        // leavers Ben, Cat, Fay; interviewed Ben, Cat: 2, 2 / 3 = 66.7; of those, inside control Ben: 1 / 2 = 50.0
        assertValue("2", Measure.EXIT_INTERVIEWS, year(), A, AS_AT);
        assertValue("66.7", Measure.EXIT_INTERVIEW_RATE, year(), A, AS_AT);
        assertValue("50.0", Measure.LEAVERS_INSIDE_CONTROL_RATE, year(), A, AS_AT);
        // the quarter July to September: only Fay, not interviewed: 0.0; no interviewed leaver: no value
        assertValue("0.0", Measure.EXIT_INTERVIEW_RATE, year(), A, AS_AT, "2025-07-01");
        assertValue(null, Measure.LEAVERS_INSIDE_CONTROL_RATE, year(), A, AS_AT, "2025-07-01");
    }

    @Test
    void leaverExplanationShowsReasonControlAndInterview() {
        List<ExplanationRow> rows = explain(Measure.EXIT_INTERVIEW_RATE, year(), A, AS_AT);
        assertEquals(List.of("Baker", "Cole", "Ford"), familyNames(rows));
        ExplanationRow ben = rows.get(0);
        assertEquals(d("2025-03-31"), ben.leavingDate());
        assertEquals("pay", ben.leavingReasonCode());
        assertEquals(Boolean.TRUE, ben.reasonInsideControl());
        assertEquals(Boolean.TRUE, ben.exitInterviewHeld());
        assertEquals(n("0.5"), ben.fte());
        assertEquals(Boolean.FALSE, rows.get(2).exitInterviewHeld());
    }

    @Test
    void aLeaverCountsForTheTeamTheyLeftFrom() {
        assertValue("0", Measure.EXIT_INTERVIEWS, year(), B, AS_AT);
        assertValue(null, Measure.LOCAL_TURNOVER_RATE, year(), B, AS_AT);
        assertValue("100.0", Measure.LOCAL_TURNOVER_RATE, year(), SERVICE_NODES, AS_AT);
    }
}

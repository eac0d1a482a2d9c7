package org.workforceinsight.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.workforceinsight.measures.EngineFixture.*;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sickness days per FTE over the trailing year, short and long term, Bradford factor and health masking. */
class MeasureEngineSicknessTest {

    private static final String AS_AT = "2025-09-30";

    /**
     * The year 1 Oct 2024 to 30 Sep 2025, team A, employed staff of every role:
     * Ann SW 1.0 throughout: 3 days in November (short), 25 days from 6 Jan to 7 Feb (long: 20 or more).
     * Ben family support 0.5, joined 1 Apr 2025: 4 days in May -> 2.0 weighted (short).
     * Cat agency: her 5 days do not count.
     * Employed FTE 1 Oct 2024: Ann 1.0; 30 Sep 2025: Ann 1.0 + Ben 0.5 = 1.5; average 1.25.
     */
    static WorkforceFacts year() {
        return facts(
                worker("Ann", "Able").permanent(TEAM_A, SW, "1.0", "2020-01-01", null)
                        .sickness("2024-11-04", "2024-11-06", "3", "infections")
                        .sickness("2025-01-06", "2025-02-07", "25", "musculoskeletal").build(),
                worker("Ben", "Baker").permanent(TEAM_A, FSW, "0.5", "2025-04-01", null)
                        .sickness("2025-05-12", "2025-05-15", "4", "infections").build(),
                worker("Cat", "Cole").agency(TEAM_A, SW, "1.0", "2024-01-01", null, null)
                        .sickness("2025-05-12", "2025-05-16", "5", "other").build());
    }

    @Test
    void sicknessDaysPerFteIsWeightedDaysOverAverageFte() {
        // 3 + 25 + 2 = 30 / 1.25 = 24.0; short 5 / 1.25 = 4.0; long 25 / 1.25 = 20.0
        assertValue("24.0", Measure.SICKNESS_DAYS_PER_FTE, year(), A, AS_AT);
        assertValue("4.0", Measure.SHORT_TERM_SICKNESS_DAYS_PER_FTE, year(), A, AS_AT);
        assertValue("20.0", Measure.LONG_TERM_SICKNESS_DAYS_PER_FTE, year(), A, AS_AT);
    }

    @Test
    void longTermIsJudgedOnTheWholeAbsenceNotThePartInTheYear() {
        // 2 Sep to 25 Oct 2024: 40 weekdays, 40 days lost; from 1 Oct: Tue-Fri 4 + 3 weeks 15 = 19 weekdays -> 19
        // days, under 20 but long-term because the absence is 40. FTE 1.0 at both ends: 19 / 1.0 = 19.0
        WorkforceFacts facts = facts(worker("Ann", "Able").permanent(TEAM_A, SW, "1.0", "2020-01-01", null)
                .sickness("2024-09-02", "2024-10-25", "40").build());
        assertValue("19.0", Measure.LONG_TERM_SICKNESS_DAYS_PER_FTE, facts, A, AS_AT);
        assertValue("0.0", Measure.SHORT_TERM_SICKNESS_DAYS_PER_FTE, facts, A, AS_AT);
    }

    @Test
    void bradfordFactorIsSpellsSquaredTimesDaysOverFiftyTwoWeeks() {
        // 52 weeks to 30 Sep 2025 start 1 Oct 2024: spells of 1, 2 and 3 days = 3 x 3 x 6 = 54.0; the spell on
        // 30 Sep 2024 is outside
        WorkforceFacts facts = facts(worker("Ann", "Able").permanent(TEAM_A, SW, "1.0", "2020-01-01", null)
                .sickness("2024-09-30", "2024-09-30", "1").sickness("2024-10-01", "2024-10-01", "1")
                .sickness("2025-02-03", "2025-02-04", "2").sickness("2025-06-02", "2025-06-04", "3").build());
        List<ExplanationRow> rows = ENGINE.explain(Measure.SICKNESS_DAYS_PER_FTE, facts, A, d(AS_AT), null, true);
        assertEquals(3, rows.size());
        rows.forEach(row -> assertEquals(n("54.0"), row.bradfordFactor()));
        // rows in date order for one worker
        assertEquals(List.of(d("2024-10-01"), d("2025-02-03"), d("2025-06-02")),
                rows.stream().map(ExplanationRow::absenceFirstDay).toList());
    }

    @Test
    void healthDetailIsOnlyShownWhenAskedFor() {
        List<ExplanationRow> masked = ENGINE.explain(Measure.LONG_TERM_SICKNESS_DAYS_PER_FTE, year(), A, d(AS_AT), null,
                false);
        assertEquals(1, masked.size());
        ExplanationRow row = masked.get(0);
        assertEquals(Boolean.TRUE, row.longTerm());
        assertEquals(n("25.0"), row.workingDaysLost());
        assertNull(row.sicknessReasonCode());
        assertNull(row.bradfordFactor());
        ExplanationRow detailed = ENGINE.explain(Measure.LONG_TERM_SICKNESS_DAYS_PER_FTE, year(), A, d(AS_AT), null,
                true).get(0);
        assertEquals("musculoskeletal", detailed.sicknessReasonCode());
        // Ann: 2 spells, 28 days: 2 x 2 x 28 = 112.0
        assertEquals(n("112.0"), detailed.bradfordFactor());
        // the DfE absence explanation masks the same way
        ExplanationRow dfe = ENGINE.explain(Measure.ABSENCE_RATE, year(), A, d(AS_AT), null, false).get(0);
        assertNull(dfe.sicknessReasonCode());
        assertNull(dfe.bradfordFactor());
    }

    @Test
    void explanationListsEveryCountedAbsenceByNameThenDate() {
        List<ExplanationRow> rows = ENGINE.explain(Measure.SICKNESS_DAYS_PER_FTE, year(), A, d(AS_AT), null, false);
        assertEquals(List.of("Able", "Able", "Baker"), familyNames(rows));
        assertEquals(d("2024-11-04"), rows.get(0).absenceFirstDay());
        assertEquals(Boolean.FALSE, rows.get(0).longTerm());
        // the short-term measure lists only the short absences: Ann's in November and Ben's
        List<ExplanationRow> shortTerm = ENGINE.explain(Measure.SHORT_TERM_SICKNESS_DAYS_PER_FTE, year(), A, d(AS_AT),
                null, false);
        assertEquals(List.of(d("2024-11-04"), d("2025-05-12")),
                shortTerm.stream().map(ExplanationRow::absenceFirstDay).toList());
        assertEquals(n("2.0"), shortTerm.get(1).workingDaysLost().multiply(shortTerm.get(1).fte()).setScale(1));
    }
}

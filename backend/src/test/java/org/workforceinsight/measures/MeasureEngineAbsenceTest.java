package org.workforceinsight.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.workforceinsight.measures.EngineFixture.*;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DfE working days lost and absence rate: FTE-weighted, apportioned to the period, 253 or 254 days. */
class MeasureEngineAbsenceTest {

    @Test
    void workingDaysLostAreWeightedByFteAndTheRateUses253Days() {
        // Ann 1.0: 5 days in March; Ben 0.5: 2 days in May -> 1.0; 5 + 1 = 6.0 days
        // in post 1.5; the year to 30 Sep 2025 has no 29 February: 6 / (1.5 x 253) x 100 = 1.58 -> 1.6
        WorkforceFacts facts = facts(
                worker("Ann", "Able").permanent(TEAM_A, SW, "1.0", "2020-01-01", null)
                        .sickness("2025-03-03", "2025-03-07", "5").build(),
                worker("Ben", "Baker").permanent(TEAM_A, SW, "0.5", "2020-01-01", null)
                        .sickness("2025-05-12", "2025-05-13", "2").absence("unpaid-leave", "2025-06-02", "2025-06-06", "5")
                        .build());
        assertValue("6.0", Measure.WORKING_DAYS_LOST, facts, A, "2025-09-30");
        assertValue("1.6", Measure.ABSENCE_RATE, facts, A, "2025-09-30");
        MeasureValue rate = ENGINE.compute(Measure.ABSENCE_RATE, facts, A, d("2025-09-30"), null);
        assertEquals(0, n("379.5").compareTo(rate.denominator()), "1.5 x 253");
    }

    @Test
    void aYearHoldingTwentyNinthFebruaryHas254WorkingDays() {
        // 25.5 days lost, 1.0 FTE: over 254 days 10.04 -> 10.0; over 253 it would be 10.08 -> 10.1
        WorkforceFacts leap = facts(worker("Ann", "Able").permanent(TEAM_A, SW, "1.0", "2020-01-01", null)
                .sickness("2024-01-08", "2024-02-09", "25.5").build());
        assertValue("10.0", Measure.ABSENCE_RATE, leap, A, "2024-09-30");
        assertEquals(0, BigDecimal.valueOf(254)
                .compareTo(ENGINE.compute(Measure.ABSENCE_RATE, leap, A, d("2024-09-30"), null).denominator()));
        WorkforceFacts common = facts(worker("Ann", "Able").permanent(TEAM_A, SW, "1.0", "2020-01-01", null)
                .sickness("2025-01-06", "2025-02-07", "25.5").build());
        assertValue("10.1", Measure.ABSENCE_RATE, common, A, "2025-09-30");
    }

    @Test
    void anAbsenceAcrossTheCensusYearEndIsSplitByWeekdays() {
        // Mon 29 Sep to Fri 3 Oct 2025, 5 days: 2 weekdays by 30 Sep, 3 after
        WorkforceFacts facts = facts(worker("Ann", "Able").permanent(TEAM_A, SW, "1.0", "2020-01-01", null)
                .sickness("2025-09-29", "2025-10-03", "5").build());
        assertValue("2.0", Measure.WORKING_DAYS_LOST, facts, A, "2025-09-30");
        assertValue("3.0", Measure.WORKING_DAYS_LOST, facts, A, "2026-09-30");
    }

    @Test
    void anAbsenceWithNoWeekdayIsSplitByCalendarDays() {
        // a weekend worker's Saturday-Sunday absence of 2 days, as at the Saturday: 2 x 1/2 = 1.0
        WorkforceFacts facts = facts(worker("Ann", "Able").permanent(TEAM_A, SW, "1.0", "2020-01-01", null)
                .sickness("2025-09-27", "2025-09-28", "2").build());
        assertValue("1.0", Measure.WORKING_DAYS_LOST, facts, A, "2025-09-27");
    }

    @Test
    void aPeriodShorterThanAYearHasProRataWorkingDays() {
        // July to September 2025: 92 days, 253 x 92 / 365 = 63.7699 working days
        // 5 days, 1.0 FTE: 5 / 63.7699 x 100 = 7.84 -> 7.8
        WorkforceFacts facts = facts(worker("Ann", "Able").permanent(TEAM_A, SW, "1.0", "2020-01-01", null)
                .sickness("2025-07-07", "2025-07-11", "5").build());
        assertValue("7.8", Measure.ABSENCE_RATE, facts, A, "2025-09-30", "2025-07-01");
        BigDecimal denominator = ENGINE.compute(Measure.ABSENCE_RATE, facts, A, d("2025-09-30"), d("2025-07-01"))
                .denominator();
        BigDecimal expected = BigDecimal.valueOf(253 * 92).divide(BigDecimal.valueOf(365), MathContext.DECIMAL64);
        assertEquals(0, expected.round(MathContext.DECIMAL64).compareTo(denominator.round(MathContext.DECIMAL64)));
    }

    @Test
    void weightIsTheFteOnTheAbsencesFirstDayInThePeriodAndOnlyEmployedSocialWorkersCount() {
        // Ann went part-time (0.5) on 1 Apr 2025: 2 days in April -> 1.0
        // Ben's absence began before the period, when he was 0.6; on 1 Oct 2024 he is 1.0: Thu 26 Sep to
        //   Fri 4 Oct 2024 is 7 weekdays for 7 days lost, 4 of them from 1 Oct -> 4 x 1.0 = 4.0
        // Cat is agency, Dan a family support worker: not counted. Total 5.0
        WorkforceFacts facts = facts(
                worker("Ann", "Able").permanent(TEAM_A, SW, "1.0", "2020-01-01", "2025-03-31")
                        .permanent(TEAM_A, SW, "0.5", "2025-04-01", null).sickness("2025-04-07", "2025-04-08", "2").build(),
                worker("Ben", "Baker").permanent(TEAM_A, SW, "0.6", "2020-01-01", "2024-09-30")
                        .permanent(TEAM_A, SW, "1.0", "2024-10-01", null).sickness("2024-09-26", "2024-10-04", "7").build(),
                worker("Cat", "Cole").agency(TEAM_A, SW, "1.0", "2020-01-01", null, null)
                        .sickness("2025-04-07", "2025-04-08", "2").build(),
                worker("Dan", "Dunn").permanent(TEAM_A, FSW, "1.0", "2020-01-01", null)
                        .sickness("2025-04-07", "2025-04-08", "2").build());
        assertValue("5.0", Measure.WORKING_DAYS_LOST, facts, A, "2025-09-30");
        List<ExplanationRow> rows = ENGINE.explain(Measure.WORKING_DAYS_LOST, facts, A, d("2025-09-30"), null, false);
        assertEquals(List.of("Able", "Baker"), familyNames(rows));
        assertEquals(n("2.0"), rows.get(0).workingDaysLost());
        assertEquals(n("0.5"), rows.get(0).fte());
        assertEquals(n("4.0"), rows.get(1).workingDaysLost());
        assertNull(rows.get(1).sicknessReasonCode());
    }

    @Test
    void anEmptyTeamHasNoAbsenceRate() {
        WorkforceFacts facts = facts(worker("Ann", "Able").permanent(TEAM_A, SW, "1.0", "2020-01-01", null).build());
        assertValue("0.0", Measure.WORKING_DAYS_LOST, facts, B, "2025-09-30");
        assertValue(null, Measure.ABSENCE_RATE, facts, B, "2025-09-30");
        assertValue("0.0", Measure.ABSENCE_RATE, facts, A, "2025-09-30");
    }
}

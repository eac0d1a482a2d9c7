package org.workforceinsight.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.workforceinsight.measures.EngineFixture.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.workforceinsight.measures.ExplanationRow.AgencyRuleFlag;
import org.workforceinsight.measures.MeasureConfig.PriceCap;
import org.workforceinsight.measures.WorkforceFacts.AgencyTerms;
import org.workforceinsight.measures.WorkforceFacts.ChargeBasis;

/** The DfE agency rules (experience, price cap, cool-off, notice) and agency cost. */
class MeasureEngineAgencyTest {

    private static final String AS_AT = "2025-09-30";

    /** The flags of a single agency assignment starting 1 Jun 2025 in team A. */
    private static Set<AgencyRuleFlag> flagsOf(AgencyTerms terms) {
        return flagsOf(worker("Ann", "Able"), terms, "2025-06-01");
    }

    private static Set<AgencyRuleFlag> flagsOf(EngineFixture.WorkerBuilder worker, AgencyTerms terms, String start) {
        WorkforceFacts facts = facts(worker.agency(TEAM_A, SW, "1.0", start, null, terms).build());
        List<ExplanationRow> rows = explain(Measure.AGENCY_FTE, facts, A, AS_AT);
        assertEquals(1, rows.size());
        return rows.get(0).ruleFlags();
    }

    private static AgencyTerms hourly(String rate) {
        return terms("social-worker", ChargeBasis.HOURLY, rate, "5", 28, null, null);
    }

    @Test
    void anHourlyChargeOnTheCapIsAllowedAndAPennyOverIsFlagged() {
        // West Midlands social worker cap 40.00 from 1 Jan 2024
        assertTrue(flagsOf(hourly("40.00")).isEmpty());
        assertEquals(Set.of(AgencyRuleFlag.ABOVE_PRICE_CAP), flagsOf(hourly("40.01")));
    }

    @Test
    void aDailyChargeIsComparedPerHourOfASevenPointFourHourDay() {
        // 296.00 / 7.40 = 40.00: on the cap; 300.00 / 7.40 = 40.54: above
        assertTrue(flagsOf(terms("social-worker", ChargeBasis.DAILY, "296.00", "5", 28, null, null)).isEmpty());
        AgencyTerms daily = terms("social-worker", ChargeBasis.DAILY, "300.00", "5", 28, null, null);
        assertEquals(Set.of(AgencyRuleFlag.ABOVE_PRICE_CAP), flagsOf(daily));
        ExplanationRow row = explain(Measure.AGENCY_FTE,
                facts(worker("Ann", "Able").agency(TEAM_A, SW, "1.0", "2025-06-01", null, daily).build()), A, AS_AT)
                .get(0);
        assertEquals(n("40.54"), row.hourlyCharge());
    }

    @Test
    void theCapIsTheOneInForceWhenTheAssignmentStartedAndNoCapMeansNoFlag() {
        // a later cap of 45.00 from 1 Apr 2025: 42.00 breaks the cap for a start on 31 Mar, not on 1 Apr
        MeasureConfig defaults = MeasureConfig.defaults("West Midlands");
        List<PriceCap> caps = new java.util.ArrayList<>(defaults.priceCaps());
        caps.add(new PriceCap("West Midlands", "social-worker", d("2025-04-01"), n("45.00")));
        caps.add(new PriceCap("London", "social-worker", d("2025-01-01"), n("30.00")));
        MeasureConfig config = new MeasureConfig(defaults.caseloadThresholds(), defaults.asyeCaseloadThreshold(),
                defaults.caseWeights(), defaults.capacityPointsPerFte(), defaults.asyeCapacityPointsPerFte(),
                defaults.supervisionRules(), defaults.supervisionMinimumMinutes(),
                defaults.appraisalMinimumServiceMonths(), defaults.appraisalIntervalMonths(),
                defaults.longTermAbsenceWorkingDays(), defaults.bradfordTrigger(), defaults.agencyMinimumPqeYears(),
                defaults.agencyCoolOffMonths(), defaults.agencyMinimumNoticeDays(), defaults.agencyHoursPerDay(), caps,
                defaults.councilRegion());
        MeasureEngine engine = new MeasureEngine(config);
        WorkforceFacts facts = facts(
                worker("Ann", "Able").agency(TEAM_A, SW, "1.0", "2025-03-31", null, hourly("42.00")).build(),
                worker("Ben", "Baker").agency(TEAM_A, SW, "1.0", "2025-04-01", null, hourly("42.00")).build(),
                worker("Cat", "Cole").agency(TEAM_A, SW, "1.0", "2023-12-31", null, hourly("90.00")).build());
        List<ExplanationRow> rows = engine.explain(Measure.AGENCY_FTE, facts, A, d(AS_AT), null, false);
        assertEquals(List.of("Able", "Baker", "Cole"), familyNames(rows));
        assertEquals(Set.of(AgencyRuleFlag.ABOVE_PRICE_CAP), rows.get(0).ruleFlags());
        assertTrue(rows.get(1).ruleFlags().isEmpty());
        assertTrue(rows.get(2).ruleFlags().isEmpty(), "no cap before 2024");
    }

    @Test
    void experienceUnderThreeYearsAndNoticeUnderFourWeeksAreFlagged() {
        assertEquals(Set.of(AgencyRuleFlag.UNDER_MINIMUM_EXPERIENCE),
                flagsOf(terms("social-worker", ChargeBasis.HOURLY, "35.00", "2.9", 28, null, null)));
        assertTrue(flagsOf(terms("social-worker", ChargeBasis.HOURLY, "35.00", "3.0", 28, null, null)).isEmpty());
        assertEquals(Set.of(AgencyRuleFlag.NOTICE_TOO_SHORT),
                flagsOf(terms("social-worker", ChargeBasis.HOURLY, "35.00", "3.0", 27, null, null)));
    }

    @Test
    void rejoiningWithinThreeMonthsOfLeavingEmploymentIsWithinCoolOff() {
        // agency from 1 Jun 2025: cool-off covers employment ending 1 Mar to 31 May 2025
        assertEquals(Set.of(AgencyRuleFlag.WITHIN_COOL_OFF), flagsOf(
                worker("Ann", "Able").permanent(TEAM_B, SW, "1.0", "2020-01-01", "2025-03-01"), hourly("35.00"),
                "2025-06-01"));
        assertTrue(flagsOf(worker("Ann", "Able").permanent(TEAM_B, SW, "1.0", "2020-01-01", "2025-02-28"),
                hourly("35.00"), "2025-06-01").isEmpty());
        // a permanent post elsewhere in the region, declared
        assertEquals(Set.of(AgencyRuleFlag.WITHIN_COOL_OFF),
                flagsOf(terms("social-worker", ChargeBasis.HOURLY, "35.00", "5", 28, null, "2025-05-31")));
    }

    @Test
    void flaggedAssignmentsAreThoseActiveOnTheDateWithAnyFlag() {
        WorkforceFacts facts = facts(
                worker("Ann", "Able").agency(TEAM_A, SW, "1.0", "2025-06-01", null, hourly("41.00")).build(),
                worker("Ben", "Baker").agency(TEAM_A, SW, "1.0", "2025-06-01", "2025-08-31", hourly("41.00")).build(),
                worker("Cat", "Cole").agency(TEAM_A, FSW, "1.0", "2025-06-01", null,
                        terms("social-worker", ChargeBasis.HOURLY, "20.00", "0", 7, null, null)).build(),
                worker("Dan", "Dunn").agency(TEAM_A, SW, "1.0", "2025-06-01", null, hourly("35.00")).build());
        // Ann above the cap; Ben's has ended; Cat (any role) short notice and experience; Dan clean: 2
        assertValue("2", Measure.AGENCY_ASSIGNMENTS_FLAGGED, facts, A, AS_AT);
        List<ExplanationRow> rows = explain(Measure.AGENCY_ASSIGNMENTS_FLAGGED, facts, A, AS_AT);
        assertEquals(List.of("Able", "Cole"), familyNames(rows));
        assertEquals(List.of(AgencyRuleFlag.UNDER_MINIMUM_EXPERIENCE, AgencyRuleFlag.NOTICE_TOO_SHORT),
                List.copyOf(rows.get(1).ruleFlags()));
    }

    @Test
    void agencyCostIsUnitsTimesRateOfTimesheetsInThePeriodForTheTeamsAssignments() {
        // July to September 2025, team A:
        // Ann hourly: 37.5 h x 35.00 = 1312.50 and 30 h x 35.00 = 1050.00 (a June week is outside)
        // Ben daily, ended in August: 5 days x 300.00 = 1500.00
        // Cat is in team B: not A's cost. A: 1312.50 + 1050.00 + 1500.00 = 3862.50; service adds Cat's 400.00
        AgencyTerms annTerms = terms("social-worker", ChargeBasis.HOURLY, "35.00", "5", 28, null, null,
                timesheet("2025-06-29", "37.5", "35.00"), timesheet("2025-07-06", "37.5", "35.00"),
                timesheet("2025-09-28", "30", "35.00"));
        AgencyTerms benTerms = terms("social-worker", ChargeBasis.DAILY, "300.00", "5", 28, null, null,
                timesheet("2025-08-03", "5", "300.00"));
        AgencyTerms catTerms = terms("social-worker", ChargeBasis.HOURLY, "40.00", "5", 28, null, null,
                timesheet("2025-08-03", "10", "40.00"));
        WorkforceFacts facts = facts(
                worker("Ann", "Able").agency(TEAM_A, SW, "1.0", "2025-06-01", null, annTerms).build(),
                worker("Ben", "Baker").agency(TEAM_A, SW, "1.0", "2025-07-01", "2025-08-31", benTerms).build(),
                worker("Cat", "Cole").agency(TEAM_B, SW, "1.0", "2025-07-01", null, catTerms).build());
        assertValue("3862.50", Measure.AGENCY_COST, facts, A, AS_AT, "2025-07-01");
        assertValue("4262.50", Measure.AGENCY_COST, facts, SERVICE_NODES, AS_AT, "2025-07-01");
        List<ExplanationRow> rows = ENGINE.explain(Measure.AGENCY_COST, facts, A, d(AS_AT), d("2025-07-01"), false);
        assertEquals(List.of("Able", "Baker"), familyNames(rows));
        assertEquals(n("2362.50"), rows.get(0).cost());
        assertEquals(n("1500.00"), rows.get(1).cost());
        assertEquals(LocalDate.parse("2025-07-01"), rows.get(1).startDate());
    }
}

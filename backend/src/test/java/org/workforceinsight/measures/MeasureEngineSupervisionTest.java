package org.workforceinsight.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.workforceinsight.measures.EngineFixture.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.workforceinsight.measures.MeasureConfig.SupervisionRule;

/**
 * Supervision compliance, overdue and held against expected, under the default policy: ASYE weekly for
 * days 0-41, fortnightly for days 42-182, then monthly (31 days) like everyone else; 90 minutes counts.
 */
class MeasureEngineSupervisionTest {

    private static final String AS_AT = "2025-09-30";

    /**
     * As at 30 Sep 2025, team A:
     * Ann, last 30 Aug: due 30 Sep, on time (due today is not overdue).
     * Ben, last counting 29 Aug (a 60-minute session on 15 Sep does not count): due 29 Sep, 1 day overdue.
     * Cat, ASYE from 20 Aug (day 41: weekly), last 20 Sep: due 27 Sep, 3 days overdue.
     * Dan, ASYE from 19 Aug (day 42: fortnightly), last 20 Sep: due 4 Oct, on time.
     * Eve, ASYE from 1 Apr (day 182: fortnightly), last 10 Sep: due 24 Sep, 6 days overdue.
     * Fay, ASYE from 31 Mar (day 183: monthly), last 10 Sep: due 11 Oct, on time.
     * Gus, agency from 10 Sep, never supervised: due 10 Sep + 31 = 11 Oct, on time.
     * Hal, since 1 Jan 2024, never supervised: due 1 Feb 2024, 607 days overdue (366 to 1 Feb 2025, 241 more).
     * Ivy, agency 1 Jun to 31 Aug then employed from 1 Sep, never supervised: her unbroken service began 1 Jun,
     *   due 2 Jul, 90 days overdue (29 + 31 + 30).
     */
    static WorkforceFacts team() {
        return facts(
                worker("Ann", "Able").permanent(TEAM_A, SW, "1.0", "2020-01-01", null).supervision("2025-08-30", 90)
                        .build(),
                worker("Ben", "Baker").permanent(TEAM_A, SW, "1.0", "2020-01-01", null).supervision("2025-08-29", 120)
                        .supervision("2025-09-15", 60).build(),
                worker("Cat", "Cole").asye("2025-08-20").permanent(TEAM_A, SW, "1.0", "2025-08-20", null)
                        .supervision("2025-09-20", 90).build(),
                worker("Dan", "Dunn").asye("2025-08-19").permanent(TEAM_A, SW, "1.0", "2025-08-19", null)
                        .supervision("2025-09-20", 90).build(),
                worker("Eve", "Eden").asye("2025-04-01").permanent(TEAM_A, SW, "1.0", "2025-04-01", null)
                        .supervision("2025-09-10", 90).build(),
                worker("Fay", "Ford").asye("2025-03-31").permanent(TEAM_A, SW, "1.0", "2025-03-31", null)
                        .supervision("2025-09-10", 90).build(),
                worker("Gus", "Gray").agency(TEAM_A, SW, "1.0", "2025-09-10", null, null).build(),
                worker("Hal", "Hope").permanent(TEAM_A, SW, "1.0", "2024-01-01", null).build(),
                worker("Ivy", "Ince").agency(TEAM_A, SW, "1.0", "2025-06-01", "2025-08-31", null)
                        .permanent(TEAM_A, SW, "1.0", "2025-09-01", null).build());
    }

    @Test
    void complianceIsTheShareOfSupervisedWorkersNotOverdue() {
        // in scope 9, overdue Ben, Cat, Eve, Hal, Ivy = 5: 4 / 9 = 44.44 -> 44.4
        assertValue("44.4", Measure.SUPERVISION_COMPLIANCE, team(), A, AS_AT);
        assertValue("5", Measure.SUPERVISIONS_OVERDUE, team(), A, AS_AT);
    }

    @Test
    void overdueWorkersAreListedMostOverdueFirstWithTheirDueDate() {
        List<ExplanationRow> rows = explain(Measure.SUPERVISIONS_OVERDUE, team(), A, AS_AT);
        assertEquals(List.of("Hope", "Ince", "Eden", "Cole", "Baker"), familyNames(rows));
        assertEquals(List.of(607, 90, 6, 3, 1), rows.stream().map(ExplanationRow::daysOverdue).toList());
        ExplanationRow ben = rows.get(4);
        assertEquals(d("2025-08-29"), ben.lastSupervisionDate());
        assertEquals(31, ben.requiredIntervalDays());
        assertEquals(d("2025-09-29"), ben.dueDate());
        ExplanationRow cat = rows.get(3);
        assertEquals(7, cat.requiredIntervalDays());
        assertNull(rows.get(0).lastSupervisionDate());
        assertEquals(d("2024-02-01"), rows.get(0).dueDate());
    }

    @Test
    void asyeStagesChangeOnDays42And183() {
        List<ExplanationRow> rows = explain(Measure.SUPERVISIONS_HELD_VS_EXPECTED, team(), A, AS_AT);
        // every in-scope worker; Dan (day 42) fortnightly, Eve (day 182) fortnightly, Fay (day 183) monthly
        assertEquals(9, rows.size());
        ExplanationRow dan = rows.stream().filter(r -> r.familyName().equals("Dunn")).findFirst().orElseThrow();
        ExplanationRow eve = rows.stream().filter(r -> r.familyName().equals("Eden")).findFirst().orElseThrow();
        ExplanationRow fay = rows.stream().filter(r -> r.familyName().equals("Ford")).findFirst().orElseThrow();
        assertEquals(14, dan.requiredIntervalDays());
        assertNull(dan.daysOverdue());
        assertEquals(14, eve.requiredIntervalDays());
        assertEquals(31, fay.requiredIntervalDays());
    }

    @Test
    void aRoleRuleAppliesAndAnUnsupervisedRoleIsOutOfScope() {
        // team managers every 42 days; family support workers not supervised under this policy
        MeasureConfig defaults = MeasureConfig.defaults("West Midlands");
        List<SupervisionRule> rules = List.of(new SupervisionRule(null, 0, 42, 7, true),
                new SupervisionRule(MANAGER, null, null, 42, true), new SupervisionRule(FSW, null, null, 31, false),
                new SupervisionRule(null, null, null, 31, true));
        MeasureConfig config = new MeasureConfig(defaults.caseloadThresholds(), defaults.asyeCaseloadThreshold(),
                defaults.caseWeights(), defaults.capacityPointsPerFte(), defaults.asyeCapacityPointsPerFte(), rules,
                defaults.supervisionMinimumMinutes(), defaults.appraisalMinimumServiceMonths(),
                defaults.appraisalIntervalMonths(), defaults.longTermAbsenceWorkingDays(), defaults.bradfordTrigger(),
                defaults.agencyMinimumPqeYears(), defaults.agencyCoolOffMonths(), defaults.agencyMinimumNoticeDays(),
                defaults.agencyHoursPerDay(), defaults.priceCaps(), defaults.councilRegion());
        WorkforceFacts facts = facts(
                // last 20 Aug: 41 days ago; monthly would be overdue, every 42 days is not
                worker("Mo", "Mann").permanent(TEAM_A, MANAGER, "1.0", "2020-01-01", null).supervision("2025-08-20", 90)
                        .build(),
                worker("Fay", "Ford").permanent(TEAM_A, FSW, "1.0", "2020-01-01", null).build());
        MeasureEngine engine = new MeasureEngine(config);
        assertEquals(n("100.0"), engine.compute(Measure.SUPERVISION_COMPLIANCE, facts, A, d(AS_AT), null).value());
        assertEquals(n("1"), engine.compute(Measure.SUPERVISION_COMPLIANCE, facts, A, d(AS_AT), null).denominator());
        // under the default policy both are monthly: Mo 10 days overdue (due 20 Sep), Fay never supervised
        assertValue("0.0", Measure.SUPERVISION_COMPLIANCE, facts, A, AS_AT);
    }

    @Test
    void heldAgainstExpectedCountsOneSessionPerIntervalDay() {
        // July-August 2025 is 62 days of a monthly rule: 62 / 31 = 2 expected; 1 counting session held: 50.0
        WorkforceFacts facts = facts(worker("Ann", "Able").permanent(TEAM_A, SW, "1.0", "2020-01-01", null)
                .supervision("2025-06-30", 90).supervision("2025-07-15", 90).supervision("2025-08-15", 45).build());
        assertValue("50.0", Measure.SUPERVISIONS_HELD_VS_EXPECTED, facts, A, "2025-08-31", "2025-07-01");
    }

    @Test
    void heldAgainstExpectedFollowsTheAsyeStages() {
        // ASYE from 1 Jul 2025, period 1 Jul to 25 Aug (56 days): days 0-41 weekly = 42 / 7 = 6, days 42-55
        // fortnightly = 14 / 14 = 1; 7 expected, 7 sessions held: 100.0
        EngineFixture.WorkerBuilder ann = worker("Ann", "Able").asye("2025-07-01")
                .permanent(TEAM_A, SW, "1.0", "2025-07-01", null);
        for (String date : List.of("2025-07-04", "2025-07-11", "2025-07-18", "2025-07-25", "2025-08-01", "2025-08-08",
                "2025-08-22")) {
            ann.supervision(date, 90);
        }
        WorkforceFacts facts = facts(ann.build());
        assertValue("100.0", Measure.SUPERVISIONS_HELD_VS_EXPECTED, facts, A, "2025-08-25", "2025-07-01");
        assertEquals(0, n("7").compareTo(ENGINE.compute(Measure.SUPERVISIONS_HELD_VS_EXPECTED, facts, A,
                d("2025-08-25"), d("2025-07-01")).denominator().setScale(10, java.math.RoundingMode.HALF_UP)));
    }

    @Test
    void aWorkerWhoMovesTeamIsExpectedAndCountedInEachTeamForTheirOwnDays() {
        // in A for July (31 days: 1 expected), B for August (1 expected); a session in each month
        WorkforceFacts facts = facts(worker("Kim", "Kay").permanent(TEAM_A, SW, "1.0", "2020-01-01", "2025-07-31")
                .permanent(TEAM_B, SW, "1.0", "2025-08-01", null).supervision("2025-07-20", 90)
                .supervision("2025-08-10", 90).build());
        assertValue("100.0", Measure.SUPERVISIONS_HELD_VS_EXPECTED, facts, A, "2025-08-31", "2025-07-01");
        assertValue("100.0", Measure.SUPERVISIONS_HELD_VS_EXPECTED, facts, B, "2025-08-31", "2025-07-01");
        // the service: 2 held of 2 expected
        assertEquals(n("2"), ENGINE.compute(Measure.SUPERVISIONS_HELD_VS_EXPECTED, facts, SERVICE_NODES,
                d("2025-08-31"), d("2025-07-01")).numerator());
        assertValue(null, Measure.SUPERVISIONS_HELD_VS_EXPECTED, facts, A, "2025-09-30", "2025-09-01");
    }
}

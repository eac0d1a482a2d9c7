package org.workforceinsight.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.workforceinsight.measures.EngineFixture.*;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.workforceinsight.measures.WorkforceFacts.WorkerHistory;

/** In post, agency, vacancies and agency cover on the as-at date; permanence and stability. */
class MeasureEngineWorkforceStockTest {

    private static final String AS_AT = "2025-09-30";
    private static final UUID SW_POST = UUID.fromString("00000000-0000-0000-0000-0000000000f1");
    private static final UUID SENIOR_POST = UUID.fromString("00000000-0000-0000-0000-0000000000f2");

    /**
     * Team A on 30 September 2025: Ann (SW 1.0, since 2020), Ben (SW 0.6 part-time, since 2024), Cat (agency SW
     * 1.0, covering the senior post), Dan (family support worker 1.0, since January 2025, not a social worker),
     * Eve (SW, left the day before). Posts: 3.0 SW and 1.0 senior practitioner.
     */
    private static WorkforceFacts teamA() {
        List<WorkerHistory> workers = List.of(
                worker("Ann", "Able").permanent(TEAM_A, SW, "1.0", "2020-01-01", null).build(),
                worker("Ben", "Baker").permanent(TEAM_A, SW, "0.6", "2024-01-01", null).build(),
                worker("Cat", "Cole").agency(TEAM_A, SW, "1.0", "2025-06-01", null, compliantTerms(SENIOR_POST)).build(),
                worker("Dan", "Dunn").permanent(TEAM_A, FSW, "1.0", "2025-01-01", null).build(),
                worker("Eve", "Eden").permanent(TEAM_A, SW, "1.0", "2019-01-01", "2025-09-29").build());
        return facts(workers, List.of(post(SW_POST, TEAM_A, SW, "3.0", "2019-01-01", null),
                post(SENIOR_POST, TEAM_A, SENIOR, "1.0", "2019-01-01", null)), List.of());
    }

    @Test
    void inPostCountsEmployedSocialWorkersOnTheDateWithPartTimeFte() {
        // Ann 1.0 + Ben 0.6 = 1.6 FTE, 2 people; Dan is not a social worker, Cat is agency, Eve has gone
        assertValue("1.6", Measure.IN_POST_FTE, teamA(), A, AS_AT);
        assertValue("2", Measure.IN_POST_HEADCOUNT, teamA(), A, AS_AT);
        // the day Eve was still in post: 2.6 FTE
        assertValue("2.6", Measure.IN_POST_FTE, teamA(), A, "2025-09-29");
    }

    @Test
    void agencyRateIsAgencyOverAgencyPlusInPost() {
        // 1.0 / (1.0 + 1.6) x 100 = 38.46 -> 38.5
        assertValue("1.0", Measure.AGENCY_FTE, teamA(), A, AS_AT);
        assertValue("1", Measure.AGENCY_HEADCOUNT, teamA(), A, AS_AT);
        assertValue("38.5", Measure.AGENCY_RATE, teamA(), A, AS_AT);
    }

    @Test
    void vacancyIsPostFteNotFilledByEmployedStaffWhetherOrNotAnAgencyWorkerCoversIt() {
        // SW posts 3.0 - employed SW 1.6 = 1.4; senior posts 1.0 - 0 = 1.0 (Cat covers it but is agency): 2.4
        // vacancy rate 2.4 / (2.4 + 1.6) = 60.0
        assertValue("2.4", Measure.VACANCY_FTE, teamA(), A, AS_AT);
        assertValue("60.0", Measure.VACANCY_RATE, teamA(), A, AS_AT);
    }

    @Test
    void agencyWorkerCoveringAVacantPostIsAgencyCover() {
        // Cat 1.0 covers the senior post: cover rate 1.0 / 1.0 = 100.0; vacancy cover 1.0 / 2.4 = 41.67 -> 41.7
        assertValue("1.0", Measure.AGENCY_COVER_FTE, teamA(), A, AS_AT);
        assertValue("100.0", Measure.AGENCY_COVER_RATE, teamA(), A, AS_AT);
        assertValue("41.7", Measure.VACANCY_AGENCY_COVER_RATE, teamA(), A, AS_AT);
    }

    @Test
    void agencyWorkerCoveringAPostThatHasEndedIsNotCover() {
        WorkforceFacts facts = facts(List.of(
                worker("Cat", "Cole").agency(TEAM_A, SW, "1.0", "2025-06-01", null, compliantTerms(SENIOR_POST)).build()),
                List.of(post(SENIOR_POST, TEAM_A, SENIOR, "1.0", "2019-01-01", "2025-08-31")), List.of());
        assertValue("0.0", Measure.AGENCY_COVER_FTE, facts, A, AS_AT);
        assertValue("0.0", Measure.AGENCY_COVER_RATE, facts, A, AS_AT);
        // no post, no vacancy: 0 / 0 has no value
        assertValue(null, Measure.VACANCY_AGENCY_COVER_RATE, facts, A, AS_AT);
    }

    @Test
    void anOverfilledPostDoesNotOffsetAnotherTeamsVacancy() {
        // team A: 1.0 SW post, 1.5 employed SW -> 0 (not -0.5); team B: 2.0 posts, 0.5 employed -> 1.5; service 1.5
        WorkforceFacts facts = facts(List.of(
                worker("Ann", "Able").permanent(TEAM_A, SW, "1.0", "2020-01-01", null).build(),
                worker("Ben", "Baker").permanent(TEAM_A, SW, "0.5", "2020-01-01", null).build(),
                worker("Cat", "Cole").permanent(TEAM_B, SW, "0.5", "2020-01-01", null).build()),
                List.of(post(UUID.randomUUID(), TEAM_A, SW, "1.0", "2019-01-01", null),
                        post(UUID.randomUUID(), TEAM_B, SW, "2.0", "2019-01-01", null)), List.of());
        assertValue("0.0", Measure.VACANCY_FTE, facts, A, AS_AT);
        assertValue("1.5", Measure.VACANCY_FTE, facts, B, AS_AT);
        assertValue("1.5", Measure.VACANCY_FTE, facts, SERVICE_NODES, AS_AT);
        // service: 1.5 / (1.5 + 2.0) = 42.86 -> 42.9, from its workers, not the average of 0.0 and 75.0
        assertValue("42.9", Measure.VACANCY_RATE, facts, SERVICE_NODES, AS_AT);
    }

    @Test
    void aPersonInTwoTeamsIsOneHeadcountWithTheFteOfBothStints() {
        WorkforceFacts facts = facts(worker("Fay", "Ford").permanent(TEAM_A, SW, "0.5", "2020-01-01", null)
                .permanent(TEAM_B, SW, "0.4", "2021-01-01", null).build());
        assertValue("0.5", Measure.IN_POST_FTE, facts, A, AS_AT);
        assertValue("0.9", Measure.IN_POST_FTE, facts, SERVICE_NODES, AS_AT);
        assertValue("1", Measure.IN_POST_HEADCOUNT, facts, SERVICE_NODES, AS_AT);
    }

    @Test
    void anEmptyTeamHasZeroCountsAndNoRates() {
        WorkforceFacts facts = teamA();
        assertValue("0.0", Measure.IN_POST_FTE, facts, B, AS_AT);
        assertValue("0", Measure.IN_POST_HEADCOUNT, facts, B, AS_AT);
        Map<Measure, MeasureValue> all = ENGINE.computeAll(facts, B, d(AS_AT), null);
        for (Measure rate : List.of(Measure.AGENCY_RATE, Measure.VACANCY_RATE, Measure.AGENCY_COVER_RATE,
                Measure.VACANCY_AGENCY_COVER_RATE, Measure.TURNOVER_RATE, Measure.AVERAGE_CASELOAD,
                Measure.ABSENCE_RATE, Measure.PERCENT_OVER_THRESHOLD, Measure.PERCENT_ASYE_OVER_THRESHOLD,
                Measure.WEIGHTED_CASELOAD, Measure.SUPERVISION_COMPLIANCE, Measure.SUPERVISIONS_HELD_VS_EXPECTED,
                Measure.APPRAISAL_COMPLIANCE, Measure.PERMANENCE, Measure.LOCAL_TURNOVER_RATE,
                Measure.LOCAL_TURNOVER_RATE_FTE, Measure.SOCIAL_WORKER_TURNOVER_RATE, Measure.STABILITY_12_MONTHS,
                Measure.STABILITY_24_MONTHS, Measure.EXIT_INTERVIEW_RATE, Measure.LEAVERS_INSIDE_CONTROL_RATE,
                Measure.SICKNESS_DAYS_PER_FTE, Measure.SHORT_TERM_SICKNESS_DAYS_PER_FTE,
                Measure.LONG_TERM_SICKNESS_DAYS_PER_FTE, Measure.UNALLOCATED_CASES)) {
            assertShown(null, all.get(rate).value(), rate);
        }
        assertEquals(Measure.values().length, all.size(), "computeAll gives every measure");
    }

    @Test
    void permanenceIsEmployedOverAllFteOfEveryRole() {
        // employed: Ann 1.0 + Ben 0.6 + Dan 1.0 = 2.6; agency Cat 1.0: 2.6 / 3.6 = 72.22 -> 72.2
        assertValue("72.2", Measure.PERMANENCE, teamA(), A, AS_AT);
    }

    @Test
    void stabilityCountsContinuousEmployedServiceFromTwelveAndTwentyFourMonthsBefore() {
        // employed in post: Ann (2020), Ben (1 Jan 2024), Dan (1 Jan 2025)
        // 12 months: on or before 30 Sep 2024 -> Ann, Ben: 2 / 3 = 66.7; 24 months: by 30 Sep 2023 -> Ann: 33.3
        assertValue("66.7", Measure.STABILITY_12_MONTHS, teamA(), A, AS_AT);
        assertValue("33.3", Measure.STABILITY_24_MONTHS, teamA(), A, AS_AT);
    }

    @Test
    void stabilityBoundaryIsOnOrBeforeTheSameDateTwelveMonthsEarlier() {
        // started 30 Sep 2024: exactly 12 months -> stable; started 1 Oct 2024 -> not; 1 / 2 = 50.0
        WorkforceFacts facts = facts(worker("Ann", "Able").permanent(TEAM_A, SW, "1.0", "2024-09-30", null).build(),
                worker("Ben", "Baker").permanent(TEAM_A, SW, "1.0", "2024-10-01", null).build());
        assertValue("50.0", Measure.STABILITY_12_MONTHS, facts, A, AS_AT);
    }

    @Test
    void stabilityRunsAcrossATeamMoveButNotAcrossABreak() {
        // Kim moved team without a gap: service from 2020; Lou left and came back in May 2025: service from May 2025
        WorkforceFacts facts = facts(
                worker("Kim", "Kay").permanent(TEAM_B, SW, "1.0", "2020-01-01", "2025-03-31")
                        .fixedTerm(TEAM_A, SW, "1.0", "2025-04-01", null).build(),
                worker("Lou", "Lamb").permanent(TEAM_A, SW, "1.0", "2020-01-01", "2025-03-31")
                        .permanent(TEAM_A, SW, "1.0", "2025-05-01", null).build());
        assertValue("50.0", Measure.STABILITY_12_MONTHS, facts, A, AS_AT);
        List<ExplanationRow> rows = explain(Measure.STABILITY_12_MONTHS, facts, A, AS_AT);
        assertEquals(List.of("Kay", "Lamb"), familyNames(rows));
        assertEquals(d("2020-01-01"), rows.get(0).startDate());
        assertEquals(d("2025-05-01"), rows.get(1).startDate());
    }

    @Test
    void inPostExplanationListsTheWorkersCountedWithTheirServiceStart() {
        List<ExplanationRow> rows = explain(Measure.IN_POST_FTE, teamA(), A, AS_AT);
        assertEquals(List.of("Able", "Baker"), familyNames(rows));
        assertEquals(n("0.6"), rows.get(1).fte());
        assertEquals(d("2024-01-01"), rows.get(1).startDate());
        assertTrue(explain(Measure.VACANCY_FTE, teamA(), A, AS_AT).isEmpty(), "posts are not people");
    }

    @Test
    void agencyExplanationListsTheAgencyAssignments() {
        List<ExplanationRow> rows = explain(Measure.AGENCY_RATE, teamA(), A, AS_AT);
        assertEquals(1, rows.size());
        ExplanationRow cat = rows.get(0);
        assertEquals("Cole", cat.familyName());
        assertEquals("Acme Social Care", cat.agencyName());
        assertEquals(n("35.00"), cat.hourlyCharge());
        assertTrue(cat.ruleFlags().isEmpty());
        assertEquals(1, explain(Measure.AGENCY_COVER_FTE, teamA(), A, AS_AT).size());
    }
}

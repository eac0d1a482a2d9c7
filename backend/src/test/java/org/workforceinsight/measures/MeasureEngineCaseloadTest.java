package org.workforceinsight.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.workforceinsight.measures.EngineFixture.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.workforceinsight.measures.WorkforceFacts.CaseloadFact;
import org.workforceinsight.measures.WorkforceFacts.UnallocatedFact;

/** Cases, case holders, average caseload, thresholds, ASYE, weighted caseload, unallocated cases. */
class MeasureEngineCaseloadTest {

    private static final String AS_AT = "2025-09-30";

    /**
     * Team A on 30 September 2025, snapshots from the week 24-30 September: Ann SW 1.0 (20 cases on the 26th,
     * 19 on the 29th: the latest counts), Ben SW 0.5 part-time (9), Dan agency SW 1.0 (18), Eve SW 1.0 (15 on the
     * 23rd: a week and a day old, so none), Fay family support worker 1.0 (2: not a social worker), Gus senior
     * practitioner 1.0 (17).
     */
    static WorkforceFacts team() {
        return facts(
                worker("Ann", "Able").permanent(TEAM_A, SW, "1.0", "2020-01-01", null)
                        .cases("2025-09-26", 20).cases("2025-09-29", 19).build(),
                worker("Ben", "Baker").permanent(TEAM_A, SW, "0.5", "2020-01-01", null).cases("2025-09-29", 9).build(),
                worker("Dan", "Dunn").agency(TEAM_A, SW, "1.0", "2025-01-01", null, null).cases("2025-09-29", 18).build(),
                worker("Eve", "Eden").permanent(TEAM_A, SW, "1.0", "2020-01-01", null).cases("2025-09-23", 15).build(),
                worker("Fay", "Ford").permanent(TEAM_A, FSW, "1.0", "2020-01-01", null).cases("2025-09-29", 2).build(),
                worker("Gus", "Gray").permanent(TEAM_A, SENIOR, "1.0", "2020-01-01", null).cases("2025-09-24", 17)
                        .build());
    }

    @Test
    void casesAreHeldBySocialWorkersEmployedAndAgencyFromTheLatestSnapshotInTheWeek() {
        // Ann 19 + Ben 9 + Dan 18 + Gus 17 = 63; Eve's snapshot is too old, Fay is not a social worker
        assertValue("63", Measure.CASES, team(), A, AS_AT);
        // holders' FTE: 1.0 + 0.5 + 1.0 + 1.0 = 3.5; 63 / 3.5 = 18.0
        assertValue("3.5", Measure.CASE_HOLDERS_FTE, team(), A, AS_AT);
        assertValue("18.0", Measure.AVERAGE_CASELOAD, team(), A, AS_AT);
        assertEquals(List.of("Able", "Baker", "Dunn", "Gray"), familyNames(explain(Measure.CASES, team(), A, AS_AT)));
    }

    @Test
    void aSnapshotSixDaysOldStillCountsAndASnapshotAfterTheDateDoesNot() {
        WorkforceFacts facts = facts(worker("Ann", "Able").permanent(TEAM_A, SW, "1.0", "2020-01-01", null)
                .cases("2025-09-24", 7).cases("2025-10-01", 30).build());
        assertValue("7", Measure.CASES, facts, A, AS_AT);
    }

    @Test
    void workersOverThresholdUseTheirRolesThreshold() {
        // Ann 19 > 18 (social worker), Gus 17 > 16 (senior practitioner), Fay 2 > 0 (holds no cases by role);
        // Dan 18 is not over 18. Case holders (all staff, 1+ case): Ann, Ben, Dan, Fay, Gus = 5; 3 / 5 = 60.0
        assertValue("3", Measure.WORKERS_OVER_THRESHOLD, team(), A, AS_AT);
        assertValue("60.0", Measure.PERCENT_OVER_THRESHOLD, team(), A, AS_AT);
        List<ExplanationRow> rows = explain(Measure.WORKERS_OVER_THRESHOLD, team(), A, AS_AT);
        assertEquals(List.of("Able", "Ford", "Gray"), familyNames(rows));
        assertEquals(19, rows.get(0).cases());
        assertEquals(18, rows.get(0).caseloadThreshold());
        assertEquals(0, rows.get(1).caseloadThreshold());
        assertEquals(Boolean.FALSE, rows.get(0).asye());
    }

    @Test
    void asyeThresholdAppliesForTwelveMonthsFromTheAsyeStart() {
        // Cat (ASYE from 1 Mar 2025) 13 > 12: over; Ivan's ASYE began 30 Sep 2024 and ended on 30 Sep 2025, so
        // on that day his threshold is 18 and 13 is not over; Hana (ASYE from 1 Oct 2024) holds no case
        WorkforceFacts facts = facts(
                worker("Cat", "Cole").asye("2025-03-01").permanent(TEAM_A, SW, "1.0", "2025-03-01", null)
                        .cases("2025-09-29", 13).build(),
                worker("Ivan", "Ives").asye("2024-09-30").permanent(TEAM_A, SW, "1.0", "2024-09-30", null)
                        .cases("2025-09-29", 13).build(),
                worker("Hana", "Hale").asye("2024-10-01").permanent(TEAM_A, SW, "1.0", "2024-10-01", null).build());
        // over: Cat of holders Cat, Ivan: 1 / 2 = 50.0; ASYE over: Cat of ASYE in post Cat, Hana: 1 / 2 = 50.0
        assertValue("1", Measure.WORKERS_OVER_THRESHOLD, facts, A, AS_AT);
        assertValue("50.0", Measure.PERCENT_OVER_THRESHOLD, facts, A, AS_AT);
        assertValue("1", Measure.ASYE_OVER_THRESHOLD, facts, A, AS_AT);
        assertValue("50.0", Measure.PERCENT_ASYE_OVER_THRESHOLD, facts, A, AS_AT);
        List<ExplanationRow> rows = explain(Measure.ASYE_OVER_THRESHOLD, facts, A, AS_AT);
        assertEquals(List.of("Cole"), familyNames(rows));
        assertEquals(12, rows.get(0).caseloadThreshold());
        assertEquals(Boolean.TRUE, rows.get(0).asye());
        // the day before, Ivan was still in ASYE: both over
        assertValue("2", Measure.ASYE_OVER_THRESHOLD, facts, A, "2025-09-29");
    }

    @Test
    void weightedCaseloadIsCasePointsOverCapacityPoints() {
        // Ann 1.0: 10 cases, 4 child in need (5) + 3 child protection (6.5), 3 not broken down (other, 5):
        //   20 + 19.5 + 15 = 54.5 points; capacity 1.0 x 100 = 100
        // Ben 0.5 ASYE: 6 cases, 2 looked after (6) + 1 care leaver (4) + 1 pre-proceedings (8) + 1 other (5) and
        //   1 not broken down (5): 12 + 4 + 8 + 5 + 5 = 34; capacity 0.5 x 90 = 45
        // (54.5 + 34) / (100 + 45) x 100 = 88.5 / 145 x 100 = 61.03 -> 61.0
        WorkforceFacts facts = facts(
                worker("Ann", "Able").permanent(TEAM_A, SW, "1.0", "2020-01-01", null)
                        .caseload(new CaseloadFact(d("2025-09-29"), 10, 4, 3, null, null, null, null)).build(),
                worker("Ben", "Baker").asye("2025-06-01").permanent(TEAM_A, SW, "0.5", "2025-06-01", null)
                        .caseload(new CaseloadFact(d("2025-09-29"), 6, null, null, 2, 1, 1, 1)).build(),
                worker("Cal", "Cobb").permanent(TEAM_A, SW, "1.0", "2020-01-01", null).build());
        assertValue("61.0", Measure.WEIGHTED_CASELOAD, facts, A, AS_AT);
        List<ExplanationRow> rows = explain(Measure.WEIGHTED_CASELOAD, facts, A, AS_AT);
        assertEquals(List.of("Able", "Baker"), familyNames(rows));
        // Ann 54.5 / 100 = 54.5; Ben 34 / 45 = 75.56 -> 75.6
        assertEquals(n("54.5"), rows.get(0).weightedLoad());
        assertEquals(n("75.6"), rows.get(1).weightedLoad());
    }

    @Test
    void snapshotsHeldInTheLoadersColumnsGiveTheSameFiguresAndRowsAsSnapshotRecords() {
        // the read model keeps snapshots as columns of ints and the engine reads those in place: every caseload
        // figure and row must be what the hand-worked records above give
        WorkforceFacts weighted = facts(
                worker("Ann", "Able").permanent(TEAM_A, SW, "1.0", "2020-01-01", null)
                        .caseload(new CaseloadFact(d("2025-09-22"), 30, 30, null, null, null, null, null))
                        .caseload(new CaseloadFact(d("2025-09-29"), 10, 4, 3, null, null, null, null)).build(),
                worker("Ben", "Baker").asye("2025-06-01").permanent(TEAM_A, SW, "0.5", "2025-06-01", null)
                        .caseload(new CaseloadFact(d("2025-09-29"), 6, null, null, 2, 1, 1, 1)).build(),
                worker("Cal", "Cobb").permanent(TEAM_A, SW, "1.0", "2020-01-01", null).build());
        for (WorkforceFacts records : List.of(team(), weighted)) {
            WorkforceFacts columns = withCaseloadColumns(records);
            for (Measure measure : List.of(Measure.CASES, Measure.CASE_HOLDERS_FTE, Measure.AVERAGE_CASELOAD,
                    Measure.WORKERS_OVER_THRESHOLD, Measure.PERCENT_OVER_THRESHOLD, Measure.ASYE_OVER_THRESHOLD,
                    Measure.PERCENT_ASYE_OVER_THRESHOLD, Measure.WEIGHTED_CASELOAD)) {
                assertEquals(value(measure, records, A, AS_AT), value(measure, columns, A, AS_AT), measure.name());
                assertEquals(explain(measure, records, A, AS_AT), explain(measure, columns, A, AS_AT), measure.name());
            }
        }
        assertValue("61.0", Measure.WEIGHTED_CASELOAD, withCaseloadColumns(weighted), A, AS_AT);
    }

    /** The same facts with each worker's snapshots as the loader keeps them: columns, counts not given as NONE. */
    private static WorkforceFacts withCaseloadColumns(WorkforceFacts facts) {
        List<WorkforceFacts.WorkerHistory> workers = facts.workers().stream().map(w -> {
            List<CaseloadFact> snapshots = w.caseloads();
            int[] days = new int[snapshots.size()];
            int[] cases = new int[snapshots.size()];
            int[][] types = new int[6][snapshots.size()];
            boolean anyCount = false;
            for (int i = 0; i < snapshots.size(); i++) {
                CaseloadFact s = snapshots.get(i);
                days[i] = (int) s.date().toEpochDay();
                cases[i] = s.cases();
                Integer[] counts = {s.childInNeed(), s.childProtection(), s.childLookedAfter(), s.careLeaver(),
                    s.preProceedings(), s.other()};
                for (int t = 0; t < 6; t++) {
                    types[t][i] = counts[t] == null ? CaseloadColumns.NONE : counts[t];
                    anyCount |= counts[t] != null;
                }
            }
            return new WorkforceFacts.WorkerHistory(w.id(), w.givenName(), w.familyName(), w.asyeStartDate(),
                    w.stints(), new CaseloadColumns(days, cases, anyCount ? types : null), w.supervisions(),
                    w.appraisals(), w.absences(), w.leavings());
        }).toList();
        return facts(workers, facts.posts(), facts.unallocated());
    }

    @Test
    void aWorkerWhoMovesTeamCountsCasesForTheTeamOnTheDate() {
        WorkforceFacts facts = facts(worker("Kim", "Kay").permanent(TEAM_A, SW, "1.0", "2020-01-01", "2025-09-27")
                .permanent(TEAM_B, SW, "1.0", "2025-09-28", null).cases("2025-09-26", 12).cases("2025-09-29", 10).build());
        assertValue("0", Measure.CASES, facts, A, AS_AT);
        assertValue("10", Measure.CASES, facts, B, AS_AT);
        // on the 27th Kim was in A with the snapshot of the 26th
        assertValue("12", Measure.CASES, facts, A, "2025-09-27");
    }

    @Test
    void anEmptyTeamHasNoCasesAndNoAverage() {
        assertValue("0", Measure.CASES, team(), B, AS_AT);
        assertValue("0.0", Measure.CASE_HOLDERS_FTE, team(), B, AS_AT);
        assertValue(null, Measure.AVERAGE_CASELOAD, team(), B, AS_AT);
        assertValue(null, Measure.PERCENT_OVER_THRESHOLD, team(), B, AS_AT);
        assertValue(null, Measure.WEIGHTED_CASELOAD, team(), B, AS_AT);
    }

    @Test
    void unallocatedCasesAreEachTeamsLatestCountInTheWeekSummed() {
        // A: 5 on the 22nd (too old), 3 on the 25th, 2 on the 29th -> 2; B: 4 on the 30th; service 6
        List<UnallocatedFact> counts = List.of(new UnallocatedFact(TEAM_A, d("2025-09-22"), 5),
                new UnallocatedFact(TEAM_A, d("2025-09-25"), 3), new UnallocatedFact(TEAM_A, d("2025-09-29"), 2),
                new UnallocatedFact(TEAM_B, d("2025-09-30"), 4));
        WorkforceFacts facts = facts(List.of(), List.of(), counts);
        assertValue("2", Measure.UNALLOCATED_CASES, facts, A, AS_AT);
        assertValue("6", Measure.UNALLOCATED_CASES, facts, SERVICE_NODES, AS_AT);
        // nothing recorded in the week is no value, not zero
        assertValue(null, Measure.UNALLOCATED_CASES, facts, A, "2025-09-21");
        assertTrue(explain(Measure.UNALLOCATED_CASES, facts, A, AS_AT).isEmpty());
    }
}

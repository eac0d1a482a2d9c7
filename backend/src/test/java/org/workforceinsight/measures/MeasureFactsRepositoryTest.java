package org.workforceinsight.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.workforceinsight.measures.MeasureFactsRepository.Part;
import org.workforceinsight.measures.WorkforceFacts.WorkerHistory;
import org.workforceinsight.testsupport.TestData;

/**
 * What {@link MeasureFactsRepository} reads for Team One as at 12 March 2025: the window is 13 March 2024 to
 * 12 March 2025 (the 12 months to the date).
 */
@QuarkusTest
class MeasureFactsRepositoryTest {

    static final LocalDate AS_AT = LocalDate.of(2025, 3, 12);
    static final WorkforceFacts.Window WINDOW = new WorkforceFacts.Window(LocalDate.of(2024, 3, 13), AS_AT);

    static UUID teamOne;
    static UUID teamTwo;
    static UUID mover;
    static UUID stayer;
    static UUID leaver;
    static UUID agencyWorker;
    static UUID teamOnePost;
    static UUID coveredPost;

    @Inject
    DataSource dataSource;

    @Inject
    MeasureFactsRepository repository;

    @BeforeEach
    void seed() {
        if (teamOne != null) {
            return;
        }
        TestData data = TestData.using(dataSource).reset();
        UUID council = data.council("Factshire");
        UUID service = data.service(council, "Service");
        teamOne = data.team(service, "Team One");
        teamTwo = data.team(service, "Team Two");

        // moved from Team Two to Team One: loaded for Team One with both assignments
        mover = data.worker("Mo", "Mover").create();
        data.assignment(mover, teamTwo, "social-worker", "permanent", "1.00", LocalDate.of(2023, 1, 1),
                LocalDate.of(2024, 5, 31));
        data.assignment(mover, teamOne, "senior-practitioner", "permanent", "0.80", LocalDate.of(2024, 6, 1), null);
        data.supervision(mover, LocalDate.of(2023, 6, 1), 120, "one-to-one");
        data.supervision(mover, LocalDate.of(2024, 1, 10), 120, "one-to-one");
        data.supervision(mover, LocalDate.of(2024, 2, 20), 30, "group");
        data.supervision(mover, LocalDate.of(2024, 4, 1), 100, "observed");
        data.supervision(mover, LocalDate.of(2025, 3, 13), 100, "one-to-one");
        data.supervision(mover, LocalDate.of(2024, 9, 2), 45, "group");
        data.appraisal(mover, LocalDate.of(2022, 5, 1));
        data.appraisal(mover, LocalDate.of(2023, 5, 1));
        data.appraisal(mover, LocalDate.of(2024, 5, 1));
        data.snapshot(mover, LocalDate.of(2025, 3, 1), 9);
        data.snapshot(mover, LocalDate.of(2025, 3, 10), 3, 2, 1, 0, 4);
        // stored after a later one: the loader reads the table unordered and must still give it first
        data.snapshot(mover, LocalDate.of(2025, 3, 7), 6);
        data.absence(mover, "sickness", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 20), "14", "infections");
        data.absence(mover, "sickness", LocalDate.of(2023, 1, 2), LocalDate.of(2023, 1, 6), "5", "infections");

        // only ever in Team Two: not loaded for Team One
        stayer = data.worker("Stu", "Stayer").in(teamTwo, "social-worker", "permanent", "1.00", LocalDate.of(2020, 1, 1));
        // left Team One before the window: not loaded
        UUID gone = data.worker("Gil", "Gone").create();
        data.assignment(gone, teamOne, "social-worker", "permanent", "1.00", LocalDate.of(2020, 1, 1),
                LocalDate.of(2023, 12, 31));
        // left Team One in the window
        leaver = data.worker("Lee", "Leaver").create();
        data.assignment(leaver, teamOne, "social-worker", "fixed-term", "1.00", LocalDate.of(2022, 1, 1),
                LocalDate.of(2024, 10, 31));
        data.leaving(leaver, LocalDate.of(2024, 10, 31), "relocation", true);

        teamOnePost = data.post(teamOne, "social-worker", "2.00", LocalDate.of(2020, 1, 1), null);
        data.post(teamOne, "social-worker", "1.00", LocalDate.of(2020, 1, 1), LocalDate.of(2023, 12, 31));
        coveredPost = data.post(teamTwo, "social-worker", "1.00", LocalDate.of(2020, 1, 1), null);
        data.post(teamTwo, "senior-practitioner", "1.00", LocalDate.of(2020, 1, 1), null);

        agencyWorker = data.worker("Ada", "Agency").create();
        UUID agencyAssignment = data.assignment(agencyWorker, teamOne, "social-worker", "agency", "1.00",
                LocalDate.of(2024, 3, 1), null);
        data.agencyTerms(agencyAssignment, "Acme", "social-worker", "daily", "300.00", "4.5", 30, coveredPost,
                LocalDate.of(2023, 12, 1));
        data.timesheet(agencyAssignment, LocalDate.of(2024, 3, 10), "5", "300.00");
        data.timesheet(agencyAssignment, LocalDate.of(2024, 6, 2), "4", "300.00");
        data.timesheet(agencyAssignment, LocalDate.of(2024, 5, 26), "5", "300.00");

        data.unallocated(teamOne, LocalDate.of(2024, 3, 6), 9);
        data.unallocated(teamOne, LocalDate.of(2024, 3, 8), 4);
        data.unallocated(teamTwo, LocalDate.of(2025, 3, 10), 7);
    }

    private WorkforceFacts load(Set<Part> parts, boolean sicknessReasons) {
        return repository.load(new MeasureFactsRepository.Request(Set.of(teamOne), WINDOW, AS_AT, parts,
                sicknessReasons, 90));
    }

    private static Map<UUID, WorkerHistory> byId(WorkforceFacts facts) {
        return facts.workers().stream().collect(Collectors.toMap(WorkerHistory::id, w -> w));
    }

    @Test
    void workersInTheNodesDuringTheWindowWithTheirWholeHistory() {
        Map<UUID, WorkerHistory> workers = byId(load(EnumSet.noneOf(Part.class), false));
        assertEquals(Set.of(mover, leaver, agencyWorker), workers.keySet());
        WorkerHistory moved = workers.get(mover);
        assertEquals("Mover", moved.familyName());
        assertEquals(List.of(teamTwo, teamOne), moved.stints().stream().map(WorkforceFacts.Stint::nodeId).toList());
        WorkforceFacts.Stint now = moved.stints().get(1);
        assertEquals("senior-practitioner", now.roleCode());
        assertTrue(now.qualifiedSocialWork());
        assertTrue(now.holdsCases());
        assertEquals(0, new BigDecimal("0.80").compareTo(now.fte()));
        assertNull(now.end());
        // nothing but assignments was asked for
        assertTrue(moved.supervisions().isEmpty() && moved.caseloads().isEmpty() && moved.absences().isEmpty());
    }

    @Test
    void eventsInTheWindowPlusTheLatestCountingSupervisionAndAppraisalBeforeIt() {
        WorkforceFacts facts = load(EnumSet.allOf(Part.class), false);
        WorkerHistory moved = byId(facts).get(mover);
        // 10 January 2024 is the last session of 90 minutes or more before 13 March 2024 (20 February's
        // 30 minutes do not count); 1 April 2024 is in the window; 13 March 2025 is after it; 2 September
        // 2024 is in the window but lasted 45 minutes, so no measure counts it and it is not read.
        // The session before the window comes back after those in it and must be sorted first.
        assertEquals(List.of(LocalDate.of(2024, 1, 10), LocalDate.of(2024, 4, 1)),
                moved.supervisions().stream().map(WorkforceFacts.SupervisionFact::date).toList());
        assertEquals(List.of(LocalDate.of(2023, 5, 1), LocalDate.of(2024, 5, 1)), moved.appraisals());
        // caseloads: the 7 days up to the as-at date only (6 to 12 March), in date order
        assertEquals(List.of(LocalDate.of(2025, 3, 7), LocalDate.of(2025, 3, 10)),
                moved.caseloads().stream().map(WorkforceFacts.CaseloadFact::date).toList());
        WorkforceFacts.CaseloadFact snapshot = moved.caseloads().get(1);
        assertEquals(10, snapshot.cases());
        assertEquals(Integer.valueOf(3), snapshot.childInNeed());
        assertNull(snapshot.preProceedings());
        // the absence overlapping the window, without its reason (health data not asked for)
        assertEquals(1, moved.absences().size());
        assertEquals(LocalDate.of(2024, 3, 1), moved.absences().get(0).firstDay());
        assertNull(moved.absences().get(0).sicknessReasonCode());

        WorkforceFacts.LeavingFact leaving = byId(facts).get(leaver).leavings().get(0);
        assertEquals(LocalDate.of(2024, 10, 31), leaving.date());
        assertEquals("relocation", leaving.reasonCode());
        assertEquals(Boolean.FALSE, leaving.reasonInsideControl());
        assertTrue(leaving.exitInterviewHeld());

        WorkforceFacts.AgencyTerms terms = byId(facts).get(agencyWorker).stints().get(0).agency();
        assertEquals("Acme", terms.agencyName());
        assertEquals(WorkforceFacts.ChargeBasis.DAILY, terms.chargeBasis());
        assertEquals(coveredPost, terms.coversPostId());
        assertEquals(LocalDate.of(2023, 12, 1), terms.previousRegionalEmploymentEnd());
        // in the window (from 13 March 2024), in date order whatever order they were stored in
        assertEquals(List.of(LocalDate.of(2024, 5, 26), LocalDate.of(2024, 6, 2)),
                terms.timesheets().stream().map(WorkforceFacts.Timesheet::weekEnding).toList());

        // Team One's current post, and Team Two's post that Team One's agency worker covers
        assertEquals(Set.of(teamOnePost, coveredPost),
                facts.posts().stream().map(WorkforceFacts.PostFact::id).collect(Collectors.toSet()));
        // unallocated counts from 6 days before the window: 8 March 2024 but not 6 March; not Team Two's
        assertEquals(List.of(4), facts.unallocated().stream().map(WorkforceFacts.UnallocatedFact::cases).toList());
    }

    @Test
    void sicknessReasonsOnlyWhenAskedFor() {
        WorkforceFacts facts = load(EnumSet.of(Part.ABSENCES), true);
        assertEquals("infections", byId(facts).get(mover).absences().get(0).sicknessReasonCode());
    }

    /**
     * MeasureService makes a request read-only with SET TRANSACTION READ ONLY on one borrowed connection and
     * the loaders borrow the connection again: that only holds if the pool hands out the transaction's
     * connection each time.
     */
    @Test
    void connectionsBorrowedInOneTransactionShareItsReadOnlyMode() throws Exception {
        String mode = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> {
            try (java.sql.Connection first = dataSource.getConnection();
                 java.sql.Statement statement = first.createStatement()) {
                statement.execute("SET TRANSACTION READ ONLY");
            }
            try (java.sql.Connection second = dataSource.getConnection();
                 java.sql.Statement statement = second.createStatement();
                 java.sql.ResultSet rs = statement.executeQuery("SHOW transaction_read_only")) {
                rs.next();
                return rs.getString(1);
            }
        });
        assertEquals("on", mode);
    }

    @Test
    void caseTypeCountsOnlyWhenAskedForAndTheSameCountFiguresEitherWay() {
        WorkforceFacts counts = load(EnumSet.of(Part.CASELOADS), false);
        WorkforceFacts typed = load(EnumSet.of(Part.CASELOAD_TYPES), false);
        WorkforceFacts.CaseloadFact bare = byId(counts).get(mover).caseloads().get(1);
        assertEquals(10, bare.cases());
        assertNull(bare.childInNeed());
        assertEquals(Integer.valueOf(3), byId(typed).get(mover).caseloads().get(1).childInNeed());

        // Team One on 12 March 2025: only Mo Mover holds cases, 10 from the 10 March snapshot, on a 0.80
        // senior practitioner stint (threshold 16): cases 10, case holders FTE 0.8, average 10 / 0.8 = 12.5,
        // none over threshold (0 of 1 = 0.0%)
        MeasureEngine engine = new MeasureEngine(MeasureConfig.defaults("London"));
        for (Measure measure : List.of(Measure.CASES, Measure.CASE_HOLDERS_FTE, Measure.AVERAGE_CASELOAD,
                Measure.WORKERS_OVER_THRESHOLD, Measure.PERCENT_OVER_THRESHOLD)) {
            assertEquals(Set.of(Part.CASELOADS), MeasureFactsRepository.partsFor(measure, false));
            assertEquals(engine.compute(measure, typed, Set.of(teamOne), AS_AT, null),
                    engine.compute(measure, counts, Set.of(teamOne), AS_AT, null), measure.id);
        }
        assertEquals(0, new BigDecimal("12.5").compareTo(
                engine.compute(Measure.AVERAGE_CASELOAD, counts, Set.of(teamOne), AS_AT, null).value()));
        assertEquals(0, new BigDecimal("0.0").compareTo(
                engine.compute(Measure.PERCENT_OVER_THRESHOLD, counts, Set.of(teamOne), AS_AT, null).value()));

        // weighted caseload needs the types: 3 x 5 + 2 x 6.5 + 1 x 6 + 0 x 4 + 4 x 5 (other) = 54 points on
        // 0.8 x 100 = 80 capacity = 67.5%
        Set<Part> weighted = MeasureFactsRepository.partsFor(Measure.WEIGHTED_CASELOAD, false);
        assertTrue(weighted.contains(Part.CASELOAD_TYPES));
        assertEquals(0, new BigDecimal("67.5").compareTo(engine.compute(Measure.WEIGHTED_CASELOAD,
                load(weighted, false), Set.of(teamOne), AS_AT, null).value()));
        // explanation rows show each holder's weighted load
        assertTrue(MeasureFactsRepository.partsFor(Measure.CASES, true).contains(Part.CASELOAD_TYPES));
    }

    @Test
    void noNodesNoFacts() {
        WorkforceFacts facts = repository.load(new MeasureFactsRepository.Request(Set.of(), WINDOW, AS_AT,
                EnumSet.allOf(Part.class), false, 90));
        assertTrue(facts.workers().isEmpty() && facts.posts().isEmpty() && facts.unallocated().isEmpty());
    }
}

package org.workforceinsight.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.workforceinsight.demo.DemoCouncilGeneratorTest.assertBetween;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The V2 records of the demo council: complete, consistent with the history, and realistic. */
class DemoWorkforceRecordsTest {

    static final LocalDate END = DemoCouncilGeneratorTest.END;
    static final long SEED = DemoCouncilGeneratorTest.SEED;
    static final Set<String> QUALIFIED = Set.of("social-worker", "senior-practitioner", "advanced-practitioner",
            "team-manager", "service-manager", "head-of-service", "independent-reviewing-officer",
            "child-protection-chair");

    static DemoCouncil council;
    static Map<UUID, List<DemoCouncil.Assignment>> history;

    @BeforeAll
    static void generate() {
        council = new DemoCouncilGenerator().generate(END, SEED);
        history = new HashMap<>();
        for (DemoCouncil.Assignment a : council.assignments()) {
            history.computeIfAbsent(a.workerId(), k -> new ArrayList<>()).add(a);
        }
        history.values().forEach(h -> h.sort(Comparator.comparing(DemoCouncil.Assignment::startDate)));
    }

    @Test
    void everyKindOfRecordIsThere() {
        assertFalse(council.posts().isEmpty());
        assertFalse(council.agencyAssignments().isEmpty());
        assertFalse(council.agencyTimesheets().isEmpty());
        assertFalse(council.supervisionSessions().isEmpty());
        assertFalse(council.appraisals().isEmpty());
        assertFalse(council.absences().isEmpty());
        assertFalse(council.absenceSicknessReasons().isEmpty());
        assertFalse(council.leavings().isEmpty());
        assertTrue(council.measureTargets().size() >= 3, "a few target overrides");
        assertEquals(8, council.benchmarkComparators().size());
        assertTrue(council.caseloadSnapshots().stream().anyMatch(s -> s.preProceedings() != null
                && s.preProceedings() > 0), "some teams record pre-proceedings");
        assertTrue(council.caseloadSnapshots().stream().anyMatch(s -> s.preProceedings() == null),
                "other teams do not");
        System.out.printf("posts %d, agency assignments %d, timesheets %d, supervision sessions %d, appraisals %d, "
                + "absences %d (sickness reasons %d), leavings %d, targets %d, comparators %d%n",
                council.posts().size(), council.agencyAssignments().size(), council.agencyTimesheets().size(),
                council.supervisionSessions().size(), council.appraisals().size(), council.absences().size(),
                council.absenceSicknessReasons().size(), council.leavings().size(), council.measureTargets().size(),
                council.benchmarkComparators().size());
    }

    @Test
    void comparatorsAreRealLocalAuthoritiesOfTheShippedDfeFile() throws Exception {
        String csv;
        try (var in = getClass().getResourceAsStream("/dfe/csww_indicators_2017_to_2025.csv")) {
            assertNotNull(in, "the shipped DfE file");
            csv = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        for (String code : council.benchmarkComparators()) {
            assertTrue(csv.contains("," + code + ","), code);
        }
    }

    @Test
    void everyQualifiedAgencyAssignmentHasTermsAndWeeklyTimesheets() {
        Map<UUID, DemoCouncil.AgencyAssignment> terms = council.agencyAssignments().stream()
                .collect(Collectors.toMap(DemoCouncil.AgencyAssignment::assignmentId, t -> t));
        Map<UUID, List<DemoCouncil.AgencyTimesheet>> sheets = council.agencyTimesheets().stream()
                .collect(Collectors.groupingBy(DemoCouncil.AgencyTimesheet::assignmentId));
        Set<UUID> postIds = council.posts().stream().map(DemoCouncil.Post::id).collect(Collectors.toSet());
        Map<UUID, DemoCouncil.Post> posts = council.posts().stream()
                .collect(Collectors.toMap(DemoCouncil.Post::id, p -> p));
        LocalDate firstWeek = DemoCouncilGenerator.firstSnapshotDate(END).minusWeeks(52);
        int underPqe = 0;
        int shortNotice = 0;
        int covering = 0;
        int coolOff = 0;
        int daily = 0;
        for (DemoCouncil.Assignment a : council.assignments()) {
            if (!"agency".equals(a.employmentType()) || !QUALIFIED.contains(a.roleCode())) {
                assertFalse(terms.containsKey(a.id()), "terms only for agency social workers");
                continue;
            }
            DemoCouncil.AgencyAssignment t = terms.get(a.id());
            assertNotNull(t, "terms for " + a.id());
            String expectedJob = switch (a.roleCode()) {
                case "social-worker" -> "social-worker";
                case "senior-practitioner" -> "senior-social-worker";
                case "advanced-practitioner" -> "advanced-practitioner";
                case "independent-reviewing-officer", "child-protection-chair" -> "iro-cp-chair";
                default -> "team-manager";
            };
            assertEquals(expectedJob, t.jobType());
            assertTrue(t.chargeRate().signum() > 0);
            if (t.pqeYearsAtStart().compareTo(BigDecimal.valueOf(3)) < 0) {
                underPqe++;
            }
            if (t.noticePeriodDays() < 28) {
                shortNotice++;
            }
            if ("daily".equals(t.chargeBasis())) {
                daily++;
            }
            if (t.coversPostId() != null) {
                assertTrue(postIds.contains(t.coversPostId()));
                DemoCouncil.Post post = posts.get(t.coversPostId());
                assertEquals(a.teamId(), post.teamId(), "covers a post in its own team");
                assertEquals(a.roleCode(), post.roleCode());
                covering++;
            }
            if (t.previousRegionalEmploymentEnd() != null
                    && !t.previousRegionalEmploymentEnd().isBefore(a.startDate().minusMonths(3))) {
                coolOff++;
            }
            // one timesheet per week ending (Sunday) from the later of the start and a year before the window
            List<DemoCouncil.AgencyTimesheet> weeks = sheets.getOrDefault(a.id(), List.of());
            LocalDate from = a.startDate().isBefore(firstWeek) ? firstWeek : a.startDate();
            LocalDate to = a.endDate() == null || a.endDate().isAfter(END) ? END : a.endDate();
            long expectedWeeks = 0;
            for (LocalDate sunday = from.with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
                    !sunday.minusDays(6).isAfter(to); sunday = sunday.plusWeeks(1)) {
                LocalDate mon = sunday.minusDays(6);
                LocalDate first = mon.isBefore(a.startDate()) ? a.startDate() : mon;
                LocalDate last = sunday.isAfter(to) ? to : sunday;
                if (!sunday.isAfter(END) && DemoWorkforceRecords.weekdaysBetween(first, last) >= 2) {
                    expectedWeeks++;
                }
            }
            Set<LocalDate> weekEndings = new HashSet<>();
            for (DemoCouncil.AgencyTimesheet sheet : weeks) {
                assertEquals(DayOfWeek.SUNDAY, sheet.weekEnding().getDayOfWeek());
                assertTrue(weekEndings.add(sheet.weekEnding()), "one timesheet a week");
                assertTrue(sheet.units().signum() > 0);
                assertEquals(0, t.chargeRate().compareTo(sheet.rate()));
                // at most five days' work a week
                BigDecimal most = "hourly".equals(t.chargeBasis()) ? new BigDecimal("37.00") : new BigDecimal("5");
                assertTrue(sheet.units().compareTo(most) <= 0, sheet.units() + " " + t.chargeBasis());
            }
            assertTrue(weeks.size() >= expectedWeeks - 1, "weekly timesheets for " + a.id() + ": " + weeks.size()
                    + " of about " + expectedWeeks);
        }
        System.out.printf("agency assignments %d: under 3 years PQE %d, notice under 28 days %d, covering a post %d, "
                + "within cool-off %d, daily charge %d%n", terms.size(), underPqe, shortNotice, covering, coolOff,
                daily);
        assertTrue(underPqe >= 2 && shortNotice >= 2 && coolOff >= 1 && daily >= 5);
        assertBetween(0.65, 0.92, (double) covering / terms.size(), "share of agency assignments covering a post");
    }

    @Test
    void supervisorsAndReviewersAreTheTeamManagers() {
        Map<UUID, DemoCouncil.OrgNode> nodes = council.orgNodes().stream()
                .collect(Collectors.toMap(DemoCouncil.OrgNode::id, n -> n));
        int checked = 0;
        int byTeamManager = 0;
        for (DemoCouncil.SupervisionSession s : council.supervisionSessions()) {
            DemoCouncil.Assignment active = activeOn(s.superviseeWorkerId(), s.sessionDate());
            assertNotNull(active, "a session while in post");
            assertTrue(s.durationMinutes() > 0 && s.durationMinutes() <= 1440);
            assertTrue(Set.of("one-to-one", "group", "observed").contains(s.sessionType()));
            assertFalse(s.sessionDate().getDayOfWeek().getValue() > 5, "on a weekday");
            if ("team".equals(nodes.get(active.teamId()).nodeType()) && !"team-manager".equals(active.roleCode())) {
                checked++;
                UUID manager = managerOf(active.teamId(), "team-manager", s.sessionDate());
                if (manager != null) {
                    assertEquals(manager, s.supervisorWorkerId(), "the team manager supervises");
                    byTeamManager++;
                }
            }
        }
        assertTrue(byTeamManager > checked * 0.95, byTeamManager + " of " + checked);
        for (DemoCouncil.Appraisal a : council.appraisals()) {
            DemoCouncil.Assignment active = activeOn(a.workerId(), a.completedOn());
            assertNotNull(active);
            assertFalse("agency".equals(active.employmentType()), "only employed staff are appraised");
            UUID manager = managerOf(active.teamId(), "team-manager", a.completedOn());
            if ("team".equals(nodes.get(active.teamId()).nodeType()) && !"team-manager".equals(active.roleCode())
                    && manager != null) {
                assertEquals(manager, a.reviewerWorkerId(), "the team manager appraises");
            }
        }
    }

    @Test
    void sessionsFollowThePolicyWithSomeShortGroupAndObservedOnes() {
        long shortOnes = council.supervisionSessions().stream().filter(s -> s.durationMinutes() < 90).count();
        long group = council.supervisionSessions().stream().filter(s -> s.sessionType().equals("group")).count();
        long observed = council.supervisionSessions().stream().filter(s -> s.sessionType().equals("observed")).count();
        int total = council.supervisionSessions().size();
        assertBetween(0.04, 0.15, (double) shortOnes / total, "share of sessions under 90 minutes");
        assertBetween(0.05, 0.15, (double) group / total, "share of group sessions");
        assertBetween(0.02, 0.1, (double) observed / total, "share of observed sessions");
        // an ASYE worker is seen about weekly in their first six weeks
        DemoCouncil.Worker asye = council.workers().stream()
                .filter(w -> w.asyeStartDate() != null
                        && w.asyeStartDate().isAfter(DemoCouncilGenerator.firstSnapshotDate(END))
                        && w.asyeStartDate().isBefore(END.minusMonths(7)))
                .findFirst().orElseThrow();
        long firstSixWeeks = council.supervisionSessions().stream()
                .filter(s -> s.superviseeWorkerId().equals(asye.id()) && !s.sessionDate().isBefore(asye.asyeStartDate())
                        && s.sessionDate().isBefore(asye.asyeStartDate().plusDays(42)))
                .count();
        assertTrue(firstSixWeeks >= 3, "sessions in the first six weeks of an ASYE: " + firstSixWeeks);
    }

    @Test
    void absencesAreInsideEmploymentDoNotOverlapAndCountWeekdays() {
        Map<UUID, String> reasons = council.absenceSicknessReasons().stream()
                .collect(Collectors.toMap(DemoCouncil.AbsenceSicknessReason::absenceId,
                        DemoCouncil.AbsenceSicknessReason::reasonCode));
        Map<UUID, List<DemoCouncil.Absence>> byWorker = council.absences().stream()
                .collect(Collectors.groupingBy(DemoCouncil.Absence::workerId));
        Set<String> types = new HashSet<>();
        int longTerm = 0;
        for (DemoCouncil.Absence absence : council.absences()) {
            types.add(absence.absenceType());
            DemoCouncil.Assignment active = activeOn(absence.workerId(), absence.firstDay());
            assertNotNull(active, "absent while employed");
            assertFalse("agency".equals(active.employmentType()));
            assertNotNull(activeOn(absence.workerId(), absence.lastDay()), "still employed on the last day");
            int weekdays = DemoWorkforceRecords.weekdaysBetween(absence.firstDay(), absence.lastDay());
            BigDecimal lost = absence.workingDaysLost();
            assertTrue(lost.compareTo(BigDecimal.valueOf(weekdays)) == 0
                    || weekdays == 1 && lost.compareTo(new BigDecimal("0.5")) == 0, "working days lost " + lost
                            + " for " + weekdays + " weekdays");
            assertEquals("sickness".equals(absence.absenceType()), reasons.containsKey(absence.id()),
                    "a reason for every sickness absence, and only for them");
            if ("sickness".equals(absence.absenceType()) && lost.compareTo(BigDecimal.valueOf(20)) >= 0) {
                longTerm++;
            }
        }
        for (List<DemoCouncil.Absence> list : byWorker.values()) {
            list.sort(Comparator.comparing(DemoCouncil.Absence::firstDay));
            for (int i = 1; i < list.size(); i++) {
                assertTrue(list.get(i).firstDay().isAfter(list.get(i - 1).lastDay()), "absences do not overlap");
            }
        }
        assertTrue(types.containsAll(Set.of("sickness", "dependants-leave", "compassionate-leave")), types.toString());
        assertTrue(longTerm >= 5, "long-term sickness absences: " + longTerm);
        assertTrue(new HashSet<>(reasons.values()).size() >= 5, "several sickness reasons");
    }

    @Test
    void everyEndOfEmploymentHasALeavingRecordAndTheReturnerWorksAgain() {
        LocalDate first = DemoCouncilGenerator.firstSnapshotDate(END);
        Set<String> expected = new HashSet<>();
        for (Map.Entry<UUID, List<DemoCouncil.Assignment>> entry : history.entrySet()) {
            List<DemoCouncil.Assignment> h = entry.getValue();
            for (int i = 0; i < h.size(); i++) {
                DemoCouncil.Assignment a = h.get(i);
                if ("agency".equals(a.employmentType()) || a.endDate() == null || a.endDate().isAfter(END)
                        || a.endDate().isBefore(first)) {
                    continue;
                }
                boolean continues = i + 1 < h.size() && !h.get(i + 1).startDate().isAfter(a.endDate().plusDays(1));
                if (!continues) {
                    expected.add(entry.getKey() + "@" + a.endDate());
                }
            }
        }
        Set<String> actual = new HashSet<>();
        int interviewed = 0;
        for (DemoCouncil.Leaving leaving : council.leavings()) {
            assertTrue(actual.add(leaving.workerId() + "@" + leaving.leavingDate()));
            assertNotNull(leaving.reasonCode());
            if (leaving.exitInterviewHeld()) {
                interviewed++;
            }
        }
        assertEquals(expected, actual);
        assertBetween(0.5, 0.7, (double) interviewed / actual.size(), "share of leavers with an exit interview");
        // the returner: a leaving record, then a new assignment after a gap
        boolean returner = council.leavings().stream().anyMatch(l -> history.get(l.workerId()).stream()
                .anyMatch(a -> a.startDate().isAfter(l.leavingDate().plusWeeks(12))));
        assertTrue(returner, "a leaver who came back");
    }

    @Test
    void establishmentChangesOverTimeInSomeTeams() {
        Map<String, Long> rowsPerNodeRole = council.posts().stream()
                .collect(Collectors.groupingBy(p -> p.teamId() + "/" + p.roleCode(), Collectors.counting()));
        assertTrue(rowsPerNodeRole.values().stream().filter(n -> n > 1).count() >= 3, "some establishment changes");
        assertTrue(council.posts().stream().anyMatch(p -> p.endDate() != null), "a post that ended");
        assertTrue(council.posts().stream().anyMatch(p -> p.startDate().isAfter(DemoCouncilGenerator.firstSnapshotDate(END))),
                "a post added in the window");
        for (DemoCouncil.Post post : council.posts()) {
            assertTrue(post.fte().signum() > 0 && post.fte().compareTo(BigDecimal.valueOf(100)) <= 0);
            assertTrue(post.endDate() == null || !post.endDate().isBefore(post.startDate()));
        }
    }

    @Test
    void measureFiguresOnTheEndDateAreRealistic() {
        assertRealistic(council, END);
        assertRealistic(council, END.minusYears(1));
    }

    @ParameterizedTest
    @CsvSource({"2026-11-22,7", "2026-08-15,42"})
    void figuresHoldForOtherSeeds(LocalDate end, long seed) {
        assertRealistic(new DemoCouncilGenerator().generate(end, seed), end);
    }

    @Test
    void aLargerCouncilRepeatsTheOrganisationByDistrictWithEveryRecord() {
        DemoCouncil larger = new DemoCouncilGenerator().generate(END, SEED, new DemoCouncilGenerator.Size(2, 156));
        long teams = council.orgNodes().stream().filter(n -> n.nodeType().equals("team")).count();
        assertEquals(2 * teams, larger.orgNodes().stream().filter(n -> n.nodeType().equals("team")).count());
        assertTrue(larger.orgNodes().stream().anyMatch(n -> n.name().equals("Assessment and Intervention North (Ashdale)")));
        assertEquals(157, larger.caseloadSnapshots().stream().map(DemoCouncil.CaseloadSnapshot::snapshotDate)
                .distinct().count(), "three years of weekly snapshots");
        assertEquals(larger.orgNodes().stream().map(DemoCouncil.OrgNode::id).distinct().count(),
                larger.orgNodes().size(), "distinct node ids");
        assertEquals(larger.workers().stream().map(DemoCouncil.Worker::id).distinct().count(),
                larger.workers().size(), "distinct worker ids");
        assertRealistic(larger, END);
        // the personas are in the first copy, as in the demo
        assertEquals(3, larger.workers().stream().filter(w -> w.username() != null).count());
    }

    static void assertRealistic(DemoCouncil generated, LocalDate asAt) {
        DemoWorkforceFigures f = DemoWorkforceFigures.asAt(generated, asAt);
        System.out.println("seed " + generated.seed() + " " + f);
        assertBetween(10, 20, f.agencyRate(), "agency rate " + asAt);
        assertBetween(12, 18, f.vacancyRate(), "vacancy rate " + asAt);
        assertBetween(65, 92, f.agencyCoverRate(), "agency cover rate " + asAt);
        assertBetween(8, 22, f.turnoverRate(), "turnover rate " + asAt);
        assertBetween(78, 92, f.supervisionCompliance(), "supervision compliance " + asAt);
        assertBetween(70, 95, f.seenInLast31DaysPercent(), "seen in the last 31 days " + asAt);
        assertBetween(72, 88, f.appraisalCompliance(), "appraisal compliance " + asAt);
        assertBetween(2.0, 4.5, f.absenceRate(), "absence rate " + asAt);
        assertBetween(45, 75, f.exitInterviewRate(), "exit interview rate " + asAt);
        assertTrue(f.agencyFlagged() >= 3 && f.agencyFlagged() < f.agencyActive() / 2,
                "some agency assignments flagged: " + f.agencyFlagged() + " of " + f.agencyActive());
        // an agency social worker: 37 hours a week at about £38 an hour for about 50 weeks is about £70,000 a year
        assertBetween(50_000, 100_000, f.agencyCost() / f.agencyFte(), "agency cost per agency FTE in the year to "
                + asAt);
    }

    private static DemoCouncil.Assignment activeOn(UUID workerId, LocalDate day) {
        return history.get(workerId).stream().filter(a -> a.activeOn(day)).findFirst().orElse(null);
    }

    private static UUID managerOf(UUID nodeId, String role, LocalDate day) {
        return council.assignments().stream()
                .filter(a -> a.teamId().equals(nodeId) && a.roleCode().equals(role) && a.activeOn(day))
                .map(DemoCouncil.Assignment::workerId).findFirst().orElse(null);
    }
}

package org.workforceinsight.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DemoCouncilGeneratorTest {

    static final LocalDate END = LocalDate.of(2026, 11, 22); // a Sunday
    static final long SEED = 20261122L;

    static DemoCouncil council;

    @BeforeAll
    static void generate() {
        council = new DemoCouncilGenerator().generate(END, SEED);
    }

    @Test
    void sameInputsGiveTheSameCouncil() {
        DemoCouncil again = new DemoCouncilGenerator().generate(END, SEED);
        assertEquals(council, again);
        DemoCouncil otherSeed = new DemoCouncilGenerator().generate(END, SEED + 1);
        assertNotEquals(council.caseloadSnapshots(), otherSeed.caseloadSnapshots());
        // ids of the organisation are stable whatever the seed
        assertEquals(council.orgNodes().stream().map(DemoCouncil.OrgNode::id).toList(),
                otherSeed.orgNodes().stream().map(DemoCouncil.OrgNode::id).toList());
    }

    @Test
    void organisationHasACouncilSixServicesAndAboutThirtyTeams() {
        List<DemoCouncil.OrgNode> councils = nodes("council");
        assertEquals(1, councils.size());
        DemoCouncil.OrgNode root = councils.get(0);
        assertEquals("Northshire Council", root.name());
        assertEquals("E06000999", root.laCode());
        assertEquals("Yorkshire and The Humber", root.region());
        assertNull(root.parentId());

        List<DemoCouncil.OrgNode> services = nodes("service");
        assertEquals(List.of("Front Door", "Assessment and Intervention", "Child Protection and Family Support",
                "Children Looked After", "Care Leavers", "Children with Disabilities"),
                services.stream().map(DemoCouncil.OrgNode::name).toList());
        services.forEach(s -> assertEquals(root.id(), s.parentId()));
        services.forEach(s -> assertNotNull(s.managerWorkerId(), s.name() + " has a head of service"));

        List<DemoCouncil.OrgNode> teams = nodes("team");
        assertTrue(teams.size() >= 28 && teams.size() <= 32, "teams: " + teams.size());
        Set<UUID> serviceIds = services.stream().map(DemoCouncil.OrgNode::id).collect(Collectors.toSet());
        for (DemoCouncil.OrgNode team : teams) {
            assertTrue(serviceIds.contains(team.parentId()), team.name());
            assertNotNull(team.teamType(), team.name());
            assertNotNull(team.managerWorkerId(), team.name() + " has a manager");
            assertActiveAssignment(team.managerWorkerId(), team.id(), "team-manager");
        }
        for (DemoCouncil.OrgNode service : services) {
            assertActiveAssignment(service.managerWorkerId(), service.id(), "head-of-service");
        }
        assertEquals(teams.size(), teams.stream().map(DemoCouncil.OrgNode::name).distinct().count());
        // parents come before children, so the list can be inserted in order
        Set<UUID> seen = new HashSet<>();
        for (DemoCouncil.OrgNode node : council.orgNodes()) {
            assertTrue(node.parentId() == null || seen.contains(node.parentId()), node.name());
            seen.add(node.id());
        }
    }

    @Test
    void personasManageTheirServiceAndTeams() {
        DemoCouncil.Worker senior = worker("senior");
        assertEquals("Martin", senior.givenName());
        assertEquals("Hale", senior.familyName());
        assertEquals(senior.id(), node("Child Protection and Family Support").managerWorkerId());
        assertEquals("service", node("Child Protection and Family Support").nodeType());

        DemoCouncil.Worker manager1 = worker("manager1");
        assertEquals("Amira Khan", manager1.givenName() + " " + manager1.familyName());
        assertEquals(manager1.id(), node("Assessment and Intervention North").managerWorkerId());
        assertEquals(node("Assessment and Intervention").id(), node("Assessment and Intervention North").parentId());

        DemoCouncil.Worker manager2 = worker("manager2");
        assertEquals("Tom Price", manager2.givenName() + " " + manager2.familyName());
        assertEquals(manager2.id(), node("Child Protection East").managerWorkerId());
        assertEquals(node("Child Protection and Family Support").id(), node("Child Protection East").parentId());

        // the personas are in post for the whole two years, in their roles
        LocalDate first = DemoCouncilGenerator.firstSnapshotDate(END);
        for (DemoCouncil.Worker persona : List.of(senior, manager1, manager2)) {
            List<DemoCouncil.Assignment> history = assignmentsOf(persona.id());
            assertEquals(1, history.size());
            assertTrue(history.get(0).activeOn(first) && history.get(0).activeOn(END));
        }
        assertEquals("head-of-service", assignmentsOf(senior.id()).get(0).roleCode());
        assertEquals("team-manager", assignmentsOf(manager1.id()).get(0).roleCode());
        assertEquals("team-manager", assignmentsOf(manager2.id()).get(0).roleCode());

        assertEquals(3, council.workers().stream().filter(w -> w.username() != null).count());
    }

    @Test
    void workforceFiguresOnTheEndDateSitNearDfe() {
        DemoCouncilFigures figures = DemoCouncilFigures.asAt(council, END);
        System.out.println("Generated council " + figures);
        assertBetween(270, 330, figures.socialWorkerFte(), "social worker FTE");
        assertBetween(10, 20, figures.agencyRate(), "agency rate");
        assertBetween(14, 18, figures.averageCaseload(), "average caseload");
        assertTrue(figures.overThreshold() > 0, "some workers over threshold");
        assertTrue(figures.overThreshold() < figures.caseHolders() / 3, "not most workers over threshold");
        assertTrue(figures.asyeOverThreshold() >= 1 && figures.asyeOverThreshold() <= 6,
                "a few ASYE over 12: " + figures.asyeOverThreshold());
        assertBetween(0.06, 0.13, (double) figures.asyeCaseHolders() / figures.caseHolders(),
                "share of case holders in their ASYE");
        assertTrue(figures.managersWithCases() >= 1, "a manager or advanced practitioner holding cases is flagged");
        assertTrue(figures.unallocatedCases() > 0);
    }

    @ParameterizedTest
    @CsvSource({"2026-11-22,20261122", "2027-03-01,20261122", "2025-06-30,20261122", "2026-11-22,7",
            "2026-08-15,42"})
    void figuresHoldForOtherDatesAndSeeds(LocalDate end, long seed) {
        DemoCouncil other = new DemoCouncilGenerator().generate(end, seed);
        for (LocalDate asAt : List.of(end, end.minusYears(1), DemoCouncilGenerator.firstSnapshotDate(end))) {
            DemoCouncilFigures figures = DemoCouncilFigures.asAt(other, asAt);
            System.out.println("seed " + seed + " end " + end + " " + figures);
            assertBetween(270, 330, figures.socialWorkerFte(), "social worker FTE " + asAt);
            assertBetween(10, 20, figures.agencyRate(), "agency rate " + asAt);
            assertBetween(14, 18, figures.averageCaseload(), "average caseload " + asAt);
        }
    }

    @Test
    void snapshotsAreWeeklyOnMondaysForTwoYearsAndAddUp() {
        LocalDate last = LocalDate.of(2026, 11, 16);
        LocalDate first = last.minusWeeks(104);
        assertEquals(last, DemoCouncilGenerator.lastSnapshotDate(END));
        assertEquals(last, DemoCouncilGenerator.lastSnapshotDate(last));
        TreeSet<LocalDate> dates = new TreeSet<>();
        Set<String> keys = new HashSet<>();
        for (DemoCouncil.CaseloadSnapshot s : council.caseloadSnapshots()) {
            assertEquals(DayOfWeek.MONDAY, s.snapshotDate().getDayOfWeek());
            int preProceedings = s.preProceedings() == null ? 0 : s.preProceedings();
            assertEquals(s.cases(), s.childInNeed() + s.childProtection() + s.childLookedAfter() + s.careLeaver()
                    + s.other() + preProceedings, "by-type sum equals total");
            assertTrue(preProceedings >= 0);
            assertTrue(s.cases() >= 0 && s.childInNeed() >= 0 && s.childProtection() >= 0
                    && s.childLookedAfter() >= 0 && s.careLeaver() >= 0 && s.other() >= 0);
            assertTrue(keys.add(s.workerId() + "@" + s.snapshotDate()), "one snapshot per worker and date");
            dates.add(s.snapshotDate());
        }
        assertEquals(first, dates.first());
        assertEquals(last, dates.last());
        assertEquals(105, dates.size());

        // a snapshot belongs to a worker in post that day in a role that can hold cases
        Map<UUID, List<DemoCouncil.Assignment>> byWorker = assignmentsByWorker();
        Set<String> caseRoles = Set.of("social-worker", "senior-practitioner", "advanced-practitioner",
                "team-manager");
        for (DemoCouncil.CaseloadSnapshot s : council.caseloadSnapshots()) {
            assertTrue(byWorker.get(s.workerId()).stream()
                    .anyMatch(a -> a.activeOn(s.snapshotDate()) && caseRoles.contains(a.roleCode())));
        }
        // and every social worker or senior practitioner in post on a Monday has one
        for (LocalDate monday : dates) {
            for (DemoCouncil.Assignment a : council.assignments()) {
                if (a.activeOn(monday) && (a.roleCode().equals("social-worker")
                        || a.roleCode().equals("senior-practitioner"))) {
                    assertTrue(keys.contains(a.workerId() + "@" + monday));
                }
            }
        }

        Set<String> unallocatedKeys = new HashSet<>();
        for (DemoCouncil.UnallocatedCases u : council.unallocatedCases()) {
            assertEquals(DayOfWeek.MONDAY, u.snapshotDate().getDayOfWeek());
            assertTrue(u.cases() >= 0);
            assertTrue(unallocatedKeys.add(u.teamId() + "@" + u.snapshotDate()));
        }
        assertEquals(nodes("team").size() * 105, council.unallocatedCases().size());
    }

    @Test
    void caseloadsDriftSmoothly() {
        Map<UUID, List<DemoCouncil.CaseloadSnapshot>> byWorker = council.caseloadSnapshots().stream()
                .collect(Collectors.groupingBy(DemoCouncil.CaseloadSnapshot::workerId));
        List<Integer> changes = new ArrayList<>();
        for (List<DemoCouncil.CaseloadSnapshot> series : byWorker.values()) {
            series.sort(Comparator.comparing(DemoCouncil.CaseloadSnapshot::snapshotDate));
            for (int i = 1; i < series.size(); i++) {
                if (series.get(i).snapshotDate().equals(series.get(i - 1).snapshotDate().plusWeeks(1))) {
                    changes.add(Math.abs(series.get(i).cases() - series.get(i - 1).cases()));
                }
            }
        }
        changes.sort(Comparator.naturalOrder());
        int median = changes.get(changes.size() / 2);
        int p95 = changes.get(changes.size() * 95 / 100);
        assertTrue(median <= 1, "median weekly change " + median);
        assertTrue(p95 <= 3, "95th percentile weekly change " + p95);
    }

    @Test
    void assignmentsNeverOverlapAndAreValid() {
        Set<String> roles = Set.of("social-worker", "senior-practitioner", "advanced-practitioner", "team-manager",
                "service-manager", "head-of-service", "principal-social-worker", "independent-reviewing-officer",
                "child-protection-chair", "family-support-worker", "business-support");
        Set<UUID> nodeIds = council.orgNodes().stream().map(DemoCouncil.OrgNode::id).collect(Collectors.toSet());
        Set<UUID> workerIds = council.workers().stream().map(DemoCouncil.Worker::id).collect(Collectors.toSet());
        Set<UUID> ids = new HashSet<>();
        for (DemoCouncil.Assignment a : council.assignments()) {
            assertTrue(ids.add(a.id()));
            assertTrue(roles.contains(a.roleCode()), a.roleCode());
            assertTrue(Set.of("permanent", "fixed-term", "agency").contains(a.employmentType()));
            assertTrue(a.fte().compareTo(BigDecimal.ZERO) > 0 && a.fte().compareTo(BigDecimal.ONE) <= 0);
            assertTrue(a.fte().scale() <= 2);
            assertTrue(a.endDate() == null || !a.endDate().isBefore(a.startDate()));
            assertTrue(nodeIds.contains(a.teamId()));
            assertTrue(workerIds.contains(a.workerId()));
        }
        for (Map.Entry<UUID, List<DemoCouncil.Assignment>> entry : assignmentsByWorker().entrySet()) {
            List<DemoCouncil.Assignment> history = entry.getValue();
            for (int i = 1; i < history.size(); i++) {
                DemoCouncil.Assignment previous = history.get(i - 1);
                assertNotNull(previous.endDate(), "only the last assignment may be open");
                assertTrue(history.get(i).startDate().isAfter(previous.endDate()), "no overlap for " + entry.getKey());
            }
        }
        // every worker has at least one assignment
        assertEquals(workerIds, assignmentsByWorker().keySet());
    }

    @Test
    void historyHasStartersLeaversMovesAndAReturner() {
        LocalDate first = DemoCouncilGenerator.firstSnapshotDate(END);
        int starters = 0;
        int leavers = 0;
        int moves = 0;
        int promotions = 0;
        int returners = 0;
        for (List<DemoCouncil.Assignment> history : assignmentsByWorker().values()) {
            if (history.get(0).startDate().isAfter(first)) {
                starters++;
            }
            DemoCouncil.Assignment last = history.get(history.size() - 1);
            if (last.endDate() != null && !last.endDate().isAfter(END)) {
                leavers++;
            }
            for (int i = 1; i < history.size(); i++) {
                DemoCouncil.Assignment previous = history.get(i - 1);
                DemoCouncil.Assignment next = history.get(i);
                if (next.startDate().equals(previous.endDate().plusDays(1))) {
                    if (!next.teamId().equals(previous.teamId()) && next.roleCode().equals(previous.roleCode())) {
                        moves++;
                    }
                    if (!next.roleCode().equals(previous.roleCode()) && next.startDate().isAfter(first)) {
                        promotions++;
                    }
                } else if (next.startDate().isAfter(previous.endDate().plusWeeks(12))) {
                    returners++;
                }
            }
        }
        System.out.printf("starters %d, leavers %d, moves %d, promotions %d, returners %d%n", starters, leavers,
                moves, promotions, returners);
        assertTrue(starters >= 40, "starters " + starters);
        assertTrue(leavers >= 40, "leavers " + leavers);
        assertTrue(moves >= 1, "internal moves " + moves);
        assertTrue(promotions >= 1, "promotions " + promotions);
        assertTrue(returners >= 1, "returners " + returners);
    }

    @Test
    void workersHaveUniqueIdsAndRegistrationNumbers() {
        Set<String> externalIds = new HashSet<>();
        Set<String> swe = new HashSet<>();
        Set<String> names = new HashSet<>();
        Set<String> qualifiedRoles = Set.of("social-worker", "senior-practitioner", "advanced-practitioner",
                "team-manager", "service-manager", "head-of-service", "independent-reviewing-officer",
                "child-protection-chair");
        Map<UUID, List<DemoCouncil.Assignment>> byWorker = assignmentsByWorker();
        for (DemoCouncil.Worker w : council.workers()) {
            assertTrue(externalIds.add(w.externalId()));
            assertTrue(w.externalId().matches("(HR|AG)-\\d{6}"), w.externalId());
            assertTrue(names.add(w.givenName() + " " + w.familyName()), "unique names");
            boolean qualified = byWorker.get(w.id()).stream().anyMatch(a -> qualifiedRoles.contains(a.roleCode()));
            if (qualified) {
                assertNotNull(w.sweRegistrationNumber(), w.externalId());
                assertTrue(w.sweRegistrationNumber().matches("SW\\d{6}"));
                assertTrue(swe.add(w.sweRegistrationNumber()));
            } else {
                assertNull(w.sweRegistrationNumber());
            }
            boolean agency = byWorker.get(w.id()).stream().allMatch(a -> a.employmentType().equals("agency"));
            assertEquals(agency, w.externalId().startsWith("AG-"), w.externalId());
            if (w.asyeStartDate() != null) {
                assertFalse(agency, "agency workers are not in an ASYE");
            }
        }
        // unqualified staff and part-timers exist
        assertTrue(council.assignments().stream().anyMatch(a -> a.roleCode().equals("family-support-worker")));
        assertTrue(council.assignments().stream().anyMatch(a -> a.roleCode().equals("business-support")));
        assertTrue(council.assignments().stream().filter(a -> a.activeOn(END))
                .filter(a -> a.fte().compareTo(new BigDecimal("0.95")) < 0).count() >= 20, "part-timers");
    }

    @Test
    void splitsCasesInProportion() {
        int[] split = DemoCouncilGenerator.largestRemainder(17, new double[] {0.62, 0.23, 0.03, 0, 0.12});
        assertEquals(17, java.util.Arrays.stream(split).sum());
        assertEquals(11, split[0]);
        assertEquals(0, split[3]);
        assertEquals(5, DemoCouncilGenerator.largestRemainder(5, new double[] {0, 0, 0, 0, 0})[4]);
    }

    // ---------------- helpers ----------------

    static void assertBetween(double low, double high, double actual, String what) {
        assertTrue(actual >= low && actual <= high, what + " = " + actual + ", expected " + low + ".." + high);
    }

    private static List<DemoCouncil.OrgNode> nodes(String type) {
        return council.orgNodes().stream().filter(n -> n.nodeType().equals(type)).toList();
    }

    private static DemoCouncil.OrgNode node(String name) {
        return council.orgNodes().stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow();
    }

    private static DemoCouncil.Worker worker(String username) {
        return council.workers().stream().filter(w -> username.equals(w.username())).findFirst().orElseThrow();
    }

    private static List<DemoCouncil.Assignment> assignmentsOf(UUID workerId) {
        return assignmentsByWorker().get(workerId);
    }

    private static Map<UUID, List<DemoCouncil.Assignment>> assignmentsByWorker() {
        Map<UUID, List<DemoCouncil.Assignment>> byWorker = new HashMap<>();
        for (DemoCouncil.Assignment a : council.assignments()) {
            byWorker.computeIfAbsent(a.workerId(), k -> new ArrayList<>()).add(a);
        }
        byWorker.values().forEach(list -> list.sort(Comparator.comparing(DemoCouncil.Assignment::startDate)));
        return byWorker;
    }

    private static void assertActiveAssignment(UUID workerId, UUID nodeId, String role) {
        assertTrue(assignmentsOf(workerId).stream()
                .anyMatch(a -> a.activeOn(END) && a.teamId().equals(nodeId) && a.roleCode().equals(role)),
                "manager " + workerId + " in post as " + role);
    }
}

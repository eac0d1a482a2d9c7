package org.workforceinsight.measures;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.workforceinsight.measures.DfeCouncilFacts.Built;
import org.workforceinsight.measures.DfeCouncilFacts.Council;
import org.workforceinsight.measures.DfeCouncilFacts.Counts;
import org.workforceinsight.measures.WorkforceFacts.AbsenceFact;
import org.workforceinsight.measures.WorkforceFacts.CaseloadFact;
import org.workforceinsight.measures.WorkforceFacts.PostFact;
import org.workforceinsight.measures.WorkforceFacts.Stint;
import org.workforceinsight.measures.WorkforceFacts.WorkerHistory;

/**
 * The worker-level councils of {@link DfeWorkerLevelReproductionTest} hold what their bookkeeping says: every
 * count is recounted here from the facts, straight from the definitions and without the engine, so that a
 * difference found by the reproduction test is the engine's and not the builder's.
 */
class DfeWorkerLevelReproductionBuilderTest {

    @Test
    void contractsAreMostlyFullTimeWithPartTimersAndSumExactly() {
        // 5 heads for 4.70 FTE: 0.30 to cut; 0.20 makes a 0.8, the remaining 0.10 makes a 0.9
        assertEquals(List.of(new BigDecimal("0.80"), new BigDecimal("0.90"), new BigDecimal("1.00"),
                new BigDecimal("1.00"), new BigDecimal("1.00")), DfeCouncilFacts.contracts(new BigDecimal("4.70"), 5));
        // 15 heads for 13.47 FTE: 1.53 to cut: 0.2, 0.4, 0.5, 0.2 (1.30), then 0.23 makes a 0.77
        List<BigDecimal> contracts = DfeCouncilFacts.contracts(new BigDecimal("13.47"), 15);
        assertEquals(List.of("0.80", "0.60", "0.50", "0.80", "0.77"),
                contracts.subList(0, 5).stream().map(BigDecimal::toPlainString).toList());
        assertEquals(10, contracts.stream().filter(c -> c.compareTo(DfeCouncilFacts.FULL_TIME) == 0).count());
        // under 0.10 a head the last resort goes below 0.10: 2 heads for 0.15 FTE, 1.85 to cut: 0.8 and 0.6,
        // then both down to 0.10 (1.20), then the first down by the last 0.05
        assertEquals(List.of(new BigDecimal("0.05"), new BigDecimal("0.10")),
                DfeCouncilFacts.contracts(new BigDecimal("0.15"), 2));
    }

    @Test
    void headsAreSplitInProportionWithinWhatEachCellsFteAllows() {
        // 10 heads over 4.0 and 5.0 FTE: at least 4 and 5; the tenth goes where the share (5.56) is furthest ahead
        assertArrayEquals(new int[] {4, 6}, DfeCouncilFacts.splitHeads(10, List.of(new BigDecimal("4.0"),
                new BigDecimal("5.0"))));
        // 3 heads cannot hold 4.5 FTE: the fewest possible, 2 + 3
        assertArrayEquals(new int[] {2, 3}, DfeCouncilFacts.splitHeads(3, List.of(new BigDecimal("1.5"),
                new BigDecimal("3.0"))));
        // nobody in a cell of 0 FTE
        assertArrayEquals(new int[] {0, 7}, DfeCouncilFacts.splitHeads(7, List.of(BigDecimal.ZERO,
                new BigDecimal("6.5"))));
    }

    @Test
    void everyLocalAuthorityCouncilHoldsWhatItsBookkeepingSays() {
        DfeIndicatorFile file = DfeIndicatorFile.shipped();
        List<String> problems = new ArrayList<>();
        int rows = 0;
        for (int year : List.of(2024, 2025)) {
            for (DfeIndicatorRow row : file.rowsFor(year)) {
                if (row.geographicLevel() != GeographicLevel.LOCAL_AUTHORITY) {
                    continue;
                }
                rows++;
                String label = year + " " + row.laName();
                Counts counts = DfeCouncilFacts.countsReproducingRates(row).orElse(null);
                if (counts == null) {
                    problems.add(label + ": no counts reproduce the published rates");
                    continue;
                }
                Council council = DfeWorkerLevelReproductionTest.council(row, counts);
                Built built = council.built();
                Built recounted = recount(council);
                if (!sameFigures(built, recounted)) {
                    problems.add(label + ": built " + built + " but the facts hold " + recounted);
                }
                compare(problems, label, "inPostFte", counts.inPostFte(), built.inPostFte());
                compare(problems, label, "agencyFte", counts.agencyFte(), built.agencyFte());
                compare(problems, label, "vacancyFte", counts.vacancyFte(), built.vacancyFte());
                compare(problems, label, "leaversFte", counts.leaversFte(), built.leaversFte());
                compare(problems, label, "startersFte", counts.startersFte(), built.startersFte());
                if (!council.notBuilt().containsKey("agencyCoverFte")) {
                    compare(problems, label, "agencyCoverFte", counts.agencyCoverFte(), built.agencyCoverFte());
                }
                if (!council.notBuilt().containsKey("caseHoldersFte")) {
                    compare(problems, label, "caseHoldersFte", counts.caseHoldersFte(), built.caseHoldersFte());
                }
                if (!council.notBuilt().containsKey("workingDaysLost")) {
                    compare(problems, label, "workingDaysLost", counts.workingDaysLost(), built.workingDaysLost());
                }
                council.notBuilt().forEach((piece, why) -> System.out.println("not built: " + label + " " + piece + ": " + why));
                for (WorkerHistory worker : council.facts().workers()) {
                    for (Stint stint : worker.stints()) {
                        if (stint.fte().signum() <= 0 || stint.fte().compareTo(BigDecimal.ONE) > 0
                                || stint.fte().scale() > 2) {
                            problems.add(label + ": a contract of " + stint.fte() + " FTE");
                        }
                    }
                }
            }
        }
        assertTrue(rows > 300, rows + " rows");
        assertTrue(problems.isEmpty(), problems.size() + " problems: " + problems.stream().limit(30).toList());
    }

    private static void compare(List<String> problems, String label, String name, BigDecimal wanted, BigDecimal built) {
        if (wanted != null && wanted.compareTo(built) != 0) {
            problems.add(label + " " + name + ": wanted " + wanted + ", built " + built);
        }
    }

    private static boolean sameFigures(Built a, Built b) {
        return a.inPostFte().compareTo(b.inPostFte()) == 0 && a.inPostHeadcount() == b.inPostHeadcount()
                && a.agencyFte().compareTo(b.agencyFte()) == 0 && a.agencyHeadcount() == b.agencyHeadcount()
                && a.agencyCoverFte().compareTo(b.agencyCoverFte()) == 0
                && a.vacancyFte().compareTo(b.vacancyFte()) == 0 && a.startersFte().compareTo(b.startersFte()) == 0
                && a.startersHeadcount() == b.startersHeadcount() && a.leaversFte().compareTo(b.leaversFte()) == 0
                && a.leaversHeadcount() == b.leaversHeadcount() && a.caseHoldersFte().compareTo(b.caseHoldersFte()) == 0
                && a.cases() == b.cases() && a.workingDaysLost().compareTo(b.workingDaysLost()) == 0;
    }

    /**
     * The DfE counts of the facts, taken straight from the definitions of the plan, one at a time, with no
     * care for speed: the second opinion on the builder.
     */
    static Built recount(Council council) {
        LocalDate day = council.asAt();
        LocalDate from = council.periodStart();
        Set<UUID> nodes = council.nodeIds();
        WorkforceFacts facts = council.facts();

        BigDecimal inPost = BigDecimal.ZERO;
        int inPostHeads = 0;
        BigDecimal agency = BigDecimal.ZERO;
        int agencyHeads = 0;
        BigDecimal cover = BigDecimal.ZERO;
        Set<UUID> openPosts = new HashSet<>();
        Map<String, BigDecimal> postFte = new HashMap<>();
        for (PostFact post : facts.posts()) {
            if (post.activeOn(day)) {
                openPosts.add(post.id());
                if (post.qualifiedSocialWork() && nodes.contains(post.nodeId())) {
                    postFte.merge(post.nodeId() + "|" + post.roleCode(), post.fte(), BigDecimal::add);
                }
            }
        }
        Map<String, BigDecimal> filledFte = new HashMap<>();
        BigDecimal starters = BigDecimal.ZERO;
        int starterHeads = 0;
        BigDecimal leavers = BigDecimal.ZERO;
        int leaverHeads = 0;
        BigDecimal holders = BigDecimal.ZERO;
        int cases = 0;
        BigDecimal daysLost = BigDecimal.ZERO;
        for (WorkerHistory worker : facts.workers()) {
            List<Stint> socialWork = worker.stints().stream()
                    .filter(s -> s.qualifiedSocialWork() && nodes.contains(s.nodeId())).toList();
            List<Stint> employedNow = socialWork.stream().filter(s -> s.employmentType().employed() && s.activeOn(day)).toList();
            List<Stint> agencyNow = socialWork.stream().filter(s -> !s.employmentType().employed() && s.activeOn(day)).toList();
            for (Stint stint : employedNow) {
                inPost = inPost.add(stint.fte());
                filledFte.merge(stint.nodeId() + "|" + stint.roleCode(), stint.fte(), BigDecimal::add);
            }
            inPostHeads += employedNow.isEmpty() ? 0 : 1;
            for (Stint stint : agencyNow) {
                agency = agency.add(stint.fte());
                if (stint.agency() != null && stint.agency().coversPostId() != null
                        && openPosts.contains(stint.agency().coversPostId())) {
                    cover = cover.add(stint.fte());
                }
            }
            agencyHeads += agencyNow.isEmpty() ? 0 : 1;

            // caseload: the latest snapshot in the week to the census date of a social worker in post
            if (!employedNow.isEmpty() || !agencyNow.isEmpty()) {
                CaseloadFact latest = worker.caseloads().stream()
                        .filter(c -> !c.date().isBefore(day.minusDays(6)) && !c.date().isAfter(day))
                        .max(Comparator.comparing(CaseloadFact::date)).orElse(null);
                if (latest != null && latest.cases() > 0) {
                    cases += latest.cases();
                    for (Stint stint : employedNow) {
                        holders = holders.add(stint.fte());
                    }
                    for (Stint stint : agencyNow) {
                        holders = holders.add(stint.fte());
                    }
                }
            }

            // runs of employed social work, council-wide
            List<Stint> employed = worker.stints().stream()
                    .filter(s -> s.qualifiedSocialWork() && s.employmentType().employed())
                    .sorted(Comparator.comparing(Stint::start)).toList();
            Stint first = null;
            Stint last = null;
            for (int i = 0; i <= employed.size(); i++) {
                Stint next = i < employed.size() ? employed.get(i) : null;
                boolean continues = next != null && last != null
                        && (last.end() == null || !next.start().isAfter(last.end().plusDays(1)));
                if (continues) {
                    if (last.end() != null && (next.end() == null || next.end().isAfter(last.end()))) {
                        last = next;
                    }
                    continue;
                }
                if (first != null) {
                    if (!first.start().isBefore(from) && !first.start().isAfter(day) && nodes.contains(first.nodeId())) {
                        starters = starters.add(first.fte());
                        starterHeads++;
                    }
                    if (last.end() != null && !last.end().isBefore(from) && !last.end().isAfter(day)
                            && nodes.contains(last.nodeId())) {
                        leavers = leavers.add(last.fte());
                        leaverHeads++;
                    }
                }
                first = next;
                last = next;
            }

            // sickness: the part inside the year by weekdays, weighted by the FTE on its first day in the year
            for (AbsenceFact absence : worker.absences()) {
                if (!absence.sickness() || absence.lastDay().isBefore(from) || absence.firstDay().isAfter(day)) {
                    continue;
                }
                LocalDate weighedOn = absence.firstDay().isBefore(from) ? from : absence.firstDay();
                Stint weight = socialWork.stream().filter(s -> s.employmentType().employed() && s.activeOn(weighedOn))
                        .findFirst().orElse(null);
                if (weight == null) {
                    continue;
                }
                LocalDate insideFrom = absence.firstDay().isBefore(from) ? from : absence.firstDay();
                LocalDate insideTo = absence.lastDay().isAfter(day) ? day : absence.lastDay();
                BigDecimal part = absence.workingDaysLost()
                        .multiply(BigDecimal.valueOf(DfeCouncilFacts.weekdays(insideFrom, insideTo)))
                        .divide(BigDecimal.valueOf(DfeCouncilFacts.weekdays(absence.firstDay(), absence.lastDay())),
                                MathContext.DECIMAL128);
                daysLost = daysLost.add(weight.fte().multiply(part));
            }
        }
        BigDecimal vacancy = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> group : postFte.entrySet()) {
            BigDecimal gap = group.getValue().subtract(filledFte.getOrDefault(group.getKey(), BigDecimal.ZERO));
            vacancy = vacancy.add(gap.max(BigDecimal.ZERO));
        }
        return new Built(inPost, inPostHeads, agency, agencyHeads, cover, vacancy, starters, starterHeads, leavers,
                leaverHeads, holders, cases, daysLost.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros());
    }
}

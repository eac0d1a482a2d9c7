package org.workforceinsight.measures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.workforceinsight.measures.WorkforceFacts.AbsenceFact;
import org.workforceinsight.measures.WorkforceFacts.AgencyTerms;
import org.workforceinsight.measures.WorkforceFacts.CaseloadFact;
import org.workforceinsight.measures.WorkforceFacts.ChargeBasis;
import org.workforceinsight.measures.WorkforceFacts.EmploymentType;
import org.workforceinsight.measures.WorkforceFacts.LeavingFact;
import org.workforceinsight.measures.WorkforceFacts.PostFact;
import org.workforceinsight.measures.WorkforceFacts.Stint;
import org.workforceinsight.measures.WorkforceFacts.WorkerHistory;

/**
 * Test support for the worker-level DfE reproduction: the dated, worker-level facts of a synthetic council
 * whose DfE counts, as at 30 September of a census year, are those of one local authority row of the DfE
 * indicators file. Only what the engine reads ({@link WorkforceFacts}) is built.
 *
 * <p>The council's social workers are split into cells whose FTE totals are fixed by the counts: employed
 * in post (starter or not, case holder or not), agency (covering a vacant post or not, case holder or not),
 * leavers of the census year. Each cell is a realistic mix of contracts (mostly 1.0, some 0.8, 0.6 and
 * 0.5, one odd contract taking up the remainder) whose sum is the cell's total exactly. Around them the
 * builder puts what a real council's history holds and the DfE counts must ignore: team moves and contract
 * changes that are not starts or leavings, a returner (a leaver then a starter), a leaver who comes back
 * through an agency, an agency worker made permanent, a social worker in two teams at once, an agency worker
 * on two assignments (one covering a vacancy) where the headcount needs it, a supernumerary worker, an
 * agency worker still recorded against a closed post, unqualified staff with posts,
 * cases and sickness, stale and superseded caseload snapshots, absences that are not sickness or fall partly
 * or wholly outside the year, posts that have closed.
 *
 * <p>A piece is built only when its counts are published (not suppressed) and can be made consistent with
 * the rest; {@link Council#notBuilt} says why a piece is missing.
 */
final class DfeCouncilFacts {

    static final BigDecimal FULL_TIME = new BigDecimal("1.00");
    private static final BigDecimal SMALLEST_CONTRACT = new BigDecimal("0.10");
    /** Only for a cell left with a few hundredths of FTE by the split: the smallest FTE an assignment can have. */
    private static final BigDecimal SMALLEST_FRACTION = new BigDecimal("0.01");
    private static final BigDecimal HUNDREDTH = new BigDecimal("0.01");
    private static final BigDecimal TYPICAL_FTE_PER_HEAD = new BigDecimal("0.93");

    /** Roles of qualified social workers who do not hold cases as a rule, in the order the builder hands them out. */
    private static final List<String> NON_CASE_HOLDING_ROLES = List.of("team-manager", "social-worker",
            "independent-reviewing-officer", "advanced-practitioner", "child-protection-chair", "service-manager",
            "social-worker", "principal-social-worker", "team-manager", "head-of-service");

    private static final Set<String> ROLES_HOLDING_CASES = Set.of("social-worker", "senior-practitioner");
    private static final Set<String> UNQUALIFIED_ROLES = Set.of("family-support-worker", "business-support");

    /** Working days lost per sickness absence, cycled; 22 makes some of them long-term. */
    private static final int[] SICKNESS_DAYS = {2, 1, 5, 3, 1, 10, 2, 4, 1, 22, 3, 1, 6};

    private static final List<String> GIVEN_NAMES = List.of("Alex", "Sam", "Priya", "Tom", "Aisha", "Jo", "Kemi",
            "Rhys", "Mei", "Dan", "Hannah", "Omar", "Lucy", "Ravi", "Grace", "Ben");

    private DfeCouncilFacts() {
    }

    /**
     * The counts to build a council with. FTE and day totals have two decimal places (contracts are
     * recorded to 0.01 FTE); headcounts and cases are whole. Null: not published, so not built.
     */
    record Counts(BigDecimal inPostFte, Integer inPostHeadcount, BigDecimal agencyFte, Integer agencyHeadcount,
            BigDecimal agencyCoverFte, BigDecimal vacancyFte, BigDecimal startersFte, Integer startersHeadcount,
            BigDecimal leaversFte, Integer leaversHeadcount, BigDecimal caseHoldersFte, Integer cases,
            BigDecimal workingDaysLost) {
    }

    /**
     * What the builder put into the facts, from its own bookkeeping: the figures the engine must find.
     * Totals of pieces not built are zero.
     */
    record Built(BigDecimal inPostFte, int inPostHeadcount, BigDecimal agencyFte, int agencyHeadcount,
            BigDecimal agencyCoverFte, BigDecimal vacancyFte, BigDecimal startersFte, int startersHeadcount,
            BigDecimal leaversFte, int leaversHeadcount, BigDecimal caseHoldersFte, int cases,
            BigDecimal workingDaysLost) {
    }

    /**
     * A synthetic council: its facts, the nodes to ask for (the council and its teams), the census date and
     * the start of the census year, and what was built.
     *
     * @param notBuilt pieces whose counts were published but could not be built, with the reason
     */
    record Council(String name, int censusYear, LocalDate asAt, LocalDate periodStart, UUID councilNodeId,
            Set<UUID> nodeIds, WorkforceFacts facts, Counts counts, Built built, Map<String, String> notBuilt) {
    }

    /** The row's counts exactly as published (FTE to 0.1, counts whole). */
    static Counts publishedCounts(DfeIndicatorRow row) {
        return new Counts(fte(row.inpostFte()), whole(row.inpostHeadcount()), fte(row.agencyFte()),
                whole(row.agencyHeadcount()), fte(row.agencyCoverFte()), fte(row.vacancyFte()), fte(row.startersFte()),
                whole(row.startersHeadcount()), fte(row.leaversFte()), whole(row.leaversHeadcount()),
                fte(row.caseHoldersFte()), whole(row.cases()), fte(row.workingDaysLostFte()));
    }

    /**
     * Counts that round (half up, to 0.1) to the published ones and from which {@link DfeRates} gives every
     * published rate exactly: the published counts themselves where they do, otherwise the nearest values,
     * to 0.01, inside their rounding. The DfE computed its rates from unrounded counts, so for some rows the
     * rounded counts alone miss the published rate (Essex 2024: agency cover 47.0 of agency 47.0 FTE gives
     * 100.0%, published 99.5%); a council whose true counts lie inside the rounding reproduces them all.
     * Counts that fit in the published headcounts (FTE no more than heads) are preferred. Empty when no
     * such counts exist to 0.01. Headcounts, starters and cases stay as published.
     */
    static Optional<Counts> countsReproducingRates(DfeIndicatorRow row) {
        Optional<Counts> fitting = countsReproducingRates(row, true);
        return fitting.isPresent() ? fitting : countsReproducingRates(row, false);
    }

    private static boolean fitsHeads(BigDecimal fte, Integer heads) {
        return fte == null || heads == null || fte.compareTo(BigDecimal.valueOf(heads)) <= 0;
    }

    private static Optional<Counts> countsReproducingRates(DfeIndicatorRow row, boolean withinHeadcounts) {
        Counts published = publishedCounts(row);
        int days = DfeRates.workingDaysInCensusYear(row.timePeriod());
        for (BigDecimal inPost : candidates(published.inPostFte())) {
            if (withinHeadcounts && !fitsHeads(inPost, published.inPostHeadcount())) {
                continue;
            }
            BigDecimal leavers = first(candidates(published.leaversFte()),
                    l -> fits(row.turnoverRateFte(), () -> DfeRates.turnoverRate(l, inPost), l, inPost));
            BigDecimal daysLost = first(candidates(published.workingDaysLost()),
                    w -> fits(row.absenceRateFte(), () -> DfeRates.absenceRate(w, inPost, days), w, inPost));
            if (leavers == NONE || daysLost == NONE) {
                continue;
            }
            for (BigDecimal agency : candidates(published.agencyFte())) {
                if (withinHeadcounts && !fitsHeads(agency, published.agencyHeadcount())) {
                    continue;
                }
                if (!fits(row.agencyRateFte(), () -> DfeRates.agencyRate(agency, inPost), agency, inPost)) {
                    continue;
                }
                for (BigDecimal vacancy : candidates(published.vacancyFte())) {
                    if (!fits(row.vacancyRateFte(), () -> DfeRates.vacancyRate(vacancy, inPost), vacancy, inPost)) {
                        continue;
                    }
                    BigDecimal cover = first(candidates(published.agencyCoverFte()),
                            c -> (c == null || agency == null || c.compareTo(agency) <= 0)
                                    && fits(row.agencyCoverRateFte(), () -> DfeRates.agencyCoverRate(c, agency), c, agency)
                                    && fits(row.vacancyAgencyCoverRateFte(),
                                            () -> DfeRates.vacancyAgencyCoverRate(c, vacancy), c, vacancy));
                    if (cover == NONE) {
                        continue;
                    }
                    BigDecimal cases = published.cases() == null ? null : BigDecimal.valueOf(published.cases());
                    BigDecimal caseHolders = first(candidates(published.caseHoldersFte()),
                            h -> fits(row.caseloadFte(), () -> DfeRates.averageCaseload(cases, h), cases, h));
                    if (caseHolders == NONE) {
                        return Optional.empty();
                    }
                    return Optional.of(new Counts(inPost, published.inPostHeadcount(), agency,
                            published.agencyHeadcount(), cover, vacancy, published.startersFte(),
                            published.startersHeadcount(), leavers, published.leaversHeadcount(), caseHolders,
                            published.cases(), daysLost));
                }
            }
        }
        return Optional.empty();
    }

    /** Marks "no candidate fits" apart from null, which is a suppressed count. */
    private static final BigDecimal NONE = new BigDecimal("-1");

    private static BigDecimal first(List<BigDecimal> candidates, Predicate<BigDecimal> test) {
        for (BigDecimal candidate : candidates) {
            if (test.test(candidate)) {
                return candidate;
            }
        }
        return NONE;
    }

    /** A published rate constrains only when it and all its inputs are published. */
    private static boolean fits(BigDecimal publishedRate, Supplier<BigDecimal> rate,
            BigDecimal... inputs) {
        if (publishedRate == null) {
            return true;
        }
        for (BigDecimal input : inputs) {
            if (input == null) {
                return true;
            }
        }
        BigDecimal computed = rate.get();
        return computed != null && computed.compareTo(publishedRate) == 0;
    }

    /**
     * The values to 0.01 that round half up to a published 0.1 value, the published value first and then
     * outwards: p, p - 0.01, p + 0.01, ..., p - 0.05. A published zero is taken as a true zero.
     */
    private static List<BigDecimal> candidates(BigDecimal published) {
        if (published == null) {
            return Collections.singletonList(null);
        }
        if (published.signum() == 0) {
            return List.of(published);
        }
        List<BigDecimal> values = new ArrayList<>(10);
        values.add(published);
        for (int step = 1; step <= 5; step++) {
            BigDecimal offset = HUNDREDTH.multiply(BigDecimal.valueOf(step));
            BigDecimal below = published.subtract(offset);
            if (below.signum() > 0) {
                values.add(below);
            }
            if (step < 5) {
                values.add(published.add(offset));
            }
        }
        return values;
    }

    private static BigDecimal fte(BigDecimal published) {
        return published == null ? null : published.setScale(2, RoundingMode.UNNECESSARY);
    }

    private static Integer whole(BigDecimal published) {
        return published == null ? null : published.intValueExact();
    }

    /** A council with {@code counts} as at 30 September {@code censusYear}; same inputs, same council. */
    static Council build(String name, int censusYear, Counts counts) {
        return new Builder(name, censusYear, counts).build();
    }

    /**
     * n contracts summing to {@code total} exactly, each in [0.10, 1.00]: full time, then part time at 0.8,
     * 0.6 and 0.5 in turn until the total is reached, the last cut making one odd contract. Only a total
     * under 0.10 a head goes below 0.10 (to 0.01).
     */
    static List<BigDecimal> contracts(BigDecimal total, int n) {
        if (n == 0) {
            if (total.signum() != 0) {
                throw new IllegalArgumentException("no one to hold " + total + " FTE");
            }
            return List.of();
        }
        BigDecimal count = BigDecimal.valueOf(n);
        if (total.compareTo(count) > 0 || total.compareTo(SMALLEST_FRACTION.multiply(count)) < 0) {
            throw new IllegalArgumentException(n + " contracts cannot sum to " + total + " FTE");
        }
        BigDecimal[] ftes = new BigDecimal[n];
        Arrays.fill(ftes, FULL_TIME);
        BigDecimal excess = count.subtract(total);
        BigDecimal[] partTimeCuts = {new BigDecimal("0.20"), new BigDecimal("0.40"), new BigDecimal("0.50")};
        for (int i = 0; i < n && excess.signum() > 0; i++) {
            BigDecimal cut = partTimeCuts[i % partTimeCuts.length].min(excess);
            ftes[i] = ftes[i].subtract(cut);
            excess = excess.subtract(cut);
        }
        for (BigDecimal floor : List.of(SMALLEST_CONTRACT, SMALLEST_FRACTION)) {
            for (int i = 0; i < n && excess.signum() > 0; i++) {
                BigDecimal cut = ftes[i].subtract(floor).max(BigDecimal.ZERO).min(excess);
                ftes[i] = ftes[i].subtract(cut);
                excess = excess.subtract(cut);
            }
        }
        return List.of(ftes);
    }

    /** Full-time contracts and one for what is left: as few heads as the total allows. */
    static List<BigDecimal> wholeTimeAndOdd(BigDecimal total) {
        List<BigDecimal> ftes = new ArrayList<>();
        BigDecimal left = total;
        while (left.signum() > 0) {
            BigDecimal fte = left.min(FULL_TIME);
            ftes.add(fte);
            left = left.subtract(fte);
        }
        return ftes;
    }

    private static int fewestHeads(BigDecimal fte) {
        return fte.setScale(0, RoundingMode.CEILING).intValueExact();
    }

    private static int mostHeads(BigDecimal fte) {
        return Math.max(fewestHeads(fte), fte.divide(SMALLEST_CONTRACT, 0, RoundingMode.FLOOR).intValueExact());
    }

    /** A headcount for an FTE total whose headcount is not published: what a typical mix of contracts gives. */
    private static int typicalHeads(BigDecimal fte) {
        return Math.max(fewestHeads(fte), fte.divide(TYPICAL_FTE_PER_HEAD, 0, RoundingMode.HALF_UP).intValueExact());
    }

    /**
     * Splits a headcount over cells of given FTE totals, in proportion, each cell within the heads its FTE
     * allows (a cell of 0 FTE has nobody). Gives the nearest total it can when {@code target} cannot be met.
     */
    static int[] splitHeads(int target, List<BigDecimal> cellFtes) {
        int cells = cellFtes.size();
        int[] heads = new int[cells];
        int[] most = new int[cells];
        int fewestTotal = 0;
        int mostTotal = 0;
        BigDecimal fteTotal = BigDecimal.ZERO;
        for (int i = 0; i < cells; i++) {
            heads[i] = fewestHeads(cellFtes.get(i));
            most[i] = mostHeads(cellFtes.get(i));
            fewestTotal += heads[i];
            mostTotal += most[i];
            fteTotal = fteTotal.add(cellFtes.get(i));
        }
        int total = Math.max(fewestTotal, Math.min(mostTotal, target));
        for (int given = fewestTotal; given < total; given++) {
            int best = -1;
            double bestShortfall = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < cells; i++) {
                if (heads[i] >= most[i]) {
                    continue;
                }
                double share = fteTotal.signum() == 0 ? 0
                        : total * cellFtes.get(i).doubleValue() / fteTotal.doubleValue();
                double shortfall = share - heads[i];
                if (shortfall > bestShortfall) {
                    best = i;
                    bestShortfall = shortfall;
                }
            }
            heads[best]++;
        }
        return heads;
    }

    static boolean weekday(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    /** Monday-to-Friday days from {@code from} to {@code to}, both included. */
    static int weekdays(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (weekday(day)) {
                count++;
            }
        }
        return count;
    }

    private static LocalDate nextWeekday(LocalDate date) {
        LocalDate day = date;
        while (!weekday(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** The day on which a run of {@code weekdays} weekdays starting on the weekday {@code first} ends. */
    private static LocalDate lastOfWeekdays(LocalDate first, int weekdays) {
        LocalDate day = first;
        for (int counted = 1; counted < weekdays; ) {
            day = day.plusDays(1);
            if (weekday(day)) {
                counted++;
            }
        }
        return day;
    }

    /** One person being built. */
    private static final class Draft {
        final UUID id;
        final String givenName;
        final String familyName;
        LocalDate asyeStart;
        final List<Stint> stints = new ArrayList<>();
        final List<CaseloadFact> caseloads = new ArrayList<>();
        final List<AbsenceFact> absences = new ArrayList<>();
        final List<LeavingFact> leavings = new ArrayList<>();
        /** Total FTE in post on the census date (employed or agency), for sharing out cases. */
        BigDecimal fteOnCensusDate = BigDecimal.ZERO;
        /** Null unless the person may be given counted sickness: the FTE it is weighted by, and when it may fall. */
        BigDecimal sicknessWeight;
        LocalDate sicknessFrom;
        LocalDate sicknessTo;
        LocalDate nextFreeDay;

        Draft(UUID id, String givenName, String familyName) {
            this.id = id;
            this.givenName = givenName;
            this.familyName = familyName;
        }

        LocalDate startOfStintOnCensusDate(LocalDate asAt) {
            return stints.stream().filter(s -> s.activeOn(asAt)).map(Stint::start).max(Comparator.naturalOrder())
                    .orElseThrow();
        }

        WorkerHistory history() {
            List<Stint> byStart = new ArrayList<>(stints);
            byStart.sort(Comparator.comparing(Stint::start));
            List<CaseloadFact> byDate = new ArrayList<>(caseloads);
            byDate.sort(Comparator.comparing(CaseloadFact::date));
            List<AbsenceFact> absencesByDate = new ArrayList<>(absences);
            absencesByDate.sort(Comparator.comparing(AbsenceFact::firstDay));
            List<LeavingFact> leavingsByDate = new ArrayList<>(leavings);
            leavingsByDate.sort(Comparator.comparing(LeavingFact::date));
            return new WorkerHistory(id, givenName, familyName, asyeStart, List.copyOf(byStart), List.copyOf(byDate),
                    List.of(), List.of(), List.copyOf(absencesByDate), List.copyOf(leavingsByDate));
        }
    }

    private static final class Builder {
        private final String name;
        private final int year;
        private final Counts counts;
        private final LocalDate asAt;
        private final LocalDate periodStart;
        private final Random random;
        private final UUID councilNodeId;
        private final List<UUID> teams = new ArrayList<>();
        private final List<Draft> drafts = new ArrayList<>();
        private final List<PostFact> posts = new ArrayList<>();
        private final List<UUID> vacantPostIds = new ArrayList<>();
        private final List<UUID> filledPostIds = new ArrayList<>();
        private final Map<String, String> notBuilt = new LinkedHashMap<>();
        private int nextPerson = 1;

        // bookkeeping of what was built
        private BigDecimal inPostFte = BigDecimal.ZERO;
        private int inPostHeads;
        private BigDecimal agencyFte = BigDecimal.ZERO;
        private int agencyHeads;
        private BigDecimal coverFte = BigDecimal.ZERO;
        private BigDecimal vacancyFte = BigDecimal.ZERO;
        private BigDecimal startersFte = BigDecimal.ZERO;
        private int starterHeads;
        private BigDecimal leaversFte = BigDecimal.ZERO;
        private int leaverHeads;
        private BigDecimal caseHoldersFte = BigDecimal.ZERO;
        private int cases;
        private BigDecimal daysLost = BigDecimal.ZERO;

        // the people by part they play
        private final List<Draft> established = new ArrayList<>();
        private final List<Draft> starters = new ArrayList<>();
        private final List<Draft> employedCaseHolders = new ArrayList<>();
        private final List<Draft> employedOthers = new ArrayList<>();
        private final List<Draft> agencyWorkers = new ArrayList<>();
        private final List<Draft> agencyCaseHolders = new ArrayList<>();
        private final List<Draft> leavers = new ArrayList<>();
        private Draft twoTeams;

        Builder(String name, int year, Counts counts) {
            this.name = name;
            this.year = year;
            this.counts = counts;
            this.asAt = LocalDate.of(year, 9, 30);
            this.periodStart = MeasureEngine.yearBefore(asAt);
            this.random = new Random(name.hashCode() * 31L + year);
            this.councilNodeId = uuid();
        }

        private UUID uuid() {
            return new UUID(random.nextLong(), random.nextLong());
        }

        private UUID team() {
            return teams.get(random.nextInt(teams.size()));
        }

        private Draft person() {
            int number = nextPerson++;
            Draft draft = new Draft(uuid(), GIVEN_NAMES.get(number % GIVEN_NAMES.size()),
                    "Worker-" + String.format("%05d", number));
            drafts.add(draft);
            return draft;
        }

        private static Stint stint(UUID nodeId, String role, EmploymentType type, BigDecimal fte, LocalDate start,
                LocalDate end, AgencyTerms agency, UUID assignmentId) {
            return new Stint(assignmentId, nodeId, role, !UNQUALIFIED_ROLES.contains(role),
                    ROLES_HOLDING_CASES.contains(role), type, fte, start, end, agency);
        }

        private Stint stint(UUID nodeId, String role, EmploymentType type, BigDecimal fte, LocalDate start,
                LocalDate end, AgencyTerms agency) {
            return stint(nodeId, role, type, fte, start, end, agency, uuid());
        }

        private AgencyTerms agencyTerms(UUID coversPostId) {
            String[] agencies = {"Example Social Care Recruitment", "Example Locum Partners", "Example Children's Staffing"};
            return new AgencyTerms(agencies[random.nextInt(agencies.length)], "social-worker", ChargeBasis.HOURLY,
                    new BigDecimal("38.50"), new BigDecimal("5"), 28, coversPostId, null, List.of());
        }

        private void post(Stint stint) {
            PostFact post = new PostFact(uuid(), stint.nodeId(), stint.roleCode(), stint.qualifiedSocialWork(),
                    stint.fte(), stint.start().isBefore(periodStart) ? stint.start() : periodStart.minusYears(2), null);
            posts.add(post);
            if (stint.qualifiedSocialWork()) {
                filledPostIds.add(post.id());
            }
        }

        Council build() {
            BigDecimal inPost = counts.inPostFte() == null ? BigDecimal.ZERO : counts.inPostFte();
            BigDecimal agency = counts.agencyFte() == null ? BigDecimal.ZERO : counts.agencyFte();
            int teamCount = Math.max(2, Math.min(40,
                    inPost.add(agency).divide(BigDecimal.valueOf(12), 0, RoundingMode.CEILING).intValue()));
            for (int i = 0; i < teamCount; i++) {
                teams.add(uuid());
            }

            BigDecimal cover = BigDecimal.ZERO;
            if (counts.agencyCoverFte() != null && counts.agencyFte() != null) {
                if (counts.agencyCoverFte().signum() > 0 && counts.vacancyFte() == null && inPost.signum() == 0) {
                    notBuilt.put("agencyCoverFte", "no post to cover");
                } else if (counts.agencyCoverFte().compareTo(agency) <= 0) {
                    cover = counts.agencyCoverFte();
                } else {
                    notBuilt.put("agencyCoverFte", "agency cover " + counts.agencyCoverFte() + " is over agency " + agency);
                }
            }
            BigDecimal starting = BigDecimal.ZERO;
            if (counts.startersFte() != null && counts.inPostFte() != null) {
                if (counts.startersFte().compareTo(inPost) <= 0) {
                    starting = counts.startersFte();
                } else {
                    notBuilt.put("startersFte", "starters " + counts.startersFte() + " over in post " + inPost);
                }
            }
            BigDecimal caseHolding = BigDecimal.ZERO;
            if (counts.caseHoldersFte() != null && counts.cases() != null) {
                if (counts.caseHoldersFte().compareTo(inPost.add(agency)) <= 0) {
                    caseHolding = counts.caseHoldersFte();
                } else {
                    notBuilt.put("caseHoldersFte", "case holders " + counts.caseHoldersFte()
                            + " over in post and agency " + inPost.add(agency));
                }
            }

            Splits splits = chooseSplits(inPost, starting, agency, cover, caseHolding);
            BigDecimal employedHolding = caseHolding.subtract(splits.agencyHolding());

            buildEmployed(inPost, starting, employedHolding, splits.startingHolding());
            buildVacantPosts();
            buildAgency(agency, cover, splits.agencyHolding(), splits.coverHolding());
            buildLeavers();
            buildMoves();
            if (caseHolding.signum() > 0) {
                buildCaseloads(counts.cases());
            }
            buildUnqualifiedStaffAndOtherNoise();
            if (counts.workingDaysLost() != null && counts.workingDaysLost().signum() > 0) {
                buildSickness(counts.workingDaysLost());
            }

            List<WorkerHistory> workers = drafts.stream().map(Draft::history).toList();
            Set<UUID> nodeIds = new LinkedHashSet<>();
            nodeIds.add(councilNodeId);
            nodeIds.addAll(teams);
            WorkforceFacts facts = new WorkforceFacts(new WorkforceFacts.Window(periodStart, asAt), workers,
                    List.copyOf(posts), List.of());
            Built built = new Built(inPostFte, inPostHeads, agencyFte, agencyHeads, coverFte, vacancyFte, startersFte,
                    starterHeads, leaversFte, leaverHeads, caseHoldersFte, cases, daysLost);
            return new Council(name, year, asAt, periodStart, councilNodeId, Collections.unmodifiableSet(nodeIds),
                    facts, counts, built, Collections.unmodifiableMap(notBuilt));
        }

        /** How the case holders split between employed and agency, and each of those between the other cells. */
        private record Splits(BigDecimal agencyHolding, BigDecimal startingHolding, BigDecimal coverHolding) {
        }

        /**
         * The case holders' split between employed and agency, starters and the rest, cover and the rest:
         * near their proportional shares, among those that need the fewest heads beyond the published
         * headcounts (each cell with a fraction of FTE needs a head more than its whole FTE).
         */
        private Splits chooseSplits(BigDecimal inPost, BigDecimal starting, BigDecimal agency, BigDecimal cover,
                BigDecimal holding) {
            BigDecimal agencyShare = share(holding, agency, inPost.add(agency));
            Splits best = null;
            int bestCost = Integer.MAX_VALUE;
            BigDecimal bestDistance = null;
            for (BigDecimal agencyHolding : cuts(agencyShare, holding.subtract(inPost).max(BigDecimal.ZERO),
                    agency.min(holding), List.of(holding))) {
                BigDecimal employedHolding = holding.subtract(agencyHolding);
                BigDecimal startingShare = share(starting, employedHolding, inPost);
                BigDecimal startingHolding = null;
                int employedCost = Integer.MAX_VALUE;
                for (BigDecimal cut : cuts(startingShare, starting.add(employedHolding).subtract(inPost).max(BigDecimal.ZERO),
                        starting.min(employedHolding), List.of(starting, employedHolding,
                                starting.add(employedHolding).subtract(inPost)))) {
                    int cost = employedCost(inPost, starting, employedHolding, cut);
                    if (startingHolding == null || cost < employedCost
                            || (cost == employedCost && closer(cut, startingHolding, startingShare))) {
                        startingHolding = cut;
                        employedCost = cost;
                    }
                }
                BigDecimal coverShare = share(cover, agencyHolding, agency);
                BigDecimal coverHolding = null;
                int agencyCost = Integer.MAX_VALUE;
                for (BigDecimal cut : cuts(coverShare, cover.add(agencyHolding).subtract(agency).max(BigDecimal.ZERO),
                        cover.min(agencyHolding), List.of(cover, agencyHolding, cover.add(agencyHolding).subtract(agency)))) {
                    int cost = agencyCost(agency, cover, agencyHolding, cut);
                    if (coverHolding == null || cost < agencyCost
                            || (cost == agencyCost && closer(cut, coverHolding, coverShare))) {
                        coverHolding = cut;
                        agencyCost = cost;
                    }
                }
                int cost = employedCost + agencyCost;
                BigDecimal distance = agencyHolding.subtract(agencyShare).abs();
                if (best == null || cost < bestCost || (cost == bestCost && distance.compareTo(bestDistance) < 0)) {
                    best = new Splits(agencyHolding, startingHolding, coverHolding);
                    bestCost = cost;
                    bestDistance = distance;
                }
            }
            return best;
        }

        private static boolean closer(BigDecimal candidate, BigDecimal current, BigDecimal target) {
            return candidate.subtract(target).abs().compareTo(current.subtract(target).abs()) < 0;
        }

        private static BigDecimal share(BigDecimal total, BigDecimal part, BigDecimal whole) {
            return whole.signum() == 0 ? BigDecimal.ZERO : total.multiply(part).divide(whole, 2, RoundingMode.HALF_UP);
        }

        /**
         * Values for one cell of a two-by-two split, within [low, high]: whole numbers near the share, and
         * values that leave a whole number in one of the other cells (whose totals differ from this one by
         * {@code aligned} values, up to a whole number).
         */
        private static List<BigDecimal> cuts(BigDecimal share, BigDecimal low, BigDecimal high, List<BigDecimal> aligned) {
            TreeSet<BigDecimal> values = new TreeSet<>();
            if (low.compareTo(high) > 0) {
                return List.of(low.setScale(2, RoundingMode.UNNECESSARY));
            }
            values.add(low.setScale(2, RoundingMode.UNNECESSARY));
            values.add(high.setScale(2, RoundingMode.UNNECESSARY));
            List<BigDecimal> fractions = new ArrayList<>();
            fractions.add(BigDecimal.ZERO);
            for (BigDecimal value : aligned) {
                fractions.add(value.subtract(value.setScale(0, RoundingMode.FLOOR)));
            }
            BigDecimal base = share.setScale(0, RoundingMode.FLOOR);
            for (int k = -2; k <= 2; k++) {
                for (BigDecimal fraction : fractions) {
                    BigDecimal value = base.add(BigDecimal.valueOf(k)).add(fraction).setScale(2, RoundingMode.UNNECESSARY);
                    if (value.compareTo(low) >= 0 && value.compareTo(high) <= 0) {
                        values.add(value);
                    }
                }
            }
            return List.copyOf(values);
        }

        /** Heads the employed cells need beyond the published starters and in-post headcounts. */
        private int employedCost(BigDecimal inPost, BigDecimal starting, BigDecimal holding, BigDecimal startingHolding) {
            int starterHeads = fewestHeads(startingHolding) + fewestHeads(starting.subtract(startingHolding));
            int allHeads = starterHeads + fewestHeads(holding.subtract(startingHolding))
                    + fewestHeads(inPost.subtract(starting).subtract(holding).add(startingHolding));
            int cost = 0;
            if (counts.startersHeadcount() != null && starting.signum() > 0) {
                cost += Math.max(0, starterHeads - counts.startersHeadcount());
            }
            if (counts.inPostHeadcount() != null) {
                cost += Math.max(0, allHeads - counts.inPostHeadcount());
            }
            return cost;
        }

        /** Heads the agency cells need beyond the published agency headcount, after pairing assignments. */
        private int agencyCost(BigDecimal agency, BigDecimal cover, BigDecimal holding, BigDecimal coverHolding) {
            if (counts.agencyHeadcount() == null) {
                return 0;
            }
            BigDecimal[] cells = agencyCells(agency, cover, holding, coverHolding);
            int heads = 0;
            for (BigDecimal cell : cells) {
                heads += fewestHeads(cell);
            }
            heads -= pairable(cells[1], cells[3]) + pairable(cells[0], cells[2]);
            return Math.max(0, heads - counts.agencyHeadcount());
        }

        /** Covering and holding cases, covering only, holding cases only, neither. */
        private static BigDecimal[] agencyCells(BigDecimal agency, BigDecimal cover, BigDecimal holding,
                BigDecimal coverHolding) {
            BigDecimal otherHolding = holding.subtract(coverHolding);
            return new BigDecimal[] {coverHolding, cover.subtract(coverHolding), otherHolding,
                    agency.subtract(cover).subtract(otherHolding)};
        }

        /** 1 when the odd part-time contracts of two cells fit in one person's week. */
        private static int pairable(BigDecimal a, BigDecimal b) {
            BigDecimal oddA = a.subtract(a.setScale(0, RoundingMode.FLOOR));
            BigDecimal oddB = b.subtract(b.setScale(0, RoundingMode.FLOOR));
            return oddA.signum() > 0 && oddB.signum() > 0 && oddA.add(oddB).compareTo(FULL_TIME) <= 0 ? 1 : 0;
        }

        /** Employed social workers in post: four cells, starter or not by case holder or not. */
        private void buildEmployed(BigDecimal inPost, BigDecimal starting, BigDecimal holding,
                BigDecimal startingHolding) {
            if (counts.inPostFte() == null || inPost.signum() == 0) {
                return;
            }
            BigDecimal startingOther = starting.subtract(startingHolding);
            BigDecimal stayingHolding = holding.subtract(startingHolding);
            BigDecimal stayingOther = inPost.subtract(starting).subtract(stayingHolding);

            int heads = counts.inPostHeadcount() != null ? counts.inPostHeadcount() : typicalHeads(inPost);
            int starterTarget = counts.startersHeadcount() != null && starting.signum() > 0
                    ? counts.startersHeadcount() : typicalHeads(starting);
            int startingFewest = fewestHeads(startingHolding) + fewestHeads(startingOther);
            int startingMost = mostHeads(startingHolding) + mostHeads(startingOther);
            int stayingFewest = fewestHeads(stayingHolding) + fewestHeads(stayingOther);
            int stayingMost = mostHeads(stayingHolding) + mostHeads(stayingOther);
            int starterHeadsWanted = Math.max(startingFewest, Math.min(startingMost,
                    Math.max(heads - stayingMost, Math.min(heads - stayingFewest, starterTarget))));
            int[] startingSplit = splitHeads(starterHeadsWanted, List.of(startingHolding, startingOther));
            int[] stayingSplit = splitHeads(heads - starterHeadsWanted, List.of(stayingHolding, stayingOther));

            List<BigDecimal> startingHolders = shuffled(contracts(startingHolding, startingSplit[0]));
            List<BigDecimal> startingOthers = shuffled(contracts(startingOther, startingSplit[1]));
            List<BigDecimal> stayingHolders = shuffled(contracts(stayingHolding, stayingSplit[0]));
            List<BigDecimal> stayingOthers = shuffled(contracts(stayingOther, stayingSplit[1]));

            // starters are dated across the year, the first on its first day and (with three or more) the
            // last on the census date itself; holders and others interleaved so both get early and late starts
            List<BigDecimal> startingFtes = new ArrayList<>();
            List<Boolean> startingHolds = new ArrayList<>();
            for (int i = 0, h = 0, o = 0; h < startingHolders.size() || o < startingOthers.size(); i++) {
                boolean takeHolder = o >= startingOthers.size()
                        || (h < startingHolders.size() && (long) h * startingOthers.size() <= (long) o * startingHolders.size());
                startingFtes.add(takeHolder ? startingHolders.get(h++) : startingOthers.get(o++));
                startingHolds.add(takeHolder);
            }
            long span = ChronoUnit.DAYS.between(periodStart, asAt);
            int m = startingFtes.size();
            for (int i = 0; i < m; i++) {
                LocalDate start = m == 1 ? periodStart.plusDays(random.nextInt((int) span + 1))
                        : periodStart.plusDays(i * span / (m - 1));
                Draft draft = starter(startingFtes.get(i), startingHolds.get(i), start, i);
                starters.add(draft);
            }
            for (int i = 0; i < stayingHolders.size(); i++) {
                // a team manager holding cases: the DfE counts cases whatever the holder's role
                String role = i == 0 ? "team-manager" : i % 5 == 4 ? "senior-practitioner" : "social-worker";
                established.add(staying(stayingHolders.get(i), role, true, i));
            }
            for (int i = 0; i < stayingOthers.size(); i++) {
                // the first is supernumerary (no post of their own, see staying)
                String role = i == 0 ? "advanced-practitioner" : NON_CASE_HOLDING_ROLES.get(i % NON_CASE_HOLDING_ROLES.size());
                established.add(staying(stayingOthers.get(i), role, false, i));
            }
        }

        private List<BigDecimal> shuffled(List<BigDecimal> values) {
            List<BigDecimal> copy = new ArrayList<>(values);
            Collections.shuffle(copy, random);
            return copy;
        }

        private EmploymentType employedType(int index) {
            return index % 6 == 5 ? EmploymentType.FIXED_TERM : EmploymentType.PERMANENT;
        }

        private Draft starter(BigDecimal fte, boolean holdsCases, LocalDate start, int index) {
            Draft draft = person();
            String role = holdsCases ? (index % 5 == 4 ? "senior-practitioner" : "social-worker")
                    : NON_CASE_HOLDING_ROLES.get(index % NON_CASE_HOLDING_ROLES.size());
            UUID team = team();
            Stint stint = stint(team, role, employedType(index), fte, start, null, null);
            draft.stints.add(stint);
            post(stint);
            if (index % 3 == 0 && "social-worker".equals(role)) {
                draft.asyeStart = start;
            }
            if (index == 1) {
                // an agency social worker made permanent: the agency months are not employment, so this starts a run
                draft.stints.add(stint(team, role, EmploymentType.AGENCY, fte, start.minusDays(180), start.minusDays(1),
                        agencyTerms(null)));
            }
            draft.fteOnCensusDate = fte;
            if (!start.isAfter(asAt.minusDays(14))) {
                draft.sicknessWeight = fte;
                draft.sicknessFrom = start;
                draft.sicknessTo = asAt;
            }
            (holdsCases ? employedCaseHolders : employedOthers).add(draft);
            inPostFte = inPostFte.add(fte);
            inPostHeads++;
            startersFte = startersFte.add(fte);
            starterHeads++;
            return draft;
        }

        private Draft staying(BigDecimal fte, String role, boolean holdsCases, int index) {
            Draft draft = person();
            LocalDate serviceStart = periodStart.minusDays(1 + random.nextInt(5000));
            UUID team = team();
            EmploymentType type = employedType(index);
            if (index % 9 == 4) {
                // moved team during the year: one run, neither a leaver nor a starter
                LocalDate moved = periodStart.plusDays(30 + random.nextInt(300));
                draft.stints.add(stint(team, role, type, fte, serviceStart, moved.minusDays(1), null));
                Stint now = stint(otherTeam(team), role, type, fte, moved, null, null);
                draft.stints.add(now);
                post(now);
            } else if (index % 9 == 7) {
                // a fixed-term contract made permanent the next day: one run
                LocalDate madePermanent = periodStart.plusDays(20 + random.nextInt(300));
                draft.stints.add(stint(team, role, EmploymentType.FIXED_TERM, fte, serviceStart,
                        madePermanent.minusDays(1), null));
                Stint now = stint(team, role, EmploymentType.PERMANENT, fte, madePermanent, null, null);
                draft.stints.add(now);
                post(now);
            } else if (twoTeams == null && holdsCases && index > 0 && fte.compareTo(FULL_TIME) == 0) {
                // one person in two teams at once: FTE sums over the stints, the person counts once
                twoTeams = draft;
                Stint first = stint(team, role, type, new BigDecimal("0.60"), serviceStart, null, null);
                Stint second = stint(otherTeam(team), role, type, new BigDecimal("0.40"), serviceStart, null, null);
                draft.stints.add(first);
                draft.stints.add(second);
                post(first);
                post(second);
            } else {
                Stint stint = stint(team, role, type, fte, serviceStart, null, null);
                draft.stints.add(stint);
                boolean supernumerary = index == 0 && !holdsCases;
                if (!supernumerary) {
                    post(stint);
                }
            }
            draft.fteOnCensusDate = fte;
            if (draft != twoTeams) {
                draft.sicknessWeight = fte;
                draft.sicknessFrom = periodStart;
                draft.sicknessTo = asAt;
            }
            (holdsCases ? employedCaseHolders : employedOthers).add(draft);
            inPostFte = inPostFte.add(fte);
            inPostHeads++;
            return draft;
        }

        private UUID otherTeam(UUID team) {
            return teams.get((teams.indexOf(team) + 1) % teams.size());
        }

        /**
         * Vacant social worker posts: whole-time posts and one for the remainder, in the social worker groups
         * of the teams (never the supernumerary's group, whose over-filling must not offset a vacancy).
         */
        private void buildVacantPosts() {
            if (counts.vacancyFte() == null) {
                return;
            }
            BigDecimal left = counts.vacancyFte();
            while (left.signum() > 0) {
                BigDecimal fte = left.min(FULL_TIME);
                PostFact post = new PostFact(uuid(), team(), "social-worker", true, fte, periodStart.minusYears(3), null);
                posts.add(post);
                vacantPostIds.add(post.id());
                left = left.subtract(fte);
            }
            vacancyFte = counts.vacancyFte();
        }

        /** Agency social workers in post: covering a post or not, by case holder or not. */
        private void buildAgency(BigDecimal agency, BigDecimal cover, BigDecimal holding, BigDecimal coverHolding) {
            if (counts.agencyFte() == null || agency.signum() == 0) {
                if (counts.agencyHeadcount() != null && counts.agencyHeadcount() > 0 && counts.agencyFte() != null) {
                    notBuilt.put("agencyHeadcount", counts.agencyHeadcount() + " agency workers with 0 FTE");
                }
                return;
            }
            List<BigDecimal> cells = List.of(agencyCells(agency, cover, holding, coverHolding));
            int heads = counts.agencyHeadcount() != null ? counts.agencyHeadcount() : typicalHeads(agency);
            int[] split = splitHeads(heads, cells);
            List<List<BigDecimal>> contracts = new ArrayList<>();
            int people = 0;
            for (int cell = 0; cell < cells.size(); cell++) {
                // agency staff work full time but for one odd contract when the cell has no head to spare
                List<BigDecimal> ftes = split[cell] == fewestHeads(cells.get(cell)) ? wholeTimeAndOdd(cells.get(cell))
                        : contracts(cells.get(cell), split[cell]);
                contracts.add(new ArrayList<>(shuffled(ftes)));
                people += split[cell];
            }
            // too many heads for the published headcount: one person holds a covering and a non-covering
            // assignment at once (the cover is per assignment, the head per person)
            List<BigDecimal[]> pairs = new ArrayList<>();
            for (int[] pair : new int[][] {{1, 3}, {0, 2}}) {
                while (people > heads && !contracts.get(pair[0]).isEmpty() && !contracts.get(pair[1]).isEmpty()) {
                    BigDecimal covering = Collections.min(contracts.get(pair[0]));
                    BigDecimal other = Collections.min(contracts.get(pair[1]));
                    if (covering.add(other).compareTo(FULL_TIME) > 0) {
                        break;
                    }
                    contracts.get(pair[0]).remove(covering);
                    contracts.get(pair[1]).remove(other);
                    pairs.add(new BigDecimal[] {covering, other, pair[0] == 0 ? BigDecimal.ONE : BigDecimal.ZERO});
                    people--;
                }
            }
            List<UUID> coverable = !vacantPostIds.isEmpty() ? vacantPostIds : filledPostIds;
            // a post that closed before the census date: an agency worker still recorded against it covers nothing
            PostFact closed = new PostFact(uuid(), team(), "social-worker", true, FULL_TIME, periodStart.minusYears(2),
                    asAt.minusDays(40));
            posts.add(closed);
            int coverIndex = 0;
            for (int cell = 0; cell < cells.size(); cell++) {
                boolean covering = cell < 2;
                boolean holds = cell % 2 == 0;
                List<BigDecimal> ftes = contracts.get(cell);
                for (int i = 0; i < ftes.size(); i++) {
                    BigDecimal fte = ftes.get(i);
                    UUID covers = covering ? coverable.get(coverIndex++ % coverable.size())
                            : (i == 0 ? closed.id() : null);
                    String role = holds ? (i % 4 == 3 ? "senior-practitioner" : "social-worker")
                            : (i % 3 == 0 ? "team-manager" : i % 3 == 1 ? "advanced-practitioner" : "independent-reviewing-officer");
                    Draft draft = person();
                    LocalDate start = asAt.minusDays(20 + random.nextInt(700));
                    draft.stints.add(stint(team(), role, EmploymentType.AGENCY, fte, start, null, agencyTerms(covers)));
                    draft.fteOnCensusDate = fte;
                    agencyWorkers.add(draft);
                    if (holds) {
                        agencyCaseHolders.add(draft);
                    }
                    agencyFte = agencyFte.add(fte);
                    agencyHeads++;
                    if (covering) {
                        coverFte = coverFte.add(fte);
                    }
                }
            }
            for (BigDecimal[] pair : pairs) {
                boolean holds = pair[2].signum() > 0;
                String role = holds ? "social-worker" : "advanced-practitioner";
                Draft draft = person();
                LocalDate start = asAt.minusDays(20 + random.nextInt(700));
                UUID team = team();
                draft.stints.add(stint(team, role, EmploymentType.AGENCY, pair[0], start, null,
                        agencyTerms(coverable.get(coverIndex++ % coverable.size()))));
                draft.stints.add(stint(otherTeam(team), role, EmploymentType.AGENCY, pair[1], start, null, agencyTerms(null)));
                draft.fteOnCensusDate = pair[0].add(pair[1]);
                agencyWorkers.add(draft);
                if (holds) {
                    agencyCaseHolders.add(draft);
                }
                agencyFte = agencyFte.add(draft.fteOnCensusDate);
                agencyHeads++;
                coverFte = coverFte.add(pair[0]);
            }
        }

        /** Employed social workers whose run ended in the census year, before the census date. */
        private void buildLeavers() {
            if (counts.leaversFte() == null || counts.leaversFte().signum() == 0) {
                return;
            }
            BigDecimal total = counts.leaversFte();
            int target = counts.leaversHeadcount() != null ? counts.leaversHeadcount() : typicalHeads(total);
            int heads = splitHeads(target, List.of(total))[0];
            List<BigDecimal> ftes = shuffled(contracts(total, heads));
            long span = ChronoUnit.DAYS.between(periodStart, asAt.minusDays(1));
            for (int i = 0; i < ftes.size(); i++) {
                BigDecimal fte = ftes.get(i);
                LocalDate end = ftes.size() == 1 ? periodStart.plusDays(random.nextInt((int) span + 1))
                        : periodStart.plusDays(i * span / (ftes.size() - 1));
                // joined before the census year, or they would be a starter too
                LocalDate start = periodStart.minusDays(100 + random.nextInt(4000));
                Draft draft = person();
                UUID team = team();
                String role = i % 4 == 3 ? "senior-practitioner" : "social-worker";
                if (i == 2 && fte.compareTo(FULL_TIME) < 0) {
                    // went part time before leaving: the leaver's FTE is that of their last stint
                    LocalDate partTime = end.minusDays(90);
                    draft.stints.add(stint(team, role, EmploymentType.PERMANENT, FULL_TIME, start, partTime.minusDays(1), null));
                    draft.stints.add(stint(team, role, EmploymentType.PERMANENT, fte, partTime, end, null));
                } else {
                    draft.stints.add(stint(team, role, employedType(i), fte, start, end, null));
                    draft.sicknessWeight = fte;
                    draft.sicknessFrom = periodStart;
                    draft.sicknessTo = end;
                }
                draft.leavings.add(new LeavingFact(end, i % 2 == 0 ? "career-progression" : "workload", i % 2 == 1,
                        i % 3 != 0));
                if (end.equals(asAt.minusDays(1))) {
                    // their last caseload, days before the census: not in post on the census date, so not counted
                    draft.caseloads.add(new CaseloadFact(asAt.minusDays(3), 9, null, null, null, null, null, null));
                }
                leavers.add(draft);
                leaversFte = leaversFte.add(fte);
                leaverHeads++;
            }
        }

        /**
         * People whose history joins two parts: a leaver who returns as a starter, and a leaver who comes back
         * the next day through an agency. Both are one person with a leaving and a new start.
         */
        private void buildMoves() {
            returners:
            for (Draft returner : starters.subList(Math.min(2, starters.size()), starters.size())) {
                if (returner.stints.size() != 1) {
                    continue;
                }
                LocalDate returned = returner.stints.get(0).start();
                for (Draft left : leavers) {
                    if (left.stints.size() == 1 && left.stints.get(0).end().isBefore(returned.minusDays(30))) {
                        merge(returner, left);
                        break returners;
                    }
                }
            }
            Draft agencyWorker = agencyWorkers.stream().filter(a -> a.stints.size() == 1)
                    .reduce((first, second) -> second).orElse(null);
            if (agencyWorker != null) {
                Draft left = leavers.stream().filter(l -> drafts.contains(l) && l.caseloads.isEmpty())
                        .filter(l -> l.stints.get(l.stints.size() - 1).end().isBefore(asAt.minusDays(30)))
                        .filter(l -> l.stints.get(l.stints.size() - 1).end().isAfter(periodStart.plusDays(60)))
                        .findFirst().orElse(null);
                if (left != null) {
                    Stint agencyStint = agencyWorker.stints.get(0);
                    LocalDate leftOn = left.stints.get(left.stints.size() - 1).end();
                    agencyWorker.stints.set(0, stint(agencyStint.nodeId(), agencyStint.roleCode(), EmploymentType.AGENCY,
                            agencyStint.fte(), leftOn.plusDays(1), null, agencyStint.agency(), agencyStint.assignmentId()));
                    merge(agencyWorker, left);
                }
            }
        }

        private void merge(Draft into, Draft from) {
            into.stints.addAll(from.stints);
            into.leavings.addAll(from.leavings);
            into.caseloads.addAll(from.caseloads);
            drafts.remove(from);
            from.sicknessWeight = null;
        }

        /**
         * Cases shared over the case holders in proportion to their FTE, each holding at least one, from a
         * snapshot in the week to the census date; some also have an earlier, superseded snapshot that week or a
         * stale one before it. Social workers who hold none have a snapshot of 0 or only a stale one.
         */
        private void buildCaseloads(int totalCases) {
            List<Draft> holders = new ArrayList<>(employedCaseHolders);
            holders.addAll(agencyCaseHolders);
            if (holders.isEmpty()) {
                if (totalCases > 0) {
                    notBuilt.put("cases", "no case holders to hold " + totalCases + " cases");
                }
                return;
            }
            if (totalCases < holders.size()) {
                notBuilt.put("cases", totalCases + " cases for " + holders.size() + " case holders");
                return;
            }
            BigDecimal holdingFte = holders.stream().map(d -> d.fteOnCensusDate).reduce(BigDecimal.ZERO, BigDecimal::add);
            int[] held = new int[holders.size()];
            int given = 0;
            for (int i = 0; i < held.length; i++) {
                held[i] = Math.max(1, BigDecimal.valueOf(totalCases).multiply(holders.get(i).fteOnCensusDate)
                        .divide(holdingFte, 0, RoundingMode.FLOOR).intValue());
                given += held[i];
            }
            for (int i = 0; given != totalCases; i = (i + 1) % held.length) {
                if (given < totalCases) {
                    held[i]++;
                    given++;
                } else if (held[i] > 1) {
                    held[i]--;
                    given--;
                }
            }
            for (int i = 0; i < held.length; i++) {
                Draft holder = holders.get(i);
                LocalDate started = holder.startOfStintOnCensusDate(asAt);
                LocalDate dated = asAt.minusDays(i % 7);
                if (dated.isBefore(started)) {
                    dated = started;
                }
                int cases = held[i];
                holder.caseloads.add(i % 2 == 0
                        ? new CaseloadFact(dated, cases, cases / 2, cases / 4, cases - cases / 2 - cases / 4, 0, 0, 0)
                        : new CaseloadFact(dated, cases, null, null, null, null, null, null));
                if (i % 3 == 1 && dated.isAfter(asAt.minusDays(6)) && !started.isAfter(asAt.minusDays(6))) {
                    holder.caseloads.add(new CaseloadFact(asAt.minusDays(6), cases + 4, null, null, null, null, null, null));
                }
                if (i % 4 == 2 && started.isBefore(asAt.minusDays(20))) {
                    holder.caseloads.add(new CaseloadFact(asAt.minusDays(20), cases + 2, null, null, null, null, null, null));
                }
                caseHoldersFte = caseHoldersFte.add(holder.fteOnCensusDate);
            }
            cases = totalCases;
            for (int i = 0; i < employedOthers.size(); i++) {
                Draft other = employedOthers.get(i);
                if (i % 3 == 0 && !other.startOfStintOnCensusDate(asAt).isAfter(asAt.minusDays(2))) {
                    other.caseloads.add(new CaseloadFact(asAt.minusDays(2), 0, null, null, null, null, null, null));
                } else if (i % 3 == 1 && other.startOfStintOnCensusDate(asAt).isBefore(asAt.minusDays(15))) {
                    other.caseloads.add(new CaseloadFact(asAt.minusDays(15), 7, null, null, null, null, null, null));
                }
            }
        }

        /** Staff and history outside the DfE counts. */
        private void buildUnqualifiedStaffAndOtherNoise() {
            int support = Math.max(2, inPostHeads / 8);
            for (int i = 0; i < support; i++) {
                Draft draft = person();
                String role = i % 4 == 3 ? "business-support" : "family-support-worker";
                BigDecimal fte = i % 2 == 0 ? FULL_TIME : new BigDecimal("0.80");
                LocalDate start = i == 0 ? periodStart.plusDays(100) : periodStart.minusDays(100 + random.nextInt(3000));
                Stint stint = stint(team(), role, EmploymentType.PERMANENT, fte, start, null, null);
                draft.stints.add(stint);
                post(stint);
                if (i % 2 == 0) {
                    draft.caseloads.add(new CaseloadFact(asAt.minusDays(1), 5, null, null, null, null, null, null));
                }
                if (i == 1) {
                    draft.absences.add(new AbsenceFact(uuid(), "sickness", LocalDate.of(year, 3, 4), LocalDate.of(year, 3, 15),
                            new BigDecimal("10"), null));
                }
            }
            Draft supportLeaver = person();
            supportLeaver.stints.add(stint(team(), "family-support-worker", EmploymentType.PERMANENT, FULL_TIME,
                    periodStart.minusYears(4), periodStart.plusDays(150), null));
            supportLeaver.leavings.add(new LeavingFact(periodStart.plusDays(150), "retirement", false, true));
            posts.add(new PostFact(uuid(), team(), "family-support-worker", false, FULL_TIME, periodStart.minusYears(3), null));

            // left the day before the census year began: last year's leaver, and sickness before the year
            Draft lastYearsLeaver = person();
            lastYearsLeaver.stints.add(stint(team(), "social-worker", EmploymentType.PERMANENT, FULL_TIME,
                    periodStart.minusYears(6), periodStart.minusDays(1), null));
            lastYearsLeaver.leavings.add(new LeavingFact(periodStart.minusDays(1), "relocation", false, false));
            lastYearsLeaver.absences.add(new AbsenceFact(uuid(), "sickness", nextWeekday(periodStart.minusDays(60)),
                    nextWeekday(periodStart.minusDays(60)).plusDays(3), new BigDecimal("4"), null));

            // an agency social worker whose assignment ended before the census date, off sick during it
            Draft formerAgency = person();
            LocalDate agencyEnd = asAt.minusDays(50);
            formerAgency.stints.add(stint(team(), "social-worker", EmploymentType.AGENCY, FULL_TIME, asAt.minusDays(300),
                    agencyEnd, agencyTerms(vacantPostIds.isEmpty() ? null : vacantPostIds.get(0))));
            LocalDate agencySick = nextWeekday(asAt.minusDays(120));
            formerAgency.absences.add(new AbsenceFact(uuid(), "sickness", agencySick, lastOfWeekdays(agencySick, 3),
                    new BigDecimal("3"), null));

            // leave that is not sickness
            Draft onLeave = twoTeams != null ? twoTeams : established.isEmpty() ? null : established.get(0);
            if (onLeave != null) {
                LocalDate first = nextWeekday(periodStart.plusDays(40));
                onLeave.absences.add(new AbsenceFact(uuid(), "compassionate-leave", first, lastOfWeekdays(first, 3),
                        new BigDecimal("3"), null));
                if (onLeave.sicknessWeight != null) {
                    onLeave.sicknessFrom = lastOfWeekdays(first, 3).plusDays(2);
                }
            }
        }

        /**
         * Sickness of employed social workers summing, FTE-weighted, to {@code total}: one absence running into
         * the year from before it and one running on past the census date (each counted for its weekdays inside
         * the year), then whole days shared round the workers, and a last part day for a full-time worker.
         */
        private void buildSickness(BigDecimal total) {
            List<Draft> eligible = new ArrayList<>();
            for (Draft draft : drafts) {
                if (draft.sicknessWeight != null && !draft.sicknessFrom.isAfter(draft.sicknessTo)) {
                    eligible.add(draft);
                }
            }
            if (eligible.isEmpty()) {
                notBuilt.put("workingDaysLost", "no employed social worker to be off sick");
                return;
            }
            Collections.shuffle(eligible, random);
            BigDecimal left = total;
            BigDecimal eligibleFte = eligible.stream().map(d -> d.sicknessWeight).reduce(BigDecimal.ZERO, BigDecimal::add);
            double absencesEach = total.doubleValue() / 4.0 / eligible.size();
            double meanDaysLost = total.doubleValue() / Math.max(0.1, eligibleFte.doubleValue());
            int longestGap = (int) Math.max(1, Math.min(120, (300 - meanDaysLost * 1.6) / (absencesEach + 1)));

            List<Draft> fullTime = eligible.stream()
                    .filter(d -> d.sicknessWeight.compareTo(FULL_TIME) == 0 && d.sicknessFrom.equals(periodStart)
                            && d.sicknessTo.equals(asAt))
                    .toList();
            if (fullTime.size() >= 2) {
                Draft before = fullTime.get(0);
                LocalDate first = nextWeekday(periodStart.minusDays(9));
                LocalDate last = lastOfWeekdays(nextWeekday(periodStart), 5);
                int inside = weekdays(periodStart, last);
                if (BigDecimal.valueOf(inside).compareTo(left) < 0) {
                    before.absences.add(new AbsenceFact(uuid(), "sickness", first, last,
                            BigDecimal.valueOf(weekdays(first, last)), "musculoskeletal"));
                    before.sicknessFrom = last.plusDays(2);
                    left = left.subtract(BigDecimal.valueOf(inside));
                }
                Draft after = fullTime.get(1);
                LocalDate from = nextWeekday(asAt.minusDays(6));
                LocalDate to = asAt.plusDays(8);
                int counted = weekdays(from, asAt);
                if (BigDecimal.valueOf(counted).compareTo(left) < 0) {
                    after.absences.add(new AbsenceFact(uuid(), "sickness", from, to,
                            BigDecimal.valueOf(weekdays(from, to)), "stress"));
                    after.sicknessTo = from.minusDays(2);
                    left = left.subtract(BigDecimal.valueOf(counted));
                }
            }
            for (Draft draft : eligible) {
                draft.nextFreeDay = draft.sicknessFrom.plusDays(random.nextInt(Math.min(30, longestGap) + 1));
            }
            Set<Draft> full = new HashSet<>();
            int pattern = 0;
            int idle = 0;
            for (int i = 0; left.signum() > 0 && idle < eligible.size(); i = (i + 1) % eligible.size()) {
                Draft draft = eligible.get(i);
                if (full.contains(draft)) {
                    idle++;
                    continue;
                }
                int days = SICKNESS_DAYS[pattern++ % SICKNESS_DAYS.length];
                BigDecimal weighted = draft.sicknessWeight.multiply(BigDecimal.valueOf(days));
                if (weighted.compareTo(left) > 0) {
                    days = left.divide(draft.sicknessWeight, 0, RoundingMode.FLOOR).intValue();
                    weighted = draft.sicknessWeight.multiply(BigDecimal.valueOf(days));
                }
                if (days == 0) {
                    idle++;
                    continue;
                }
                if (!sick(draft, BigDecimal.valueOf(days), longestGap)) {
                    full.add(draft);
                    idle++;
                    continue;
                }
                left = left.subtract(weighted);
                idle = 0;
            }
            if (left.signum() > 0) {
                // the last hundredths: a part day, for a full-time worker if one has room, else for anyone whose
                // FTE divides it exactly
                BigDecimal part = left;
                List<Draft> byFte = new ArrayList<>(eligible);
                byFte.sort(Comparator.comparing((Draft d) -> d.sicknessWeight).reversed());
                boolean placed = byFte.stream()
                        .anyMatch(d -> {
                            BigDecimal days = exactQuotient(part, d.sicknessWeight);
                            return days != null && sick(d, days, 1);
                        });
                if (!placed) {
                    notBuilt.put("workingDaysLost", "no room for the last " + left + " days");
                    daysLost = total.subtract(left);
                    return;
                }
            }
            daysLost = total;
        }

        private static BigDecimal exactQuotient(BigDecimal numerator, BigDecimal denominator) {
            try {
                BigDecimal quotient = numerator.divide(denominator);
                return quotient.scale() <= 4 ? quotient : null;
            } catch (ArithmeticException nonTerminating) {
                return null;
            }
        }

        /** A sickness absence of {@code days} working days at the worker's next free day, if it fits. */
        private boolean sick(Draft draft, BigDecimal days, int longestGap) {
            LocalDate first = nextWeekday(draft.nextFreeDay);
            LocalDate last = lastOfWeekdays(first, Math.max(1, days.setScale(0, RoundingMode.CEILING).intValue()));
            if (last.isAfter(draft.sicknessTo)) {
                return false;
            }
            String[] reasons = {"cold-flu", "stress", "musculoskeletal", "gastro", null};
            draft.absences.add(new AbsenceFact(uuid(), "sickness", first, last, days, reasons[random.nextInt(reasons.length)]));
            draft.nextFreeDay = last.plusDays(2 + random.nextInt(longestGap));
            return true;
        }
    }
}

package org.workforceinsight.measures;

import static org.workforceinsight.measures.Measure.*;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.workforceinsight.measures.ExplanationRow.AgencyRuleFlag;
import org.workforceinsight.measures.MeasureConfig.SupervisionRule;
import org.workforceinsight.measures.WorkforceFacts.AbsenceFact;
import org.workforceinsight.measures.WorkforceFacts.CaseloadFact;
import org.workforceinsight.measures.WorkforceFacts.LeavingFact;
import org.workforceinsight.measures.WorkforceFacts.PostFact;
import org.workforceinsight.measures.WorkforceFacts.Stint;
import org.workforceinsight.measures.WorkforceFacts.SupervisionFact;
import org.workforceinsight.measures.WorkforceFacts.UnallocatedFact;
import org.workforceinsight.measures.WorkforceFacts.WorkerHistory;
import org.workforceinsight.shared.Rounding;

/**
 * One evaluation of the measures for a set of nodes as at a date: a single pass over the workers that
 * adds each worker's share to running totals, for only the families of measures asked for, and (when a
 * measure is being explained) records the rows behind that measure from the very same decisions.
 * Single use: construct, {@link #run()}, read.
 */
final class MeasureCalculation {

    /** Measures computed together because they share the same per-worker work. */
    enum Family {
        STOCK, RUNS, CASELOAD, UNALLOCATED, DFE_ABSENCE, SUPERVISION, SUPERVISION_HELD, APPRAISAL, LOCAL_TURNOVER,
        EXIT, SICKNESS, AGENCY_COST, AGENCY_FLAGS
    }

    static final Map<Measure, Family> FAMILY = new EnumMap<>(Measure.class);

    static {
        for (Measure m : List.of(IN_POST_FTE, IN_POST_HEADCOUNT, AGENCY_FTE, AGENCY_HEADCOUNT, AGENCY_RATE,
                VACANCY_FTE, VACANCY_RATE, AGENCY_COVER_FTE, AGENCY_COVER_RATE, VACANCY_AGENCY_COVER_RATE, PERMANENCE,
                STABILITY_12_MONTHS, STABILITY_24_MONTHS)) {
            FAMILY.put(m, Family.STOCK);
        }
        for (Measure m : List.of(STARTERS_FTE, STARTERS_HEADCOUNT, LEAVERS_FTE, LEAVERS_HEADCOUNT, TURNOVER_RATE)) {
            FAMILY.put(m, Family.RUNS);
        }
        for (Measure m : List.of(CASES, CASE_HOLDERS_FTE, AVERAGE_CASELOAD, WORKERS_OVER_THRESHOLD,
                PERCENT_OVER_THRESHOLD, ASYE_OVER_THRESHOLD, PERCENT_ASYE_OVER_THRESHOLD, WEIGHTED_CASELOAD)) {
            FAMILY.put(m, Family.CASELOAD);
        }
        FAMILY.put(UNALLOCATED_CASES, Family.UNALLOCATED);
        FAMILY.put(WORKING_DAYS_LOST, Family.DFE_ABSENCE);
        FAMILY.put(ABSENCE_RATE, Family.DFE_ABSENCE);
        FAMILY.put(SUPERVISION_COMPLIANCE, Family.SUPERVISION);
        FAMILY.put(SUPERVISIONS_OVERDUE, Family.SUPERVISION);
        FAMILY.put(SUPERVISIONS_HELD_VS_EXPECTED, Family.SUPERVISION_HELD);
        FAMILY.put(APPRAISAL_COMPLIANCE, Family.APPRAISAL);
        FAMILY.put(APPRAISALS_OVERDUE, Family.APPRAISAL);
        for (Measure m : List.of(LOCAL_TURNOVER_RATE, LOCAL_TURNOVER_RATE_FTE, SOCIAL_WORKER_TURNOVER_RATE)) {
            FAMILY.put(m, Family.LOCAL_TURNOVER);
        }
        for (Measure m : List.of(EXIT_INTERVIEWS, EXIT_INTERVIEW_RATE, LEAVERS_INSIDE_CONTROL_RATE)) {
            FAMILY.put(m, Family.EXIT);
        }
        for (Measure m : List.of(SICKNESS_DAYS_PER_FTE, SHORT_TERM_SICKNESS_DAYS_PER_FTE,
                LONG_TERM_SICKNESS_DAYS_PER_FTE)) {
            FAMILY.put(m, Family.SICKNESS);
        }
        FAMILY.put(AGENCY_COST, Family.AGENCY_COST);
        FAMILY.put(AGENCY_ASSIGNMENTS_FLAGGED, Family.AGENCY_FLAGS);
        for (Measure m : Measure.values()) {
            if (!FAMILY.containsKey(m)) {
                throw new IllegalStateException("measure without a family: " + m);
            }
        }
    }

    /** The family a measure is computed in; some families need another's totals too. */
    static Set<Family> familiesFor(Measure measure) {
        Family family = FAMILY.get(measure);
        EnumSet<Family> families = EnumSet.of(family);
        if (family == Family.RUNS || family == Family.DFE_ABSENCE) {
            families.add(Family.STOCK);
        }
        return families;
    }

    private static final MathContext PRECISE = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final MeasureConfig config;
    private final SupervisionPolicy supervisionPolicy;
    private final AgencyRules agencyRules;
    private final WorkforceFacts facts;
    private final Set<UUID> nodes;
    /**
     * Whether the nodes hold every node a stint of the kept facts is in (the council, or a scope that covers it):
     * then no stint need be looked up in them, which was a sixth of a council's all-measures request.
     */
    private final boolean everyStintInNodes;
    private final LocalDate asAt;
    private final long asAtDay;
    private final LocalDate periodStart;
    private final LocalDate yearStart;
    private final LocalDate twelveMonthsBefore;
    /** The as-at date's look-backs as epoch days, worked out once rather than per worker. */
    private final long periodStartDay;
    private final long yearStartDay;
    private final long twelveMonthsBeforeDay;
    private final long twentyFourMonthsBeforeDay;
    private final long appraisalServiceFromDay;
    private final long appraisalCurrentAfterDay;
    /** Points per case in the order of the snapshot's type counts; the last, "other", also for untyped cases. */
    private final BigDecimal[] caseTypeWeights;
    /**
     * The same weights as whole numbers of {@code 10^-caseTypeWeightScale} points (scale -1 when one will not
     * fit): a snapshot's points are then a sum of longs, one BigDecimal per worker instead of a dozen.
     */
    private final long[] caseTypeWeightUnits;
    private final int caseTypeWeightScale;
    private static final String[] CASE_TYPES = {"child-in-need", "child-protection", "child-looked-after", "care-leaver",
        "pre-proceedings", "other"};
    private static final int OTHER = 5;
    private final Set<Family> families;
    private final Measure explained;
    private final boolean includeHealthDetail;
    private final List<SortableRow> rows = new ArrayList<>();
    private final Set<UUID> postsActiveOnAsAt = new HashSet<>();

    // STOCK
    private final DecimalSum inPostFte = new DecimalSum();
    private int inPostHeadcount;
    private final DecimalSum agencyFte = new DecimalSum();
    private int agencyHeadcount;
    private final DecimalSum agencyCoverFte = new DecimalSum();
    private final Map<NodeRole, BigDecimal> employedSwFteByNodeRole = new HashMap<>();
    /**
     * With the kept facts: the same sums by (node, role) number ({@link WorkerChains.Kept}), and each post's
     * number; both null otherwise. A hash lookup of a node and a role for every social worker was a tenth of a
     * council's all-measures request.
     */
    private final BigDecimal[] employedSwFteBySlot;
    private final int[] postSlots;
    private final DecimalSum permanentFteAllRoles = new DecimalSum();
    private final DecimalSum agencyFteAllRoles = new DecimalSum();
    private int stabilityBase;
    private int stable12;
    private int stable24;
    // RUNS
    private BigDecimal startersFte = BigDecimal.ZERO;
    private int startersHeadcount;
    private BigDecimal leaversFte = BigDecimal.ZERO;
    private int leaversHeadcount;
    // CASELOAD
    private long cases;
    private final DecimalSum caseHoldersFte = new DecimalSum();
    private int caseHolders;
    private int overThreshold;
    private int asyeInPost;
    private int asyeOverThreshold;
    private final DecimalSum casePoints = new DecimalSum();
    private final DecimalSum capacityPoints = new DecimalSum();
    /** Capacity points per FTE (and for an ASYE) in units, for {@link DecimalSum#addProduct}; null where they do not fit. */
    private final long[] capacityPerFte;
    private final long[] asyeCapacityPerFte;
    /** One worker's FTE sums, reused from worker to worker. */
    private final DecimalSum workerEmployedSw = new DecimalSum();
    private final DecimalSum workerEmployed = new DecimalSum();
    private final DecimalSum workerAgency = new DecimalSum();
    // UNALLOCATED
    private Integer unallocated;
    // DFE_ABSENCE
    private final SplitSum dfeDaysLost = new SplitSum();
    // SUPERVISION, SUPERVISION_HELD
    private int supervisionInScope;
    private int supervisionOverdue;
    private int supervisionsHeld;
    /** Supervised days in the period by the interval their rule asks for: expected = sum of days / interval. */
    private final DaysByInterval supervisedDays = new DaysByInterval();
    // APPRAISAL
    private int appraisalInScope;
    private int appraisalCompliant;
    // LOCAL_TURNOVER and SICKNESS: employed staff (all roles) in post at the start and end of the year
    private int employedHeadcountAtYearStart;
    private int employedHeadcountAtAsAt;
    private int swHeadcountAtYearStart;
    private int swHeadcountAtAsAt;
    private final DecimalSum employedFteAtYearStart = new DecimalSum();
    private final DecimalSum employedFteAtAsAt = new DecimalSum();
    private int localLeavers;
    private BigDecimal localLeaversFte = BigDecimal.ZERO;
    private int swLocalLeavers;
    // EXIT
    private int exitLeavers;
    private int exitInterviews;
    private int interviewedWithReason;
    private int interviewedInsideControl;
    // SICKNESS
    private final SplitSum shortTermSickDays = new SplitSum();
    private final SplitSum longTermSickDays = new SplitSum();
    // AGENCY
    private BigDecimal agencyCost = BigDecimal.ZERO;
    private int agencyFlagged;

    MeasureCalculation(MeasureConfig config, SupervisionPolicy supervisionPolicy, AgencyRules agencyRules,
            WorkforceFacts facts, Set<UUID> nodes, LocalDate asAt, LocalDate periodStart, Set<Family> families,
            Measure explained, boolean includeHealthDetail) {
        if (periodStart.isAfter(asAt)) {
            throw new IllegalArgumentException("period start " + periodStart + " is after the as-at date " + asAt);
        }
        this.config = config;
        this.supervisionPolicy = supervisionPolicy;
        this.agencyRules = agencyRules;
        this.facts = facts;
        this.nodes = nodes;
        this.everyStintInNodes = facts.chains() != null && nodes.containsAll(facts.chains().stintNodes());
        this.postSlots = facts.chains() != null && !facts.posts().isEmpty() && families.contains(Family.STOCK)
                ? facts.chains().postNodeRoles(facts.posts()) : null;
        this.employedSwFteBySlot = postSlots != null ? new BigDecimal[facts.chains().nodeRoleCount()] : null;
        this.asAt = asAt;
        this.asAtDay = asAt.toEpochDay();
        this.periodStart = periodStart;
        this.yearStart = MeasureEngine.yearBefore(asAt);
        this.twelveMonthsBefore = asAt.minusMonths(12);
        this.twelveMonthsBeforeDay = twelveMonthsBefore.toEpochDay();
        this.periodStartDay = periodStart.toEpochDay();
        this.yearStartDay = yearStart.toEpochDay();
        this.twentyFourMonthsBeforeDay = asAt.minusMonths(24).toEpochDay();
        this.appraisalServiceFromDay = asAt.minusMonths(config.appraisalMinimumServiceMonths()).toEpochDay();
        this.appraisalCurrentAfterDay = asAt.minusMonths(config.appraisalIntervalMonths()).toEpochDay();
        this.caseTypeWeights = new BigDecimal[CASE_TYPES.length];
        for (int i = 0; i < CASE_TYPES.length; i++) {
            caseTypeWeights[i] = config.caseWeights().getOrDefault(CASE_TYPES[i], BigDecimal.ZERO);
        }
        this.caseTypeWeightUnits = new long[CASE_TYPES.length];
        this.caseTypeWeightScale = wholeUnits(caseTypeWeights, caseTypeWeightUnits);
        this.capacityPerFte = DecimalSum.unitsOf(config.capacityPointsPerFte());
        this.asyeCapacityPerFte = DecimalSum.unitsOf(config.asyeCapacityPointsPerFte());
        this.families = families;
        this.explained = explained;
        this.includeHealthDetail = includeHealthDetail;
    }

    /**
     * Supervised days summed by the interval their rule asks for. A policy has a handful of intervals, so a
     * short search of two arrays, rather than a map boxing an Integer and a Long for every segment.
     */
    private static final class DaysByInterval {
        private int[] intervals = new int[4];
        private long[] days = new long[4];
        private int size;

        void add(int interval, long moreDays) {
            for (int i = 0; i < size; i++) {
                if (intervals[i] == interval) {
                    days[i] += moreDays;
                    return;
                }
            }
            if (size == intervals.length) {
                intervals = Arrays.copyOf(intervals, size * 2);
                days = Arrays.copyOf(days, size * 2);
            }
            intervals[size] = interval;
            days[size++] = moreDays;
        }

        int size() {
            return size;
        }

        int interval(int i) {
            return intervals[i];
        }

        long days(int i) {
            return days[i];
        }
    }

    private record NodeRole(UUID nodeId, String roleCode) {
    }

    /** A row with the date it sorts by after the names. */
    private record SortableRow(ExplanationRow row, LocalDate date) {
    }

    MeasureCalculation run() {
        begin();
        List<WorkerHistory> workers = facts.workers();
        WorkerChains[] kept = facts.chains() == null ? null : facts.chains().inOrderOf(workers);
        for (int k = 0; k < workers.size(); k++) {
            WorkerHistory worker = workers.get(k);
            if (everyStintInNodes ? !worker.stints().isEmpty() : everIn(worker, nodes)) {
                visit(kept != null && kept[k].worker == worker ? kept[k] : WorkerChains.of(facts, worker));
            }
        }
        return finish();
    }

    /** Before the workers: what the posts say on the as-at date. */
    MeasureCalculation begin() {
        if (families.contains(Family.STOCK)) {
            List<PostFact> posts = facts.posts();
            for (int p = 0; p < posts.size(); p++) {
                PostFact post = posts.get(p);
                if (post.activeOn(asAt)) {
                    postsActiveOnAsAt.add(post.id());
                }
            }
        }
        return this;
    }

    /** After the workers: the team-level counts. */
    MeasureCalculation finish() {
        if (families.contains(Family.UNALLOCATED)) {
            unallocated();
        }
        return this;
    }

    // ----------------------------------------------------------------------------------------------
    // Per worker

    /** One worker as at the as-at date, shared by the families. */
    private final class WorkerView {
        final WorkerChains chains;
        final WorkerHistory worker;
        final List<Stint> stints;
        /** Stints in the nodes active on the as-at date, in start order. */
        final List<Stint> inNodeOnAsAt;

        /** Whether each stint (same index as {@link #stints}) is in the nodes: looked up once, not per loop. */
        final boolean[] inNode;

        WorkerView(WorkerChains chains, boolean[] inNode) {
            this.chains = chains;
            this.worker = chains.worker;
            this.stints = chains.stints;
            this.inNode = inNode;
            this.inNodeOnAsAt = inNodeOn(asAt);
        }

        /** A stint of this worker in the nodes? By identity among their few stints, without hashing. */
        boolean inNodes(Stint stint) {
            for (int i = 0; i < inNode.length; i++) {
                if (stints.get(i) == stint) {
                    return inNode[i];
                }
            }
            return nodes.contains(stint.nodeId());
        }

        List<Stint> inNodeOn(LocalDate date) {
            long day = date.toEpochDay();
            List<Stint> active = null;
            for (int i = 0; i < inNode.length; i++) {
                if (inNode[i] && chains.activeOn(i, day)) {
                    Stint stint = stints.get(i);
                    if (active == null) {
                        active = new ArrayList<>(2);
                    }
                    active.add(stint);
                }
            }
            return active == null ? List.of() : active;
        }

        /** Start of continuous employed service covering the as-at date (null if not employed then). */
        LocalDate employedServiceStart() {
            int chain = WorkerChains.covering(chains.employedChainStart, chains.employedChainEnd, asAtDay);
            return chain < 0 ? null : chains.employed().get(chain).start();
        }

        /** As {@link #employedServiceStart()}, an epoch day; only for a worker employed on the as-at date. */
        int employedServiceStartDay() {
            return chains.employedChainStart[WorkerChains.covering(chains.employedChainStart, chains.employedChainEnd,
                    asAtDay)];
        }

        LocalDate serviceStart() {
            int chain = WorkerChains.covering(chains.anyChainStart, chains.anyChainEnd, asAtDay);
            return chain < 0 ? null : chains.all().get(chain).start();
        }

        boolean asyeOn(LocalDate date) {
            LocalDate start = worker.asyeStartDate();
            return start != null && !date.isBefore(start) && date.isBefore(start.plusMonths(12));
        }

        ExplanationRow.Builder row() {
            return ExplanationRow.forWorker(worker);
        }
    }

    /** Every measure needs a stint in the nodes: a worker who never had one adds nothing. */
    static boolean everIn(WorkerHistory worker, Set<UUID> nodes) {
        List<Stint> stints = worker.stints();
        for (int s = 0; s < stints.size(); s++) {
            Stint stint = stints.get(s);
            if (nodes.contains(stint.nodeId())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Adds the share of one worker known to have been in the nodes; {@link #begin()} first and {@link #finish()}
     * after the last worker.
     */
    void visit(WorkerChains chains) {
        visit(chains, everyStintInNodes ? allIn(chains.stints.size()) : inNodes(chains, nodes));
    }

    /**
     * {@code sum + value}, without a new object while the sum is still the zero it started from: most workers have
     * one stint, so most of a request's sums of FTE are one value, and a council's request made several hundred
     * thousand short-lived BigDecimals (half of what it allocated) adding them to zero.
     */
    static BigDecimal plus(BigDecimal sum, BigDecimal value) {
        return sum == BigDecimal.ZERO && value.scale() >= 0 ? value : sum.add(value);
    }

    /**
     * An exact sum of days lost kept in two parts: days of absences wholly inside the period (a tenth or a
     * hundredth of a day, times an FTE) and days prorated to it (sixteen digits from a division). Added into one
     * total, the first prorated value gave the total sixteen decimals, and each of the thousands of whole ones
     * after it was then added as a BigInteger; kept apart, the whole ones add as longs and the two parts meet
     * once. The total is the same value at the same scale: the addition is exact whatever its order.
     */
    private static final class SplitSum {
        private BigDecimal whole = BigDecimal.ZERO;
        private BigDecimal prorated = BigDecimal.ZERO;

        void add(BigDecimal value, boolean isProrated) {
            if (isProrated) {
                prorated = plus(prorated, value);
            } else {
                whole = plus(whole, value);
            }
        }

        BigDecimal total() {
            return prorated == BigDecimal.ZERO ? whole : plus(whole, prorated);
        }
    }

    /** Shared all-true arrays for the usual few stints (never written: the views only read them). */
    private static final boolean[][] ALL_IN = new boolean[9][];

    static {
        for (int n = 0; n < ALL_IN.length; n++) {
            ALL_IN[n] = new boolean[n];
            Arrays.fill(ALL_IN[n], true);
        }
    }

    private static boolean[] allIn(int stints) {
        if (stints < ALL_IN.length) {
            return ALL_IN[stints];
        }
        boolean[] all = new boolean[stints];
        Arrays.fill(all, true);
        return all;
    }

    /**
     * Whether each of the worker's stints (same index as {@link WorkerChains#stints}) is in the nodes: a
     * series looks this up once per worker and shares it between its points, rather than hashing every
     * stint's node again at each of a few hundred points.
     */
    static boolean[] inNodes(WorkerChains chains, Set<UUID> nodes) {
        boolean[] inNode = new boolean[chains.stints.size()];
        for (int i = 0; i < inNode.length; i++) {
            inNode[i] = nodes.contains(chains.stints.get(i).nodeId());
        }
        return inNode;
    }

    /** As {@link #visit(WorkerChains)} with the stints' node membership from {@link #inNodes}. */
    void visit(WorkerChains chains, boolean[] inNode) {
        WorkerView view = new WorkerView(chains, inNode);
        if (families.contains(Family.STOCK)) {
            stock(view);
        }
        if (families.contains(Family.RUNS)) {
            runs(view);
        }
        if (families.contains(Family.CASELOAD)) {
            caseload(view);
        }
        if (families.contains(Family.DFE_ABSENCE)) {
            dfeAbsence(view);
        }
        if (families.contains(Family.SUPERVISION)) {
            supervision(view);
        }
        if (families.contains(Family.SUPERVISION_HELD)) {
            supervisionsHeld(view);
        }
        if (families.contains(Family.APPRAISAL)) {
            appraisal(view);
        }
        if (families.contains(Family.LOCAL_TURNOVER) || families.contains(Family.SICKNESS)) {
            employedAtYearEnds(view);
        }
        if (families.contains(Family.LOCAL_TURNOVER)) {
            localLeavers(view);
        }
        if (families.contains(Family.EXIT)) {
            exitInterviews(view);
        }
        if (families.contains(Family.SICKNESS)) {
            sickness(view);
        }
        if (families.contains(Family.AGENCY_COST)) {
            agencyCost(view);
        }
        if (families.contains(Family.AGENCY_FLAGS)) {
            agencyFlags(view);
        }
    }

    // fixed arities rather than varargs: called several times per worker per date, mostly with nothing explained
    private boolean explaining(Measure measure) {
        return explained != null && explained == measure;
    }

    private boolean explaining(Measure a, Measure b) {
        return explained != null && (explained == a || explained == b);
    }

    private boolean explaining(Measure a, Measure b, Measure c) {
        return explained != null && (explained == a || explained == b || explained == c);
    }

    private void addRow(ExplanationRow row, LocalDate date) {
        rows.add(new SortableRow(row, date));
    }

    private void stock(WorkerView w) {
        WorkerChains c = w.chains;
        DecimalSum employedSw = workerEmployedSw.reset();
        DecimalSum employedAll = workerEmployed.reset();
        DecimalSum agencyAll = workerAgency.reset();
        Stint firstEmployedSw = null;
        Stint firstEmployed = null;
        Stint firstAny = null;
        boolean agencySw = false;
        // the stints of w.inNodeOnAsAt, by index for their FTEs in units
        for (int s = 0; s < w.stints.size(); s++) {
            if (!w.inNode[s] || !c.activeOn(s, asAtDay)) {
                continue;
            }
            Stint stint = w.stints.get(s);
            firstAny = firstAny == null ? stint : firstAny;
            if (stint.employmentType().employed()) {
                employedAll.addFte(c, s);
                firstEmployed = firstEmployed == null ? stint : firstEmployed;
                if (stint.qualifiedSocialWork()) {
                    employedSw.addFte(c, s);
                    firstEmployedSw = firstEmployedSw == null ? stint : firstEmployedSw;
                    // only vacancies read it, and only against posts: without posts loaded (a series of
                    // another stock measure) it would be a hash merge per worker per point for nothing
                    if (employedSwFteBySlot != null) {
                        int slot = c.stintNodeRole[s];
                        BigDecimal sum = employedSwFteBySlot[slot];
                        employedSwFteBySlot[slot] = sum == null ? stint.fte() : sum.add(stint.fte());
                    } else if (!facts.posts().isEmpty()) {
                        employedSwFteByNodeRole.merge(new NodeRole(stint.nodeId(), stint.roleCode()), stint.fte(),
                                BigDecimal::add);
                    }
                }
            } else {
                agencyAll.addFte(c, s);
                if (stint.qualifiedSocialWork()) {
                    agencySw = true;
                    agencyFte.addFte(c, s);
                    boolean covers = stint.agency() != null && stint.agency().coversPostId() != null
                            && postsActiveOnAsAt.contains(stint.agency().coversPostId());
                    if (covers) {
                        agencyCoverFte.addFte(c, s);
                    }
                    if (explaining(AGENCY_FTE, AGENCY_HEADCOUNT, AGENCY_RATE)
                            || covers && explaining(AGENCY_COVER_FTE, AGENCY_COVER_RATE, VACANCY_AGENCY_COVER_RATE)) {
                        addRow(agencyRow(w, stint), stint.start());
                    }
                }
            }
        }
        if (firstEmployedSw != null) {
            inPostFte.add(employedSw);
            inPostHeadcount++;
            if (explaining(IN_POST_FTE, IN_POST_HEADCOUNT)) {
                LocalDate start = w.employedServiceStart();
                addRow(w.row().stint(firstEmployedSw).fte(employedSw.total()).startDate(start).build(), start);
            }
        }
        if (agencySw) {
            agencyHeadcount++;
        }
        permanentFteAllRoles.add(employedAll);
        agencyFteAllRoles.add(agencyAll);
        if (firstAny != null && explaining(PERMANENCE)) {
            LocalDate start = firstEmployed != null ? w.employedServiceStart() : w.serviceStart();
            addRow(w.row().stint(firstEmployed != null ? firstEmployed : firstAny)
                    .fte(employedAll.total().add(agencyAll.total()))
                    .startDate(start).build(), start);
        }
        if (firstEmployed != null) {
            int start = w.employedServiceStartDay();
            stabilityBase++;
            if (start <= twelveMonthsBeforeDay) {
                stable12++;
            }
            if (start <= twentyFourMonthsBeforeDay) {
                stable24++;
            }
            if (explaining(STABILITY_12_MONTHS, STABILITY_24_MONTHS)) {
                LocalDate startDate = w.employedServiceStart();
                addRow(w.row().stint(firstEmployed).fte(employedAll.total()).startDate(startDate).build(), startDate);
            }
        }
    }

    private ExplanationRow agencyRow(WorkerView w, Stint stint) {
        ExplanationRow.Builder row = w.row().stint(stint).startDate(stint.start());
        if (stint.agency() != null) {
            BigDecimal cost = AgencyRules.cost(w.chains, w.stints.indexOf(stint), periodStartDay, asAtDay);
            row.agency(stint.assignmentId(), stint.agency().agencyName(), stint.agency().jobType(),
                    AgencyRules.shownMoney(agencyRules.hourlyCharge(stint.agency())), agencyRules.flags(stint, w.stints),
                    cost == null ? null : AgencyRules.shownMoney(cost));
        } else {
            row.agency(stint.assignmentId(), null, null, null, Set.of(), null);
        }
        return row.build();
    }

    private void runs(WorkerView w) {
        for (StintChain run : w.chains.employedSocialWork()) {
            if (DateMath.within(run.start(), periodStart, asAt) && w.inNodes(run.first())) {
                startersFte = plus(startersFte, run.first().fte());
                startersHeadcount++;
                if (explaining(STARTERS_FTE, STARTERS_HEADCOUNT)) {
                    addRow(w.row().stint(run.first()).startDate(run.start()).build(), run.start());
                }
            }
            if (run.end() != null && DateMath.within(run.end(), periodStart, asAt)
                    && w.inNodes(run.last())) {
                leaversFte = plus(leaversFte, run.last().fte());
                leaversHeadcount++;
                if (explaining(LEAVERS_FTE, LEAVERS_HEADCOUNT, TURNOVER_RATE)) {
                    addRow(w.row().stint(run.last()).startDate(run.start()).leaving(run.end(), null, null, null)
                            .build(), run.end());
                }
            }
        }
    }

    /**
     * Index of the last event dated on or before {@code date} in a list sorted by date (as the facts are), or
     * -1: a binary search, because a worker can have five years of weekly snapshots.
     */
    static <T> int lastOnOrBefore(List<T> events, Function<T, LocalDate> dateOf, LocalDate date) {
        int low = 0;
        int high = events.size() - 1;
        int found = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (dateOf.apply(events.get(middle)).isAfter(date)) {
                high = middle - 1;
            } else {
                found = middle;
                low = middle + 1;
            }
        }
        return found;
    }

    /** Index of the latest snapshot dated in the week to the as-at date in the loader's columns, or -1. */
    private int currentColumn(CaseloadColumns columns) {
        int index = columns.lastOnOrBefore(asAtDay);
        return index < 0 || columns.days[index] < asAtDay - 6 ? -1 : index;
    }

    /** The latest snapshot dated in the week to the as-at date, or null. */
    private CaseloadFact currentSnapshot(WorkerHistory worker) {
        int index = lastOnOrBefore(worker.caseloads(), CaseloadFact::date, asAt);
        if (index < 0) {
            return null;
        }
        CaseloadFact latest = worker.caseloads().get(index);
        return latest.date().isBefore(asAt.minusDays(6)) ? null : latest;
    }

    private void caseload(WorkerView w) {
        if (w.inNodeOnAsAt.isEmpty()) {
            return;
        }
        // the loader's columns are read in place: a record for the snapshot only when a row shows it
        CaseloadColumns columns = w.worker.caseloads() instanceof CaseloadColumns c ? c : null;
        int columnIndex = columns == null ? -1 : currentColumn(columns);
        CaseloadFact snapshot = columns == null ? currentSnapshot(w.worker) : null;
        int held = columns != null ? (columnIndex < 0 ? 0 : columns.cases[columnIndex])
                : snapshot == null ? 0 : snapshot.cases();
        boolean asye = w.asyeOn(asAt);
        Stint first = w.inNodeOnAsAt.get(0);

        WorkerChains chains = w.chains;
        DecimalSum swFte = workerEmployedSw.reset();
        DecimalSum allFte = workerEmployed.reset();
        boolean socialWorker = false;
        // the stints of w.inNodeOnAsAt, by index for their FTEs in units
        for (int s = 0; s < w.stints.size(); s++) {
            if (!w.inNode[s] || !chains.activeOn(s, asAtDay)) {
                continue;
            }
            allFte.addFte(chains, s);
            if (w.stints.get(s).qualifiedSocialWork()) {
                socialWorker = true;
                swFte.addFte(chains, s);
            }
        }
        if (asye) {
            asyeInPost++;
        }
        if (held < 1) {
            return;
        }
        if (socialWorker) {
            cases += held;
            caseHoldersFte.add(swFte);
        }
        caseHolders++;
        Integer threshold = asye ? Integer.valueOf(config.asyeCaseloadThreshold())
                : config.caseloadThresholds().get(first.roleCode());
        boolean over = threshold != null && held > threshold;
        if (over) {
            overThreshold++;
        }
        boolean asyeOver = asye && held > config.asyeCaseloadThreshold();
        if (asyeOver) {
            asyeOverThreshold++;
        }
        if (columns != null && caseTypeWeightScale >= 0) {
            casePoints.add(casePointUnits(columns, columnIndex), caseTypeWeightScale);
        } else {
            casePoints.add(casePoints(snapshot != null ? snapshot : columns.get(columnIndex)));
        }
        long[] perFte = asye ? asyeCapacityPerFte : capacityPerFte;
        if (perFte != null) {
            capacityPoints.addProduct(allFte, perFte[0], (int) perFte[1]);
        } else {
            capacityPoints.add(allFte.total().multiply(capacityPerFte(asye)));
        }

        boolean rowWanted = socialWorker && explaining(CASES, CASE_HOLDERS_FTE, AVERAGE_CASELOAD)
                || explaining(WEIGHTED_CASELOAD)
                || over && explaining(WORKERS_OVER_THRESHOLD, PERCENT_OVER_THRESHOLD)
                || asyeOver && explaining(ASYE_OVER_THRESHOLD, PERCENT_ASYE_OVER_THRESHOLD);
        if (rowWanted) {
            snapshot = snapshot != null ? snapshot : columns.get(columnIndex);
            BigDecimal points = casePoints(snapshot);
            BigDecimal capacity = allFte.total().multiply(capacityPerFte(asye));
            BigDecimal fte = explaining(CASES, CASE_HOLDERS_FTE, AVERAGE_CASELOAD) ? swFte.total() : allFte.total();
            addRow(w.row().stint(first).fte(fte)
                    .caseload(held, threshold, asye, Rounding.decimalRatio(points.multiply(HUNDRED), capacity))
                    .build(), snapshot.date());
        }
    }

    private BigDecimal capacityPerFte(boolean asye) {
        return asye ? config.asyeCapacityPointsPerFte() : config.capacityPointsPerFte();
    }

    /**
     * Points of a snapshot's cases: each given type count at its weight, and the cases the snapshot does
     * not break down (never fewer than none) at the weight of "other".
     */
    private BigDecimal casePoints(CaseloadFact snapshot) {
        if (caseTypeWeightScale < 0) {
            return casePointsInDecimals(snapshot);
        }
        long typed = 0;
        long units = 0;
        for (int i = 0; i < OTHER + 1; i++) {
            Integer count = typeCount(snapshot, i);
            if (count != null) {
                typed += count;
                units += caseTypeWeightUnits[i] * count;
            }
        }
        long untyped = Math.max(0, snapshot.cases() - typed);
        return BigDecimal.valueOf(units + caseTypeWeightUnits[OTHER] * untyped, caseTypeWeightScale);
    }

    /**
     * As {@link #casePoints(CaseloadFact)} for the snapshot at {@code index} of the loader's columns, in whole units
     * of {@code 10^-caseTypeWeightScale} points (only when that scale is not -1).
     */
    private long casePointUnits(CaseloadColumns columns, int index) {
        long typed = 0;
        long units = 0;
        if (columns.types != null) {
            for (int i = 0; i < OTHER + 1; i++) {
                int count = columns.types[i][index];
                if (count != CaseloadColumns.NONE) {
                    typed += count;
                    units += caseTypeWeightUnits[i] * count;
                }
            }
        }
        long untyped = Math.max(0, columns.cases[index] - typed);
        return units + caseTypeWeightUnits[OTHER] * untyped;
    }

    /** As {@link #casePoints(CaseloadFact)} for weights too fine or too large for whole units in a long. */
    private BigDecimal casePointsInDecimals(CaseloadFact snapshot) {
        BigDecimal points = BigDecimal.ZERO;
        int typed = 0;
        for (int i = 0; i < OTHER + 1; i++) {
            Integer count = typeCount(snapshot, i);
            if (count != null) {
                typed += count;
                points = plus(points, caseTypeWeights[i].multiply(BigDecimal.valueOf(count)));
            }
        }
        int untyped = Math.max(0, snapshot.cases() - typed);
        return points.add(caseTypeWeights[OTHER].multiply(BigDecimal.valueOf(untyped)));
    }

    /** The snapshot's count of the i-th of {@link #CASE_TYPES}. */
    private static Integer typeCount(CaseloadFact snapshot, int i) {
        return switch (i) {
            case 0 -> snapshot.childInNeed();
            case 1 -> snapshot.childProtection();
            case 2 -> snapshot.childLookedAfter();
            case 3 -> snapshot.careLeaver();
            case 4 -> snapshot.preProceedings();
            default -> snapshot.other();
        };
    }

    /**
     * Fills {@code units} with the weights as whole numbers at their largest scale and returns that scale, or -1
     * when a weight has more than six decimals or is too large for a caseload's sum to stay well inside a long.
     */
    private static int wholeUnits(BigDecimal[] weights, long[] units) {
        int scale = 0;
        for (BigDecimal weight : weights) {
            scale = Math.max(scale, weight.stripTrailingZeros().scale());
        }
        if (scale > 6) {
            return -1;
        }
        for (int i = 0; i < weights.length; i++) {
            BigDecimal whole = weights[i].movePointRight(scale);
            if (whole.abs().compareTo(BigDecimal.valueOf(100_000_000L)) > 0) {
                return -1;
            }
            units[i] = whole.longValueExact();
        }
        return scale;
    }

    private void unallocated() {
        Map<UUID, UnallocatedFact> latestByTeam = new HashMap<>();
        LocalDate weekStart = asAt.minusDays(6);
        // the facts keep the counts in date order: only the week's are read, not five years of every team's
        List<UnallocatedFact> counts = facts.unallocated();
        for (int i = EventsByDate.firstOnOrAfter(counts, UnallocatedFact::date, weekStart); i < counts.size(); i++) {
            UnallocatedFact fact = counts.get(i);
            if (fact.date().isAfter(asAt)) {
                break;
            }
            if (nodes.contains(fact.teamId())) {
                latestByTeam.merge(fact.teamId(), fact, (a, b) -> b.date().isAfter(a.date()) ? b : a);
            }
        }
        if (!latestByTeam.isEmpty()) {
            unallocated = latestByTeam.values().stream().mapToInt(UnallocatedFact::cases).sum();
        }
    }

    /**
     * The part of an absence's working days lost that falls in [from, to]: in proportion to its weekdays
     * there (calendar days when the absence has no weekday at all).
     */
    static BigDecimal daysInside(AbsenceFact absence, LocalDate from, LocalDate to) {
        LocalDate overlapFrom = DateMath.max(absence.firstDay(), from);
        LocalDate overlapTo = DateMath.min(absence.lastDay(), to);
        if (overlapTo.isBefore(overlapFrom)) {
            return BigDecimal.ZERO;
        }
        if (overlapFrom.equals(absence.firstDay()) && overlapTo.equals(absence.lastDay())) {
            return absence.workingDaysLost();
        }
        long whole = DateMath.weekdays(absence.firstDay(), absence.lastDay());
        long inside = DateMath.weekdays(overlapFrom, overlapTo);
        if (whole == 0) {
            whole = DateMath.days(absence.firstDay(), absence.lastDay());
            inside = DateMath.days(overlapFrom, overlapTo);
        }
        return absence.workingDaysLost().multiply(BigDecimal.valueOf(inside))
                .divide(BigDecimal.valueOf(whole), MathContext.DECIMAL64);
    }

    /**
     * As {@link #daysInside(AbsenceFact, LocalDate, LocalDate)} for the worker's absence {@code e} over [from, asAt]:
     * its days lost as they are when it lies wholly inside, without reading the absence itself.
     */
    private BigDecimal daysInside(WorkerView w, int e, long fromDay, LocalDate from) {
        if (w.chains.absenceFirst[e] >= fromDay && w.chains.absenceLast[e] <= asAtDay) {
            return w.chains.absenceDaysLost[e];
        }
        return daysInside(w.worker.absences().get(e), from, asAt);
    }

    /** FTE of the worker's stints in the nodes, active on {@code date}, that pass the social work test. */
    private BigDecimal employedFteOn(WorkerView w, long day, boolean socialWorkOnly) {
        BigDecimal fte = BigDecimal.ZERO;
        for (int s = 0; s < w.stints.size(); s++) {
            if (!w.inNode[s] || !w.chains.activeOn(s, day)) {
                continue;
            }
            Stint stint = w.stints.get(s);
            if (stint.employmentType().employed() && (!socialWorkOnly || stint.qualifiedSocialWork())) {
                fte = plus(fte, stint.fte());
            }
        }
        return fte;
    }

    private void dfeAbsence(WorkerView w) {
        boolean explain = explaining(WORKING_DAYS_LOST, ABSENCE_RATE);
        WorkerChains c = w.chains;
        long from = periodStartDay;
        for (int e = 0; e < c.absenceFirst.length; e++) {
            if (!c.absenceSickness[e] || c.absenceLast[e] < from || c.absenceFirst[e] > asAtDay) {
                continue;
            }
            BigDecimal weight = employedFteOn(w, Math.max(c.absenceFirst[e], from), true);
            if (weight.signum() == 0) {
                continue;
            }
            BigDecimal inside = daysInside(w, e, from, periodStart);
            dfeDaysLost.add(inside.multiply(weight), inside != w.chains.absenceDaysLost[e]);
            if (explain) {
                absenceRow(w, w.worker.absences().get(e), inside, weight, periodStart);
            }
        }
    }

    /** An absence behind a figure over [from, asAt]: days inside it, the FTE it was weighted by. */
    private void absenceRow(WorkerView w, AbsenceFact absence, BigDecimal inside, BigDecimal weight, LocalDate from) {
        ExplanationRow.Builder row = w.row().absence(absence.id(), absence.absenceType(), absence.firstDay(),
                absence.lastDay(), inside.setScale(1, RoundingMode.HALF_UP), longTerm(absence));
        Stint stint = firstStintInNodeOn(w, DateMath.max(absence.firstDay(), from));
        if (stint != null) {
            row.stint(stint);
        }
        row.fte(weight);
        if (includeHealthDetail) {
            row.healthDetail(absence.sicknessReasonCode(), bradfordFactor(w.worker, asAt));
        }
        addRow(row.build(), absence.firstDay());
    }

    /** Index of the worker's first stint in the nodes active on the epoch day, or -1. */
    private static int firstStintInNodeOn(WorkerView w, long day) {
        int[] starts = w.chains.stintStart;
        int[] ends = w.chains.stintEnd;
        for (int s = 0; s < starts.length; s++) {
            if (w.inNode[s] && starts[s] <= day && day <= ends[s]) {
                return s;
            }
        }
        return -1;
    }

    private Stint firstStintInNodeOn(WorkerView w, LocalDate date) {
        long day = date.toEpochDay();
        for (int s = 0; s < w.stints.size(); s++) {
            if (w.inNode[s] && w.chains.activeOn(s, day)) {
                return w.stints.get(s);
            }
        }
        return null;
    }

    private boolean longTerm(AbsenceFact absence) {
        return absence.workingDaysLost().compareTo(config.longTermAbsenceWorkingDays()) >= 0;
    }

    /** Spells x spells x days over the 52 weeks to the date (see {@link BradfordFactors}). */
    static BigDecimal bradfordFactor(WorkerHistory worker, LocalDate asOf) {
        return BradfordFactors.of(worker.absences(), asOf).factor();
    }

    /** Index of the worker's last session that counts (the minimum length or more) on or before the as-at date, or -1. */
    private int lastCountingSession(WorkerChains chains) {
        int i = WorkerChains.lastOnOrBefore(chains.sessionDay, asAtDay);
        while (i >= 0 && chains.sessionMinutes[i] < config.supervisionMinimumMinutes()) {
            i--;
        }
        return i;
    }

    /** A supervised worker's position on the as-at date. */
    private record SupervisionStatus(Stint stint, SupervisionRule rule, LocalDate lastSession, LocalDate due,
            Integer daysOverdue) {

        ExplanationRow row(WorkerView w) {
            return w.row().stint(stint).supervision(lastSession, rule.intervalDays(), due, daysOverdue).build();
        }
    }

    /** The supervision rule of a worker in the nodes on the as-at date, or null when unsupervised or not in them. */
    private SupervisionRule supervisionRule(WorkerView w) {
        if (w.inNodeOnAsAt.isEmpty()) {
            return null;
        }
        LocalDate asyeStart = w.worker.asyeStartDate();
        SupervisionRule rule = supervisionPolicy.ruleOn(asyeStart == null ? SupervisionPolicy.NO_ASYE
                : asyeStart.toEpochDay(), w.inNodeOnAsAt.get(0).roleCode(), asAtDay);
        return rule == null || !rule.supervised() ? null : rule;
    }

    /**
     * The epoch day a supervised worker's next session is due by: the interval after their last session that
     * counts, or after the start of their continuous service when they have had none.
     */
    private long supervisionDueDay(WorkerView w, SupervisionRule rule, int lastSession) {
        long from = lastSession >= 0 ? w.chains.sessionDay[lastSession]
                : w.chains.anyChainStart[WorkerChains.covering(w.chains.anyChainStart, w.chains.anyChainEnd, asAtDay)];
        return from + rule.intervalDays();
    }

    /** Null when the worker is not in the nodes on the as-at date or their rule says unsupervised. */
    private SupervisionStatus supervisionStatus(WorkerView w) {
        SupervisionRule rule = supervisionRule(w);
        if (rule == null) {
            return null;
        }
        int last = lastCountingSession(w.chains);
        LocalDate lastDate = last < 0 ? null : w.worker.supervisions().get(last).date();
        LocalDate due = LocalDate.ofEpochDay(supervisionDueDay(w, rule, last));
        Integer daysOverdue = asAt.isAfter(due) ? Integer.valueOf((int) ChronoUnit.DAYS.between(due, asAt)) : null;
        return new SupervisionStatus(w.inNodeOnAsAt.get(0), rule, lastDate, due, daysOverdue);
    }

    private void supervision(WorkerView w) {
        SupervisionRule rule = supervisionRule(w);
        if (rule == null) {
            return;
        }
        supervisionInScope++;
        if (asAtDay > supervisionDueDay(w, rule, lastCountingSession(w.chains))) {
            supervisionOverdue++;
            if (explaining(SUPERVISION_COMPLIANCE, SUPERVISIONS_OVERDUE)) {
                SupervisionStatus status = supervisionStatus(w);
                addRow(status.row(w), status.due());
            }
        }
    }

    /**
     * Sessions held in the period while in the nodes, and the sessions the policy expected: a day under a
     * rule of interval n expects 1/n of a session. The rule can change only where a stint in the nodes
     * starts or ends or an ASYE rule begins or ends, so the period is walked in those segments, not by day.
     */
    private void supervisionsHeld(WorkerView w) {
        WorkerChains chains = w.chains;
        int[] sessionDays = chains.sessionDay;
        long from = periodStart.toEpochDay();
        for (int i = WorkerChains.lastOnOrBefore(sessionDays, asAtDay); i >= 0 && sessionDays[i] >= from; i--) {
            if (chains.sessionMinutes[i] >= config.supervisionMinimumMinutes()
                    && firstStintInNodeOn(w, sessionDays[i]) >= 0) {
                supervisionsHeld++;
            }
        }
        // the segments' bounds as epoch days: a long per bound rather than a LocalDate, a list and a sort of objects
        long end = asAtDay + 1;
        long[] bounds = new long[2 + 2 * w.stints.size() + 2 * supervisionPolicy.asyeRuleCount()];
        int count = 0;
        bounds[count++] = from;
        bounds[count++] = end;
        boolean anyInNode = false;
        for (int s = 0; s < w.stints.size(); s++) {
            if (w.inNode[s] && chains.stintStart[s] <= asAtDay && chains.stintEnd[s] >= from) {
                anyInNode = true;
                bounds[count++] = chains.stintStart[s];
                if (chains.stintEnd[s] != WorkerChains.OPEN) {
                    bounds[count++] = chains.stintEnd[s] + 1L;
                }
            }
        }
        if (explaining(SUPERVISIONS_HELD_VS_EXPECTED)) {
            SupervisionStatus status = supervisionStatus(w);
            if (status != null) {
                addRow(status.row(w), status.due());
            }
        }
        if (!anyInNode) {
            return;
        }
        count = supervisionPolicy.addAsyeBoundaries(w.worker.asyeStartDate(), bounds, count);
        long asyeStartDay = w.worker.asyeStartDate() == null ? SupervisionPolicy.NO_ASYE
                : w.worker.asyeStartDate().toEpochDay();
        Arrays.sort(bounds, 0, count);
        long segmentStart = Long.MIN_VALUE;
        for (int b = 0; b < count; b++) {
            long bound = bounds[b];
            if (bound < from || bound > end) {
                continue;
            }
            if (segmentStart != Long.MIN_VALUE && bound > segmentStart) {
                int first = firstStintInNodeOn(w, segmentStart);
                if (first >= 0) {
                    SupervisionRule rule = supervisionPolicy.ruleOn(asyeStartDay, w.stints.get(first).roleCode(),
                            segmentStart);
                    if (rule != null && rule.supervised()) {
                        supervisedDays.add(rule.intervalDays(), bound - segmentStart);
                    }
                }
            }
            segmentStart = bound;
        }
    }

    private void appraisal(WorkerView w) {
        Stint firstEmployed = null;
        for (int a = 0; a < w.inNodeOnAsAt.size(); a++) {
            Stint stint = w.inNodeOnAsAt.get(a);
            if (stint.employmentType().employed()) {
                firstEmployed = stint;
                break;
            }
        }
        if (firstEmployed == null) {
            return;
        }
        if (w.employedServiceStartDay() > appraisalServiceFromDay) {
            return;
        }
        appraisalInScope++;
        int lastIndex = WorkerChains.lastOnOrBefore(w.chains.appraisalDay, asAtDay);
        if (lastIndex >= 0 && w.chains.appraisalDay[lastIndex] > appraisalCurrentAfterDay) {
            appraisalCompliant++;
            return;
        }
        if (explaining(APPRAISAL_COMPLIANCE, APPRAISALS_OVERDUE)) {
            LocalDate serviceStart = w.employedServiceStart();
            LocalDate last = lastIndex < 0 ? null : w.worker.appraisals().get(lastIndex);
            LocalDate due = last != null ? last.plusMonths(config.appraisalIntervalMonths())
                    : serviceStart.plusMonths(config.appraisalMinimumServiceMonths());
            addRow(w.row().stint(firstEmployed).startDate(serviceStart)
                    .appraisal(last, due, (int) ChronoUnit.DAYS.between(due, asAt)).build(), due);
        }
    }

    private void employedAtYearEnds(WorkerView w) {
        countEmployedOn(w, yearStart, true);
        countEmployedOn(w, asAt, false);
    }

    private void countEmployedOn(WorkerView w, LocalDate date, boolean atYearStart) {
        DecimalSum fte = workerEmployed.reset();
        boolean employed = false;
        boolean socialWorker = false;
        long day = date.toEpochDay();
        for (int s = 0; s < w.stints.size(); s++) {
            if (!w.inNode[s] || !w.chains.activeOn(s, day)) {
                continue;
            }
            Stint stint = w.stints.get(s);
            if (stint.employmentType().employed()) {
                employed = true;
                socialWorker |= stint.qualifiedSocialWork();
                fte.addFte(w.chains, s);
            }
        }
        if (!employed) {
            return;
        }
        if (atYearStart) {
            employedHeadcountAtYearStart++;
            swHeadcountAtYearStart += socialWorker ? 1 : 0;
            employedFteAtYearStart.add(fte);
        } else {
            employedHeadcountAtAsAt++;
            swHeadcountAtAsAt += socialWorker ? 1 : 0;
            employedFteAtAsAt.add(fte);
        }
    }

    /** The employed stints in the nodes on a leaving date; empty when the leaving is not this node's. */
    private List<Stint> employedInNodeOn(WorkerView w, LocalDate date) {
        List<Stint> found = new ArrayList<>(1);
        long day = date.toEpochDay();
        for (int s = 0; s < w.stints.size(); s++) {
            if (w.inNode[s] && w.chains.activeOn(s, day) && w.stints.get(s).employmentType().employed()) {
                found.add(w.stints.get(s));
            }
        }
        return found;
    }

    private void localLeavers(WorkerView w) {
        List<LeavingFact> leavings = w.worker.leavings();
        for (int e = 0; e < leavings.size(); e++) {
            LeavingFact leaving = leavings.get(e);
            if (!DateMath.within(leaving.date(), yearStart, asAt)) {
                continue;
            }
            List<Stint> stints = employedInNodeOn(w, leaving.date());
            if (stints.isEmpty()) {
                continue;
            }
            BigDecimal fte = fteOf(stints);
            boolean socialWorker = false;
            for (int i = 0; i < stints.size(); i++) {
                socialWorker |= stints.get(i).qualifiedSocialWork();
            }
            localLeavers++;
            localLeaversFte = plus(localLeaversFte, fte);
            if (socialWorker) {
                swLocalLeavers++;
            }
            if (explaining(LOCAL_TURNOVER_RATE, LOCAL_TURNOVER_RATE_FTE)
                    || socialWorker && explaining(SOCIAL_WORKER_TURNOVER_RATE)) {
                leavingRow(w, leaving, stints.get(0), fte);
            }
        }
    }

    private static BigDecimal fteOf(List<Stint> stints) {
        BigDecimal fte = BigDecimal.ZERO;
        for (int i = 0; i < stints.size(); i++) {
            fte = plus(fte, stints.get(i).fte());
        }
        return fte;
    }

    private void leavingRow(WorkerView w, LeavingFact leaving, Stint stint, BigDecimal fte) {
        addRow(w.row().stint(stint).fte(fte).leaving(leaving.date(), leaving.reasonCode(),
                leaving.reasonInsideControl(), leaving.exitInterviewHeld()).build(), leaving.date());
    }

    private void exitInterviews(WorkerView w) {
        List<LeavingFact> leavings = w.worker.leavings();
        for (int e = 0; e < leavings.size(); e++) {
            LeavingFact leaving = leavings.get(e);
            if (!DateMath.within(leaving.date(), periodStart, asAt)) {
                continue;
            }
            List<Stint> stints = employedInNodeOn(w, leaving.date());
            if (stints.isEmpty()) {
                continue;
            }
            exitLeavers++;
            if (leaving.exitInterviewHeld()) {
                exitInterviews++;
                if (leaving.reasonCode() != null && leaving.reasonInsideControl() != null) {
                    interviewedWithReason++;
                    if (leaving.reasonInsideControl()) {
                        interviewedInsideControl++;
                    }
                }
            }
            if (explaining(EXIT_INTERVIEWS, EXIT_INTERVIEW_RATE, LEAVERS_INSIDE_CONTROL_RATE)) {
                leavingRow(w, leaving, stints.get(0), fteOf(stints));
            }
        }
    }

    private void sickness(WorkerView w) {
        boolean explain = explaining(SICKNESS_DAYS_PER_FTE, SHORT_TERM_SICKNESS_DAYS_PER_FTE,
                LONG_TERM_SICKNESS_DAYS_PER_FTE);
        WorkerChains c = w.chains;
        long from = yearStartDay;
        for (int e = 0; e < c.absenceFirst.length; e++) {
            if (!c.absenceSickness[e] || c.absenceLast[e] < from || c.absenceFirst[e] > asAtDay) {
                continue;
            }
            BigDecimal weight = employedFteOn(w, Math.max(c.absenceFirst[e], from), false);
            if (weight.signum() == 0) {
                continue;
            }
            BigDecimal inside = daysInside(w, e, from, yearStart);
            boolean prorated = inside != c.absenceDaysLost[e];
            boolean longTerm = c.absenceDaysLost[e].compareTo(config.longTermAbsenceWorkingDays()) >= 0;
            if (longTerm) {
                longTermSickDays.add(inside.multiply(weight), prorated);
            } else {
                shortTermSickDays.add(inside.multiply(weight), prorated);
            }
            boolean wanted = explaining(SICKNESS_DAYS_PER_FTE)
                    || longTerm && explaining(LONG_TERM_SICKNESS_DAYS_PER_FTE)
                    || !longTerm && explaining(SHORT_TERM_SICKNESS_DAYS_PER_FTE);
            if (explain && wanted) {
                absenceRow(w, w.worker.absences().get(e), inside, weight, yearStart);
            }
        }
    }

    private void agencyCost(WorkerView w) {
        for (int s = 0; s < w.stints.size(); s++) {
            Stint stint = w.stints.get(s);
            if (stint.employmentType().employed() || !w.inNode[s]) {
                continue;
            }
            BigDecimal cost = AgencyRules.cost(w.chains, s, periodStartDay, asAtDay);
            if (cost != null) {
                agencyCost = plus(agencyCost, cost);
                if (explaining(AGENCY_COST)) {
                    addRow(agencyRow(w, stint), stint.start());
                }
            }
        }
    }

    private void agencyFlags(WorkerView w) {
        for (int a = 0; a < w.inNodeOnAsAt.size(); a++) {
            Stint stint = w.inNodeOnAsAt.get(a);
            if (stint.employmentType().employed()) {
                continue;
            }
            Set<AgencyRuleFlag> flags = agencyRules.flags(stint, w.stints);
            if (!flags.isEmpty()) {
                agencyFlagged++;
                if (explaining(AGENCY_ASSIGNMENTS_FLAGGED)) {
                    addRow(agencyRow(w, stint), stint.start());
                }
            }
        }
    }

    // ----------------------------------------------------------------------------------------------
    // Totals summed elsewhere (SeriesIndex), turned into figures by the same formulas as a single figure

    void stockTotals(BigDecimal inPostFte, int inPostHeadcount, BigDecimal agencyFte, int agencyHeadcount,
            BigDecimal permanentFteAllRoles, BigDecimal agencyFteAllRoles, int stabilityBase, int stable12,
            int stable24) {
        this.inPostFte.set(inPostFte);
        this.inPostHeadcount = inPostHeadcount;
        this.agencyFte.set(agencyFte);
        this.agencyHeadcount = agencyHeadcount;
        this.permanentFteAllRoles.set(permanentFteAllRoles);
        this.agencyFteAllRoles.set(agencyFteAllRoles);
        this.stabilityBase = stabilityBase;
        this.stable12 = stable12;
        this.stable24 = stable24;
    }

    void caseloadTotals(long cases, BigDecimal caseHoldersFte, int caseHolders, int overThreshold, int asyeInPost,
            int asyeOverThreshold) {
        this.cases = cases;
        this.caseHoldersFte.set(caseHoldersFte);
        this.caseHolders = caseHolders;
        this.overThreshold = overThreshold;
        this.asyeInPost = asyeInPost;
        this.asyeOverThreshold = asyeOverThreshold;
    }

    void supervisionTotals(int inScope, int overdue) {
        this.supervisionInScope = inScope;
        this.supervisionOverdue = overdue;
    }

    // ----------------------------------------------------------------------------------------------
    // Results

    private BigDecimal vacancyFte() {
        if (postSlots != null) {
            return vacancyFteBySlot();
        }
        Map<NodeRole, BigDecimal> postFte = new HashMap<>();
        List<PostFact> posts = facts.posts();
        for (int p = 0; p < posts.size(); p++) {
            PostFact post = posts.get(p);
            if (post.qualifiedSocialWork() && post.activeOn(asAt) && nodes.contains(post.nodeId())) {
                postFte.merge(new NodeRole(post.nodeId(), post.roleCode()), post.fte(), BigDecimal::add);
            }
        }
        BigDecimal vacancy = BigDecimal.ZERO;
        for (Map.Entry<NodeRole, BigDecimal> entry : postFte.entrySet()) {
            BigDecimal filled = employedSwFteByNodeRole.getOrDefault(entry.getKey(), BigDecimal.ZERO);
            vacancy = plus(vacancy, entry.getValue().subtract(filled).max(BigDecimal.ZERO));
        }
        return vacancy;
    }

    /** As {@link #vacancyFte()}, the sums by (node, role) number. */
    private BigDecimal vacancyFteBySlot() {
        BigDecimal[] postFte = new BigDecimal[employedSwFteBySlot.length];
        int[] funded = new int[postFte.length];
        int slots = 0;
        List<PostFact> posts = facts.posts();
        for (int p = 0; p < posts.size(); p++) {
            PostFact post = posts.get(p);
            if (post.qualifiedSocialWork() && post.activeOn(asAt) && nodes.contains(post.nodeId())) {
                int slot = postSlots[p];
                if (postFte[slot] == null) {
                    postFte[slot] = post.fte();
                    funded[slots++] = slot;
                } else {
                    postFte[slot] = postFte[slot].add(post.fte());
                }
            }
        }
        BigDecimal vacancy = BigDecimal.ZERO;
        for (int i = 0; i < slots; i++) {
            int slot = funded[i];
            BigDecimal filled = employedSwFteBySlot[slot] == null ? BigDecimal.ZERO : employedSwFteBySlot[slot];
            vacancy = plus(vacancy, postFte[slot].subtract(filled).max(BigDecimal.ZERO));
        }
        return vacancy;
    }

    /** The absence rate's working days: a full 12 months has 253 (254 with a 29 February), else pro rata. */
    BigDecimal workingDaysInPeriod() {
        if (periodStart.equals(yearStart)) {
            return BigDecimal.valueOf(DateMath.containsLeapDay(periodStart, asAt)
                    ? DfeRates.WORKING_DAYS_IN_YEAR + 1 : DfeRates.WORKING_DAYS_IN_YEAR);
        }
        return BigDecimal.valueOf((long) DfeRates.WORKING_DAYS_IN_YEAR * DateMath.days(periodStart, asAt))
                .divide(BigDecimal.valueOf(365), PRECISE);
    }

    Map<Measure, MeasureValue> values() {
        Map<Measure, MeasureValue> values = new EnumMap<>(Measure.class);
        BigDecimal inPostFte = this.inPostFte.total();
        BigDecimal agencyFte = this.agencyFte.total();
        BigDecimal agencyCoverFte = this.agencyCoverFte.total();
        BigDecimal permanentFteAllRoles = this.permanentFteAllRoles.total();
        BigDecimal agencyFteAllRoles = this.agencyFteAllRoles.total();
        BigDecimal caseHoldersFte = this.caseHoldersFte.total();
        BigDecimal casePoints = this.casePoints.total();
        BigDecimal capacityPoints = this.capacityPoints.total();
        BigDecimal employedFteAtYearStart = this.employedFteAtYearStart.total();
        BigDecimal employedFteAtAsAt = this.employedFteAtAsAt.total();
        if (families.contains(Family.STOCK)) {
            BigDecimal vacancy = vacancyFte();
            fte(values, IN_POST_FTE, inPostFte);
            count(values, IN_POST_HEADCOUNT, inPostHeadcount);
            fte(values, AGENCY_FTE, agencyFte);
            count(values, AGENCY_HEADCOUNT, agencyHeadcount);
            rate(values, AGENCY_RATE, DfeRates.agencyRate(agencyFte, inPostFte), agencyFte, agencyFte.add(inPostFte));
            fte(values, VACANCY_FTE, vacancy);
            rate(values, VACANCY_RATE, DfeRates.vacancyRate(vacancy, inPostFte), vacancy, vacancy.add(inPostFte));
            fte(values, AGENCY_COVER_FTE, agencyCoverFte);
            rate(values, AGENCY_COVER_RATE, DfeRates.agencyCoverRate(agencyCoverFte, agencyFte), agencyCoverFte,
                    agencyFte);
            rate(values, VACANCY_AGENCY_COVER_RATE, DfeRates.vacancyAgencyCoverRate(agencyCoverFte, vacancy),
                    agencyCoverFte, vacancy);
            BigDecimal allFte = permanentFteAllRoles.add(agencyFteAllRoles);
            percent(values, PERMANENCE, permanentFteAllRoles, allFte);
            percent(values, STABILITY_12_MONTHS, BigDecimal.valueOf(stable12), BigDecimal.valueOf(stabilityBase));
            percent(values, STABILITY_24_MONTHS, BigDecimal.valueOf(stable24), BigDecimal.valueOf(stabilityBase));
        }
        if (families.contains(Family.RUNS)) {
            fte(values, STARTERS_FTE, startersFte);
            count(values, STARTERS_HEADCOUNT, startersHeadcount);
            fte(values, LEAVERS_FTE, leaversFte);
            count(values, LEAVERS_HEADCOUNT, leaversHeadcount);
            rate(values, TURNOVER_RATE, DfeRates.turnoverRate(leaversFte, inPostFte), leaversFte, inPostFte);
        }
        if (families.contains(Family.CASELOAD)) {
            BigDecimal caseCount = BigDecimal.valueOf(cases);
            count(values, CASES, cases);
            fte(values, CASE_HOLDERS_FTE, caseHoldersFte);
            rate(values, AVERAGE_CASELOAD, DfeRates.averageCaseload(caseCount, caseHoldersFte), caseCount,
                    caseHoldersFte);
            count(values, WORKERS_OVER_THRESHOLD, overThreshold);
            percent(values, PERCENT_OVER_THRESHOLD, BigDecimal.valueOf(overThreshold), BigDecimal.valueOf(caseHolders));
            count(values, ASYE_OVER_THRESHOLD, asyeOverThreshold);
            percent(values, PERCENT_ASYE_OVER_THRESHOLD, BigDecimal.valueOf(asyeOverThreshold),
                    BigDecimal.valueOf(asyeInPost));
            percent(values, WEIGHTED_CASELOAD, casePoints, capacityPoints);
        }
        if (families.contains(Family.UNALLOCATED)) {
            BigDecimal count = unallocated == null ? null : BigDecimal.valueOf(unallocated);
            values.put(UNALLOCATED_CASES, new MeasureValue(UNALLOCATED_CASES, count, count, null));
        }
        if (families.contains(Family.DFE_ABSENCE)) {
            BigDecimal dfeDaysLost = this.dfeDaysLost.total();
            BigDecimal workingDays = workingDaysInPeriod();
            values.put(WORKING_DAYS_LOST, new MeasureValue(WORKING_DAYS_LOST, oneDecimal(dfeDaysLost), dfeDaysLost,
                    null));
            rate(values, ABSENCE_RATE, DfeRates.absenceRate(dfeDaysLost, inPostFte, workingDays), dfeDaysLost,
                    inPostFte.multiply(workingDays));
        }
        if (families.contains(Family.SUPERVISION)) {
            percent(values, SUPERVISION_COMPLIANCE, BigDecimal.valueOf(supervisionInScope - supervisionOverdue),
                    BigDecimal.valueOf(supervisionInScope));
            count(values, SUPERVISIONS_OVERDUE, supervisionOverdue);
        }
        if (families.contains(Family.SUPERVISION_HELD)) {
            BigDecimal expected = BigDecimal.ZERO;
            for (int i = 0; i < supervisedDays.size(); i++) {
                expected = plus(expected, BigDecimal.valueOf(supervisedDays.days(i))
                        .divide(BigDecimal.valueOf(supervisedDays.interval(i)), PRECISE));
            }
            percent(values, SUPERVISIONS_HELD_VS_EXPECTED, BigDecimal.valueOf(supervisionsHeld), expected);
        }
        if (families.contains(Family.APPRAISAL)) {
            percent(values, APPRAISAL_COMPLIANCE, BigDecimal.valueOf(appraisalCompliant),
                    BigDecimal.valueOf(appraisalInScope));
            count(values, APPRAISALS_OVERDUE, appraisalInScope - appraisalCompliant);
        }
        if (families.contains(Family.LOCAL_TURNOVER)) {
            // leavers / ((start + end) / 2) x 100 = leavers x 2 / (start + end) x 100: one exact division
            BigDecimal two = BigDecimal.valueOf(2);
            percent(values, LOCAL_TURNOVER_RATE, BigDecimal.valueOf(localLeavers).multiply(two),
                    BigDecimal.valueOf(employedHeadcountAtYearStart + employedHeadcountAtAsAt));
            percent(values, LOCAL_TURNOVER_RATE_FTE, localLeaversFte.multiply(two),
                    employedFteAtYearStart.add(employedFteAtAsAt));
            percent(values, SOCIAL_WORKER_TURNOVER_RATE, BigDecimal.valueOf(swLocalLeavers).multiply(two),
                    BigDecimal.valueOf(swHeadcountAtYearStart + swHeadcountAtAsAt));
        }
        if (families.contains(Family.EXIT)) {
            count(values, EXIT_INTERVIEWS, exitInterviews);
            percent(values, EXIT_INTERVIEW_RATE, BigDecimal.valueOf(exitInterviews), BigDecimal.valueOf(exitLeavers));
            percent(values, LEAVERS_INSIDE_CONTROL_RATE, BigDecimal.valueOf(interviewedInsideControl),
                    BigDecimal.valueOf(interviewedWithReason));
        }
        if (families.contains(Family.SICKNESS)) {
            // days / ((start FTE + end FTE) / 2) = days x 2 / (start FTE + end FTE)
            BigDecimal twiceAverageFte = employedFteAtYearStart.add(employedFteAtAsAt);
            BigDecimal shortTermSickDays = this.shortTermSickDays.total();
            BigDecimal longTermSickDays = this.longTermSickDays.total();
            BigDecimal two = BigDecimal.valueOf(2);
            ratio(values, SICKNESS_DAYS_PER_FTE, shortTermSickDays.add(longTermSickDays).multiply(two),
                    twiceAverageFte);
            ratio(values, SHORT_TERM_SICKNESS_DAYS_PER_FTE, shortTermSickDays.multiply(two), twiceAverageFte);
            ratio(values, LONG_TERM_SICKNESS_DAYS_PER_FTE, longTermSickDays.multiply(two), twiceAverageFte);
        }
        if (families.contains(Family.AGENCY_COST)) {
            values.put(AGENCY_COST, new MeasureValue(AGENCY_COST, AgencyRules.shownMoney(agencyCost), agencyCost, null));
        }
        if (families.contains(Family.AGENCY_FLAGS)) {
            count(values, AGENCY_ASSIGNMENTS_FLAGGED, agencyFlagged);
        }
        return values;
    }

    private static BigDecimal oneDecimal(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_UP);
    }

    private static void fte(Map<Measure, MeasureValue> values, Measure measure, BigDecimal total) {
        values.put(measure, new MeasureValue(measure, oneDecimal(total), total, null));
    }

    private static void count(Map<Measure, MeasureValue> values, Measure measure, long count) {
        BigDecimal value = BigDecimal.valueOf(count);
        values.put(measure, new MeasureValue(measure, value, value, null));
    }

    private static void rate(Map<Measure, MeasureValue> values, Measure measure, BigDecimal rate,
            BigDecimal numerator, BigDecimal denominator) {
        values.put(measure, new MeasureValue(measure, rate, numerator, denominator));
    }

    private static void percent(Map<Measure, MeasureValue> values, Measure measure, BigDecimal numerator,
            BigDecimal denominator) {
        values.put(measure, new MeasureValue(measure, Rounding.decimalRatio(numerator.multiply(HUNDRED), denominator),
                numerator, denominator));
    }

    private static void ratio(Map<Measure, MeasureValue> values, Measure measure, BigDecimal numerator,
            BigDecimal denominator) {
        values.put(measure, new MeasureValue(measure, Rounding.decimalRatio(numerator, denominator), numerator,
                denominator));
    }

    private static final Comparator<String> NAME_ORDER = Comparator.nullsLast(
            String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder()));

    private static final Comparator<SortableRow> ROW_ORDER = Comparator
            .comparing((SortableRow r) -> r.row().familyName(), NAME_ORDER)
            .thenComparing(r -> r.row().givenName(), NAME_ORDER)
            .thenComparing(SortableRow::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(r -> r.row().workerId(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(r -> r.row().assignmentId(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(r -> r.row().absenceId(), Comparator.nullsLast(Comparator.naturalOrder()));

    /** The rows recorded for the explained measure: by name then date; overdue supervision most overdue first. */
    List<ExplanationRow> rows() {
        Comparator<SortableRow> order = ROW_ORDER;
        if (explained == SUPERVISION_COMPLIANCE || explained == SUPERVISIONS_OVERDUE) {
            order = Comparator.comparing((SortableRow r) -> r.row().daysOverdue(),
                    Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(ROW_ORDER);
        }
        List<SortableRow> sorted = new ArrayList<>(rows);
        sorted.sort(order);
        return sorted.stream().map(SortableRow::row).toList();
    }
}

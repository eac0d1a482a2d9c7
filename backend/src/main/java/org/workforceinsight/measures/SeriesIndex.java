package org.workforceinsight.measures;

import static org.workforceinsight.measures.Measure.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.workforceinsight.measures.MeasureConfig.SupervisionRule;
import org.workforceinsight.measures.WorkforceFacts.Stint;
import org.workforceinsight.measures.WorkforceFacts.SupervisionFact;
import org.workforceinsight.measures.WorkforceFacts.WorkerHistory;

/**
 * The kept facts as plain arrays per worker, built once per data version, from which a series of a stock,
 * caseload or supervision measure is computed in one pass over the workers: dates as epoch days, FTE as
 * whole hundredths (or whatever scale the data has), each worker's continuous-service chains and counting
 * supervision dates worked out once rather than at every point. A worker is visited only at the points one
 * of their stints in the nodes is active on, which is also the only place these families can count them.
 *
 * <p>Each point's totals go through {@link MeasureCalculation#values()}, the same formulas as a single
 * figure, so a series point equals the figure asked for as at its date (MeasureReadModelEquivalenceTest
 * checks every measure this serves against the general engine). Measures it does not serve (vacancies and
 * agency cover need posts, weighted caseload the case-type weights; period measures) return null from
 * {@link #series} and the caller uses {@link MeasureEngine#series}.
 */
final class SeriesIndex {

    private static final int OPEN = Integer.MAX_VALUE;
    private static final int NONE = Integer.MIN_VALUE;

    /** The measures computed here; every one is in the STOCK, CASELOAD or SUPERVISION family alone. */
    static final Set<Measure> SERVED = EnumSet.of(IN_POST_FTE, IN_POST_HEADCOUNT, AGENCY_FTE, AGENCY_HEADCOUNT,
            AGENCY_RATE, PERMANENCE, STABILITY_12_MONTHS, STABILITY_24_MONTHS, CASES, CASE_HOLDERS_FTE,
            AVERAGE_CASELOAD, WORKERS_OVER_THRESHOLD, PERCENT_OVER_THRESHOLD, ASYE_OVER_THRESHOLD,
            PERCENT_ASYE_OVER_THRESHOLD, SUPERVISION_COMPLIANCE, SUPERVISIONS_OVERDUE);

    /** One worker's stints in start order and what the families read about them, as ints. */
    private static final class Worker {
        int[] start;
        int[] end;
        int[] node;
        long[] fte;
        boolean[] employed;
        boolean[] socialWork;
        /** Caseload threshold of the stint's role, {@link #NONE} when the role has none. */
        int[] threshold;
        /** Supervision rule of the stint's role outside any ASYE rule (may be null). */
        SupervisionRule[] roleRule;
        /** ASYE start as an epoch day, {@link #NONE} without one; the day the ASYE's 12 months end (exclusive). */
        int asyeStart;
        int asyeEnd;
        int[] employedChainStart;
        int[] employedChainEnd;
        int[] anyChainStart;
        int[] anyChainEnd;
        CaseloadColumns caseloads;
        /** Days of the sessions that count (the minimum length or more), ascending. */
        int[] sessions;
    }

    private final Worker[] workers;
    private final Map<UUID, Integer> nodeIndex = new HashMap<>();
    private final int[][] workersByNode;
    /** As {@link #workersByNode}, only the workers two of whose stints overlap in time (see {@link DayTable}). */
    private final int[][] overlappingByNode;
    /** Each node's CASELOAD and SUPERVISION totals by day; null when none could be built. */
    private final DayTable caseloadDays;
    private final DayTable supervisionDays;
    /** Digits after the point of every FTE: the scale the totals are given back at. */
    private final int fteScale;
    private final boolean usable;

    SeriesIndex(WorkforceFacts facts, MeasureConfig config) {
        int scale = 0;
        for (WorkerHistory worker : facts.workers()) {
            for (Stint stint : worker.stints()) {
                scale = Math.max(scale, stint.fte().scale());
            }
        }
        this.fteScale = scale;
        SupervisionPolicy policy = new SupervisionPolicy(config.supervisionRules());
        List<Worker> built = new ArrayList<>(facts.workers().size());
        boolean columns = true;
        for (WorkerHistory history : facts.workers()) {
            WorkerChains chains = WorkerChains.of(facts, history);
            int n = chains.stints.size();
            Worker w = new Worker();
            w.start = new int[n];
            w.end = new int[n];
            w.node = new int[n];
            w.fte = new long[n];
            w.employed = new boolean[n];
            w.socialWork = new boolean[n];
            w.threshold = new int[n];
            w.roleRule = new SupervisionRule[n];
            for (int i = 0; i < n; i++) {
                Stint stint = chains.stints.get(i);
                w.start[i] = day(stint.start());
                w.end[i] = stint.end() == null ? OPEN : day(stint.end());
                w.node[i] = nodeIndex.computeIfAbsent(stint.nodeId(), k -> nodeIndex.size());
                w.fte[i] = stint.fte().movePointRight(scale).longValueExact();
                w.employed[i] = stint.employmentType().employed();
                w.socialWork[i] = stint.qualifiedSocialWork();
                Integer threshold = config.caseloadThresholds().get(stint.roleCode());
                w.threshold[i] = threshold == null ? NONE : threshold;
                // a day before any ASYE: the rule for the role alone
                w.roleRule[i] = policy.ruleOn(null, stint.roleCode(), stint.start());
            }
            if (history.asyeStartDate() != null) {
                w.asyeStart = day(history.asyeStartDate());
                w.asyeEnd = day(history.asyeStartDate().plusMonths(12));
            } else {
                w.asyeStart = NONE;
                w.asyeEnd = NONE;
            }
            List<StintChain> employed = chains.employed();
            w.employedChainStart = new int[employed.size()];
            w.employedChainEnd = new int[employed.size()];
            for (int i = 0; i < employed.size(); i++) {
                w.employedChainStart[i] = day(employed.get(i).start());
                w.employedChainEnd[i] = employed.get(i).end() == null ? OPEN : day(employed.get(i).end());
            }
            List<StintChain> any = chains.all();
            w.anyChainStart = new int[any.size()];
            w.anyChainEnd = new int[any.size()];
            for (int i = 0; i < any.size(); i++) {
                w.anyChainStart[i] = day(any.get(i).start());
                w.anyChainEnd[i] = any.get(i).end() == null ? OPEN : day(any.get(i).end());
            }
            if (history.caseloads() instanceof CaseloadColumns c) {
                w.caseloads = c;
            } else {
                columns = history.caseloads().isEmpty() && columns;
                w.caseloads = new CaseloadColumns(new int[0], new int[0], null);
            }
            int counting = 0;
            int[] sessions = new int[history.supervisions().size()];
            for (SupervisionFact session : history.supervisions()) {
                if (session.durationMinutes() >= config.supervisionMinimumMinutes()) {
                    sessions[counting++] = day(session.date());
                }
            }
            w.sessions = java.util.Arrays.copyOf(sessions, counting);
            built.add(w);
        }
        this.workers = built.toArray(new Worker[0]);
        this.usable = columns;
        this.workersByNode = workersByNode(this.workers, nodeIndex.size());
        boolean[] overlapping = new boolean[workers.length];
        for (int w = 0; w < workers.length; w++) {
            overlapping[w] = stintsOverlap(workers[w]);
        }
        this.overlappingByNode = new int[workersByNode.length][];
        for (int node = 0; node < workersByNode.length; node++) {
            overlappingByNode[node] = java.util.Arrays.stream(workersByNode[node]).filter(w -> overlapping[w]).toArray();
        }
        int[] range = usable ? dayRange(overlapping) : null;
        int asyeThreshold = config.asyeCaseloadThreshold();
        this.caseloadDays = range == null ? null
                : DayTable.build(this, MeasureCalculation.Family.CASELOAD, policy, asyeThreshold, range, overlapping);
        this.supervisionDays = range == null ? null
                : DayTable.build(this, MeasureCalculation.Family.SUPERVISION, policy, asyeThreshold, range, overlapping);
    }

    /** Whether the caseload and supervision day tables were built (for tests). */
    boolean dayTablesBuilt() {
        return caseloadDays != null && supervisionDays != null;
    }

    /** Whether two of the worker's stints share a day (their stints are in start order). */
    private static boolean stintsOverlap(Worker w) {
        long latestEnd = Long.MIN_VALUE;
        for (int s = 0; s < w.start.length; s++) {
            if (w.start[s] <= latestEnd) {
                return true;
            }
            latestEnd = Math.max(latestEnd, w.end[s]);
        }
        return false;
    }

    /** Years of days a table keeps at most: older points are computed worker by worker. */
    private static final int TABLE_YEARS = 25;

    /**
     * The days the tables cover, {first, last}: from the first day of any stint (capped at {@link #TABLE_YEARS})
     * to a year after the last dated fact, or null when there are no stints.
     */
    private int[] dayRange(boolean[] overlapping) {
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (int w = 0; w < workers.length; w++) {
            Worker worker = workers[w];
            for (int s = 0; s < worker.start.length; s++) {
                if (!overlapping[w]) {
                    first = Math.min(first, worker.start[s]);
                }
                last = Math.max(last, worker.start[s]);
                if (worker.end[s] != OPEN) {
                    last = Math.max(last, worker.end[s]);
                }
            }
            if (worker.asyeEnd != NONE) {
                last = Math.max(last, worker.asyeEnd);
            }
            int[] days = worker.caseloads.days;
            if (days.length > 0) {
                last = Math.max(last, days[days.length - 1]);
            }
            if (worker.sessions.length > 0) {
                last = Math.max(last, worker.sessions[worker.sessions.length - 1]);
            }
        }
        if (first == Long.MAX_VALUE) {
            return null;
        }
        last += 366;
        first = Math.max(first, last - TABLE_YEARS * 366L);
        return new int[] {Math.toIntExact(first), Math.toIntExact(last)};
    }

    /** For each node (by its index), the workers (by their index) with a stint in it, ascending. */
    private static int[][] workersByNode(Worker[] workers, int nodes) {
        int[] counts = new int[nodes];
        int[] lastCounted = new int[nodes];
        java.util.Arrays.fill(lastCounted, -1);
        for (int w = 0; w < workers.length; w++) {
            for (int node : workers[w].node) {
                if (lastCounted[node] != w) {
                    lastCounted[node] = w;
                    counts[node]++;
                }
            }
        }
        int[][] byNode = new int[nodes][];
        for (int node = 0; node < nodes; node++) {
            byNode[node] = new int[counts[node]];
        }
        int[] filled = new int[nodes];
        for (int w = 0; w < workers.length; w++) {
            for (int node : workers[w].node) {
                int at = filled[node];
                if (at == 0 || byNode[node][at - 1] != w) {
                    byNode[node][filled[node]++] = w;
                }
            }
        }
        return byNode;
    }

    /**
     * The workers listed under one of the nodes in {@code byNode} (by index, ascending and each once): only
     * they can count for the nodes, so a team's or a service's figures visit its own workers rather than the
     * whole council's.
     */
    private int[] workersIn(boolean[] inNodes, int[][] byNode) {
        int listed = 0;
        int lists = 0;
        int only = -1;
        for (int node = 0; node < inNodes.length; node++) {
            if (inNodes[node] && byNode[node].length > 0) {
                listed += byNode[node].length;
                lists++;
                only = node;
            }
        }
        if (lists <= 1) {
            return lists == 0 ? new int[0] : byNode[only];
        }
        int[] chosen = new int[listed];
        int count = 0;
        for (int node = 0; node < inNodes.length; node++) {
            if (inNodes[node]) {
                System.arraycopy(byNode[node], 0, chosen, count, byNode[node].length);
                count += byNode[node].length;
            }
        }
        java.util.Arrays.sort(chosen);
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            if (distinct == 0 || chosen[distinct - 1] != chosen[i]) {
                chosen[distinct++] = chosen[i];
            }
        }
        return distinct == chosen.length ? chosen : java.util.Arrays.copyOf(chosen, distinct);
    }

    private static int day(java.time.LocalDate date) {
        return Math.toIntExact(date.toEpochDay());
    }

    /**
     * The measure at each point, or null when this index does not serve it (the caller then uses the
     * general engine).
     */
    List<MeasureValue> series(MeasureEngine engine, Measure measure, Set<UUID> nodeIds,
            List<SeriesBuckets.Point> points) {
        return series(engine, measure, nodeIds, points, AUTOMATIC);
    }

    /** Parts chosen by the number of workers visited: one core for a team, every core for a large council. */
    static final int AUTOMATIC = 0;

    /** Councils smaller than this are computed on the calling thread alone: handing over would cost more. */
    static final int PARALLEL_FROM = 2_000;

    /**
     * As {@link #series(MeasureEngine, Measure, Set, List)}, the workers split into {@code parts} parts (or as
     * many as {@link #AUTOMATIC} chooses).
     */
    List<MeasureValue> series(MeasureEngine engine, Measure measure, Set<UUID> nodeIds,
            List<SeriesBuckets.Point> points, int parts) {
        if (!usable || !SERVED.contains(measure) || points.isEmpty()) {
            return null;
        }
        int count = points.size();
        int[] asAt = new int[count];
        for (int p = 0; p < count; p++) {
            asAt[p] = day(points.get(p).asAt());
            if (p > 0 && asAt[p] < asAt[p - 1]) {
                return null;
            }
        }
        boolean[] inNodes = new boolean[nodeIndex.size()];
        for (UUID id : nodeIds) {
            Integer index = nodeIndex.get(id);
            if (index != null) {
                inNodes[index] = true;
            }
        }
        MeasureCalculation.Family family = MeasureCalculation.FAMILY.get(measure);
        Totals totals = totals(engine, asAt, inNodes, family, points, parts);
        List<MeasureValue> values = new ArrayList<>(count);
        for (int p = 0; p < count; p++) {
            SeriesBuckets.Point point = points.get(p);
            MeasureCalculation calculation = engine.calculationFor(family, point.asAt(), point.periodStart());
            switch (family) {
                case STOCK -> calculation.stockTotals(fte(totals.inPostFte[p]), totals.inPostHeadcount[p],
                        fte(totals.agencyFte[p]), totals.agencyHeadcount[p], fte(totals.employedAll[p]),
                        fte(totals.agencyAll[p]), totals.stabilityBase[p], totals.stable12[p], totals.stable24[p]);
                case CASELOAD -> calculation.caseloadTotals(totals.cases[p], fte(totals.caseHoldersFte[p]),
                        totals.caseHolders[p], totals.overThreshold[p], totals.asyeInPost[p],
                        totals.asyeOverThreshold[p]);
                case SUPERVISION -> calculation.supervisionTotals(totals.supervisionInScope[p],
                        totals.supervisionOverdue[p]);
                default -> throw new IllegalStateException("not served here: " + family);
            }
            values.add(calculation.values().get(measure));
        }
        return values;
    }

    /**
     * Each point's totals over every worker: the workers in {@code parts} consecutive slices, each slice's
     * totals on a core of its own, then added up (every total is a sum over workers, so the order of adding
     * does not matter).
     */
    private Totals totals(MeasureEngine engine, int[] asAt, boolean[] inNodes, MeasureCalculation.Family family,
            List<SeriesBuckets.Point> points, int parts) {
        DayTable table = family == MeasureCalculation.Family.CASELOAD ? caseloadDays
                : family == MeasureCalculation.Family.SUPERVISION ? supervisionDays : null;
        if (table != null && table.covers(asAt)) {
            Totals sum = new Totals(asAt.length);
            for (int node = 0; node < inNodes.length; node++) {
                if (inNodes[node]) {
                    table.addInto(node, asAt, sum);
                }
            }
            Pass pass = new Pass(engine.supervisionPolicy(), engine.config().asyeCaseloadThreshold(), asAt, null, null,
                    inNodes, family, sum);
            for (int w : workersIn(inNodes, overlappingByNode)) {
                pass.visit(workers[w]);
            }
            return sum;
        }
        int[] twelveMonthsBefore = null;
        int[] twentyFourMonthsBefore = null;
        if (family == MeasureCalculation.Family.STOCK) {
            twelveMonthsBefore = new int[asAt.length];
            twentyFourMonthsBefore = new int[asAt.length];
            for (int p = 0; p < asAt.length; p++) {
                twelveMonthsBefore[p] = day(points.get(p).asAt().minusMonths(12));
                twentyFourMonthsBefore[p] = day(points.get(p).asAt().minusMonths(24));
            }
        }
        int[] twelve = twelveMonthsBefore;
        int[] twentyFour = twentyFourMonthsBefore;
        int[] chosen = workersIn(inNodes, workersByNode);
        int wanted = parts != AUTOMATIC ? parts : chosen.length >= PARALLEL_FROM ? ParallelWork.PARTS : 1;
        int slices = Math.max(1, Math.min(wanted, chosen.length));
        List<java.util.function.Supplier<Totals>> tasks = new ArrayList<>(slices);
        for (int slice = 0; slice < slices; slice++) {
            int from = (int) ((long) chosen.length * slice / slices);
            int to = (int) ((long) chosen.length * (slice + 1) / slices);
            tasks.add(() -> {
                Totals sliceTotals = new Totals(asAt.length);
                Pass pass = new Pass(engine.supervisionPolicy(), engine.config().asyeCaseloadThreshold(), asAt, twelve,
                        twentyFour, inNodes, family, sliceTotals);
                for (int i = from; i < to; i++) {
                    pass.visit(workers[chosen[i]]);
                }
                pass.finish();
                return sliceTotals;
            });
        }
        List<Totals> sliceTotals = slices == 1 ? List.of(tasks.get(0).get()) : ParallelWork.all(tasks);
        Totals sum = sliceTotals.get(0);
        for (int i = 1; i < sliceTotals.size(); i++) {
            sum.add(sliceTotals.get(i));
        }
        return sum;
    }

    private BigDecimal fte(long units) {
        return BigDecimal.valueOf(units, fteScale);
    }

    /** Per point running totals of the three families. */
    private static final class Totals {
        final long[] inPostFte;
        final int[] inPostHeadcount;
        final long[] agencyFte;
        final int[] agencyHeadcount;
        final long[] employedAll;
        final long[] agencyAll;
        final int[] stabilityBase;
        final int[] stable12;
        final int[] stable24;
        final long[] cases;
        final long[] caseHoldersFte;
        final int[] caseHolders;
        final int[] overThreshold;
        final int[] asyeInPost;
        final int[] asyeOverThreshold;
        final int[] supervisionInScope;
        final int[] supervisionOverdue;

        Totals(int n) {
            inPostFte = new long[n];
            inPostHeadcount = new int[n];
            agencyFte = new long[n];
            agencyHeadcount = new int[n];
            employedAll = new long[n];
            agencyAll = new long[n];
            stabilityBase = new int[n];
            stable12 = new int[n];
            stable24 = new int[n];
            cases = new long[n];
            caseHoldersFte = new long[n];
            caseHolders = new int[n];
            overThreshold = new int[n];
            asyeInPost = new int[n];
            asyeOverThreshold = new int[n];
            supervisionInScope = new int[n];
            supervisionOverdue = new int[n];
        }

        /** Adds another slice of workers' totals to these. */
        void add(Totals other) {
            add(inPostFte, other.inPostFte);
            add(inPostHeadcount, other.inPostHeadcount);
            add(agencyFte, other.agencyFte);
            add(agencyHeadcount, other.agencyHeadcount);
            add(employedAll, other.employedAll);
            add(agencyAll, other.agencyAll);
            add(stabilityBase, other.stabilityBase);
            add(stable12, other.stable12);
            add(stable24, other.stable24);
            add(cases, other.cases);
            add(caseHoldersFte, other.caseHoldersFte);
            add(caseHolders, other.caseHolders);
            add(overThreshold, other.overThreshold);
            add(asyeInPost, other.asyeInPost);
            add(asyeOverThreshold, other.asyeOverThreshold);
            add(supervisionInScope, other.supervisionInScope);
            add(supervisionOverdue, other.supervisionOverdue);
        }

        private static void add(long[] into, long[] from) {
            for (int i = 0; i < into.length; i++) {
                into[i] += from[i];
            }
        }

        private static void add(int[] into, int[] from) {
            for (int i = 0; i < into.length; i++) {
                into[i] += from[i];
            }
        }
    }

    /** Difference arrays of the STOCK totals: adding v to the points [from, to) is two writes. */
    private static final class StockDiffs {
        static final int TOTALS = 9;
        final int inPostFte = 0;
        final int inPostHeadcount = 1;
        final int agencyFte = 2;
        final int agencyHeadcount = 3;
        final int employedAll = 4;
        final int agencyAll = 5;
        final int stabilityBase = 6;
        final int stable12 = 7;
        final int stable24 = 8;
        final long[][] diff;

        StockDiffs(int points) {
            diff = new long[TOTALS][points + 1];
        }

        void add(int total, int from, int to, long value) {
            if (from < to && value != 0) {
                diff[total][from] += value;
                diff[total][to] -= value;
            }
        }
    }

    /** One series request: visits each worker at the points they are in the nodes. */
    private static final class Pass {
        private final int[] asAt;
        private final int[] twelveMonthsBefore;
        private final int[] twentyFourMonthsBefore;
        private final boolean[] inNodes;
        private final MeasureCalculation.Family family;
        private final Totals totals;
        private final SupervisionPolicy policy;
        private final int asyeThreshold;
        /** Stint indexes of the current worker active on the point in the nodes, in start order. */
        private int[] active = new int[8];
        private int[] seenBy;
        private int workerNumber;
        /**
         * The worker's last snapshot and counting session on or before the current point: a worker's
         * points are visited in ascending order (their stints are in start order and a point is visited
         * once), so each moves forward only, and a worker's whole series reads each snapshot once.
         */
        private int caseloadCursor;
        private int sessionCursor;

        Pass(SupervisionPolicy policy, int asyeThreshold, int[] asAt, int[] twelveMonthsBefore,
                int[] twentyFourMonthsBefore, boolean[] inNodes, MeasureCalculation.Family family, Totals totals) {
            this.asAt = asAt;
            this.inNodes = inNodes;
            this.family = family;
            this.totals = totals;
            this.policy = policy;
            this.asyeThreshold = asyeThreshold;
            this.seenBy = new int[asAt.length];
            this.twelveMonthsBefore = twelveMonthsBefore;
            this.twentyFourMonthsBefore = twentyFourMonthsBefore;
        }

        void visit(Worker w) {
            workerNumber++;
            caseloadCursor = -1;
            sessionCursor = -1;
            int n = w.start.length;
            if (active.length < n) {
                active = new int[n];
            }
            if (family == MeasureCalculation.Family.STOCK) {
                stockRuns(w);
                return;
            }
            for (int s = 0; s < n; s++) {
                if (!inNodes[w.node[s]]) {
                    continue;
                }
                int first = firstOnOrAfter(asAt, w.start[s]);
                int last = w.end[s] == OPEN ? asAt.length - 1 : firstOnOrAfter(asAt, (long) w.end[s] + 1) - 1;
                for (int p = first; p <= last; p++) {
                    if (seenBy[p] != workerNumber) {
                        seenBy[p] = workerNumber;
                        point(w, p);
                    }
                }
            }
        }

        /**
         * The STOCK family by runs of points rather than point by point: a worker's stock figures change only
         * where one of their stints in the nodes starts or ends, and their stability where their employment
         * reaches 12 and 24 months, so each run of points between those days gets the worker's contribution
         * once (into difference arrays, summed up in {@link #finish}). A five-year weekly series then costs a
         * few steps per worker instead of one per point.
         */
        private void stockRuns(Worker w) {
            int n = w.start.length;
            if (bounds.length < 2 * n) {
                bounds = new int[2 * n];
            }
            int count = 0;
            for (int s = 0; s < n; s++) {
                if (inNodes[w.node[s]]) {
                    bounds[count++] = w.start[s];
                    if (w.end[s] != OPEN) {
                        bounds[count++] = w.end[s] + 1;
                    }
                }
            }
            if (count == 0) {
                return;
            }
            java.util.Arrays.sort(bounds, 0, count);
            for (int i = 0; i < count; i++) {
                if (i + 1 < count && bounds[i + 1] == bounds[i]) {
                    continue;
                }
                int from = firstOnOrAfter(asAt, bounds[i]);
                int next = i + 1 < count ? firstOnOrAfter(asAt, bounds[i + 1]) : asAt.length;
                if (from < next) {
                    stockRun(w, from, next);
                }
            }
        }

        /** The worker's STOCK contribution to the points [from, to), over which their active stints stay the same. */
        private void stockRun(Worker w, int from, int to) {
            int day = asAt[from];
            long employedSw = 0;
            long employedAll = 0;
            long agencyAll = 0;
            long agencySwFte = 0;
            boolean anyActive = false;
            boolean anyEmployedSw = false;
            boolean anyEmployed = false;
            boolean agencySw = false;
            for (int s = 0; s < w.start.length; s++) {
                if (!inNodes[w.node[s]] || w.start[s] > day || day > w.end[s]) {
                    continue;
                }
                anyActive = true;
                if (w.employed[s]) {
                    employedAll += w.fte[s];
                    anyEmployed = true;
                    if (w.socialWork[s]) {
                        employedSw += w.fte[s];
                        anyEmployedSw = true;
                    }
                } else {
                    agencyAll += w.fte[s];
                    if (w.socialWork[s]) {
                        agencySw = true;
                        agencySwFte += w.fte[s];
                    }
                }
            }
            if (!anyActive) {
                return;
            }
            StockDiffs d = stockDiffs();
            if (anyEmployedSw) {
                d.add(d.inPostFte, from, to, employedSw);
                d.add(d.inPostHeadcount, from, to, 1);
            }
            if (agencySw) {
                d.add(d.agencyHeadcount, from, to, 1);
            }
            d.add(d.agencyFte, from, to, agencySwFte);
            d.add(d.employedAll, from, to, employedAll);
            d.add(d.agencyAll, from, to, agencyAll);
            if (anyEmployed) {
                // one employed chain covers the whole run: an employed stint in the nodes is active throughout
                int start = chainStart(w.employedChainStart, w.employedChainEnd, day);
                d.add(d.stabilityBase, from, to, 1);
                d.add(d.stable12, Math.max(from, firstOnOrAfter(twelveMonthsBefore, start)), to, 1);
                d.add(d.stable24, Math.max(from, firstOnOrAfter(twentyFourMonthsBefore, start)), to, 1);
            }
        }

        private int[] bounds = new int[8];
        private StockDiffs stockDiffs;

        private StockDiffs stockDiffs() {
            if (stockDiffs == null) {
                stockDiffs = new StockDiffs(asAt.length);
            }
            return stockDiffs;
        }

        /** After the last worker: the runs' difference arrays summed into each point's totals. */
        void finish() {
            if (stockDiffs == null) {
                return;
            }
            StockDiffs d = stockDiffs;
            long[] running = new long[StockDiffs.TOTALS];
            for (int p = 0; p < asAt.length; p++) {
                for (int t = 0; t < StockDiffs.TOTALS; t++) {
                    running[t] += d.diff[t][p];
                }
                totals.inPostFte[p] += running[d.inPostFte];
                totals.inPostHeadcount[p] += (int) running[d.inPostHeadcount];
                totals.agencyFte[p] += running[d.agencyFte];
                totals.agencyHeadcount[p] += (int) running[d.agencyHeadcount];
                totals.employedAll[p] += running[d.employedAll];
                totals.agencyAll[p] += running[d.agencyAll];
                totals.stabilityBase[p] += (int) running[d.stabilityBase];
                totals.stable12[p] += (int) running[d.stable12];
                totals.stable24[p] += (int) running[d.stable24];
            }
        }

        /** The worker as at point p, where at least one of their stints in the nodes is active. */
        private void point(Worker w, int p) {
            int day = asAt[p];
            int found = 0;
            for (int s = 0; s < w.start.length; s++) {
                if (inNodes[w.node[s]] && w.start[s] <= day && day <= w.end[s]) {
                    active[found++] = s;
                }
            }
            switch (family) {
                case CASELOAD -> caseload(w, p, day, found);
                case SUPERVISION -> supervision(w, p, day, found);
                default -> throw new IllegalStateException("not served here: " + family);
            }
        }

        private void caseload(Worker w, int p, int day, int found) {
            boolean asye = w.asyeStart != NONE && w.asyeStart <= day && day < w.asyeEnd;
            if (asye) {
                totals.asyeInPost[p]++;
            }
            int[] days = w.caseloads.days;
            while (caseloadCursor + 1 < days.length && days[caseloadCursor + 1] <= day) {
                caseloadCursor++;
            }
            int index = caseloadCursor;
            int held = index < 0 || days[index] < day - 6 ? 0 : w.caseloads.cases[index];
            if (held < 1) {
                return;
            }
            long swFte = 0;
            boolean socialWorker = false;
            for (int i = 0; i < found; i++) {
                int s = active[i];
                if (w.socialWork[s]) {
                    socialWorker = true;
                    swFte += w.fte[s];
                }
            }
            if (socialWorker) {
                totals.cases[p] += held;
                totals.caseHoldersFte[p] += swFte;
            }
            totals.caseHolders[p]++;
            int threshold = asye ? asyeThreshold : w.threshold[active[0]];
            if (threshold != NONE && held > threshold) {
                totals.overThreshold[p]++;
            }
            if (asye && held > asyeThreshold) {
                totals.asyeOverThreshold[p]++;
            }
        }

        private void supervision(Worker w, int p, int day, int found) {
            int first = active[0];
            SupervisionRule rule = w.asyeStart != NONE && w.asyeStart <= day
                    ? policy.asyeRuleOn(day - w.asyeStart) : null;
            if (rule == null) {
                rule = w.roleRule[first];
            }
            if (rule == null || !rule.supervised()) {
                return;
            }
            while (sessionCursor + 1 < w.sessions.length && w.sessions[sessionCursor + 1] <= day) {
                sessionCursor++;
            }
            int last = sessionCursor;
            long from = last >= 0 ? w.sessions[last] : chainStart(w.anyChainStart, w.anyChainEnd, day);
            long due = from + rule.intervalDays();
            totals.supervisionInScope[p]++;
            if (day > due) {
                totals.supervisionOverdue[p]++;
            }
        }

        /** Start of the chain covering the day (one always does: an active stint is in one). */
        private static int chainStart(int[] starts, int[] ends, int day) {
            for (int i = 0; i < starts.length; i++) {
                if (starts[i] <= day && day <= ends[i]) {
                    return starts[i];
                }
            }
            throw new IllegalStateException("no chain covers an active stint's day " + day);
        }
    }

    /** Index of the first of the ascending days on or after {@code day} (the length when there is none). */
    private static int firstOnOrAfter(int[] days, long day) {
        int low = 0;
        int high = days.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (days[middle] < day) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /**
     * One family's totals for each node and day, of the workers none of whose stints overlap in time: such a
     * worker has at most one active stint on any day, so their share of a day's totals belongs to that stint's
     * node alone, and a set of nodes' totals is the sum of its nodes' rows. A series then adds a few hundred
     * nodes' rows at each point instead of visiting every worker; the workers with overlapping stints (whose
     * share depends on which of their stints are in the set) are visited as before. The rows are filled by the
     * same {@link Pass} a series uses, with every day a point, so each day's totals are what a series visiting
     * the workers would add; they are kept as runs (a day on which any total changes, and the totals from that
     * day on), since caseload snapshots and sessions move them weekly or monthly rather than daily.
     */
    private static final class DayTable {
        private final MeasureCalculation.Family family;
        private final int counters;
        /** Days before this one are in the table only when {@link #zeroBefore}: no worker counted before it. */
        private final int firstDay;
        private final int lastDay;
        private final boolean zeroBefore;
        /** Per node: the days on which its totals change, ascending. */
        private final int[][] changeDays;
        /** Per node: the totals from each change day on, {@link #counters} per day. */
        private final int[][] values;

        private DayTable(MeasureCalculation.Family family, int firstDay, int lastDay, boolean zeroBefore,
                int[][] changeDays, int[][] values) {
            this.family = family;
            this.counters = counters(family);
            this.firstDay = firstDay;
            this.lastDay = lastDay;
            this.zeroBefore = zeroBefore;
            this.changeDays = changeDays;
            this.values = values;
        }

        private static int counters(MeasureCalculation.Family family) {
            return family == MeasureCalculation.Family.CASELOAD ? 6 : 2;
        }

        /** Null when a total does not fit an int (the series then visits every worker). */
        static DayTable build(SeriesIndex index, MeasureCalculation.Family family, SupervisionPolicy policy,
                int asyeThreshold, int[] range, boolean[] overlapping) {
            int firstDay = range[0];
            int lastDay = range[1];
            int days = lastDay - firstDay + 1;
            int[] asAt = new int[days];
            for (int d = 0; d < days; d++) {
                asAt[d] = firstDay + d;
            }
            int counters = counters(family);
            int nodes = index.workersByNode.length;
            Totals dayTotals = new Totals(days);
            boolean[] inNodes = new boolean[nodes];
            Pass pass = new Pass(policy, asyeThreshold, asAt, null, null, inNodes, family, dayTotals);
            int[][] changeDays = new int[nodes][];
            int[][] values = new int[nodes][];
            int[] changeBuffer = new int[days];
            int[] valueBuffer = new int[days * counters];
            long[] previous = new long[counters];
            boolean zeroBefore = true;
            for (int node = 0; node < nodes; node++) {
                inNodes[node] = true;
                int visited = 0;
                for (int w : index.workersByNode[node]) {
                    if (!overlapping[w]) {
                        Worker worker = index.workers[w];
                        zeroBefore &= earliestStart(worker) >= firstDay;
                        pass.visit(worker);
                        visited++;
                    }
                }
                inNodes[node] = false;
                if (visited == 0) {
                    changeDays[node] = new int[0];
                    values[node] = new int[0];
                    continue;
                }
                java.util.Arrays.fill(previous, 0);
                int changes = 0;
                for (int d = 0; d < days; d++) {
                    boolean changed = false;
                    for (int c = 0; c < counters; c++) {
                        changed |= total(dayTotals, family, c, d) != previous[c];
                    }
                    if (!changed) {
                        continue;
                    }
                    changeBuffer[changes] = asAt[d];
                    for (int c = 0; c < counters; c++) {
                        long total = total(dayTotals, family, c, d);
                        if (total != (int) total) {
                            return null;
                        }
                        previous[c] = total;
                        valueBuffer[changes * counters + c] = (int) total;
                    }
                    changes++;
                }
                changeDays[node] = java.util.Arrays.copyOf(changeBuffer, changes);
                values[node] = java.util.Arrays.copyOf(valueBuffer, changes * counters);
                clear(dayTotals, family);
            }
            return new DayTable(family, firstDay, lastDay, zeroBefore, changeDays, values);
        }

        private static int earliestStart(Worker worker) {
            return worker.start.length == 0 ? Integer.MAX_VALUE : worker.start[0];
        }

        /** Whether every point's day is in the table (ascending points). */
        boolean covers(int[] asAt) {
            return asAt.length > 0 && asAt[asAt.length - 1] <= lastDay && (zeroBefore || asAt[0] >= firstDay);
        }

        /** Adds the node's totals on each point's day (ascending) to the points' totals. */
        void addInto(int node, int[] asAt, Totals totals) {
            int[] days = changeDays[node];
            int[] row = values[node];
            int change = -1;
            for (int p = 0; p < asAt.length; p++) {
                while (change + 1 < days.length && days[change + 1] <= asAt[p]) {
                    change++;
                }
                if (change < 0) {
                    continue;
                }
                int at = change * counters;
                if (family == MeasureCalculation.Family.CASELOAD) {
                    totals.cases[p] += row[at];
                    totals.caseHoldersFte[p] += row[at + 1];
                    totals.caseHolders[p] += row[at + 2];
                    totals.overThreshold[p] += row[at + 3];
                    totals.asyeInPost[p] += row[at + 4];
                    totals.asyeOverThreshold[p] += row[at + 5];
                } else {
                    totals.supervisionInScope[p] += row[at];
                    totals.supervisionOverdue[p] += row[at + 1];
                }
            }
        }

        /** The family's total number {@code counter} on day (point) {@code d}, in the order {@link #addInto} reads. */
        private static long total(Totals totals, MeasureCalculation.Family family, int counter, int d) {
            if (family == MeasureCalculation.Family.CASELOAD) {
                return switch (counter) {
                    case 0 -> totals.cases[d];
                    case 1 -> totals.caseHoldersFte[d];
                    case 2 -> totals.caseHolders[d];
                    case 3 -> totals.overThreshold[d];
                    case 4 -> totals.asyeInPost[d];
                    default -> totals.asyeOverThreshold[d];
                };
            }
            return counter == 0 ? totals.supervisionInScope[d] : totals.supervisionOverdue[d];
        }

        private static void clear(Totals totals, MeasureCalculation.Family family) {
            if (family == MeasureCalculation.Family.CASELOAD) {
                java.util.Arrays.fill(totals.cases, 0);
                java.util.Arrays.fill(totals.caseHoldersFte, 0);
                java.util.Arrays.fill(totals.caseHolders, 0);
                java.util.Arrays.fill(totals.overThreshold, 0);
                java.util.Arrays.fill(totals.asyeInPost, 0);
                java.util.Arrays.fill(totals.asyeOverThreshold, 0);
            } else {
                java.util.Arrays.fill(totals.supervisionInScope, 0);
                java.util.Arrays.fill(totals.supervisionOverdue, 0);
            }
        }
    }

    /** Built once per kept facts, when they are loaded. */
    static final class Holder {
        private SeriesIndex index;

        synchronized SeriesIndex get(WorkforceFacts facts, MeasureConfig config) {
            if (index == null) {
                index = new SeriesIndex(facts, config);
            }
            return index;
        }
    }
}

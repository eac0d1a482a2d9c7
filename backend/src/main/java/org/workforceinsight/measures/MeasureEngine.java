package org.workforceinsight.measures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The one place every measure of metrics.md is computed. Pure: it reads {@link WorkforceFacts} and a
 * {@link MeasureConfig} and never the database, so the API, series, reports, exports, the DfE return
 * and the DfE reproduction test all get the same figure from the same facts.
 *
 * <p>A node's figure is computed from the workers (and posts and teams) in {@code nodeIds}, the node and
 * everything beneath it, never from its children's figures. A worker counts for the node their
 * assignment on the relevant day belongs to: the as-at date for stock measures, the event's date for
 * flows (a starter's first day, a leaver's last day, an absence's first day in the period).
 */
public final class MeasureEngine {

    private final MeasureConfig config;
    private final SupervisionPolicy supervisionPolicy;
    private final AgencyRules agencyRules;
    private static final Set<MeasureCalculation.Family> ALL_FAMILIES = EnumSet.allOf(MeasureCalculation.Family.class);

    public MeasureEngine(MeasureConfig config) {
        this.config = config;
        this.supervisionPolicy = new SupervisionPolicy(config.supervisionRules());
        this.agencyRules = new AgencyRules(config);
    }

    public MeasureConfig config() {
        return config;
    }

    SupervisionPolicy supervisionPolicy() {
        return supervisionPolicy;
    }

    /** A calculation of one family with no facts, for totals summed elsewhere (see {@link SeriesIndex}). */
    MeasureCalculation calculationFor(MeasureCalculation.Family family, LocalDate asAt, LocalDate periodStart) {
        return new MeasureCalculation(config, supervisionPolicy, agencyRules, NO_FACTS, Set.of(), asAt, periodStart,
                EnumSet.of(family), null, false);
    }

    private static final WorkforceFacts NO_FACTS = new WorkforceFacts(null, List.of(), List.of(), List.of());

    /**
     * Every measure for the nodes as at {@code asAt}; PERIOD measures over [periodStart, asAt], TRAILING_YEAR
     * measures over the 12 months to {@code asAt}. A null {@code periodStart} means the 12 months to
     * {@code asAt}; a period start after {@code asAt} is rejected.
     */
    public Map<Measure, MeasureValue> computeAll(WorkforceFacts facts, Set<UUID> nodeIds, LocalDate asAt,
            LocalDate periodStart) {
        return computeAll(facts, nodeIds, asAt, periodStart,
                facts.workers().size() >= SeriesIndex.PARALLEL_FROM && ParallelWork.PARTS > 1);
    }

    /**
     * As {@link #computeAll(WorkforceFacts, Set, LocalDate, LocalDate)}; in parallel, the families of measures
     * are computed in two groups at once, each group walking the workers for its own families (every family
     * a measure needs is in its group, so each figure is the one a single calculation gives).
     */
    Map<Measure, MeasureValue> computeAll(WorkforceFacts facts, Set<UUID> nodeIds, LocalDate asAt,
            LocalDate periodStart, boolean parallel) {
        if (!parallel) {
            return calculation(facts, nodeIds, asAt, periodStart, ALL_FAMILIES, null, false).values();
        }
        List<java.util.function.Supplier<Map<Measure, MeasureValue>>> groups = new ArrayList<>();
        for (Set<MeasureCalculation.Family> group : FAMILY_GROUPS) {
            groups.add(() -> calculation(facts, nodeIds, asAt, periodStart, group, null, false).values());
        }
        Map<Measure, MeasureValue> values = new java.util.EnumMap<>(Measure.class);
        ParallelWork.all(groups).forEach(values::putAll);
        return values;
    }

    private static final EnumSet<MeasureCalculation.Family> GROUP_ONE = EnumSet.of(MeasureCalculation.Family.STOCK,
            MeasureCalculation.Family.RUNS, MeasureCalculation.Family.DFE_ABSENCE, MeasureCalculation.Family.CASELOAD,
            MeasureCalculation.Family.UNALLOCATED, MeasureCalculation.Family.AGENCY_COST);

    /**
     * The families in two groups of about equal work (measured with a profiler on the benchmark council),
     * each closed under {@link MeasureCalculation#familiesFor}: RUNS and DFE_ABSENCE need STOCK's totals.
     */
    static final List<Set<MeasureCalculation.Family>> FAMILY_GROUPS = List.of(GROUP_ONE,
            EnumSet.complementOf(GROUP_ONE));

    /** One measure, as {@link #computeAll}. */
    public MeasureValue compute(Measure measure, WorkforceFacts facts, Set<UUID> nodeIds, LocalDate asAt,
            LocalDate periodStart) {
        return calculation(facts, nodeIds, asAt, periodStart, MeasureCalculation.familiesFor(measure), null, false)
                .values().get(measure);
    }

    /**
     * One measure for several node sets at once (say, each child of a node with everything beneath it),
     * as {@link #compute} would give for each: the workers are read once for all the sets.
     *
     * @param nodeSets a key (such as the child's id) to the nodes whose figure it names
     */
    public <K> Map<K, MeasureValue> computeEach(Measure measure, WorkforceFacts facts, Map<K, Set<UUID>> nodeSets,
            LocalDate asAt, LocalDate periodStart) {
        Set<MeasureCalculation.Family> families = MeasureCalculation.familiesFor(measure);
        LocalDate start = periodStart != null ? periodStart : yearBefore(asAt);
        Map<K, MeasureCalculation> calculations = new LinkedHashMap<>();
        nodeSets.forEach((key, nodes) -> calculations.put(key, new MeasureCalculation(config, supervisionPolicy,
                agencyRules, facts, nodes, asAt, start, families, null, false).begin()));
        for (WorkforceFacts.WorkerHistory worker : facts.workers()) {
            WorkerChains chains = null;
            for (Map.Entry<K, Set<UUID>> entry : nodeSets.entrySet()) {
                if (MeasureCalculation.everIn(worker, entry.getValue())) {
                    chains = chains != null ? chains : WorkerChains.of(facts, worker);
                    calculations.get(entry.getKey()).visit(chains);
                }
            }
        }
        Map<K, MeasureValue> values = new LinkedHashMap<>();
        calculations.forEach((key, calculation) -> values.put(key, calculation.finish().values().get(measure)));
        return values;
    }

    /**
     * One measure at each point of a series (see {@link SeriesBuckets}): as at the point's date, PERIOD
     * measures over the point's bucket. Each worker is taken through every point before the next worker,
     * so their history is read from memory once for the whole series rather than once per point.
     */
    public List<MeasureValue> series(Measure measure, WorkforceFacts facts, Set<UUID> nodeIds,
            List<SeriesBuckets.Point> points) {
        Set<MeasureCalculation.Family> families = MeasureCalculation.familiesFor(measure);
        List<MeasureCalculation> calculations = new ArrayList<>(points.size());
        long[] asAtDays = new long[points.size()];
        for (int i = 0; i < points.size(); i++) {
            SeriesBuckets.Point point = points.get(i);
            asAtDays[i] = point.asAt().toEpochDay();
            calculations.add(new MeasureCalculation(config, supervisionPolicy, agencyRules, facts, nodeIds,
                    point.asAt(), point.periodStart(), families, null, false).begin());
        }
        boolean ascending = true;
        for (int i = 1; i < asAtDays.length; i++) {
            ascending &= asAtDays[i - 1] <= asAtDays[i];
        }
        boolean onlyWhileInPost = ascending && AS_AT_ONLY.containsAll(families);
        int[] visitedBy = new int[points.size()];
        int workerNumber = 0;
        for (WorkforceFacts.WorkerHistory worker : facts.workers()) {
            if (MeasureCalculation.everIn(worker, nodeIds)) {
                workerNumber++;
                WorkerChains chains = WorkerChains.of(facts, worker);
                boolean[] inNode = MeasureCalculation.inNodes(chains, nodeIds);
                if (!onlyWhileInPost) {
                    for (MeasureCalculation calculation : calculations) {
                        calculation.visit(chains, inNode);
                    }
                    continue;
                }
                // only the points on which one of the worker's stints in the nodes is active: at any other
                // point these families add nothing for them
                for (int s = 0; s < inNode.length; s++) {
                    if (!inNode[s]) {
                        continue;
                    }
                    WorkforceFacts.Stint stint = chains.stints.get(s);
                    int first = firstOnOrAfter(asAtDays, stint.start().toEpochDay());
                    int last = stint.end() == null ? asAtDays.length - 1
                            : firstOnOrAfter(asAtDays, stint.end().toEpochDay() + 1) - 1;
                    for (int p = first; p <= last; p++) {
                        if (visitedBy[p] != workerNumber) {
                            visitedBy[p] = workerNumber;
                            calculations.get(p).visit(chains, inNode);
                        }
                    }
                }
            }
        }
        List<MeasureValue> values = new ArrayList<>(points.size());
        for (MeasureCalculation calculation : calculations) {
            values.add(calculation.finish().values().get(measure));
        }
        return values;
    }

    /**
     * The rows behind a measure's figure, in a stable order (see docs/measures.md for each measure's
     * rows). Health detail (sickness reason, Bradford factor) only when {@code includeHealthDetail}.
     */
    public List<ExplanationRow> explain(Measure measure, WorkforceFacts facts, Set<UUID> nodeIds, LocalDate asAt,
            LocalDate periodStart, boolean includeHealthDetail) {
        return calculation(facts, nodeIds, asAt, periodStart, MeasureCalculation.familiesFor(measure), measure,
                includeHealthDetail).rows();
    }

    private MeasureCalculation calculation(WorkforceFacts facts, Set<UUID> nodeIds, LocalDate asAt,
            LocalDate periodStart, Set<MeasureCalculation.Family> families, Measure explained,
            boolean includeHealthDetail) {
        LocalDate start = periodStart != null ? periodStart : yearBefore(asAt);
        return new MeasureCalculation(config, supervisionPolicy, agencyRules, facts, nodeIds, asAt, start, families,
                explained, includeHealthDetail).run();
    }

    /**
     * Families whose every figure comes from the worker's stints in the nodes active on the as-at date: a
     * worker with none then adds nothing to them, so a series visits them only at the points they are in post.
     */
    private static final Set<MeasureCalculation.Family> AS_AT_ONLY = EnumSet.of(MeasureCalculation.Family.STOCK,
            MeasureCalculation.Family.CASELOAD, MeasureCalculation.Family.SUPERVISION);

    /** Index of the first of the ascending days on or after {@code day} (the length when there is none). */
    private static int firstOnOrAfter(long[] days, long day) {
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

    /** The 12 months to a date: from the day after the same date a year before, to the date. */
    public static LocalDate yearBefore(LocalDate asAt) {
        return asAt.minusYears(1).plusDays(1);
    }
}

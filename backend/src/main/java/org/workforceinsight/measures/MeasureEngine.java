package org.workforceinsight.measures;

import java.time.LocalDate;
import java.util.EnumSet;
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

    /**
     * Every measure for the nodes as at {@code asAt}; PERIOD measures over [periodStart, asAt], TRAILING_YEAR
     * measures over the 12 months to {@code asAt}.
     */
    public Map<Measure, MeasureValue> computeAll(WorkforceFacts facts, Set<UUID> nodeIds, LocalDate asAt,
            LocalDate periodStart) {
        return calculation(facts, nodeIds, asAt, periodStart, ALL_FAMILIES, null, false).values();
    }

    /** One measure, as {@link #computeAll}. */
    public MeasureValue compute(Measure measure, WorkforceFacts facts, Set<UUID> nodeIds, LocalDate asAt,
            LocalDate periodStart) {
        return calculation(facts, nodeIds, asAt, periodStart, MeasureCalculation.familiesFor(measure), null, false)
                .values().get(measure);
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

    /** The 12 months to a date: from the day after the same date a year before, to the date. */
    public static LocalDate yearBefore(LocalDate asAt) {
        return asAt.minusYears(1).plusDays(1);
    }
}

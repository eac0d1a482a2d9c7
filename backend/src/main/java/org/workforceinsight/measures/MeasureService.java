package org.workforceinsight.measures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.workforceinsight.api.model.AbsenceType;
import org.workforceinsight.api.model.AgencyCostByMonth;
import org.workforceinsight.api.model.AgencyJobType;
import org.workforceinsight.api.model.ChildMeasureRow;
import org.workforceinsight.api.model.ChildMeasures;
import org.workforceinsight.api.model.EmploymentType;
import org.workforceinsight.api.model.ExplanationItem;
import org.workforceinsight.api.model.MeasureExplanationPage;
import org.workforceinsight.api.model.MeasureId;
import org.workforceinsight.api.model.MeasureResult;
import org.workforceinsight.api.model.MeasureSeries;
import org.workforceinsight.api.model.NodeMeasures;
import org.workforceinsight.api.model.RagStatus;
import org.workforceinsight.api.model.RoleCode;
import org.workforceinsight.api.model.SeriesPoint;
import org.workforceinsight.api.model.TargetDirection;
import org.workforceinsight.api.model.TargetSummary;
import org.workforceinsight.api.model.WorkerRef;
import org.workforceinsight.organisation.OrgNode;
import org.workforceinsight.organisation.OrgTree;
import org.workforceinsight.organisation.OrganisationService;
import org.workforceinsight.security.AccessScope;
import org.workforceinsight.security.ScopeService;
import org.workforceinsight.shared.Dates;
import org.workforceinsight.shared.Paging;
import org.workforceinsight.shared.ProblemException;

/**
 * Measures for a node in the caller's scope: takes the facts from the {@link MeasureReadModel} (the node's subtree and
 * the dates asked about) and has the {@link MeasureEngine} compute every figure from them. Read-only.
 */
@ApplicationScoped
public class MeasureService {

    /** Most points a series may have (the contract's maxItems). */
    public static final int MAX_SERIES_POINTS = 600;

    @Inject
    MeasureReadModel readModel;

    @Inject
    ScopeService scopes;

    @Inject
    DataSource dataSource;

    /** The as-at date and the period start asked for, with their defaults, checked. */
    public record Dated(LocalDate asAt, LocalDate periodStart) {

        /** asAt defaults to today and periodStart to the 12 months to it; 400 naming the field at fault. */
        public static Dated of(LocalDate asAt, LocalDate periodStart) {
            LocalDate at = Dates.orToday(asAt, "asAt");
            if (periodStart == null) {
                return new Dated(at, MeasureEngine.yearBefore(at));
            }
            checkRange(periodStart, "periodStart");
            if (periodStart.isAfter(at)) {
                throw ProblemException.invalidField("periodStart", "must be on or before asAt (" + at + ")");
            }
            return new Dated(at, periodStart);
        }
    }

    /** The caller's values for every measure of a node (for the DfE benchmarks); scope-checked. */
    @Transactional
    public Map<Measure, MeasureValue> valuesFor(UUID nodeId, LocalDate asAt, LocalDate periodStart) {
        readOnly();
        AccessScope scope = scopes.current();
        OrgNode node = scope.requireNode(nodeId);
        Dated dated = Dated.of(asAt, periodStart);
        MeasureReadModel.Reading reading = readModel.read();
        MeasureEngine engine = reading.engine();
        Set<UUID> nodeIds = scope.tree().subtree(node.id);
        WorkforceFacts facts = load(reading, nodeIds, dated, EnumSet.allOf(MeasureFactsRepository.Part.class), false);
        return engine.computeAll(facts, nodeIds, dated.asAt(), dated.periodStart());
    }

    @Transactional
    public NodeMeasures nodeMeasures(AccessScope scope, UUID nodeId, Dated dated, List<Measure> filter) {
        readOnly();
        OrgNode node = scope.requireNode(nodeId);
        List<Measure> measures = measuresOrAll(filter);
        MeasureReadModel.Reading reading = readModel.read();
        MeasureEngine engine = reading.engine();
        OrgTree tree = scope.tree();
        Set<UUID> nodeIds = tree.subtree(node.id);
        WorkforceFacts facts = load(reading, nodeIds, dated, MeasureFactsRepository.partsFor(measures), false);
        Targets targets = new Targets(reading.targets(), tree);
        return new NodeMeasures()
                .node(OrganisationService.ref(node))
                .asAt(dated.asAt())
                .periodStart(dated.periodStart())
                .measures(results(engine, facts, nodeIds, dated, measures, targets, node.id));
    }

    /** The node's figures and each child's, all from one load of the node's facts. */
    @Transactional
    public ChildMeasures childMeasures(AccessScope scope, UUID nodeId, Dated dated, List<Measure> filter) {
        readOnly();
        OrgNode node = scope.requireNode(nodeId);
        List<Measure> measures = measuresOrAll(filter);
        MeasureReadModel.Reading reading = readModel.read();
        MeasureEngine engine = reading.engine();
        OrgTree tree = scope.tree();
        Set<UUID> nodeIds = tree.subtree(node.id);
        WorkforceFacts facts = load(reading, nodeIds, dated, MeasureFactsRepository.partsFor(measures), false);
        Targets targets = new Targets(reading.targets(), tree);
        List<OrgNode> childNodes = tree.children(node.id);
        Map<UUID, Map<Measure, MeasureValue>> values = new java.util.HashMap<>();
        SeriesIndex index = measures.size() == 1 && SeriesIndex.SERVED.contains(measures.get(0))
                ? reading.seriesIndex() : null;
        if (index != null) {
            // a one-point series per node from the index: each node's figure is one pass over int arrays
            Measure only = measures.get(0);
            List<SeriesBuckets.Point> point = List.of(new SeriesBuckets.Point(dated.periodStart(), dated.asAt(), false));
            values.put(node.id, Map.of(only, index.series(engine, only, nodeIds, point).get(0)));
            for (OrgNode child : childNodes) {
                values.put(child.id, Map.of(only, index.series(engine, only, tree.subtree(child.id), point).get(0)));
            }
        } else if (measures.size() == 1) {
            // one measure (the usual comparison of children): the workers are walked once for the node and
            // all its children together rather than once per child
            Measure only = measures.get(0);
            Map<UUID, Set<UUID>> nodeSets = new java.util.LinkedHashMap<>();
            nodeSets.put(node.id, nodeIds);
            for (OrgNode child : childNodes) {
                nodeSets.put(child.id, tree.subtree(child.id));
            }
            engine.computeEach(only, facts, nodeSets, dated.asAt(), dated.periodStart())
                    .forEach((id, value) -> values.put(id, java.util.Collections.singletonMap(only, value)));
        } else {
            values.put(node.id, engine.computeAll(facts, nodeIds, dated.asAt(), dated.periodStart()));
            for (OrgNode child : childNodes) {
                values.put(child.id, engine.computeAll(facts, tree.subtree(child.id), dated.asAt(),
                        dated.periodStart()));
            }
        }
        List<ChildMeasureRow> children = new ArrayList<>();
        for (OrgNode child : childNodes) {
            children.add(new ChildMeasureRow()
                    .node(OrganisationService.ref(child))
                    .measures(results(values.get(child.id), measures, targets, child.id)));
        }
        return new ChildMeasures()
                .node(OrganisationService.ref(node))
                .asAt(dated.asAt())
                .periodStart(dated.periodStart())
                .measures(results(values.get(node.id), measures, targets, node.id))
                .children(children);
    }

    /**
     * One measure by bucket over [from, to]: the facts for the whole range are loaded once and every point is
     * computed from them as at the bucket's last day, period measures over the bucket.
     */
    @Transactional
    public MeasureSeries series(AccessScope scope, UUID nodeId, Measure measure, LocalDate from, LocalDate to,
            SeriesBuckets.Granularity granularity) {
        readOnly();
        OrgNode node = scope.requireNode(nodeId);
        List<SeriesBuckets.Point> points = seriesPoints(from, to, granularity);
        MeasureReadModel.Reading reading = readModel.read();
        SeriesSource source = new SeriesSource(reading, scope.tree(), measure, points, to);
        return seriesOf(source, node, from, to, granularity);
    }

    /**
     * The agency cost by month of a node and of each child, from one reading: each series is the one
     * {@link #series} gives for that node by month over the same range (the same engine and the same facts),
     * so a child's figures here and on its own never differ. Commercial detail: 403 for a caller who may not
     * see agency charges, whatever the operation rule says.
     */
    @Transactional
    public AgencyCostByMonth agencyCostByMonth(AccessScope scope, UUID nodeId, LocalDate from, LocalDate to) {
        readOnly();
        OrgNode node = scope.requireNode(nodeId);
        if (!scope.seesAgencyCharges()) {
            throw ProblemException.forbidden("Agency costs are shown to workforce leads and senior managers only.");
        }
        SeriesBuckets.Granularity month = SeriesBuckets.Granularity.MONTH;
        List<SeriesBuckets.Point> points = seriesPoints(from, to, month);
        MeasureReadModel.Reading reading = readModel.read();
        SeriesSource source = new SeriesSource(reading, scope.tree(), Measure.AGENCY_COST, points, to);
        // the node first: its facts are the ones its children's series then reuse
        MeasureSeries own = seriesOf(source, node, from, to, month);
        List<MeasureSeries> children = new ArrayList<>();
        for (OrgNode child : scope.tree().children(node.id)) {
            if (scope.canOpen(child.id)) {
                children.add(seriesOf(source, child, from, to, month));
            }
        }
        return new AgencyCostByMonth().node(own).children(children);
    }

    /**
     * What every series of one measure over one set of buckets reads: the reading, and the facts of the first
     * node asked about, loaded once and kept for the nodes beneath it (the engine counts only the workers of
     * the node set it is given, so the parent's facts give each child's own figures).
     */
    private static final class SeriesSource {
        final MeasureReadModel.Reading reading;
        final MeasureEngine engine;
        final OrgTree tree;
        final Measure measure;
        final List<SeriesBuckets.Point> points;
        final LocalDate to;
        private WorkforceFacts facts;
        private Set<UUID> factsNodes;

        SeriesSource(MeasureReadModel.Reading reading, OrgTree tree, Measure measure,
                List<SeriesBuckets.Point> points, LocalDate to) {
            this.reading = reading;
            this.engine = reading.engine();
            this.tree = tree;
            this.measure = measure;
            this.points = points;
            this.to = to;
        }

        List<MeasureValue> values(Set<UUID> nodeIds) {
            SeriesIndex index = reading.seriesIndex();
            List<MeasureValue> values = index == null ? null : index.series(engine, measure, nodeIds, points);
            if (values != null) {
                return values;
            }
            if (facts == null || !factsNodes.containsAll(nodeIds)) {
                SeriesBuckets.Point first = points.get(0);
                LocalDate windowFrom = earliest(first.periodStart(), MeasureEngine.yearBefore(first.asAt()));
                facts = reading.facts(new MeasureFactsRepository.Request(nodeIds,
                        new WorkforceFacts.Window(windowFrom, to), first.asAt(),
                        MeasureFactsRepository.partsFor(measure, false), false,
                        engine.config().supervisionMinimumMinutes()));
                factsNodes = nodeIds;
            }
            return engine.series(measure, facts, nodeIds, points);
        }
    }

    private static MeasureSeries seriesOf(SeriesSource source, OrgNode node, LocalDate from, LocalDate to,
            SeriesBuckets.Granularity granularity) {
        Set<UUID> nodeIds = source.tree.subtree(node.id);
        Optional<Rag.Target> target = new Targets(source.reading.targets(), source.tree).resolve(source.measure,
                node.id);
        List<MeasureValue> values = source.values(nodeIds);
        List<SeriesPoint> result = new ArrayList<>(source.points.size());
        for (int i = 0; i < source.points.size(); i++) {
            SeriesBuckets.Point point = source.points.get(i);
            MeasureValue value = values.get(i);
            BigDecimal figure = value == null ? null : value.value();
            result.add(new SeriesPoint()
                    .periodStart(point.periodStart())
                    .asAt(point.asAt())
                    .partial(point.partial())
                    .value(figure == null ? null : figure.doubleValue())
                    .rag(rag(Rag.status(figure, target.orElse(null)))));
        }
        return new MeasureSeries()
                .node(OrganisationService.ref(node))
                .measure(measureId(source.measure))
                .granularity(org.workforceinsight.api.model.Granularity.fromValue(granularityValue(granularity)))
                .from(from)
                .to(to)
                .target(target.map(MeasureService::summary).orElse(null))
                .points(result);
    }

    /**
     * The rows behind a figure, paged. Sickness reasons and Bradford factors (health data) only for workforce
     * leads; agency charges and costs only for workforce leads and senior managers.
     */
    @Transactional
    public MeasureExplanationPage explanation(AccessScope scope, UUID nodeId, Measure measure, Dated dated,
            Paging paging) {
        readOnly();
        OrgNode node = scope.requireNode(nodeId);
        boolean healthDetail = scope.seesHealthDetail();
        boolean charges = scope.seesAgencyCharges();
        MeasureReadModel.Reading reading = readModel.read();
        MeasureEngine engine = reading.engine();
        OrgTree tree = scope.tree();
        Set<UUID> nodeIds = tree.subtree(node.id);
        WorkforceFacts facts = load(reading, nodeIds, dated, MeasureFactsRepository.partsFor(measure, true),
                healthDetail);
        List<ExplanationRow> rows = engine.explain(measure, facts, nodeIds, dated.asAt(), dated.periodStart(),
                healthDetail);
        List<ExplanationItem> items = rows.stream()
                .skip(paging.offset())
                .limit(paging.size())
                .map(row -> item(row, tree, node, healthDetail, charges))
                .toList();
        return new MeasureExplanationPage()
                .node(OrganisationService.ref(node))
                .measure(measureId(measure))
                .asAt(dated.asAt())
                .periodStart(dated.periodStart())
                .items(items)
                .page(paging.page())
                .size(paging.size())
                .totalItems((long) rows.size());
    }

    // ----------------------------------------------------------------------------------------------

    private static WorkforceFacts load(MeasureReadModel.Reading reading, Set<UUID> nodeIds, Dated dated,
            Set<MeasureFactsRepository.Part> parts, boolean sicknessReasons) {
        LocalDate from = earliest(dated.periodStart(), MeasureEngine.yearBefore(dated.asAt()));
        return reading.facts(new MeasureFactsRepository.Request(nodeIds,
                new WorkforceFacts.Window(from, dated.asAt()), dated.asAt(), parts,
                sicknessReasons && parts.contains(MeasureFactsRepository.Part.ABSENCES),
                reading.engine().config().supervisionMinimumMinutes()));
    }

    private static List<MeasureResult> results(MeasureEngine engine, WorkforceFacts facts, Set<UUID> nodeIds,
            Dated dated, List<Measure> measures, Targets targets, UUID nodeId) {
        Map<Measure, MeasureValue> values;
        if (measures.size() == 1) {
            Measure only = measures.get(0);
            values = Map.of(only, engine.compute(only, facts, nodeIds, dated.asAt(), dated.periodStart()));
        } else {
            values = engine.computeAll(facts, nodeIds, dated.asAt(), dated.periodStart());
        }
        return results(values, measures, targets, nodeId);
    }

    private static List<MeasureResult> results(Map<Measure, MeasureValue> values, List<Measure> measures,
            Targets targets, UUID nodeId) {
        List<MeasureResult> results = new ArrayList<>(measures.size());
        for (Measure measure : measures) {
            MeasureValue value = values.get(measure);
            Optional<Rag.Target> target = targets.resolve(measure, nodeId);
            BigDecimal figure = value == null ? null : value.value();
            results.add(new MeasureResult()
                    .measure(measureId(measure))
                    .value(doubleOrNull(figure))
                    .numerator(value == null ? null : doubleOrNull(value.numerator()))
                    .denominator(value == null ? null : doubleOrNull(value.denominator()))
                    .rag(rag(Rag.status(figure, target.orElse(null))))
                    .target(target.map(MeasureService::summary).orElse(null)));
        }
        return results;
    }

    /** The buckets of a series; 400 naming the field when the range is reversed, out of range or too long. */
    static List<SeriesBuckets.Point> seriesPoints(LocalDate from, LocalDate to, SeriesBuckets.Granularity granularity) {
        checkRange(from, "from");
        checkRange(to, "to");
        if (from.isAfter(to)) {
            throw ProblemException.invalidField("from", "must be on or before to (" + to + ")");
        }
        // a cheap upper bound first, so that a range of centuries is refused without listing its weeks
        long roughly = switch (granularity) {
            case WEEK -> ChronoUnit.WEEKS.between(from, to);
            case MONTH -> ChronoUnit.MONTHS.between(from, to);
            case QUARTER -> ChronoUnit.MONTHS.between(from, to) / 3;
            case CENSUS_YEAR -> ChronoUnit.YEARS.between(from, to);
        };
        if (roughly > MAX_SERIES_POINTS) {
            throw tooManyPoints(granularity);
        }
        List<SeriesBuckets.Point> points = SeriesBuckets.points(granularity, from, to);
        if (points.size() > MAX_SERIES_POINTS) {
            throw tooManyPoints(granularity);
        }
        return points;
    }

    private static ProblemException tooManyPoints(SeriesBuckets.Granularity granularity) {
        return ProblemException.invalidField("from", "the range from..to has more than " + MAX_SERIES_POINTS
                + " periods of " + granularityValue(granularity) + "; shorten it or choose a longer granularity");
    }

    private static void checkRange(LocalDate date, String field) {
        if (date.isBefore(Dates.EARLIEST) || date.isAfter(Dates.LATEST)) {
            throw ProblemException.invalidField(field, "must be a date between 0001-01-01 and 9999-12-31");
        }
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        LocalDate min = a.isBefore(b) ? a : b;
        // the look-back from 0001-01-01 would leave the years the database holds
        return min.isBefore(Dates.EARLIEST) ? Dates.EARLIEST : min;
    }

    private static List<Measure> measuresOrAll(Collection<Measure> filter) {
        if (filter == null || filter.isEmpty()) {
            return List.of(Measure.values());
        }
        // catalogue order, each once, whatever order the caller named them in
        Set<Measure> asked = EnumSet.copyOf(filter);
        return List.copyOf(new LinkedHashSet<>(asked));
    }

    private ExplanationItem item(ExplanationRow row, OrgTree tree, OrgNode asked, boolean healthDetail,
            boolean charges) {
        OrgNode node = row.nodeId() == null ? asked : tree.node(row.nodeId()).orElse(asked);
        ExplanationItem item = new ExplanationItem()
                .worker(new WorkerRef().id(row.workerId()).givenName(row.givenName()).familyName(row.familyName()))
                .node(OrganisationService.ref(node))
                .role(row.roleCode() == null ? null : RoleCode.fromValue(row.roleCode()))
                .employmentType(row.employmentType() == null ? null : employmentType(row.employmentType()))
                .fte(doubleOrNull(row.fte()))
                .cases(row.cases())
                .caseloadThreshold(row.caseloadThreshold())
                .asye(row.asye())
                .weightedLoad(doubleOrNull(row.weightedLoad()))
                .lastSupervisionDate(row.lastSupervisionDate())
                .requiredIntervalDays(row.requiredIntervalDays())
                .lastAppraisalDate(row.lastAppraisalDate())
                .dueDate(row.dueDate())
                .daysOverdue(row.daysOverdue())
                .startDate(row.startDate())
                .leavingDate(row.leavingDate())
                .leavingReason(row.leavingReasonCode())
                .reasonInsideControl(row.reasonInsideControl())
                .exitInterviewHeld(row.exitInterviewHeld())
                .assignmentId(row.assignmentId())
                .agencyName(row.agencyName())
                .agencyJobType(row.agencyJobType() == null ? null : AgencyJobType.fromValue(row.agencyJobType()))
                .absenceId(row.absenceId())
                .absenceType(row.absenceType() == null ? null : AbsenceType.fromValue(row.absenceType()))
                .absenceFirstDay(row.absenceFirstDay())
                .absenceLastDay(row.absenceLastDay())
                .workingDaysLost(doubleOrNull(row.workingDaysLost()))
                .longTerm(row.longTerm());
        if (row.ruleFlags() != null) {
            item.ruleFlags(row.ruleFlags().stream().sorted()
                    .map(flag -> org.workforceinsight.api.model.AgencyRuleFlag.fromValue(
                            flag.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')))
                    .toList());
        }
        if (charges) {
            item.hourlyCharge(doubleOrNull(row.hourlyCharge())).cost(doubleOrNull(row.cost()));
        }
        if (healthDetail) {
            item.sicknessReason(row.sicknessReasonCode()).bradfordFactor(doubleOrNull(row.bradfordFactor()));
        }
        return item;
    }

    /**
     * Makes the request's transaction read-only before anything else runs in it: the measures only read,
     * and PostgreSQL then refuses any write that slipped in.
     *
     * <p>It also plans every statement of the transaction for its own parameters. The fact queries are
     * reused on pooled connections, so the driver prepares them server-side and after a few runs PostgreSQL
     * may switch to a generic plan, which cannot see how many nodes the array parameter holds: it then
     * guesses a few hundred workers where a council has ten thousand and picks nested loops that cost
     * seconds. Planning each statement afresh costs about a millisecond.
     */
    private void readOnly() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SET TRANSACTION READ ONLY");
            statement.execute("SET LOCAL plan_cache_mode = force_custom_plan");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not start a read-only transaction", e);
        }
    }

    /** The targets in force, resolved per node: its own, else the nearest ancestor's, else council-wide. */
    static final class Targets {
        private final Map<Measure, List<MeasureTargetRepository.StoredTarget>> stored;
        private final OrgTree tree;

        Targets(Map<Measure, List<MeasureTargetRepository.StoredTarget>> stored, OrgTree tree) {
            this.stored = stored;
            this.tree = tree;
        }

        Optional<Rag.Target> resolve(Measure measure, UUID nodeId) {
            List<MeasureTargetRepository.StoredTarget> rows = stored.get(measure);
            if (rows == null || rows.isEmpty()) {
                return Optional.empty();
            }
            return Rag.resolve(rows.stream().map(MeasureTargetRepository.StoredTarget::target).toList(),
                    nodeAndAncestors(tree, nodeId));
        }
    }

    static List<UUID> nodeAndAncestors(OrgTree tree, UUID nodeId) {
        List<UUID> chain = new ArrayList<>();
        Optional<OrgNode> current = tree.node(nodeId);
        while (current.isPresent() && !chain.contains(current.get().id)) {
            chain.add(current.get().id);
            current = tree.node(current.get().parentId);
        }
        return chain;
    }

    static TargetSummary summary(Rag.Target target) {
        return new TargetSummary()
                .target(target.target().doubleValue())
                .direction(direction(target.direction()))
                .amberTolerance(target.amberTolerance().doubleValue())
                .sourceNodeId(target.nodeId());
    }

    static TargetDirection direction(Measure.Direction direction) {
        return direction == Measure.Direction.HIGHER_IS_BETTER ? TargetDirection.HIGHER_IS_BETTER
                : TargetDirection.LOWER_IS_BETTER;
    }

    static RagStatus rag(Rag.Status status) {
        return switch (status) {
            case GREEN -> RagStatus.GREEN;
            case AMBER -> RagStatus.AMBER;
            case RED -> RagStatus.RED;
            case NONE -> RagStatus.NONE;
        };
    }

    static MeasureId measureId(Measure measure) {
        return MeasureId.fromValue(measure.id);
    }

    static Measure measure(MeasureId id) {
        return Measure.byId(id.toString())
                .orElseThrow(() -> new IllegalStateException("The catalogue has no measure " + id));
    }

    static String granularityValue(SeriesBuckets.Granularity granularity) {
        return granularity.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static EmploymentType employmentType(WorkforceFacts.EmploymentType type) {
        return switch (type) {
            case PERMANENT -> EmploymentType.PERMANENT;
            case FIXED_TERM -> EmploymentType.FIXED_TERM;
            case AGENCY -> EmploymentType.AGENCY;
        };
    }

    private static Double doubleOrNull(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}

package org.workforceinsight.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.workforceinsight.api.model.ChildMeasureRow;
import org.workforceinsight.api.model.ChildMeasures;
import org.workforceinsight.api.model.MeasureId;
import org.workforceinsight.api.model.MeasureResult;
import org.workforceinsight.api.model.MeasureUnit;
import org.workforceinsight.api.model.MonthlyReport;
import org.workforceinsight.api.model.MonthlyReportRow;
import org.workforceinsight.api.model.NodeMeasures;
import org.workforceinsight.api.model.ReportCommentary;
import org.workforceinsight.api.model.TargetDirection;
import org.workforceinsight.api.model.WeeklyReport;
import org.workforceinsight.api.model.WeeklyReportRow;
import org.workforceinsight.measures.Measure;
import org.workforceinsight.measures.MeasureService;
import org.workforceinsight.organisation.OrgNode;
import org.workforceinsight.organisation.OrganisationService;
import org.workforceinsight.security.AccessScope;
import org.workforceinsight.shared.ETags;
import org.workforceinsight.shared.ProblemException;

/**
 * The weekly and monthly reports. Every figure comes from the measures engine through {@link MeasureService},
 * so a report shows what the measures pages show for the same node and date.
 */
@ApplicationScoped
public class ReportService {

    /** The weekly report's figures, in its column order. */
    static final List<Measure> WEEKLY = List.of(Measure.IN_POST_HEADCOUNT, Measure.CASES, Measure.AVERAGE_CASELOAD,
            Measure.WORKERS_OVER_THRESHOLD, Measure.UNALLOCATED_CASES, Measure.SUPERVISION_COMPLIANCE,
            Measure.APPRAISAL_COMPLIANCE, Measure.AGENCY_RATE);

    @Inject
    MeasureService measures;

    @Inject
    CommentaryRepository commentaries;

    // --- weekly ------------------------------------------------------------------------------------

    /**
     * The node, then depth first each child followed by its own children: every figure of a row is computed
     * for that row's node (never summed from rows beneath it).
     */
    public WeeklyReport weekly(AccessScope scope, UUID nodeId, LocalDate asAt) {
        MeasureService.Dated dated = MeasureService.Dated.of(asAt, null);
        ChildMeasures top = measures.childMeasures(scope, nodeId, dated, WEEKLY);
        List<WeeklyReportRow> rows = new ArrayList<>();
        rows.add(new WeeklyReportRow().node(top.getNode()).depth(0).measures(inWeeklyOrder(top.getMeasures())));
        addChildren(scope, dated, top, 1, rows);
        return new WeeklyReport().node(top.getNode()).asAt(dated.asAt()).periodStart(dated.periodStart()).rows(rows);
    }

    private void addChildren(AccessScope scope, MeasureService.Dated dated, ChildMeasures parent, int depth,
                             List<WeeklyReportRow> rows) {
        for (ChildMeasureRow child : parent.getChildren()) {
            rows.add(new WeeklyReportRow().node(child.getNode()).parentId(parent.getNode().getId()).depth(depth)
                    .measures(inWeeklyOrder(child.getMeasures())));
            boolean hasChildren = !scope.tree().children(child.getNode().getId()).isEmpty();
            if (hasChildren) {
                addChildren(scope, dated, measures.childMeasures(scope, child.getNode().getId(), dated, WEEKLY),
                        depth + 1, rows);
            }
        }
    }

    /** The engine answers in catalogue order; the report keeps its own column order. */
    private static List<MeasureResult> inWeeklyOrder(List<MeasureResult> results) {
        List<MeasureResult> ordered = new ArrayList<>(results);
        ordered.sort(java.util.Comparator.comparingInt(r -> WEEKLY.indexOf(ExportsResource.measure(r.getMeasure()))));
        return ordered;
    }

    public Table weeklyTable(AccessScope scope, UUID nodeId, LocalDate asAt) {
        WeeklyReport report = weekly(scope, nodeId, asAt);
        List<Column> columns = new ArrayList<>(List.of(Column.text("node.id"), Column.text("node.name"),
                Column.text("node.nodeType"), Column.text("parentId"), Column.integer("depth")));
        for (Measure measure : WEEKLY) {
            columns.add(new Column(measure.id, measure.unit == Measure.Unit.COUNT ? Column.Type.INTEGER
                    : Column.Type.DECIMAL));
            columns.add(Column.text(measure.id + ".rag"));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (WeeklyReportRow row : report.getRows()) {
            List<Object> values = new ArrayList<>();
            values.add(row.getNode().getId().toString());
            values.add(row.getNode().getName());
            values.add(row.getNode().getNodeType().toString());
            values.add(row.getParentId() == null ? null : row.getParentId().toString());
            values.add(row.getDepth());
            for (MeasureResult result : row.getMeasures()) {
                values.add(result.getValue());
                values.add(result.getRag().toString());
            }
            rows.add(values);
        }
        return new Table("weekly-report", columns, ExportsResource.listRows(rows), ExportFiles.about(scope,
                "Weekly report: caseloads and compliance", report.getAsAt(),
                ExportFiles.filters("nodeId", nodeId, "asAt", report.getAsAt()), null));
    }

    // --- monthly -----------------------------------------------------------------------------------

    /** The month asked for (this month when omitted): 400 naming {@code month} for one not yet begun. */
    static YearMonth month(String month) {
        if (month == null) {
            return YearMonth.now();
        }
        YearMonth parsed;
        try {
            parsed = YearMonth.parse(month);
        } catch (DateTimeException e) {
            throw ProblemException.invalidField("month", "must be a month as YYYY-MM");
        }
        if (parsed.getYear() < 2) {
            throw ProblemException.invalidField("month", "must be a month from 0002-01");
        }
        return parsed;
    }

    public MonthlyReport monthly(AccessScope scope, UUID nodeId, String monthText) {
        YearMonth month = month(monthText);
        if (month.isAfter(YearMonth.now())) {
            throw ProblemException.invalidField("month", "must not be after the current month (" + YearMonth.now()
                    + ")");
        }
        LocalDate asAt = month.equals(YearMonth.now()) ? LocalDate.now() : month.atEndOfMonth();
        LocalDate previousAsAt = month.minusMonths(1).atEndOfMonth();
        NodeMeasures now = measures.nodeMeasures(scope, nodeId, MeasureService.Dated.of(asAt, null), List.of());
        NodeMeasures before = measures.nodeMeasures(scope, nodeId, MeasureService.Dated.of(previousAsAt, null),
                List.of());
        Map<String, ReportCommentary> texts = commentaries.forMonth(nodeId, month);
        List<MonthlyReportRow> rows = new ArrayList<>();
        for (MeasureResult result : now.getMeasures()) {
            Measure measure = ExportsResource.measure(result.getMeasure());
            Double previous = before.getMeasures().stream().filter(r -> r.getMeasure() == result.getMeasure())
                    .findFirst().map(MeasureResult::getValue).orElse(null);
            BigDecimal change = result.getValue() == null || previous == null ? null
                    : BigDecimal.valueOf(result.getValue()).subtract(BigDecimal.valueOf(previous));
            boolean higherIsBetter = result.getTarget() != null
                    ? result.getTarget().getDirection() == TargetDirection.HIGHER_IS_BETTER
                    : measure.defaultDirection == Measure.Direction.HIGHER_IS_BETTER;
            ReportCommentary commentary = texts.get(measure.id);
            rows.add(new MonthlyReportRow()
                    .measure(result.getMeasure())
                    .name(measure.displayName)
                    .unit(MeasureUnit.valueOf(measure.unit.name()))
                    .value(result.getValue())
                    .previousValue(previous)
                    .change(change == null ? null : change.doubleValue())
                    .trend(trend(change, higherIsBetter))
                    .rag(result.getRag())
                    .target(result.getTarget())
                    .commentary(commentary == null ? null : commentary.getText())
                    .commentaryVersion(commentary == null ? 0L : commentary.getVersion()));
        }
        return new MonthlyReport().node(now.getNode()).month(month.toString()).asAt(asAt).previousAsAt(previousAsAt)
                .rows(rows);
    }

    private static MonthlyReportRow.TrendEnum trend(BigDecimal change, boolean higherIsBetter) {
        if (change == null) {
            return MonthlyReportRow.TrendEnum.NONE;
        }
        if (change.signum() == 0) {
            return MonthlyReportRow.TrendEnum.UNCHANGED;
        }
        return (change.signum() > 0) == higherIsBetter ? MonthlyReportRow.TrendEnum.IMPROVING
                : MonthlyReportRow.TrendEnum.WORSENING;
    }

    public Table monthlyTable(AccessScope scope, UUID nodeId, String monthText) {
        MonthlyReport report = monthly(scope, nodeId, monthText);
        ModelColumns<MonthlyReportRow> columns = ModelColumns.of(MonthlyReportRow.class, name -> false);
        List<List<Object>> rows = new ArrayList<>();
        for (MonthlyReportRow row : report.getRows()) {
            rows.add(columns.values(row));
        }
        return new Table("monthly-report-" + report.getMonth(), columns.columns(), ExportsResource.listRows(rows),
                ExportFiles.about(scope, "Monthly report " + report.getMonth() + ": " + report.getNode().getName(),
                        report.getAsAt(), ExportFiles.filters("nodeId", nodeId, "month", report.getMonth(),
                                "previousAsAt", report.getPreviousAsAt()), null));
    }

    // --- commentary --------------------------------------------------------------------------------

    @Transactional
    public ReportCommentary commentary(AccessScope scope, UUID nodeId, String monthText, MeasureId measure) {
        scope.requireNode(nodeId);
        YearMonth month = month(monthText);
        return commentaries.find(nodeId, month, measure).orElseGet(() -> new ReportCommentary().nodeId(nodeId)
                .month(month.toString()).measure(measure).text("").version(0L));
    }

    /**
     * Writes the text if {@code ifMatch} names the version last read ("0" for a commentary not yet written):
     * 428 without it, 412 when it is stale or not one of ours (the one If-Match rule, shared/ETags).
     */
    @Transactional
    public ReportCommentary setCommentary(AccessScope scope, UUID nodeId, String monthText, MeasureId measure,
                                          String ifMatch, String text) {
        scope.requireNode(nodeId);
        YearMonth month = month(monthText);
        long expected = ETags.expectedVersion(ifMatch);
        Optional<ReportCommentary> before = commentaries.find(nodeId, month, measure);
        String by = scope.username() == null ? "unknown" : scope.username();
        boolean written = expected == 0
                ? before.isEmpty() && commentaries.insert(nodeId, month, measure, text, by)
                : before.isPresent() && commentaries.update(nodeId, month, measure, expected, text, by);
        if (!written) {
            throw new ProblemException(412, "The commentary changed since you read it (it is at version "
                    + before.map(ReportCommentary::getVersion).orElse(0L) + "). Read it again, then repeat the change.");
        }
        ReportCommentary after = commentaries.find(nodeId, month, measure).orElseThrow();
        commentaries.history(before.orElse(null), after, by);
        return after;
    }
}

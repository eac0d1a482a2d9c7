package org.workforceinsight.reports;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.jboss.resteasy.reactive.RestResponse;
import org.workforceinsight.absence.AbsenceService;
import org.workforceinsight.agency.AgencyAssignmentService;
import org.workforceinsight.api.ExportsApi;
import org.workforceinsight.api.model.Absence;
import org.workforceinsight.api.model.AbsencePage;
import org.workforceinsight.api.model.AgencyAssignment;
import org.workforceinsight.api.model.AgencyAssignmentPage;
import org.workforceinsight.api.model.Appraisal;
import org.workforceinsight.api.model.AppraisalPage;
import org.workforceinsight.api.model.ChildMeasureRow;
import org.workforceinsight.api.model.ChildMeasures;
import org.workforceinsight.api.model.EmploymentType;
import org.workforceinsight.api.model.ExplanationItem;
import org.workforceinsight.api.model.Granularity;
import org.workforceinsight.api.model.ImportDataSet;
import org.workforceinsight.api.model.Leaver;
import org.workforceinsight.api.model.LeaverPage;
import org.workforceinsight.api.model.MeasureExplanationPage;
import org.workforceinsight.api.model.MeasureId;
import org.workforceinsight.api.model.MeasureResult;
import org.workforceinsight.api.model.MeasureSeries;
import org.workforceinsight.api.model.NodeMeasures;
import org.workforceinsight.api.model.OrganisationNodeRef;
import org.workforceinsight.api.model.Post;
import org.workforceinsight.api.model.PostPage;
import org.workforceinsight.api.model.RoleCode;
import org.workforceinsight.api.model.SeriesPoint;
import org.workforceinsight.api.model.SupervisionSession;
import org.workforceinsight.api.model.SupervisionSessionPage;
import org.workforceinsight.api.model.WorkerCaseload;
import org.workforceinsight.api.model.WorkerCaseloadPage;
import org.workforceinsight.api.model.WorkerPage;
import org.workforceinsight.api.model.WorkerSummary;
import org.workforceinsight.appraisal.AppraisalService;
import org.workforceinsight.caseload.CaseloadService;
import org.workforceinsight.imports.ImportFiles;
import org.workforceinsight.measures.DfeIndicatorFile;
import org.workforceinsight.measures.Measure;
import org.workforceinsight.measures.MeasureService;
import org.workforceinsight.measures.SeriesBuckets;
import org.workforceinsight.organisation.PostService;
import org.workforceinsight.security.AccessScope;
import org.workforceinsight.security.AuditTrail;
import org.workforceinsight.security.ScopeService;
import org.workforceinsight.shared.Dates;
import org.workforceinsight.shared.Paging;
import org.workforceinsight.supervision.SupervisionSessionService;
import org.workforceinsight.workers.LeaverService;
import org.workforceinsight.workers.WorkerRecordScope;
import org.workforceinsight.workers.WorkerService;

/**
 * Every list and measure table as a CSV or XLSX file. Each export calls the very service method of the JSON
 * operation it mirrors, with the same filters and the caller's scope, so the rows, the scope and the
 * property rules cannot drift apart; properties the caller may not read are also left out as columns.
 */
@Authenticated
@ExportBody.Streamed
public class ExportsResource implements ExportsApi {

    @Inject
    ScopeService scopes;

    @Inject
    WorkerService workers;

    @Inject
    CaseloadService caseloads;

    @Inject
    SupervisionSessionService supervisionSessions;

    @Inject
    AppraisalService appraisals;

    @Inject
    AbsenceService absences;

    @Inject
    LeaverService leavers;

    @Inject
    AgencyAssignmentService agencyAssignments;

    @Inject
    PostService posts;

    @Inject
    MeasureService measures;

    @Inject
    ReportService reports;

    @Inject
    DfeReturnService dfeReturns;

    @Inject
    ImportFiles importFiles;

    @Inject
    AuditTrail audit;

    @Context
    HttpHeaders headers;

    @Override
    public RestResponse<String> exportWorkers(UUID teamId, RoleCode roleCode, EmploymentType employmentType,
                                              LocalDate activeOn, String format) {
        ExportFormat as = ExportFormat.choose(format, headers);
        LocalDate on = Dates.orToday(activeOn, "activeOn");
        return listFile(as, "workers", WorkerSummary.class,
                (scope, paging) -> workers.list(scope, teamId, roleCode, employmentType, on, paging),
                WorkerPage::getItems, WorkerPage::getTotalItems,
                scope -> ExportFiles.about(scope, "Workers", on, ExportFiles.filters("teamId", teamId, "roleCode",
                        roleCode, "employmentType", employmentType, "activeOn", on), null));
    }

    @Override
    public RestResponse<String> exportWorkerCaseloads(UUID nodeId, LocalDate asAt, String format) {
        ExportFormat as = ExportFormat.choose(format, headers);
        LocalDate at = Dates.orToday(asAt, "asAt");
        return listFile(as, "worker-caseloads", WorkerCaseload.class,
                (scope, paging) -> caseloads.workerCaseloads(scope, nodeId, at, paging),
                WorkerCaseloadPage::getItems, WorkerCaseloadPage::getTotalItems,
                scope -> ExportFiles.about(scope, "Worker caseloads", at,
                        ExportFiles.filters("nodeId", nodeId, "asAt", at), null));
    }

    @Override
    public RestResponse<String> exportSupervisionSessions(UUID workerId, UUID nodeId, LocalDate from, LocalDate to,
                                                          String format) {
        ExportFormat as = ExportFormat.choose(format, headers);
        WorkerRecordScope.Range range = WorkerRecordScope.Range.of(from, to);
        return listFile(as, "supervision-sessions", SupervisionSession.class,
                (scope, paging) -> supervisionSessions.list(scope, workerId, nodeId, range, paging),
                SupervisionSessionPage::getItems, SupervisionSessionPage::getTotalItems,
                scope -> rangeAbout(scope, "Supervision sessions", workerId, nodeId, range));
    }

    @Override
    public RestResponse<String> exportAppraisals(UUID workerId, UUID nodeId, LocalDate from, LocalDate to,
                                                 String format) {
        ExportFormat as = ExportFormat.choose(format, headers);
        WorkerRecordScope.Range range = WorkerRecordScope.Range.of(from, to);
        return listFile(as, "appraisals", Appraisal.class,
                (scope, paging) -> appraisals.list(scope, workerId, nodeId, range, paging),
                AppraisalPage::getItems, AppraisalPage::getTotalItems,
                scope -> rangeAbout(scope, "Appraisals", workerId, nodeId, range));
    }

    @Override
    public RestResponse<String> exportAbsences(UUID workerId, UUID nodeId, LocalDate from, LocalDate to,
                                               String format) {
        ExportFormat as = ExportFormat.choose(format, headers);
        WorkerRecordScope.Range range = WorkerRecordScope.Range.of(from, to);
        return listFile(as, "absences", Absence.class,
                (scope, paging) -> absences.list(scope, workerId, nodeId, range, paging),
                AbsencePage::getItems, AbsencePage::getTotalItems,
                scope -> rangeAbout(scope, "Absences", workerId, nodeId, range));
    }

    @Override
    public RestResponse<String> exportLeavers(UUID nodeId, LocalDate from, LocalDate to, String format) {
        ExportFormat as = ExportFormat.choose(format, headers);
        WorkerRecordScope.Range range = WorkerRecordScope.Range.of(from, to);
        return listFile(as, "leavers", Leaver.class, (scope, paging) -> leavers.list(scope, nodeId, range, paging),
                LeaverPage::getItems, LeaverPage::getTotalItems,
                scope -> rangeAbout(scope, "Leavers", null, nodeId, range));
    }

    @Override
    public RestResponse<String> exportAgencyAssignments(UUID nodeId, LocalDate activeOn, String format) {
        ExportFormat as = ExportFormat.choose(format, headers);
        LocalDate on = Dates.orToday(activeOn, "activeOn");
        return listFile(as, "agency-assignments", AgencyAssignment.class,
                (scope, paging) -> agencyAssignments.list(scope, nodeId, on, paging),
                AgencyAssignmentPage::getItems, AgencyAssignmentPage::getTotalItems,
                scope -> ExportFiles.about(scope, "Agency assignments", on,
                        ExportFiles.filters("nodeId", nodeId, "activeOn", on), null));
    }

    @Override
    public RestResponse<String> exportPosts(UUID nodeId, LocalDate activeOn, String format) {
        ExportFormat as = ExportFormat.choose(format, headers);
        LocalDate on = Dates.orToday(activeOn, "activeOn");
        return listFile(as, "posts", Post.class, (scope, paging) -> posts.list(scope, nodeId, on, paging),
                PostPage::getItems, PostPage::getTotalItems,
                scope -> ExportFiles.about(scope, "Funded posts", on,
                        ExportFiles.filters("nodeId", nodeId, "activeOn", on), null));
    }

    /**
     * A paged list as a file: the list operation's own service call with the caller's scope, a column per
     * property of the item the caller may read, read a chunk at a time (PagedRows).
     */
    private <P, T> RestResponse<String> listFile(ExportFormat as, String fileStem, Class<T> item,
                                                 BiFunction<AccessScope, Paging, P> fetch,
                                                 Function<P, List<T>> items, ToLongFunction<P> total,
                                                 Function<AccessScope, About> about) {
        AccessScope scope = scopes.current();
        ModelColumns<T> columns = ModelColumns.of(item, ExportFiles.hiddenFor(scope));
        PagedRows<P, T> rows = new PagedRows<>(paging -> fetch.apply(scope, paging), items, total, columns);
        return ExportFiles.download(as, new Table(fileStem, columns.columns(), rows, about.apply(scope)));
    }

    @Override
    // aggregates: for the viewer and HR too, as the JSON measures are under the access rule table
    public RestResponse<String> exportNodeMeasures(UUID nodeId, LocalDate asAt, LocalDate periodStart,
                                                   List<MeasureId> measure, String format) {
        ExportFormat as = ExportFormat.choose(format, headers);
        AccessScope scope = scopes.current();
        MeasureService.Dated dated = MeasureService.Dated.of(asAt, periodStart);
        NodeMeasures result = measures.nodeMeasures(scope, nodeId, dated, measures(measure));
        return ExportFiles.download(as, measureTable("measures", result.getNode(), result.getMeasures(), List.of(),
                measureAbout(scope, "Measures", nodeId, dated, measure)));
    }

    @Override
    // aggregates: for the viewer and HR too, as the JSON measures are under the access rule table
    public RestResponse<String> exportChildMeasures(UUID nodeId, LocalDate asAt, LocalDate periodStart,
                                                    List<MeasureId> measure, String format) {
        ExportFormat as = ExportFormat.choose(format, headers);
        AccessScope scope = scopes.current();
        MeasureService.Dated dated = MeasureService.Dated.of(asAt, periodStart);
        ChildMeasures result = measures.childMeasures(scope, nodeId, dated, measures(measure));
        return ExportFiles.download(as, measureTable("child-measures", result.getNode(), result.getMeasures(),
                result.getChildren(), measureAbout(scope, "Measures by child node", nodeId, dated, measure)));
    }

    /** A row per node and measure, the node first: the node's own measures, then each child's. */
    private static Table measureTable(String fileStem, OrganisationNodeRef node, List<MeasureResult> own,
                                      List<ChildMeasureRow> children, About about) {
        ModelColumns<MeasureResult> columns = ModelColumns.of(MeasureResult.class, name -> false);
        List<List<Object>> rows = new ArrayList<>();
        for (MeasureResult item : own) {
            rows.add(nodeRow(node, item, columns));
        }
        for (ChildMeasureRow child : children) {
            for (MeasureResult item : child.getMeasures()) {
                rows.add(nodeRow(child.getNode(), item, columns));
            }
        }
        return new Table(fileStem, withNode(columns), listRows(rows), about);
    }

    @Override
    // aggregates: for the viewer and HR too, as the JSON measures are under the access rule table
    public RestResponse<String> exportMeasureSeries(UUID nodeId, MeasureId measureId, LocalDate from, LocalDate to,
                                                    Granularity granularity, String format) {
        ExportFormat as = ExportFormat.choose(format, headers);
        AccessScope scope = scopes.current();
        LocalDate end = Dates.orToday(to, "to");
        SeriesBuckets.Granularity buckets = granularity == null ? SeriesBuckets.Granularity.MONTH
                : SeriesBuckets.Granularity.valueOf(granularity.name());
        MeasureSeries series = measures.series(scope, nodeId, measure(measureId), from, end, buckets);
        ModelColumns<SeriesPoint> columns = ModelColumns.of(SeriesPoint.class, name -> false);
        List<Column> all = new ArrayList<>(List.of(Column.text("node.id"), Column.text("node.name"),
                Column.text("measure"), Column.text("granularity")));
        all.addAll(columns.columns());
        List<List<Object>> rows = new ArrayList<>();
        for (SeriesPoint point : series.getPoints()) {
            List<Object> row = new ArrayList<>(List.of(series.getNode().getId().toString(), series.getNode().getName(),
                    series.getMeasure().toString(), series.getGranularity().toString()));
            row.addAll(columns.values(point));
            rows.add(row);
        }
        return ExportFiles.download(as, new Table("series-" + measureId, all, listRows(rows), ExportFiles.about(scope,
                "Series of " + measureId, end, ExportFiles.filters("nodeId", nodeId, "measureId", measureId, "from",
                        from, "to", end, "granularity", series.getGranularity()), null)));
    }

    @Override
    public RestResponse<String> exportMeasureExplanation(UUID nodeId, MeasureId measureId, LocalDate asAt,
                                                         LocalDate periodStart, String format) {
        ExportFormat as = ExportFormat.choose(format, headers);
        AccessScope scope = scopes.current();
        MeasureService.Dated dated = MeasureService.Dated.of(asAt, periodStart);
        // the engine computes every row of an explanation at once whatever the page, so one call takes them all
        MeasureExplanationPage page = measures.explanation(scope, nodeId, measure(measureId), dated,
                new Paging(0, Integer.MAX_VALUE));
        // as getMeasureExplanation records it (the engine's transaction is read-only); AuditTrail makes it the export's
        audit.recordRead("getMeasureExplanation", AuditTrail.idsOf(page.getItems(), i -> i.getWorker().getId()),
                List.of(nodeId));
        ModelColumns<ExplanationItem> columns = ModelColumns.of(ExplanationItem.class, ExportFiles.hiddenFor(scope));
        Table.RowSource rows = sink -> {
            for (ExplanationItem item : page.getItems()) {
                sink.row(columns.values(item));
            }
        };
        return ExportFiles.download(as, new Table("explanation-" + measureId, columns.columns(), rows,
                ExportFiles.about(scope, "Explanation of " + measureId, dated.asAt(), ExportFiles.filters("nodeId",
                        nodeId, "measureId", measureId, "asAt", dated.asAt(), "periodStart", dated.periodStart()),
                        null)));
    }

    @Override
    // aggregates: for the viewer and HR too, as the JSON measures are under the access rule table
    public RestResponse<String> exportWeeklyReport(UUID nodeId, LocalDate asAt, String format) {
        ExportFormat as = ExportFormat.choose(format, headers);
        AccessScope scope = scopes.current();
        return ExportFiles.download(as, reports.weeklyTable(scope, nodeId, asAt));
    }

    @Override
    // aggregates: for the viewer and HR too, as the JSON measures are under the access rule table
    public RestResponse<String> exportMonthlyReport(UUID nodeId, String month, String format) {
        ExportFormat as = ExportFormat.choose(format, headers);
        AccessScope scope = scopes.current();
        return ExportFiles.download(as, reports.monthlyTable(scope, nodeId, month));
    }

    @Override
    public RestResponse<String> exportDfeReturn(Integer censusYear, String format) {
        ExportFormat as = ExportFormat.choose(format, headers);
        // the CSV keeps the DfE file's layout exactly (header and row, no trailer), so it can be read as one
        return ExportFiles.download(as, dfeReturns.returnTable(scopes.current(), censusYear), true);
    }

    @Override
    public RestResponse<String> exportDfeReturnWorkers(Integer censusYear, String format) {
        ExportFormat as = ExportFormat.choose(format, headers);
        return ExportFiles.download(as, dfeReturns.workersTable(scopes.current(), censusYear));
    }

    /**
     * Every kept record of a data set in its import format (imports/ImportFiles), to be imported again as it is.
     * The entity is a {@link jakarta.ws.rs.core.StreamingOutput}, handed to the runtime's writer for it by
     * {@link ExportBody.Interceptor} like an {@link ExportBody}.
     */
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public RestResponse<String> exportImportFile(ImportDataSet dataSet) {
        ImportFiles.File file = importFiles.export(scopes.current(), dataSet);
        return (RestResponse) RestResponse.ResponseBuilder.ok(file.body())
                .header("Content-Type", "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    // ----------------------------------------------------------------------------------------------

    private static About rangeAbout(AccessScope scope, String title, UUID workerId, UUID nodeId,
                                    WorkerRecordScope.Range range) {
        return ExportFiles.about(scope, title, range.to(), ExportFiles.filters("workerId", workerId, "nodeId", nodeId,
                "from", range.from(), "to", range.to()), null);
    }

    private static About measureAbout(AccessScope scope, String title, UUID nodeId, MeasureService.Dated dated,
                                      List<MeasureId> measure) {
        return ExportFiles.about(scope, title, dated.asAt(), ExportFiles.filters("nodeId", nodeId, "asAt",
                dated.asAt(), "periodStart", dated.periodStart(), "measure", measure), null);
    }

    static List<Column> withNode(ModelColumns<MeasureResult> columns) {
        List<Column> all = new ArrayList<>(List.of(Column.text("node.id"), Column.text("node.name"),
                Column.text("node.nodeType")));
        all.addAll(columns.columns());
        return all;
    }

    static List<Object> nodeRow(OrganisationNodeRef node, MeasureResult item, ModelColumns<MeasureResult> columns) {
        List<Object> row = new ArrayList<>(List.of(node.getId().toString(), node.getName(),
                node.getNodeType().toString()));
        row.addAll(columns.values(item));
        return row;
    }

    static Table.RowSource listRows(List<List<Object>> rows) {
        return sink -> {
            for (List<Object> row : rows) {
                sink.row(row);
            }
        };
    }

    static List<Measure> measures(List<MeasureId> ids) {
        return ids == null ? List.of() : ids.stream().map(ExportsResource::measure).toList();
    }

    static Measure measure(MeasureId id) {
        return Measure.byId(id.toString())
                .orElseThrow(() -> new IllegalStateException("The catalogue has no measure " + id));
    }

    static final String DFE_ATTRIBUTION = DfeIndicatorFile.ATTRIBUTION;
}

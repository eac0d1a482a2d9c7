package org.workforceinsight.reports;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
    AuditTrail audit;

    @Context
    HttpHeaders headers;

    @Override
    public RestResponse<String> exportWorkers(UUID teamId, RoleCode roleCode, EmploymentType employmentType,
                                              LocalDate activeOn, String format) {
        ExportFormat as = ExportFormat.choose(format, headers);
        AccessScope scope = scopes.current();
        LocalDate on = Dates.orToday(activeOn, "activeOn");
        ModelColumns<WorkerSummary> columns = ModelColumns.of(WorkerSummary.class, ExportFiles.hiddenFor(scope));
        PagedRows<WorkerPage, WorkerSummary> rows = new PagedRows<>(
                paging -> workers.list(scope, teamId, roleCode, employmentType, on, paging),
                WorkerPage::getItems, WorkerPage::getTotalItems, columns);
        return ExportFiles.download(as, new Table("workers", columns.columns(), rows, ExportFiles.about(scope,
                "Workers", on, ExportFiles.filters("teamId", teamId, "roleCode", roleCode, "employmentType",
                        employmentType, "activeOn", on), null)));
    }

    @Override
    public RestResponse<String> exportWorkerCaseloads(UUID nodeId, LocalDate asAt, String format) {
        ExportFormat as = ExportFormat.choose(format, headers);
        AccessScope scope = scopes.current();
        LocalDate at = Dates.orToday(asAt, "asAt");
        ModelColumns<WorkerCaseload> columns = ModelColumns.of(WorkerCaseload.class, ExportFiles.hiddenFor(scope));
        PagedRows<WorkerCaseloadPage, WorkerCaseload> rows = new PagedRows<>(
                paging -> caseloads.workerCaseloads(scope, nodeId, at, paging),
                WorkerCaseloadPage::getItems, WorkerCaseloadPage::getTotalItems, columns);
        return ExportFiles.download(as, new Table("worker-caseloads", columns.columns(), rows,
                ExportFiles.about(scope, "Worker caseloads", at, ExportFiles.filters("nodeId", nodeId, "asAt", at),
                        null)));
    }

    @Override
    public RestResponse<String> exportSupervisionSessions(UUID workerId, UUID nodeId, LocalDate from, LocalDate to,
                                                          String format) {
        ExportFormat as = ExportFormat.choose(format, headers);
        AccessScope scope = scopes.current();
        WorkerRecordScope.Range range = WorkerRecordScope.Range.of(from, to);
        ModelColumns<SupervisionSession> columns = ModelColumns.of(SupervisionSession.class,
                ExportFiles.hiddenFor(scope));
        PagedRows<SupervisionSessionPage, SupervisionSession> rows = new PagedRows<>(
                paging -> supervisionSessions.list(scope, workerId, nodeId, range, paging),
                SupervisionSessionPage::getItems, SupervisionSessionPage::getTotalItems, columns);
        return ExportFiles.download(as, new Table("supervision-sessions", columns.columns(), rows,
                rangeAbout(scope, "Supervision sessions", workerId, nodeId, range)));
    }

    @Override
    public RestResponse<String> exportAppraisals(UUID workerId, UUID nodeId, LocalDate from, LocalDate to,
                                                 String format) {
        ExportFormat as = ExportFormat.choose(format, headers);
        AccessScope scope = scopes.current();
        WorkerRecordScope.Range range = WorkerRecordScope.Range.of(from, to);
        ModelColumns<Appraisal> columns = ModelColumns.of(Appraisal.class, ExportFiles.hiddenFor(scope));
        PagedRows<AppraisalPage, Appraisal> rows = new PagedRows<>(
                paging -> appraisals.list(scope, workerId, nodeId, range, paging),
                AppraisalPage::getItems, AppraisalPage::getTotalItems, columns);
        return ExportFiles.download(as, new Table("appraisals", columns.columns(), rows,
                rangeAbout(scope, "Appraisals", workerId, nodeId, range)));
    }

    @Override
    public RestResponse<String> exportAbsences(UUID workerId, UUID nodeId, LocalDate from, LocalDate to,
                                               String format) {
        ExportFormat as = ExportFormat.choose(format, headers);
        AccessScope scope = scopes.current();
        WorkerRecordScope.Range range = WorkerRecordScope.Range.of(from, to);
        ModelColumns<Absence> columns = ModelColumns.of(Absence.class, ExportFiles.hiddenFor(scope));
        PagedRows<AbsencePage, Absence> rows = new PagedRows<>(
                paging -> absences.list(scope, workerId, nodeId, range, paging),
                AbsencePage::getItems, AbsencePage::getTotalItems, columns);
        return ExportFiles.download(as, new Table("absences", columns.columns(), rows,
                rangeAbout(scope, "Absences", workerId, nodeId, range)));
    }

    @Override
    public RestResponse<String> exportLeavers(UUID nodeId, LocalDate from, LocalDate to, String format) {
        ExportFormat as = ExportFormat.choose(format, headers);
        AccessScope scope = scopes.current();
        WorkerRecordScope.Range range = WorkerRecordScope.Range.of(from, to);
        ModelColumns<Leaver> columns = ModelColumns.of(Leaver.class, ExportFiles.hiddenFor(scope));
        PagedRows<LeaverPage, Leaver> rows = new PagedRows<>(paging -> leavers.list(scope, nodeId, range, paging),
                LeaverPage::getItems, LeaverPage::getTotalItems, columns);
        return ExportFiles.download(as, new Table("leavers", columns.columns(), rows,
                rangeAbout(scope, "Leavers", null, nodeId, range)));
    }

    @Override
    public RestResponse<String> exportAgencyAssignments(UUID nodeId, LocalDate activeOn, String format) {
        ExportFormat as = ExportFormat.choose(format, headers);
        AccessScope scope = scopes.current();
        LocalDate on = Dates.orToday(activeOn, "activeOn");
        ModelColumns<AgencyAssignment> columns = ModelColumns.of(AgencyAssignment.class,
                ExportFiles.hiddenFor(scope));
        PagedRows<AgencyAssignmentPage, AgencyAssignment> rows = new PagedRows<>(
                paging -> agencyAssignments.list(scope, nodeId, on, paging),
                AgencyAssignmentPage::getItems, AgencyAssignmentPage::getTotalItems, columns);
        return ExportFiles.download(as, new Table("agency-assignments", columns.columns(), rows,
                ExportFiles.about(scope, "Agency assignments", on,
                        ExportFiles.filters("nodeId", nodeId, "activeOn", on), null)));
    }

    @Override
    public RestResponse<String> exportPosts(UUID nodeId, LocalDate activeOn, String format) {
        ExportFormat as = ExportFormat.choose(format, headers);
        AccessScope scope = scopes.current();
        LocalDate on = Dates.orToday(activeOn, "activeOn");
        ModelColumns<Post> columns = ModelColumns.of(Post.class, ExportFiles.hiddenFor(scope));
        PagedRows<PostPage, Post> rows = new PagedRows<>(paging -> posts.list(scope, nodeId, on, paging),
                PostPage::getItems, PostPage::getTotalItems, columns);
        return ExportFiles.download(as, new Table("posts", columns.columns(), rows, ExportFiles.about(scope,
                "Funded posts", on, ExportFiles.filters("nodeId", nodeId, "activeOn", on), null)));
    }

    @Override
    // aggregates: for the viewer and HR too, as the JSON measures are under the access rule table
    public RestResponse<String> exportNodeMeasures(UUID nodeId, LocalDate asAt, LocalDate periodStart,
                                                   List<MeasureId> measure, String format) {
        ExportFormat as = ExportFormat.choose(format, headers);
        AccessScope scope = scopes.current();
        MeasureService.Dated dated = MeasureService.Dated.of(asAt, periodStart);
        NodeMeasures result = measures.nodeMeasures(scope, nodeId, dated, measures(measure));
        ModelColumns<MeasureResult> columns = ModelColumns.of(MeasureResult.class, name -> false);
        List<List<Object>> rows = new ArrayList<>();
        for (MeasureResult item : result.getMeasures()) {
            rows.add(nodeRow(result.getNode(), item, columns));
        }
        return ExportFiles.download(as, new Table("measures", withNode(columns), listRows(rows),
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
        ModelColumns<MeasureResult> columns = ModelColumns.of(MeasureResult.class, name -> false);
        List<List<Object>> rows = new ArrayList<>();
        for (MeasureResult item : result.getMeasures()) {
            rows.add(nodeRow(result.getNode(), item, columns));
        }
        for (ChildMeasureRow child : result.getChildren()) {
            for (MeasureResult item : child.getMeasures()) {
                rows.add(nodeRow(child.getNode(), item, columns));
            }
        }
        return ExportFiles.download(as, new Table("child-measures", withNode(columns), listRows(rows),
                measureAbout(scope, "Measures by child node", nodeId, dated, measure)));
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

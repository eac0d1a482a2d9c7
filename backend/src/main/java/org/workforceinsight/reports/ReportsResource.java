package org.workforceinsight.reports;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;
import org.workforceinsight.api.ReportsApi;
import org.workforceinsight.api.model.DfeReturn;
import org.workforceinsight.api.model.DfeReturnWorkerPage;
import org.workforceinsight.api.model.MeasureId;
import org.workforceinsight.api.model.MonthlyReport;
import org.workforceinsight.api.model.ReportCommentary;
import org.workforceinsight.api.model.ReportCommentaryInput;
import org.workforceinsight.api.model.WeeklyReport;
import org.workforceinsight.security.ScopeService;
import org.workforceinsight.shared.ETags;
import org.workforceinsight.shared.Paging;

/**
 * The weekly and monthly reports for a node in the caller's scope (403 outside it, 404 unknown), the
 * commentary workforce leads write on the monthly report, and the DfE return (workforce leads only).
 */
@Authenticated
public class ReportsResource implements ReportsApi {

    @Inject
    ReportService reports;

    @Inject
    DfeReturnService dfeReturns;

    @Inject
    ScopeService scopes;

    @Override
    public RestResponse<WeeklyReport> getWeeklyReport(UUID nodeId, LocalDate asAt) {
        return RestResponse.ok(reports.weekly(scopes.current(), nodeId, asAt));
    }

    @Override
    public RestResponse<MonthlyReport> getMonthlyReport(UUID nodeId, String month) {
        return RestResponse.ok(reports.monthly(scopes.current(), nodeId, month));
    }

    @Override
    public RestResponse<ReportCommentary> getReportCommentary(UUID nodeId, String month, MeasureId measureId) {
        ReportCommentary commentary = reports.commentary(scopes.current(), nodeId, month, measureId);
        return RestResponse.ResponseBuilder.ok(commentary).header("ETag", ETags.of(commentary.getVersion())).build();
    }

    @Override
    public RestResponse<ReportCommentary> setReportCommentary(UUID nodeId, String month, MeasureId measureId,
                                                              ReportCommentaryInput input, String ifMatch) {
        ReportCommentary commentary = reports.setCommentary(scopes.current(), nodeId, month, measureId, ifMatch,
                input.getText());
        return RestResponse.ResponseBuilder.ok(commentary).header("ETag", ETags.of(commentary.getVersion())).build();
    }

    @Override
    public RestResponse<DfeReturn> getDfeReturn(Integer censusYear) {
        return RestResponse.ok(dfeReturns.dfeReturn(scopes.current(), censusYear));
    }

    @Override
    public RestResponse<DfeReturnWorkerPage> listDfeReturnWorkers(Integer censusYear, Integer page, Integer size) {
        return RestResponse.ok(dfeReturns.workerPage(scopes.current(), censusYear, Paging.of(page, size)));
    }
}

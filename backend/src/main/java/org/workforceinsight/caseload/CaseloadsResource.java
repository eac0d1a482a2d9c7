package org.workforceinsight.caseload;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;
import org.workforceinsight.api.CaseloadsApi;
import org.workforceinsight.api.model.CaseloadSummaryReport;
import org.workforceinsight.api.model.WorkerCaseloadPage;
import org.workforceinsight.security.ScopeService;
import org.workforceinsight.shared.Dates;
import org.workforceinsight.shared.Paging;

/** Caseloads for a node in the caller's scope (403 outside it). */
// Who may call each operation: security/OperationRules, checked by security/OperationAccessFilter.
@Authenticated
public class CaseloadsResource implements CaseloadsApi {

    @Inject
    CaseloadService caseloads;

    @Inject
    ScopeService scopes;

    @Override
    public RestResponse<CaseloadSummaryReport> getCaseloadSummary(UUID nodeId, LocalDate asAt) {
        return RestResponse.ok(caseloads.summary(scopes.current(), nodeId, Dates.orToday(asAt, "asAt")));
    }

    @Override
    public RestResponse<WorkerCaseloadPage> listWorkerCaseloads(UUID nodeId, LocalDate asAt, Integer page,
                                                                Integer size) {
        return RestResponse.ok(caseloads.workerCaseloads(scopes.current(), nodeId, Dates.orToday(asAt, "asAt"),
                Paging.of(page, size)));
    }
}

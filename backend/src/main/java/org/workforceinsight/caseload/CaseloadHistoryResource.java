package org.workforceinsight.caseload;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;
import org.workforceinsight.api.CaseloadHistoryApi;
import org.workforceinsight.api.model.WorkerCaseloadHistory;
import org.workforceinsight.security.ScopeService;
import org.workforceinsight.workers.WorkerRecordScope;

/** A worker's caseload counts over time, for a worker in the caller's scope. */
// Who may call each operation: security/OperationRules, checked by security/OperationAccessFilter.
@Authenticated
public class CaseloadHistoryResource implements CaseloadHistoryApi {

    @Inject
    CaseloadHistoryService history;

    @Inject
    ScopeService scopes;

    @Override
    public RestResponse<WorkerCaseloadHistory> getWorkerCaseloadHistory(UUID workerId, LocalDate from, LocalDate to) {
        return RestResponse.ok(history.history(scopes.current(), workerId, WorkerRecordScope.Range.of(from, to)));
    }
}

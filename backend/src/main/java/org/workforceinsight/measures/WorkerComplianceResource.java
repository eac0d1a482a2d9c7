package org.workforceinsight.measures;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;
import org.workforceinsight.api.ComplianceApi;
import org.workforceinsight.api.model.WorkerCompliancePage;
import org.workforceinsight.security.ScopeService;
import org.workforceinsight.shared.Dates;
import org.workforceinsight.shared.Paging;

/** Each worker's supervision and appraisal position, for a node in the caller's scope. */
// Who may call each operation: security/OperationRules, checked by security/OperationAccessFilter.
@Authenticated
public class WorkerComplianceResource implements ComplianceApi {

    @Inject
    WorkerComplianceService compliance;

    @Inject
    ScopeService scopes;

    @Override
    public RestResponse<WorkerCompliancePage> listWorkerCompliance(UUID nodeId, LocalDate asAt, Integer page,
                                                                   Integer size) {
        return RestResponse.ok(compliance.list(scopes.current(), nodeId, Dates.orToday(asAt, "asAt"),
                Paging.of(page, size)));
    }
}

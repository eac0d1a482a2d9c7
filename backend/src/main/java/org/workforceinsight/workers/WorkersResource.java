package org.workforceinsight.workers;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;
import org.workforceinsight.api.WorkersApi;
import org.workforceinsight.api.model.EmploymentType;
import org.workforceinsight.api.model.Role;
import org.workforceinsight.api.model.RoleCode;
import org.workforceinsight.api.model.WorkerDetail;
import org.workforceinsight.api.model.WorkerPage;
import org.workforceinsight.security.ScopeService;
import org.workforceinsight.shared.Dates;
import org.workforceinsight.shared.Paging;

/** Workers and their history, limited to the caller's scope. */
// Who may call each operation: security/OperationRules, checked by security/OperationAccessFilter.
@Authenticated
public class WorkersResource implements WorkersApi {

    @Inject
    WorkerService workers;

    @Inject
    ScopeService scopes;

    @Override
    public RestResponse<List<Role>> listRoles() {
        return RestResponse.ok(workers.roles());
    }

    @Override
    public RestResponse<WorkerPage> listWorkers(UUID teamId, RoleCode roleCode, EmploymentType employmentType,
                                                LocalDate activeOn, Integer page, Integer size) {
        return RestResponse.ok(workers.list(scopes.current(), teamId, roleCode, employmentType,
                Dates.orToday(activeOn, "activeOn"), Paging.of(page, size)));
    }

    @Override
    public RestResponse<WorkerDetail> getWorker(UUID workerId) {
        return RestResponse.ok(workers.detail(scopes.current(), workerId, LocalDate.now()));
    }
}

package org.workforceinsight.agency;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;
import org.workforceinsight.api.AgencyApi;
import org.workforceinsight.api.model.AgencyAssignmentPage;
import org.workforceinsight.security.ScopeService;
import org.workforceinsight.shared.Dates;
import org.workforceinsight.shared.Paging;

/** Agency assignments in the caller's scope, with their DfE rule flags. */
// Who may call each operation: security/OperationRules, checked by security/OperationAccessFilter.
@Authenticated
public class AgencyAssignmentsResource implements AgencyApi {

    @Inject
    AgencyAssignmentService assignments;

    @Inject
    ScopeService scopes;

    @Override
    public RestResponse<AgencyAssignmentPage> listAgencyAssignments(UUID nodeId, LocalDate activeOn, Integer page,
                                                                    Integer size) {
        return RestResponse.ok(assignments.list(scopes.current(), nodeId, Dates.orToday(activeOn, "activeOn"),
                Paging.of(page, size)));
    }
}

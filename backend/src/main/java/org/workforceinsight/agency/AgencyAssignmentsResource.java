package org.workforceinsight.agency;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import java.time.LocalDate;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;
import org.workforceinsight.api.AgencyApi;
import org.workforceinsight.api.model.AgencyAssignment;
import org.workforceinsight.api.model.AgencyAssignmentInput;
import org.workforceinsight.api.model.AgencyAssignmentPage;
import org.workforceinsight.api.model.RecordChangePage;
import org.workforceinsight.security.ScopeService;
import org.workforceinsight.shared.Dates;
import org.workforceinsight.shared.KeptRecordEndpoints;
import org.workforceinsight.shared.Paging;

/**
 * Agency assignments in the caller's scope, with their DfE rule flags; workforce leads and machine-write
 * clients record, correct and delete them.
 */
// Who may call each operation: security/OperationRules, checked by security/OperationAccessFilter.
@Authenticated
public class AgencyAssignmentsResource implements AgencyApi {

    @Inject
    AgencyAssignmentService assignments;

    @Inject
    ScopeService scopes;

    @Inject
    KeptRecordEndpoints endpoints;

    @Override
    public RestResponse<AgencyAssignmentPage> listAgencyAssignments(UUID nodeId, LocalDate activeOn, Integer page,
                                                                    Integer size) {
        return RestResponse.ok(assignments.list(scopes.current(), nodeId, Dates.orToday(activeOn, "activeOn"),
                Paging.of(page, size)));
    }

    @Override
    public RestResponse<AgencyAssignment> getAgencyAssignment(UUID assignmentId) {
        return endpoints.get(assignments, assignmentId);
    }

    @Override
    public RestResponse<RecordChangePage> getAgencyAssignmentHistory(UUID assignmentId, Integer page, Integer size) {
        return endpoints.history(assignments, assignmentId, page, size);
    }

    @Override
    public RestResponse<AgencyAssignment> createAgencyAssignment(AgencyAssignmentInput input) {
        return endpoints.create(assignments, input,
                created -> "/api/v1/agency-assignments/" + created.getAssignmentId());
    }

    @Override
    public RestResponse<AgencyAssignment> updateAgencyAssignment(UUID assignmentId, String ifMatch,
                                                                 AgencyAssignmentInput input) {
        return endpoints.update(assignments, assignmentId, ifMatch, input);
    }

    @Override
    @DELETE
    @Path("/{assignmentId}")
    // the contract's 204 has no body, so the generated interface would refuse clients that accept JSON (406)
    @Produces({"application/json", "application/problem+json"})
    public RestResponse<Void> deleteAgencyAssignment(@PathParam("assignmentId") UUID assignmentId,
                                                     @HeaderParam("If-Match") String ifMatch) {
        return endpoints.delete(assignments, assignmentId, ifMatch);
    }
}

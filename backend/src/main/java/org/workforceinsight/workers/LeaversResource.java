package org.workforceinsight.workers;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;
import org.workforceinsight.api.LeaversApi;
import org.workforceinsight.api.model.Leaver;
import org.workforceinsight.api.model.LeaverInput;
import org.workforceinsight.api.model.LeaverPage;
import org.workforceinsight.api.model.LeavingReason;
import org.workforceinsight.api.model.RecordChangePage;
import org.workforceinsight.security.ScopeService;
import org.workforceinsight.shared.KeptRecordEndpoints;
import org.workforceinsight.shared.Paging;

/** Leavers in the caller's scope; workforce leads and machine-write clients record and correct them. */
// Who may call each operation: security/OperationRules, checked by security/OperationAccessFilter.
@Authenticated
public class LeaversResource implements LeaversApi {

    @Inject
    LeaverService leavers;

    @Inject
    ScopeService scopes;

    @Inject
    KeptRecordEndpoints endpoints;

    @Override
    public RestResponse<LeaverPage> listLeavers(UUID nodeId, LocalDate from, LocalDate to, Integer page,
                                                Integer size) {
        return RestResponse.ok(leavers.list(scopes.current(), nodeId, WorkerRecordScope.Range.of(from, to),
                Paging.of(page, size)));
    }

    @Override
    public RestResponse<List<LeavingReason>> listLeavingReasons() {
        return RestResponse.ok(leavers.reasons());
    }

    @Override
    public RestResponse<Leaver> getLeaver(UUID leaverId) {
        return endpoints.get(leavers, leaverId);
    }

    @Override
    public RestResponse<RecordChangePage> getLeaverHistory(UUID leaverId, Integer page, Integer size) {
        return endpoints.history(leavers, leaverId, page, size);
    }

    @Override
    public RestResponse<Leaver> createLeaver(LeaverInput input) {
        return endpoints.create(leavers, input, created -> "/api/v1/leavers/" + created.getId());
    }

    @Override
    public RestResponse<Leaver> updateLeaver(UUID leaverId, String ifMatch, LeaverInput input) {
        return endpoints.update(leavers, leaverId, ifMatch, input);
    }

    @Override
    @DELETE
    @Path("/api/v1/leavers/{leaverId}")
    // the contract's 204 has no body, so the generated interface would refuse clients that accept JSON (406)
    @Produces({"application/json", "application/problem+json"})
    public RestResponse<Void> deleteLeaver(@PathParam("leaverId") UUID leaverId,
                                           @HeaderParam("If-Match") String ifMatch) {
        return endpoints.delete(leavers, leaverId, ifMatch);
    }
}

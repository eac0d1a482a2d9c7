package org.workforceinsight.appraisal;

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
import org.workforceinsight.api.AppraisalsApi;
import org.workforceinsight.api.model.Appraisal;
import org.workforceinsight.api.model.AppraisalInput;
import org.workforceinsight.api.model.AppraisalPage;
import org.workforceinsight.api.model.RecordChangePage;
import org.workforceinsight.security.ScopeService;
import org.workforceinsight.shared.KeptRecordEndpoints;
import org.workforceinsight.shared.Paging;
import org.workforceinsight.workers.WorkerRecordScope;

/**
 * Appraisals. Reading is for every product role; recording, correcting and deleting is for leads and
 * machine-write clients, and for managers about workers in their scope on the completion date.
 */
// Who may call each operation: security/OperationRules, checked by security/OperationAccessFilter.
@Authenticated
public class AppraisalsResource implements AppraisalsApi {

    @Inject
    AppraisalService appraisals;

    @Inject
    ScopeService scopes;

    @Inject
    KeptRecordEndpoints endpoints;

    @Override
    public RestResponse<AppraisalPage> listAppraisals(UUID workerId, UUID nodeId, LocalDate from, LocalDate to,
                                                      Integer page, Integer size) {
        return RestResponse.ok(appraisals.list(scopes.current(), workerId, nodeId,
                WorkerRecordScope.Range.of(from, to), Paging.of(page, size)));
    }

    @Override
    public RestResponse<Appraisal> getAppraisal(UUID appraisalId) {
        return endpoints.get(appraisals, appraisalId);
    }

    @Override
    public RestResponse<RecordChangePage> getAppraisalHistory(UUID appraisalId, Integer page, Integer size) {
        return endpoints.history(appraisals, appraisalId, page, size);
    }

    @Override
    public RestResponse<Appraisal> createAppraisal(AppraisalInput input) {
        return endpoints.create(appraisals, input, created -> "/api/v1/appraisals/" + created.getId());
    }

    @Override
    public RestResponse<Appraisal> updateAppraisal(UUID appraisalId, String ifMatch, AppraisalInput input) {
        return endpoints.update(appraisals, appraisalId, ifMatch, input);
    }

    @Override
    @DELETE
    @Path("/{appraisalId}")
    // the contract's 204 has no body, so the generated interface would refuse clients that accept JSON (406)
    @Produces({"application/json", "application/problem+json"})
    public RestResponse<Void> deleteAppraisal(@PathParam("appraisalId") UUID appraisalId,
                                          @HeaderParam("If-Match") String ifMatch) {
        return endpoints.delete(appraisals, appraisalId, ifMatch);
    }
}

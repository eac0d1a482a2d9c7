package org.workforceinsight.appraisal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;
import org.workforceinsight.api.AppraisalsApi;
import org.workforceinsight.api.model.Appraisal;
import org.workforceinsight.api.model.AppraisalInput;
import org.workforceinsight.api.model.AppraisalPage;
import org.workforceinsight.api.model.RecordChangePage;
import org.workforceinsight.recording.RecordAccess;
import org.workforceinsight.shared.ETags;
import org.workforceinsight.shared.Paging;
import org.workforceinsight.shared.Versioned;
import org.workforceinsight.workers.WorkerRecordScope;

/**
 * Appraisals. Reading is for every product role; recording, correcting and deleting is for leads and
 * machine-write clients, and for managers about workers in their scope on the completion date.
 */
@RolesAllowed({"workforce-lead", "senior-manager", "team-manager", "machine-read", "machine-write"})
public class AppraisalsResource implements AppraisalsApi {

    @Inject
    AppraisalService appraisals;

    @Inject
    RecordAccess access;

    @Override
    public RestResponse<AppraisalPage> listAppraisals(UUID workerId, UUID nodeId, LocalDate from, LocalDate to,
                                                      Integer page, Integer size) {
        return RestResponse.ok(appraisals.list(access.writerScope(), workerId, nodeId,
                WorkerRecordScope.Range.of(from, to), Paging.of(page, size)));
    }

    @Override
    public RestResponse<Appraisal> getAppraisal(UUID appraisalId) {
        Versioned<Appraisal> appraisal = appraisals.get(access.writerScope(), appraisalId);
        return RestResponse.ResponseBuilder.ok(appraisal.body()).header("ETag", appraisal.etag()).build();
    }

    @Override
    public RestResponse<RecordChangePage> getAppraisalHistory(UUID appraisalId, Integer page, Integer size) {
        return RestResponse.ok(appraisals.history(access.writerScope(), appraisalId, Paging.of(page, size)));
    }

    @Override
    @RolesAllowed({"workforce-lead", "senior-manager", "team-manager", "machine-write"})
    public RestResponse<Appraisal> createAppraisal(AppraisalInput input) {
        Versioned<Appraisal> created = appraisals.record(access.writerScope(), input);
        return RestResponse.ResponseBuilder.<Appraisal>created(URI.create("/api/v1/appraisals/" + created.body().getId()))
                .header("ETag", created.etag()).entity(created.body()).build();
    }

    @Override
    @RolesAllowed({"workforce-lead", "senior-manager", "team-manager", "machine-write"})
    public RestResponse<Appraisal> updateAppraisal(UUID appraisalId, String ifMatch, AppraisalInput input) {
        Versioned<Appraisal> updated = appraisals.update(access.writerScope(), appraisalId,
                ETags.expectedVersion(ifMatch), input);
        return RestResponse.ResponseBuilder.ok(updated.body()).header("ETag", updated.etag()).build();
    }

    @Override
    @DELETE
    @Path("/{appraisalId}")
    // the contract's 204 has no body, so the generated interface would refuse clients that accept JSON (406)
    @Produces({"application/json", "application/problem+json"})
    @RolesAllowed({"workforce-lead", "senior-manager", "team-manager", "machine-write"})
    public RestResponse<Void> deleteAppraisal(@PathParam("appraisalId") UUID appraisalId,
                                          @HeaderParam("If-Match") String ifMatch) {
        appraisals.delete(access.writerScope(), appraisalId, ETags.expectedVersion(ifMatch));
        return RestResponse.noContent();
    }
}

package org.workforceinsight.recording;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import java.net.URI;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;
import org.workforceinsight.api.TargetRecordsApi;
import org.workforceinsight.api.model.MeasureTargetRecord;
import org.workforceinsight.api.model.MeasureTargetRecordInput;
import org.workforceinsight.api.model.RecordChangePage;
import org.workforceinsight.shared.ETags;
import org.workforceinsight.shared.Paging;
import org.workforceinsight.shared.Versioned;

/** Measure targets by id, with versions and history: read by every reading role, written by workforce leads. */
@RolesAllowed({"workforce-lead", "senior-manager", "team-manager", "machine-read", "machine-write"})
public class MeasureTargetRecordsResource implements TargetRecordsApi {

    @Inject
    MeasureTargetRecordService targets;

    @Inject
    RecordAccess access;

    @Override
    public RestResponse<MeasureTargetRecord> getMeasureTargetRecord(UUID targetId) {
        Versioned<MeasureTargetRecord> target = targets.get(access.writerScope(), targetId);
        return RestResponse.ResponseBuilder.ok(target.body()).header("ETag", target.etag()).build();
    }

    @Override
    public RestResponse<RecordChangePage> getMeasureTargetRecordHistory(UUID targetId, Integer page, Integer size) {
        return RestResponse.ok(targets.history(access.writerScope(), targetId, Paging.of(page, size)));
    }

    @Override
    @RolesAllowed("workforce-lead")
    public RestResponse<MeasureTargetRecord> createMeasureTargetRecord(MeasureTargetRecordInput input) {
        Versioned<MeasureTargetRecord> created = targets.record(access.writerScope(), input);
        return RestResponse.ResponseBuilder.<MeasureTargetRecord>created(
                        URI.create("/api/v1/measure-target-records/" + created.body().getId()))
                .header("ETag", created.etag()).entity(created.body()).build();
    }

    @Override
    @RolesAllowed("workforce-lead")
    public RestResponse<MeasureTargetRecord> updateMeasureTargetRecord(UUID targetId, String ifMatch,
                                                                       MeasureTargetRecordInput input) {
        Versioned<MeasureTargetRecord> updated = targets.update(access.writerScope(), targetId,
                ETags.expectedVersion(ifMatch), input);
        return RestResponse.ResponseBuilder.ok(updated.body()).header("ETag", updated.etag()).build();
    }

    @Override
    @DELETE
    @Path("/{targetId}")
    // the contract's 204 has no body, so the generated interface would refuse clients that accept JSON (406)
    @Produces({"application/json", "application/problem+json"})
    @RolesAllowed("workforce-lead")
    public RestResponse<Void> deleteMeasureTargetRecord(@PathParam("targetId") UUID targetId,
                                                        @HeaderParam("If-Match") String ifMatch) {
        targets.delete(access.writerScope(), targetId, ETags.expectedVersion(ifMatch));
        return RestResponse.noContent();
    }
}

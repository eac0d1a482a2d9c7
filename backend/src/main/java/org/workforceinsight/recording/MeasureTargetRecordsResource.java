package org.workforceinsight.recording;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;
import org.workforceinsight.api.TargetRecordsApi;
import org.workforceinsight.api.model.MeasureTargetRecord;
import org.workforceinsight.api.model.MeasureTargetRecordInput;
import org.workforceinsight.api.model.RecordChangePage;
import org.workforceinsight.security.ScopeService;
import org.workforceinsight.shared.ETags;
import org.workforceinsight.shared.Paging;
import org.workforceinsight.shared.Versioned;

/** Measure targets by id, with versions and history: read by every reading role, written by workforce leads. */
// Who may call each operation: security/OperationRules, checked by security/OperationAccessFilter.
@Authenticated
public class MeasureTargetRecordsResource implements TargetRecordsApi {

    @Inject
    MeasureTargetRecordService targets;

    @Inject
    ScopeService scopes;

    @Override
    public RestResponse<MeasureTargetRecord> getMeasureTargetRecord(UUID targetId) {
        Versioned<MeasureTargetRecord> target = targets.get(scopes.current(), targetId);
        return target.ok();
    }

    @Override
    public RestResponse<RecordChangePage> getMeasureTargetRecordHistory(UUID targetId, Integer page, Integer size) {
        return RestResponse.ok(targets.history(scopes.current(), targetId, Paging.of(page, size)));
    }

    @Override
    public RestResponse<MeasureTargetRecord> createMeasureTargetRecord(MeasureTargetRecordInput input) {
        Versioned<MeasureTargetRecord> created = targets.record(scopes.current(), input);
        return created.created("/api/v1/measure-target-records/" + created.body().getId());
    }

    @Override
    public RestResponse<MeasureTargetRecord> updateMeasureTargetRecord(UUID targetId, String ifMatch,
                                                                       MeasureTargetRecordInput input) {
        Versioned<MeasureTargetRecord> updated = targets.update(scopes.current(), targetId,
                ETags.expectedVersion(ifMatch), input);
        return updated.ok();
    }

    @Override
    @DELETE
    @Path("/{targetId}")
    // the contract's 204 has no body, so the generated interface would refuse clients that accept JSON (406)
    @Produces({"application/json", "application/problem+json"})
    public RestResponse<Void> deleteMeasureTargetRecord(@PathParam("targetId") UUID targetId,
                                                        @HeaderParam("If-Match") String ifMatch) {
        targets.delete(scopes.current(), targetId, ETags.expectedVersion(ifMatch));
        return RestResponse.noContent();
    }
}

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
import org.workforceinsight.shared.KeptRecordEndpoints;

/** Measure targets by id, with versions and history: read by every reading role, written by workforce leads. */
// Who may call each operation: security/OperationRules, checked by security/OperationAccessFilter.
@Authenticated
public class MeasureTargetRecordsResource implements TargetRecordsApi {

    @Inject
    MeasureTargetRecordService targets;

    @Inject
    KeptRecordEndpoints endpoints;

    @Override
    public RestResponse<MeasureTargetRecord> getMeasureTargetRecord(UUID targetId) {
        return endpoints.get(targets, targetId);
    }

    @Override
    public RestResponse<RecordChangePage> getMeasureTargetRecordHistory(UUID targetId, Integer page, Integer size) {
        return endpoints.history(targets, targetId, page, size);
    }

    @Override
    public RestResponse<MeasureTargetRecord> createMeasureTargetRecord(MeasureTargetRecordInput input) {
        return endpoints.create(targets, input, created -> "/api/v1/measure-target-records/" + created.getId());
    }

    @Override
    public RestResponse<MeasureTargetRecord> updateMeasureTargetRecord(UUID targetId, String ifMatch,
                                                                       MeasureTargetRecordInput input) {
        return endpoints.update(targets, targetId, ifMatch, input);
    }

    @Override
    @DELETE
    @Path("/{targetId}")
    // the contract's 204 has no body, so the generated interface would refuse clients that accept JSON (406)
    @Produces({"application/json", "application/problem+json"})
    public RestResponse<Void> deleteMeasureTargetRecord(@PathParam("targetId") UUID targetId,
                                                        @HeaderParam("If-Match") String ifMatch) {
        return endpoints.delete(targets, targetId, ifMatch);
    }
}

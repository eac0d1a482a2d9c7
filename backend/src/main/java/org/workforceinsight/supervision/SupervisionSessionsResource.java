package org.workforceinsight.supervision;

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
import org.workforceinsight.api.SupervisionApi;
import org.workforceinsight.api.model.RecordChangePage;
import org.workforceinsight.api.model.SupervisionSession;
import org.workforceinsight.api.model.SupervisionSessionInput;
import org.workforceinsight.api.model.SupervisionSessionPage;
import org.workforceinsight.recording.RecordAccess;
import org.workforceinsight.shared.ETags;
import org.workforceinsight.shared.Paging;
import org.workforceinsight.shared.Versioned;
import org.workforceinsight.workers.WorkerRecordScope;

/**
 * Supervision sessions. Reading is for every product role; recording, correcting and deleting is for leads
 * and machine-write clients, and for managers about workers in their scope on the session date.
 */
@RolesAllowed({"workforce-lead", "senior-manager", "team-manager", "machine-read", "machine-write"})
public class SupervisionSessionsResource implements SupervisionApi {

    @Inject
    SupervisionSessionService sessions;

    @Inject
    RecordAccess access;

    @Override
    public RestResponse<SupervisionSessionPage> listSupervisionSessions(UUID workerId, UUID nodeId, LocalDate from,
                                                                        LocalDate to, Integer page, Integer size) {
        return RestResponse.ok(sessions.list(access.writerScope(), workerId, nodeId,
                WorkerRecordScope.Range.of(from, to), Paging.of(page, size)));
    }

    @Override
    public RestResponse<SupervisionSession> getSupervisionSession(UUID sessionId) {
        Versioned<SupervisionSession> session = sessions.get(access.writerScope(), sessionId);
        return RestResponse.ResponseBuilder.ok(session.body()).header("ETag", session.etag()).build();
    }

    @Override
    public RestResponse<RecordChangePage> getSupervisionSessionHistory(UUID sessionId, Integer page, Integer size) {
        return RestResponse.ok(sessions.history(access.writerScope(), sessionId, Paging.of(page, size)));
    }

    @Override
    @RolesAllowed({"workforce-lead", "senior-manager", "team-manager", "machine-write"})
    public RestResponse<SupervisionSession> createSupervisionSession(SupervisionSessionInput input) {
        Versioned<SupervisionSession> created = sessions.record(access.writerScope(), input);
        return RestResponse.ResponseBuilder.<SupervisionSession>created(
                        URI.create("/api/v1/supervision-sessions/" + created.body().getId()))
                .header("ETag", created.etag()).entity(created.body()).build();
    }

    @Override
    @RolesAllowed({"workforce-lead", "senior-manager", "team-manager", "machine-write"})
    public RestResponse<SupervisionSession> updateSupervisionSession(UUID sessionId, String ifMatch,
                                                                     SupervisionSessionInput input) {
        Versioned<SupervisionSession> updated = sessions.update(access.writerScope(), sessionId,
                ETags.expectedVersion(ifMatch), input);
        return RestResponse.ResponseBuilder.ok(updated.body()).header("ETag", updated.etag()).build();
    }

    @Override
    @DELETE
    @Path("/{sessionId}")
    // the contract's 204 has no body, so the generated interface would refuse clients that accept JSON (406)
    @Produces({"application/json", "application/problem+json"})
    @RolesAllowed({"workforce-lead", "senior-manager", "team-manager", "machine-write"})
    public RestResponse<Void> deleteSupervisionSession(@PathParam("sessionId") UUID sessionId,
                                          @HeaderParam("If-Match") String ifMatch) {
        sessions.delete(access.writerScope(), sessionId, ETags.expectedVersion(ifMatch));
        return RestResponse.noContent();
    }
}

package org.workforceinsight.supervision;

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
import org.workforceinsight.api.SupervisionApi;
import org.workforceinsight.api.model.RecordChangePage;
import org.workforceinsight.api.model.SupervisionSession;
import org.workforceinsight.api.model.SupervisionSessionInput;
import org.workforceinsight.api.model.SupervisionSessionPage;
import org.workforceinsight.security.ScopeService;
import org.workforceinsight.shared.ETags;
import org.workforceinsight.shared.Paging;
import org.workforceinsight.shared.Versioned;
import org.workforceinsight.workers.WorkerRecordScope;

/**
 * Supervision sessions. Reading is for every product role; recording, correcting and deleting is for leads
 * and machine-write clients, and for managers about workers in their scope on the session date.
 */
// Who may call each operation: security/OperationRules, checked by security/OperationAccessFilter.
@Authenticated
public class SupervisionSessionsResource implements SupervisionApi {

    @Inject
    SupervisionSessionService sessions;

    @Inject
    ScopeService scopes;

    @Override
    public RestResponse<SupervisionSessionPage> listSupervisionSessions(UUID workerId, UUID nodeId, LocalDate from,
                                                                        LocalDate to, Integer page, Integer size) {
        return RestResponse.ok(sessions.list(scopes.current(), workerId, nodeId,
                WorkerRecordScope.Range.of(from, to), Paging.of(page, size)));
    }

    @Override
    public RestResponse<SupervisionSession> getSupervisionSession(UUID sessionId) {
        Versioned<SupervisionSession> session = sessions.get(scopes.current(), sessionId);
        return session.ok();
    }

    @Override
    public RestResponse<RecordChangePage> getSupervisionSessionHistory(UUID sessionId, Integer page, Integer size) {
        return RestResponse.ok(sessions.history(scopes.current(), sessionId, Paging.of(page, size)));
    }

    @Override
    public RestResponse<SupervisionSession> createSupervisionSession(SupervisionSessionInput input) {
        Versioned<SupervisionSession> created = sessions.record(scopes.current(), input);
        return created.created("/api/v1/supervision-sessions/" + created.body().getId());
    }

    @Override
    public RestResponse<SupervisionSession> updateSupervisionSession(UUID sessionId, String ifMatch,
                                                                     SupervisionSessionInput input) {
        Versioned<SupervisionSession> updated = sessions.update(scopes.current(), sessionId,
                ETags.expectedVersion(ifMatch), input);
        return updated.ok();
    }

    @Override
    @DELETE
    @Path("/{sessionId}")
    // the contract's 204 has no body, so the generated interface would refuse clients that accept JSON (406)
    @Produces({"application/json", "application/problem+json"})
    public RestResponse<Void> deleteSupervisionSession(@PathParam("sessionId") UUID sessionId,
                                          @HeaderParam("If-Match") String ifMatch) {
        sessions.delete(scopes.current(), sessionId, ETags.expectedVersion(ifMatch));
        return RestResponse.noContent();
    }
}

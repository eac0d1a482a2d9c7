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
import org.workforceinsight.shared.KeptRecordEndpoints;
import org.workforceinsight.shared.Paging;
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

    @Inject
    KeptRecordEndpoints endpoints;

    @Override
    public RestResponse<SupervisionSessionPage> listSupervisionSessions(UUID workerId, UUID nodeId, LocalDate from,
                                                                        LocalDate to, Integer page, Integer size) {
        return RestResponse.ok(sessions.list(scopes.current(), workerId, nodeId,
                WorkerRecordScope.Range.of(from, to), Paging.of(page, size)));
    }

    @Override
    public RestResponse<SupervisionSession> getSupervisionSession(UUID sessionId) {
        return endpoints.get(sessions, sessionId);
    }

    @Override
    public RestResponse<RecordChangePage> getSupervisionSessionHistory(UUID sessionId, Integer page, Integer size) {
        return endpoints.history(sessions, sessionId, page, size);
    }

    @Override
    public RestResponse<SupervisionSession> createSupervisionSession(SupervisionSessionInput input) {
        return endpoints.create(sessions, input, created -> "/api/v1/supervision-sessions/" + created.getId());
    }

    @Override
    public RestResponse<SupervisionSession> updateSupervisionSession(UUID sessionId, String ifMatch,
                                                                     SupervisionSessionInput input) {
        return endpoints.update(sessions, sessionId, ifMatch, input);
    }

    @Override
    @DELETE
    @Path("/{sessionId}")
    // the contract's 204 has no body, so the generated interface would refuse clients that accept JSON (406)
    @Produces({"application/json", "application/problem+json"})
    public RestResponse<Void> deleteSupervisionSession(@PathParam("sessionId") UUID sessionId,
                                          @HeaderParam("If-Match") String ifMatch) {
        return endpoints.delete(sessions, sessionId, ifMatch);
    }
}

package org.workforceinsight.supervision;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;
import org.workforceinsight.api.SupervisionApi;
import org.workforceinsight.api.model.SupervisionSession;
import org.workforceinsight.api.model.SupervisionSessionInput;
import org.workforceinsight.api.model.SupervisionSessionPage;
import org.workforceinsight.security.ScopeService;
import org.workforceinsight.shared.Paging;
import org.workforceinsight.workers.WorkerRecordScope;

/** Supervision sessions. Reading is for every product role; recording is for leads and managers. */
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
        return RestResponse.ok(sessions.list(scopes.current(), workerId, nodeId, WorkerRecordScope.Range.of(from, to),
                Paging.of(page, size)));
    }

    @Override
    public RestResponse<SupervisionSession> getSupervisionSession(UUID sessionId) {
        return RestResponse.ok(sessions.get(scopes.current(), sessionId));
    }

    @Override
    public RestResponse<SupervisionSession> createSupervisionSession(SupervisionSessionInput input) {
        SupervisionSession created = sessions.record(scopes.current(), input);
        return RestResponse.ResponseBuilder.<SupervisionSession>created(
                URI.create("/api/v1/supervision-sessions/" + created.getId())).entity(created).build();
    }
}

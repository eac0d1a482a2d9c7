package org.workforceinsight.workers;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;
import org.workforceinsight.api.LeaversApi;
import org.workforceinsight.api.model.LeaverPage;
import org.workforceinsight.api.model.LeavingReason;
import org.workforceinsight.security.ScopeService;
import org.workforceinsight.shared.Paging;

/** Leavers in the caller's scope, and the reasons a leaver can give. */
// Who may call each operation: security/OperationRules, checked by security/OperationAccessFilter.
@Authenticated
public class LeaversResource implements LeaversApi {

    @Inject
    LeaverService leavers;

    @Inject
    ScopeService scopes;

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
}

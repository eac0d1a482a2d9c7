package org.workforceinsight.workers;

import jakarta.annotation.security.RolesAllowed;
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
@RolesAllowed({"workforce-lead", "senior-manager", "team-manager", "machine-read"})
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

package org.workforceinsight.absence;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;
import org.workforceinsight.api.AbsenceApi;
import org.workforceinsight.api.model.AbsencePage;
import org.workforceinsight.security.ScopeService;
import org.workforceinsight.shared.Paging;
import org.workforceinsight.workers.WorkerRecordScope;

/** Absences in the caller's scope. */
@RolesAllowed({"workforce-lead", "senior-manager", "team-manager", "machine-read"})
public class AbsencesResource implements AbsenceApi {

    @Inject
    AbsenceService absences;

    @Inject
    ScopeService scopes;

    @Override
    public RestResponse<AbsencePage> listAbsences(UUID workerId, UUID nodeId, LocalDate from, LocalDate to,
                                                  Integer page, Integer size) {
        return RestResponse.ok(absences.list(scopes.current(), workerId, nodeId, WorkerRecordScope.Range.of(from, to),
                Paging.of(page, size)));
    }
}

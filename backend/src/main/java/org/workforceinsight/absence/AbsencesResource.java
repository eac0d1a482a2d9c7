package org.workforceinsight.absence;

import io.quarkus.security.Authenticated;
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
// Who may call each operation: security/OperationRules, checked by security/OperationAccessFilter.
@Authenticated
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

package org.workforceinsight.absence;

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
import org.workforceinsight.api.AbsenceApi;
import org.workforceinsight.api.model.Absence;
import org.workforceinsight.api.model.AbsenceInput;
import org.workforceinsight.api.model.AbsencePage;
import org.workforceinsight.api.model.RecordChangePage;
import org.workforceinsight.security.ScopeService;
import org.workforceinsight.security.AccessScope;
import org.workforceinsight.shared.KeptRecordEndpoints;
import org.workforceinsight.shared.Paging;
import org.workforceinsight.workers.WorkerRecordScope;

/**
 * Absences in the caller's scope. Workforce leads, HR absence officers and machine-write clients record,
 * correct and delete them, for any worker.
 */
// Who may call each operation: security/OperationRules, checked by security/OperationAccessFilter.
@Authenticated
public class AbsencesResource implements AbsenceApi {

    @Inject
    AbsenceService absences;

    @Inject
    ScopeService scopes;

    @Inject
    KeptRecordEndpoints endpoints;

    private AccessScope scope() {
        // HR absence officers and machine-write clients see the whole council (Roles.COUNCIL_WIDE)
        return scopes.current();
    }

    @Override
    public RestResponse<AbsencePage> listAbsences(UUID workerId, UUID nodeId, LocalDate from, LocalDate to,
                                                  Integer page, Integer size) {
        return RestResponse.ok(absences.list(scope(), workerId, nodeId, WorkerRecordScope.Range.of(from, to),
                Paging.of(page, size)));
    }

    @Override
    public RestResponse<Absence> getAbsence(UUID absenceId) {
        return endpoints.get(absences, absenceId);
    }

    @Override
    public RestResponse<RecordChangePage> getAbsenceHistory(UUID absenceId, Integer page, Integer size) {
        return endpoints.history(absences, absenceId, page, size);
    }

    @Override
    public RestResponse<Absence> createAbsence(AbsenceInput input) {
        return endpoints.create(absences, input, created -> "/api/v1/absences/" + created.getId());
    }

    @Override
    public RestResponse<Absence> updateAbsence(UUID absenceId, String ifMatch, AbsenceInput input) {
        return endpoints.update(absences, absenceId, ifMatch, input);
    }

    @Override
    @DELETE
    @Path("/{absenceId}")
    // the contract's 204 has no body, so the generated interface would refuse clients that accept JSON (406)
    @Produces({"application/json", "application/problem+json"})
    public RestResponse<Void> deleteAbsence(@PathParam("absenceId") UUID absenceId,
                                            @HeaderParam("If-Match") String ifMatch) {
        return endpoints.delete(absences, absenceId, ifMatch);
    }
}

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
import org.workforceinsight.shared.ETags;
import org.workforceinsight.shared.Paging;
import org.workforceinsight.shared.Versioned;
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
        Versioned<Absence> absence = absences.get(scope(), absenceId);
        return absence.ok();
    }

    @Override
    public RestResponse<RecordChangePage> getAbsenceHistory(UUID absenceId, Integer page, Integer size) {
        return RestResponse.ok(absences.history(scope(), absenceId, Paging.of(page, size)));
    }

    @Override
    public RestResponse<Absence> createAbsence(AbsenceInput input) {
        Versioned<Absence> created = absences.record(scope(), input);
        return created.created("/api/v1/absences/" + created.body().getId());
    }

    @Override
    public RestResponse<Absence> updateAbsence(UUID absenceId, String ifMatch, AbsenceInput input) {
        Versioned<Absence> updated = absences.update(scope(), absenceId, ETags.expectedVersion(ifMatch), input);
        return updated.ok();
    }

    @Override
    @DELETE
    @Path("/{absenceId}")
    // the contract's 204 has no body, so the generated interface would refuse clients that accept JSON (406)
    @Produces({"application/json", "application/problem+json"})
    public RestResponse<Void> deleteAbsence(@PathParam("absenceId") UUID absenceId,
                                            @HeaderParam("If-Match") String ifMatch) {
        absences.delete(scope(), absenceId, ETags.expectedVersion(ifMatch));
        return RestResponse.noContent();
    }
}

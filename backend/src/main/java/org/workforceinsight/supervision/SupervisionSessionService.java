package org.workforceinsight.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.workforceinsight.api.model.SessionType;
import org.workforceinsight.api.model.SupervisionSession;
import org.workforceinsight.api.model.SupervisionSessionInput;
import org.workforceinsight.api.model.SupervisionSessionPage;
import org.workforceinsight.api.model.Violation;
import org.workforceinsight.api.model.WorkerRef;
import org.workforceinsight.security.AccessScope;
import org.workforceinsight.security.AuditTrail;
import org.workforceinsight.shared.Paging;
import org.workforceinsight.shared.ProblemException;
import org.workforceinsight.shared.Rows;
import org.workforceinsight.workers.AssignmentRepository;
import org.workforceinsight.workers.DatedWorkerRecords;
import org.workforceinsight.workers.RecordedFor;
import org.workforceinsight.workers.Worker;
import org.workforceinsight.workers.WorkerRecordScope;
import org.workforceinsight.workers.WorkerRepository;

/** Supervision sessions: listed in the caller's scope, recorded by leads and by managers for their workers. */
@ApplicationScoped
public class SupervisionSessionService {

    private static final String FROM = "supervision_session s JOIN worker w ON w.id = s.supervisee_worker_id "
            + "LEFT JOIN worker sup ON sup.id = s.supervisor_worker_id";

    private static final String COLUMNS = "s.id, s.session_date, s.duration_minutes, s.session_type, s.recorded_by, "
            + "s.recorded_at, w.id AS w_id, w.given_name AS w_given, w.family_name AS w_family, "
            + "sup.id AS sup_id, sup.given_name AS sup_given, sup.family_name AS sup_family";

    private static final DatedWorkerRecords TABLE = new DatedWorkerRecords(FROM, COLUMNS, "s.id",
            "s.supervisee_worker_id", "s.session_date", "s.session_date DESC, s.recorded_at DESC, s.id",
            "supervision session");

    @Inject
    EntityManager em;

    @Inject
    WorkerRepository workers;

    @Inject
    AssignmentRepository assignments;

    @Inject
    RecordedFor recordedFor;

    @Inject
    AuditTrail audit;

    /** Sessions dated in the range, of workers in the caller's scope on the session date, newest first. */
    @Transactional
    public SupervisionSessionPage list(AccessScope scope, UUID workerId, UUID nodeId, WorkerRecordScope.Range range,
                                       Paging paging) {
        WorkerRecordScope records = WorkerRecordScope.resolve(scope, nodeId, workerId, workers, assignments);
        DatedWorkerRecords.Slice slice = TABLE.list(em, records, range, paging);
        SupervisionSessionPage page = new SupervisionSessionPage().page(paging.page()).size(paging.size()).totalItems(slice.total())
                .items(slice.rows().stream().map(SupervisionSessionService::toApi).toList());
        audit.recordRead("listSupervisionSessions", AuditTrail.idsOf(page.getItems(), r -> r.getSupervisee().getId()), AuditTrail.ids(nodeId));
        return page;
    }

    /**
     * One session, as the list gives it, under the list's rule: 404 when there is no session with this id,
     * 403 when its supervisee was not assigned to a node in the caller's scope on the session date.
     */
    @Transactional
    public SupervisionSession get(AccessScope scope, UUID sessionId) {
        SupervisionSession session = toApi(TABLE.get(em,
                () -> WorkerRecordScope.resolve(scope, null, null, workers, assignments), sessionId));
        audit.recordRead("getSupervisionSession", List.of(session.getSupervisee().getId()), List.of());
        return session;
    }

    /**
     * Records a session after checking every field (400 naming each bad one) and that the caller may record
     * for the supervisee on the session date (403); nothing is written when either check fails.
     */
    @Transactional
    public SupervisionSession record(AccessScope scope, SupervisionSessionInput input) {
        List<Violation> violations = new ArrayList<>();
        LocalDate today = LocalDate.now();
        Worker supervisee = recordedFor.existingWorker(input.getSuperviseeId(), "superviseeId", violations);
        Worker supervisor = input.getSupervisorId() == null ? null
                : recordedFor.existingWorker(input.getSupervisorId(), "supervisorId", violations);
        if (input.getSupervisorId() != null && input.getSupervisorId().equals(input.getSuperviseeId())) {
            violations.add(new Violation().field("supervisorId").detail("must not be the supervisee"));
        }
        RecordedFor.checkPastDate(input.getSessionDate(), "sessionDate", today, violations);
        if (!violations.isEmpty()) {
            throw ProblemException.invalidFields(violations);
        }
        recordedFor.requireMayRecordFor(scope, supervisee.id, input.getSessionDate());

        SupervisionSessionRecord record = new SupervisionSessionRecord();
        record.id = UUID.randomUUID();
        record.superviseeWorkerId = supervisee.id;
        record.supervisorWorkerId = supervisor == null ? null : supervisor.id;
        record.sessionDate = input.getSessionDate();
        record.durationMinutes = input.getDurationMinutes();
        record.sessionType = input.getSessionType().toString();
        record.recordedBy = scope.username();
        // microseconds: what PostgreSQL keeps, so the answer equals a later read
        record.recordedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        record.persist();
        audit.recordCreate("createSupervisionSession", "supervision-session", record.id,
                AuditTrail.ids(supervisee.id), List.of(), input);

        return new SupervisionSession()
                .id(record.id)
                .supervisee(RecordedFor.ref(supervisee))
                .supervisor(supervisor == null ? null : RecordedFor.ref(supervisor))
                .sessionDate(record.sessionDate)
                .durationMinutes(record.durationMinutes)
                .sessionType(input.getSessionType())
                .recordedBy(record.recordedBy)
                .recordedAt(record.recordedAt);
    }

    private static SupervisionSession toApi(Tuple t) {
        UUID supervisorId = Rows.uuid(t.get("sup_id"));
        return new SupervisionSession()
                .id(Rows.uuid(t.get("id")))
                .supervisee(new WorkerRef().id(Rows.uuid(t.get("w_id"))).givenName(Rows.string(t.get("w_given")))
                        .familyName(Rows.string(t.get("w_family"))))
                .supervisor(supervisorId == null ? null : new WorkerRef().id(supervisorId)
                        .givenName(Rows.string(t.get("sup_given"))).familyName(Rows.string(t.get("sup_family"))))
                .sessionDate(Rows.date(t.get("session_date")))
                .durationMinutes(Rows.integer(t.get("duration_minutes")))
                .sessionType(SessionType.fromValue(Rows.string(t.get("session_type"))))
                .recordedBy(Rows.string(t.get("recorded_by")))
                .recordedAt(RecordedFor.timestamp(t.get("recorded_at")));
    }
}

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
import org.workforceinsight.api.model.RecordChangePage;
import org.workforceinsight.api.model.SessionType;
import org.workforceinsight.api.model.SupervisionSession;
import org.workforceinsight.api.model.SupervisionSessionInput;
import org.workforceinsight.api.model.SupervisionSessionPage;
import org.workforceinsight.api.model.Violation;
import org.workforceinsight.api.model.WorkerRef;
import org.workforceinsight.security.AccessScope;
import org.workforceinsight.security.AuditTrail;
import org.workforceinsight.shared.KeptRecordService;
import org.workforceinsight.shared.KeptRecords;
import org.workforceinsight.shared.Paging;
import org.workforceinsight.shared.ProblemException;
import org.workforceinsight.shared.Rows;
import org.workforceinsight.shared.Versioned;
import org.workforceinsight.workers.AssignmentRepository;
import org.workforceinsight.workers.DatedWorkerRecords;
import org.workforceinsight.workers.RecordedFor;
import org.workforceinsight.workers.Worker;
import org.workforceinsight.workers.WorkerRecordScope;
import org.workforceinsight.workers.WorkerRepository;

/** Supervision sessions: listed in the caller's scope, recorded by leads and by managers for their workers. */
@ApplicationScoped
public class SupervisionSessionService
        implements KeptRecordService<SupervisionSession, SupervisionSessionInput> {

    private static final String FROM = "supervision_session s JOIN worker w ON w.id = s.supervisee_worker_id "
            + "LEFT JOIN worker sup ON sup.id = s.supervisor_worker_id";

    private static final String COLUMNS = "s.id, s.version, s.session_date, s.duration_minutes, s.session_type, s.recorded_by, "
            + "s.recorded_at, w.id AS w_id, w.given_name AS w_given, w.family_name AS w_family, "
            + "sup.id AS sup_id, sup.given_name AS sup_given, sup.family_name AS sup_family";

    /** The record type in history, as the contract names it. */
    public static final String RECORD_TYPE = "supervision-session";

    private static final KeptRecords.Kind<SupervisionSession> KIND = KeptRecords.Kind
            .<SupervisionSession>of(RECORD_TYPE, "supervision session", "supervision_session", "id")
            .audited("SupervisionSession", s -> AuditTrail.ids(s.getSupervisee().getId()), s -> List.of(),
                    "supervisee", "supervisor");

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
    KeptRecords records;

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
    @Override
    @Transactional
    public Versioned<SupervisionSession> get(AccessScope scope, UUID sessionId) {
        return records.shown(KIND, read(scope, sessionId));
    }

    private Versioned<SupervisionSession> read(AccessScope scope, UUID sessionId) {
        Tuple t = TABLE.get(em, () -> WorkerRecordScope.resolve(scope, null, null, workers, assignments), sessionId);
        return new Versioned<>(toApi(t), Rows.count(t.get("version")));
    }

    /** The session's changes, newest first, for whoever may read the session. */
    @Override
    @Transactional
    public RecordChangePage history(AccessScope scope, UUID sessionId, Paging paging) {
        return records.history(KIND, scope, sessionId, paging, () -> read(scope, sessionId));
    }

    /**
     * Records a session after checking every field (400 naming each bad one) and that the caller may record
     * for the supervisee on the session date (403); nothing is written when either check fails.
     */
    @Override
    @Transactional
    public Versioned<SupervisionSession> record(AccessScope scope, SupervisionSessionInput input) {
        Checked checked = check(input);
        recordedFor.requireMayRecordFor(scope, checked.supervisee().id, input.getSessionDate());

        UUID id = UUID.randomUUID();
        // microseconds: what PostgreSQL keeps, so the answer equals a later read
        OffsetDateTime recordedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        records.insert(KIND, id, columns(checked, input)
                .set("recorded_by", scope.username())
                .set("recorded_at", recordedAt));
        SupervisionSession created = new SupervisionSession()
                .id(id)
                .supervisee(RecordedFor.ref(checked.supervisee()))
                .supervisor(checked.supervisor() == null ? null : RecordedFor.ref(checked.supervisor()))
                .sessionDate(input.getSessionDate())
                .durationMinutes(input.getDurationMinutes())
                .sessionType(input.getSessionType())
                .recordedBy(scope.username())
                .recordedAt(recordedAt);
        return records.created(KIND, id, new Versioned<>(created, 1), input);
    }

    /**
     * Corrects a session: 404/403 as for reading it, 412 when {@code expectedVersion} is not current, 400
     * naming each bad field, 403 when the caller may not record for the session's worker on its date before
     * or after the correction. Who recorded it first stays; the history says who corrected it.
     */
    @Override
    @Transactional
    public Versioned<SupervisionSession> update(AccessScope scope, UUID sessionId, long expectedVersion,
                                                SupervisionSessionInput input) {
        return records.update(KIND, sessionId, expectedVersion, () -> read(scope, sessionId), before -> {
            requireMayRecord(scope, before);
            Checked checked = check(input);
            recordedFor.requireMayRecordFor(scope, checked.supervisee().id, input.getSessionDate());
            return columns(checked, input);
        });
    }

    /** Deletes a session, under the rules of {@link #update} for the session as it is. */
    @Override
    @Transactional
    public void delete(AccessScope scope, UUID sessionId, long expectedVersion) {
        records.delete(KIND, sessionId, expectedVersion, () -> read(scope, sessionId),
                before -> requireMayRecord(scope, before));
    }

    /** 403 unless the caller may record for the session's supervisee on its date, as it is now. */
    private void requireMayRecord(AccessScope scope, Versioned<SupervisionSession> session) {
        recordedFor.requireMayRecordFor(scope, session.body().getSupervisee().getId(),
                session.body().getSessionDate());
    }

    private static KeptRecords.Columns columns(Checked checked, SupervisionSessionInput input) {
        return new KeptRecords.Columns()
                .set("supervisee_worker_id", checked.supervisee().id)
                .set("supervisor_worker_id", checked.supervisor() == null ? null : checked.supervisor().id)
                .set("session_date", input.getSessionDate())
                .set("duration_minutes", input.getDurationMinutes())
                .set("session_type", input.getSessionType().toString());
    }

    private record Checked(Worker supervisee, Worker supervisor) {
    }

    /** Every field of the input, 400 naming each bad one; nothing is written before this passes. */
    private Checked check(SupervisionSessionInput input) {
        List<Violation> violations = new ArrayList<>();
        Worker supervisee = recordedFor.existingWorker(input.getSuperviseeId(), "superviseeId", violations);
        Worker supervisor = input.getSupervisorId() == null ? null
                : recordedFor.existingWorker(input.getSupervisorId(), "supervisorId", violations);
        if (input.getSupervisorId() != null && input.getSupervisorId().equals(input.getSuperviseeId())) {
            violations.add(new Violation().field("supervisorId").detail("must not be the supervisee"));
        }
        RecordedFor.checkPastDate(input.getSessionDate(), "sessionDate", LocalDate.now(), violations);
        if (!violations.isEmpty()) {
            throw ProblemException.invalidFields(violations);
        }
        return new Checked(supervisee, supervisor);
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

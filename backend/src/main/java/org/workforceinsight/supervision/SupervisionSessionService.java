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
import org.workforceinsight.shared.ETags;
import org.workforceinsight.shared.Paging;
import org.workforceinsight.shared.ProblemException;
import org.workforceinsight.shared.RecordHistory;
import org.workforceinsight.shared.Rows;
import org.workforceinsight.shared.Versioned;
import org.workforceinsight.shared.VersionedRows;
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

    private static final String COLUMNS = "s.id, s.version, s.session_date, s.duration_minutes, s.session_type, s.recorded_by, "
            + "s.recorded_at, w.id AS w_id, w.given_name AS w_given, w.family_name AS w_family, "
            + "sup.id AS sup_id, sup.given_name AS sup_given, sup.family_name AS sup_family";

    /** The record type in history, as the contract names it. */
    public static final String RECORD_TYPE = "supervision-session";

    private static final String NOUN = "supervision session";

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
    RecordHistory history;

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
    public Versioned<SupervisionSession> get(AccessScope scope, UUID sessionId) {
        Versioned<SupervisionSession> session = versioned(read(scope, sessionId));
        audit.recordRead("getSupervisionSession", AuditTrail.ids(session.body().getSupervisee().getId()), List.of());
        return session;
    }

    private Tuple read(AccessScope scope, UUID sessionId) {
        return TABLE.get(em, () -> WorkerRecordScope.resolve(scope, null, null, workers, assignments), sessionId);
    }

    /** The session's changes, newest first, for whoever may read the session. */
    @Transactional
    public RecordChangePage history(AccessScope scope, UUID sessionId, Paging paging) {
        RecordChangePage page = TABLE.history(em, history, scope,
                () -> WorkerRecordScope.resolve(scope, null, null, workers, assignments), RECORD_TYPE, sessionId,
                paging);
        audit.recordRead("getSupervisionSessionHistory", RecordHistory.workerIds(page, "supervisee", "supervisor"), List.of());
        return page;
    }

    /**
     * Records a session after checking every field (400 naming each bad one) and that the caller may record
     * for the supervisee on the session date (403); nothing is written when either check fails.
     */
    @Transactional
    public Versioned<SupervisionSession> record(AccessScope scope, SupervisionSessionInput input) {
        Checked checked = check(input);
        recordedFor.requireMayRecordFor(scope, checked.supervisee().id, input.getSessionDate());

        SupervisionSessionRecord record = new SupervisionSessionRecord();
        record.id = UUID.randomUUID();
        record.superviseeWorkerId = checked.supervisee().id;
        record.supervisorWorkerId = checked.supervisor() == null ? null : checked.supervisor().id;
        record.sessionDate = input.getSessionDate();
        record.durationMinutes = input.getDurationMinutes();
        record.sessionType = input.getSessionType().toString();
        record.recordedBy = scope.username();
        // microseconds: what PostgreSQL keeps, so the answer equals a later read
        record.recordedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        record.version = 1;
        record.persist();
        audit.recordCreate("createSupervisionSession", "supervision-session", record.id,
                AuditTrail.ids(checked.supervisee().id), List.of(), input);

        SupervisionSession created = new SupervisionSession()
                .id(record.id)
                .supervisee(RecordedFor.ref(checked.supervisee()))
                .supervisor(checked.supervisor() == null ? null : RecordedFor.ref(checked.supervisor()))
                .sessionDate(record.sessionDate)
                .durationMinutes(record.durationMinutes)
                .sessionType(input.getSessionType())
                .recordedBy(record.recordedBy)
                .recordedAt(record.recordedAt);
        history.api(RECORD_TYPE, record.id, record.version, RecordHistory.ChangeType.CREATED, null, created);
        return new Versioned<>(created, record.version);
    }

    /**
     * Corrects a session: 404/403 as for reading it, 412 when {@code expectedVersion} is not current, 400
     * naming each bad field, 403 when the caller may not record for the session's worker on its date before
     * or after the correction. Who recorded it first stays; the history says who corrected it.
     */
    @Transactional
    public Versioned<SupervisionSession> update(AccessScope scope, UUID sessionId, long expectedVersion,
                                                SupervisionSessionInput input) {
        Tuple current = read(scope, sessionId);
        long version = Rows.count(current.get("version"));
        ETags.requireCurrent(version, expectedVersion, NOUN);
        recordedFor.requireMayRecordFor(scope, Rows.uuid(current.get("w_id")), Rows.date(current.get("session_date")));
        Checked checked = check(input);
        recordedFor.requireMayRecordFor(scope, checked.supervisee().id, input.getSessionDate());

        int rows = em.createNativeQuery("UPDATE supervision_session SET supervisee_worker_id = :supervisee, "
                        + "supervisor_worker_id = :supervisor, session_date = :date, duration_minutes = :minutes, "
                        + "session_type = :type, version = version + 1 WHERE id = :id AND version = :version")
                .setParameter("supervisee", checked.supervisee().id)
                .setParameter("supervisor", checked.supervisor() == null ? null : checked.supervisor().id)
                .setParameter("date", input.getSessionDate())
                .setParameter("minutes", input.getDurationMinutes())
                .setParameter("type", input.getSessionType().toString())
                .setParameter("id", sessionId)
                .setParameter("version", expectedVersion)
                .executeUpdate();
        VersionedRows.requireChanged(em, rows, "supervision_session", "id", sessionId, NOUN);
        Versioned<SupervisionSession> after = versioned(read(scope, sessionId));
        SupervisionSession before = toApi(current);
        history.api(RECORD_TYPE, sessionId, after.version(), RecordHistory.ChangeType.UPDATED, before, after.body());
        audit.recordUpdate("updateSupervisionSession", RECORD_TYPE, sessionId,
                AuditTrail.ids(before.getSupervisee().getId(), after.body().getSupervisee().getId()), List.of(),
                before, after.body());
        return after;
    }

    /** Deletes a session, under the rules of {@link #update} for the session as it is. */
    @Transactional
    public void delete(AccessScope scope, UUID sessionId, long expectedVersion) {
        Tuple current = read(scope, sessionId);
        long version = Rows.count(current.get("version"));
        ETags.requireCurrent(version, expectedVersion, NOUN);
        recordedFor.requireMayRecordFor(scope, Rows.uuid(current.get("w_id")), Rows.date(current.get("session_date")));
        int rows = em.createNativeQuery("DELETE FROM supervision_session WHERE id = :id AND version = :version")
                .setParameter("id", sessionId).setParameter("version", expectedVersion).executeUpdate();
        VersionedRows.requireChanged(em, rows, "supervision_session", "id", sessionId, NOUN);
        history.api(RECORD_TYPE, sessionId, version, RecordHistory.ChangeType.DELETED, toApi(current), null);
        audit.recordDelete("deleteSupervisionSession", RECORD_TYPE, sessionId, AuditTrail.ids(Rows.uuid(current.get("w_id"))),
                List.of());
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

    private static Versioned<SupervisionSession> versioned(Tuple t) {
        return new Versioned<>(toApi(t), Rows.count(t.get("version")));
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

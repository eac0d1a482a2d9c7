package org.workforceinsight.appraisal;

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
import org.workforceinsight.api.model.Appraisal;
import org.workforceinsight.api.model.AppraisalInput;
import org.workforceinsight.api.model.AppraisalPage;
import org.workforceinsight.api.model.RecordChangePage;
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

/** Appraisals: listed in the caller's scope, recorded by leads and by managers for their workers. */
@ApplicationScoped
public class AppraisalService {

    private static final String FROM = "appraisal ap JOIN worker w ON w.id = ap.worker_id "
            + "LEFT JOIN worker rev ON rev.id = ap.reviewer_worker_id";

    private static final String COLUMNS = "ap.id, ap.version, ap.completed_on, ap.recorded_by, ap.recorded_at, "
            + "w.id AS w_id, w.given_name AS w_given, w.family_name AS w_family, "
            + "rev.id AS rev_id, rev.given_name AS rev_given, rev.family_name AS rev_family";

    /** The record type in history, as the contract names it. */
    public static final String RECORD_TYPE = "appraisal";

    private static final String NOUN = "appraisal";

    private static final DatedWorkerRecords TABLE = new DatedWorkerRecords(FROM, COLUMNS, "ap.id", "ap.worker_id",
            "ap.completed_on", "ap.completed_on DESC, ap.recorded_at DESC, ap.id", "appraisal");

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

    /** Appraisals completed in the range, of workers in the caller's scope on that date, newest first. */
    @Transactional
    public AppraisalPage list(AccessScope scope, UUID workerId, UUID nodeId, WorkerRecordScope.Range range,
                              Paging paging) {
        WorkerRecordScope records = WorkerRecordScope.resolve(scope, nodeId, workerId, workers, assignments);
        DatedWorkerRecords.Slice slice = TABLE.list(em, records, range, paging);
        AppraisalPage page = new AppraisalPage().page(paging.page()).size(paging.size()).totalItems(slice.total())
                .items(slice.rows().stream().map(AppraisalService::toApi).toList());
        audit.recordRead("listAppraisals", AuditTrail.idsOf(page.getItems(), r -> r.getWorker().getId()), AuditTrail.ids(nodeId));
        return page;
    }

    /**
     * One appraisal, as the list gives it, under the list's rule: 404 when there is no appraisal with this
     * id, 403 when its worker was not assigned to a node in the caller's scope on the completion date.
     */
    @Transactional
    public Versioned<Appraisal> get(AccessScope scope, UUID appraisalId) {
        Versioned<Appraisal> appraisal = versioned(read(scope, appraisalId));
        audit.recordRead("getAppraisal", AuditTrail.ids(appraisal.body().getWorker().getId()), List.of());
        return appraisal;
    }

    private Tuple read(AccessScope scope, UUID appraisalId) {
        return TABLE.get(em, () -> WorkerRecordScope.resolve(scope, null, null, workers, assignments), appraisalId);
    }

    /** The appraisal's changes, newest first, for whoever may read the appraisal. */
    @Transactional
    public RecordChangePage history(AccessScope scope, UUID appraisalId, Paging paging) {
        RecordChangePage page = TABLE.history(em, history, scope,
                () -> WorkerRecordScope.resolve(scope, null, null, workers, assignments), RECORD_TYPE, appraisalId,
                paging);
        audit.recordRead("getAppraisalHistory", RecordHistory.workerIds(page, "worker", "reviewer"), List.of());
        return page;
    }

    /**
     * Records an appraisal after checking every field (400 naming each bad one) and that the caller may
     * record for the worker on the completion date (403); nothing is written when either check fails.
     */
    @Transactional
    public Versioned<Appraisal> record(AccessScope scope, AppraisalInput input) {
        Checked checked = check(input);
        recordedFor.requireMayRecordFor(scope, checked.worker().id, input.getCompletedOn());
        requireNoOther(checked.worker().id, input.getCompletedOn(), null);

        AppraisalRecord record = new AppraisalRecord();
        record.id = UUID.randomUUID();
        record.workerId = checked.worker().id;
        record.reviewerWorkerId = checked.reviewer() == null ? null : checked.reviewer().id;
        record.completedOn = input.getCompletedOn();
        record.recordedBy = scope.username();
        // microseconds: what PostgreSQL keeps, so the answer equals a later read
        record.recordedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        record.version = 1;
        record.persist();

        Appraisal created = new Appraisal()
                .id(record.id)
                .worker(RecordedFor.ref(checked.worker()))
                .reviewer(checked.reviewer() == null ? null : RecordedFor.ref(checked.reviewer()))
                .completedOn(record.completedOn)
                .recordedBy(record.recordedBy)
                .recordedAt(record.recordedAt);
        history.api(RECORD_TYPE, record.id, record.version, RecordHistory.ChangeType.CREATED, null, created);
        audit.recordCreate("createAppraisal", RECORD_TYPE, record.id, AuditTrail.ids(checked.worker().id), List.of(),
                input);
        return new Versioned<>(created, record.version);
    }

    /**
     * Corrects an appraisal: 404/403 as for reading it, 412 when {@code expectedVersion} is not current, 400
     * naming each bad field, 403 when the caller may not record for the worker on the completion date before
     * or after, 409 when the worker already has another appraisal on the new date.
     */
    @Transactional
    public Versioned<Appraisal> update(AccessScope scope, UUID appraisalId, long expectedVersion, AppraisalInput input) {
        Tuple current = read(scope, appraisalId);
        long version = Rows.count(current.get("version"));
        ETags.requireCurrent(version, expectedVersion, NOUN);
        recordedFor.requireMayRecordFor(scope, Rows.uuid(current.get("w_id")), Rows.date(current.get("completed_on")));
        Checked checked = check(input);
        recordedFor.requireMayRecordFor(scope, checked.worker().id, input.getCompletedOn());
        requireNoOther(checked.worker().id, input.getCompletedOn(), appraisalId);

        int rows = em.createNativeQuery("UPDATE appraisal SET worker_id = :worker, reviewer_worker_id = :reviewer, "
                        + "completed_on = :date, version = version + 1 WHERE id = :id AND version = :version")
                .setParameter("worker", checked.worker().id)
                .setParameter("reviewer", checked.reviewer() == null ? null : checked.reviewer().id)
                .setParameter("date", input.getCompletedOn())
                .setParameter("id", appraisalId)
                .setParameter("version", expectedVersion)
                .executeUpdate();
        VersionedRows.requireChanged(em, rows, "appraisal", "id", appraisalId, NOUN);
        Versioned<Appraisal> after = versioned(read(scope, appraisalId));
        Appraisal before = toApi(current);
        history.api(RECORD_TYPE, appraisalId, after.version(), RecordHistory.ChangeType.UPDATED, before, after.body());
        audit.recordUpdate("updateAppraisal", RECORD_TYPE, appraisalId,
                AuditTrail.ids(before.getWorker().getId(), after.body().getWorker().getId()), List.of(), before,
                after.body());
        return after;
    }

    /** Deletes an appraisal, under the rules of {@link #update} for the appraisal as it is. */
    @Transactional
    public void delete(AccessScope scope, UUID appraisalId, long expectedVersion) {
        Tuple current = read(scope, appraisalId);
        long version = Rows.count(current.get("version"));
        ETags.requireCurrent(version, expectedVersion, NOUN);
        recordedFor.requireMayRecordFor(scope, Rows.uuid(current.get("w_id")), Rows.date(current.get("completed_on")));
        int rows = em.createNativeQuery("DELETE FROM appraisal WHERE id = :id AND version = :version")
                .setParameter("id", appraisalId).setParameter("version", expectedVersion).executeUpdate();
        VersionedRows.requireChanged(em, rows, "appraisal", "id", appraisalId, NOUN);
        history.api(RECORD_TYPE, appraisalId, version, RecordHistory.ChangeType.DELETED, toApi(current), null);
        audit.recordDelete("deleteAppraisal", RECORD_TYPE, appraisalId, AuditTrail.ids(Rows.uuid(current.get("w_id"))),
                List.of());
    }

    private record Checked(Worker worker, Worker reviewer) {
    }

    private Checked check(AppraisalInput input) {
        List<Violation> violations = new ArrayList<>();
        Worker worker = recordedFor.existingWorker(input.getWorkerId(), "workerId", violations);
        Worker reviewer = input.getReviewerId() == null ? null
                : recordedFor.existingWorker(input.getReviewerId(), "reviewerId", violations);
        if (input.getReviewerId() != null && input.getReviewerId().equals(input.getWorkerId())) {
            violations.add(new Violation().field("reviewerId").detail("must not be the worker appraised"));
        }
        RecordedFor.checkPastDate(input.getCompletedOn(), "completedOn", LocalDate.now(), violations);
        if (!violations.isEmpty()) {
            throw ProblemException.invalidFields(violations);
        }
        return new Checked(worker, reviewer);
    }

    /** One appraisal per worker and day: a second is a duplicate (409), not a second appraisal. */
    private void requireNoOther(UUID workerId, LocalDate completedOn, UUID except) {
        long others = Rows.count(em.createNativeQuery("SELECT count(*) FROM appraisal WHERE worker_id = :worker "
                        + "AND completed_on = :date AND (CAST(:except AS uuid) IS NULL OR id <> CAST(:except AS uuid))")
                .setParameter("worker", workerId).setParameter("date", completedOn)
                .setParameter("except", except == null ? null : except.toString()).getSingleResult());
        if (others > 0) {
            throw ProblemException.conflict("The worker " + workerId + " already has an appraisal completed on "
                    + completedOn + ".");
        }
    }

    private static Versioned<Appraisal> versioned(Tuple t) {
        return new Versioned<>(toApi(t), Rows.count(t.get("version")));
    }

    private static Appraisal toApi(Tuple t) {
        UUID reviewerId = Rows.uuid(t.get("rev_id"));
        return new Appraisal()
                .id(Rows.uuid(t.get("id")))
                .worker(new WorkerRef().id(Rows.uuid(t.get("w_id"))).givenName(Rows.string(t.get("w_given")))
                        .familyName(Rows.string(t.get("w_family"))))
                .reviewer(reviewerId == null ? null : new WorkerRef().id(reviewerId)
                        .givenName(Rows.string(t.get("rev_given"))).familyName(Rows.string(t.get("rev_family"))))
                .completedOn(Rows.date(t.get("completed_on")))
                .recordedBy(Rows.string(t.get("recorded_by")))
                .recordedAt(RecordedFor.timestamp(t.get("recorded_at")));
    }
}

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

/** Appraisals: listed in the caller's scope, recorded by leads and by managers for their workers. */
@ApplicationScoped
public class AppraisalService implements KeptRecordService<Appraisal, AppraisalInput> {

    private static final String FROM = "appraisal ap JOIN worker w ON w.id = ap.worker_id "
            + "LEFT JOIN worker rev ON rev.id = ap.reviewer_worker_id";

    private static final String COLUMNS = "ap.id, ap.version, ap.completed_on, ap.recorded_by, ap.recorded_at, "
            + "w.id AS w_id, w.given_name AS w_given, w.family_name AS w_family, "
            + "rev.id AS rev_id, rev.given_name AS rev_given, rev.family_name AS rev_family";

    /** The record type in history, as the contract names it. */
    public static final String RECORD_TYPE = "appraisal";

    private static final KeptRecords.Kind<Appraisal> KIND = KeptRecords.Kind
            .<Appraisal>of(RECORD_TYPE, "appraisal", "appraisal", "id")
            .audited("Appraisal", a -> AuditTrail.ids(a.getWorker().getId()), a -> List.of(), "worker", "reviewer");

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
    KeptRecords records;

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
    @Override
    @Transactional
    public Versioned<Appraisal> get(AccessScope scope, UUID appraisalId) {
        return records.shown(KIND, read(scope, appraisalId));
    }

    private Versioned<Appraisal> read(AccessScope scope, UUID appraisalId) {
        Tuple t = TABLE.get(em, () -> WorkerRecordScope.resolve(scope, null, null, workers, assignments), appraisalId);
        return new Versioned<>(toApi(t), Rows.count(t.get("version")));
    }

    /** The appraisal's changes, newest first, for whoever may read the appraisal. */
    @Override
    @Transactional
    public RecordChangePage history(AccessScope scope, UUID appraisalId, Paging paging) {
        return records.history(KIND, scope, appraisalId, paging, () -> read(scope, appraisalId));
    }

    /**
     * Records an appraisal after checking every field (400 naming each bad one) and that the caller may
     * record for the worker on the completion date (403); nothing is written when either check fails.
     */
    @Override
    @Transactional
    public Versioned<Appraisal> record(AccessScope scope, AppraisalInput input) {
        Checked checked = check(input);
        recordedFor.requireMayRecordFor(scope, checked.worker().id, input.getCompletedOn());
        requireNoOther(checked.worker().id, input.getCompletedOn(), null);

        UUID id = UUID.randomUUID();
        // microseconds: what PostgreSQL keeps, so the answer equals a later read
        OffsetDateTime recordedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        records.insert(KIND, id, columns(checked, input)
                .set("recorded_by", scope.username())
                .set("recorded_at", recordedAt));
        Appraisal created = new Appraisal()
                .id(id)
                .worker(RecordedFor.ref(checked.worker()))
                .reviewer(checked.reviewer() == null ? null : RecordedFor.ref(checked.reviewer()))
                .completedOn(input.getCompletedOn())
                .recordedBy(scope.username())
                .recordedAt(recordedAt);
        return records.created(KIND, id, new Versioned<>(created, 1), input);
    }

    /**
     * Corrects an appraisal: 404/403 as for reading it, 412 when {@code expectedVersion} is not current, 400
     * naming each bad field, 403 when the caller may not record for the worker on the completion date before
     * or after, 409 when the worker already has another appraisal on the new date.
     */
    @Override
    @Transactional
    public Versioned<Appraisal> update(AccessScope scope, UUID appraisalId, long expectedVersion, AppraisalInput input) {
        return records.update(KIND, appraisalId, expectedVersion, () -> read(scope, appraisalId), before -> {
            requireMayRecord(scope, before);
            Checked checked = check(input);
            recordedFor.requireMayRecordFor(scope, checked.worker().id, input.getCompletedOn());
            requireNoOther(checked.worker().id, input.getCompletedOn(), appraisalId);
            return columns(checked, input);
        });
    }

    /** Deletes an appraisal, under the rules of {@link #update} for the appraisal as it is. */
    @Override
    @Transactional
    public void delete(AccessScope scope, UUID appraisalId, long expectedVersion) {
        records.delete(KIND, appraisalId, expectedVersion, () -> read(scope, appraisalId),
                before -> requireMayRecord(scope, before));
    }

    /** 403 unless the caller may record for the appraisal's worker on its date, as it is now. */
    private void requireMayRecord(AccessScope scope, Versioned<Appraisal> appraisal) {
        recordedFor.requireMayRecordFor(scope, appraisal.body().getWorker().getId(),
                appraisal.body().getCompletedOn());
    }

    /** What a correction may change; who recorded it first stays (the history says who corrected it). */
    private static KeptRecords.Columns columns(Checked checked, AppraisalInput input) {
        return new KeptRecords.Columns()
                .set("worker_id", checked.worker().id)
                .set("reviewer_worker_id", checked.reviewer() == null ? null : checked.reviewer().id)
                .set("completed_on", input.getCompletedOn());
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

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

/** Appraisals: listed in the caller's scope, recorded by leads and by managers for their workers. */
@ApplicationScoped
public class AppraisalService {

    private static final String FROM = "appraisal ap JOIN worker w ON w.id = ap.worker_id "
            + "LEFT JOIN worker rev ON rev.id = ap.reviewer_worker_id";

    private static final String COLUMNS = "ap.id, ap.completed_on, ap.recorded_by, ap.recorded_at, "
            + "w.id AS w_id, w.given_name AS w_given, w.family_name AS w_family, "
            + "rev.id AS rev_id, rev.given_name AS rev_given, rev.family_name AS rev_family";

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
    public Appraisal get(AccessScope scope, UUID appraisalId) {
        Appraisal appraisal = toApi(TABLE.get(em,
                () -> WorkerRecordScope.resolve(scope, null, null, workers, assignments), appraisalId));
        audit.recordRead("getAppraisal", List.of(appraisal.getWorker().getId()), List.of());
        return appraisal;
    }

    /**
     * Records an appraisal after checking every field (400 naming each bad one) and that the caller may
     * record for the worker on the completion date (403); nothing is written when either check fails.
     */
    @Transactional
    public Appraisal record(AccessScope scope, AppraisalInput input) {
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
        recordedFor.requireMayRecordFor(scope, worker.id, input.getCompletedOn());

        AppraisalRecord record = new AppraisalRecord();
        record.id = UUID.randomUUID();
        record.workerId = worker.id;
        record.reviewerWorkerId = reviewer == null ? null : reviewer.id;
        record.completedOn = input.getCompletedOn();
        record.recordedBy = scope.username();
        // microseconds: what PostgreSQL keeps, so the answer equals a later read
        record.recordedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        record.persist();
        audit.recordCreate("createAppraisal", "appraisal", record.id, AuditTrail.ids(worker.id), List.of(), input);

        return new Appraisal()
                .id(record.id)
                .worker(RecordedFor.ref(worker))
                .reviewer(reviewer == null ? null : RecordedFor.ref(reviewer))
                .completedOn(record.completedOn)
                .recordedBy(record.recordedBy)
                .recordedAt(record.recordedAt);
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

package org.workforceinsight.caseload;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.workforceinsight.api.model.CaseloadPoint;
import org.workforceinsight.api.model.WorkerCaseloadHistory;
import org.workforceinsight.api.model.WorkerRef;
import org.workforceinsight.security.AccessScope;
import org.workforceinsight.security.AuditTrail;
import org.workforceinsight.shared.Paging;
import org.workforceinsight.shared.ProblemException;
import org.workforceinsight.shared.Rows;
import org.workforceinsight.workers.AssignmentRepository;
import org.workforceinsight.workers.RecordQuery;
import org.workforceinsight.workers.Worker;
import org.workforceinsight.workers.WorkerRecordScope;
import org.workforceinsight.workers.WorkerRepository;

/**
 * A worker's caseload counts over a date range, for the trend on the worker page. A snapshot belongs to the
 * nodes the worker was assigned to on its date (the rule of {@link WorkerRecordScope}), so a manager sees
 * the counts from while the worker was in their team, not from before or after.
 */
@ApplicationScoped
public class CaseloadHistoryService {

    /** The longest range asked for at once: two years of daily snapshots fit the contract's maxItems. */
    public static final long MAX_RANGE_DAYS = 731;

    @Inject
    EntityManager em;

    @Inject
    WorkerRepository workers;

    @Inject
    AssignmentRepository assignments;

    @Inject
    AuditTrail audit;

    @Transactional
    public WorkerCaseloadHistory history(AccessScope scope, UUID workerId, WorkerRecordScope.Range range) {
        if (ChronoUnit.DAYS.between(range.from(), range.to()) + 1 > MAX_RANGE_DAYS) {
            throw ProblemException.invalidField("from", "must be at most " + MAX_RANGE_DAYS + " days before to");
        }
        Worker worker = WorkerRecordScope.requireWorker(scope, workerId, workers, assignments);
        WorkerRecordScope records = new WorkerRecordScope(scope.nodesOrNullForAll(), workerId);
        List<CaseloadPoint> points = List.of();
        if (!records.empty()) {
            RecordQuery query = new RecordQuery("caseload_snapshot cs")
                    .where("cs.snapshot_date BETWEEN :from AND :to")
                    .parameter("from", range.from())
                    .parameter("to", range.to());
            records.restrict(query, "cs.worker_id", "cs.snapshot_date", "cs.snapshot_date");
            List<Tuple> rows = query.page(em, "cs.snapshot_date AS d, cs.cases AS c", "cs.snapshot_date",
                    new Paging(0, (int) MAX_RANGE_DAYS));
            points = rows.stream()
                    .map(t -> new CaseloadPoint().snapshotDate(Rows.date(t.get("d"))).cases(Rows.integer(t.get("c"))))
                    .toList();
        }
        audit.recordRead("getWorkerCaseloadHistory", List.of(workerId), List.of());
        return new WorkerCaseloadHistory()
                .worker(new WorkerRef().id(worker.id).givenName(worker.givenName).familyName(worker.familyName))
                .from(range.from())
                .to(range.to())
                .points(points);
    }
}

package org.workforceinsight.workers;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.workforceinsight.security.AccessScope;
import org.workforceinsight.shared.Dates;
import org.workforceinsight.shared.ProblemException;

/**
 * Which records about workers (supervision, appraisal, absence, leaving) a caller may list. A record
 * belongs to the nodes the worker was assigned to on the record's date, so a team manager sees what
 * happened while the worker was in their team, and not what happened before or after.
 *
 * @param nodes    the nodes the worker must have been assigned to; null for every node (and for workers
 *                 with no assignment at all)
 * @param workerId only this worker's records, or null
 */
public record WorkerRecordScope(Set<UUID> nodes, UUID workerId) {

    /**
     * The records a caller may list with the given filters: a node outside the caller's scope is 403 and an
     * unknown one 404; likewise a worker never assigned to a node in the caller's scope, or unknown.
     */
    public static WorkerRecordScope resolve(AccessScope scope, UUID nodeId, UUID workerId,
                                            WorkerRepository workers, AssignmentRepository assignments) {
        Set<UUID> nodes;
        if (nodeId != null) {
            scope.requireNode(nodeId);
            nodes = scope.tree().subtree(nodeId);
        } else {
            nodes = scope.nodesOrNullForAll();
        }
        if (workerId != null) {
            requireWorker(scope, workerId, workers, assignments);
        }
        return new WorkerRecordScope(nodes, workerId);
    }

    /** The worker, if they exist (else 404) and have ever been assigned to a node the caller may open (else 403). */
    public static Worker requireWorker(AccessScope scope, UUID workerId, WorkerRepository workers,
                                       AssignmentRepository assignments) {
        Worker worker = workers.findByIdOptional(workerId)
                .orElseThrow(() -> ProblemException.notFound("There is no worker " + workerId + "."));
        if (!scope.allNodes() && assignments.historyOf(workerId).stream().noneMatch(a -> scope.canOpen(a.teamId))) {
            throw ProblemException.forbidden("The worker " + workerId + " is outside your access scope.");
        }
        return worker;
    }

    /** The caller may see nothing at all (a manager who manages no node). */
    public boolean empty() {
        return nodes != null && nodes.isEmpty();
    }

    /**
     * SQL conditions restricting rows whose worker id column is {@code workerColumn} to this scope, where the
     * worker must have held an assignment in the nodes at some point in [{@code fromColumn}, {@code toColumn}]
     * (the same column twice for a one-day record). Adds its parameters to {@code query}.
     */
    public void restrict(RecordQuery query, String workerColumn, String fromColumn, String toColumn) {
        if (workerId != null) {
            query.where(workerColumn + " = :workerId", "workerId", workerId);
        }
        if (nodes != null) {
            query.where("EXISTS (SELECT 1 FROM assignment scope_a WHERE scope_a.worker_id = " + workerColumn
                    + " AND scope_a.team_id IN (:scopeNodes) AND scope_a.start_date <= " + toColumn
                    + " AND (scope_a.end_date IS NULL OR scope_a.end_date >= " + fromColumn + "))", "scopeNodes",
                    nodes);
        }
    }

    /**
     * Whether the record {@code query} selects (by its id) is in this scope, by the rule of {@link #restrict}
     * for a one-day record dated {@code dateColumn}: how reading one record agrees with the lists.
     */
    public boolean admits(RecordQuery query, EntityManager em, String workerColumn, String dateColumn) {
        if (empty()) {
            // a manager of no node sees nothing, and "IN ()" would not be valid SQL
            return false;
        }
        restrict(query, workerColumn, dateColumn, dateColumn);
        return query.count(em) > 0;
    }

    /** A date range from the {@code from} and {@code to} parameters: to defaults to today, from to a year before to. */
    public record Range(LocalDate from, LocalDate to) {

        public static Range of(LocalDate from, LocalDate to) {
            LocalDate last = Dates.orToday(to, "to");
            LocalDate first = from == null ? last.minusYears(1) : Dates.orToday(from, "from");
            if (first.isAfter(last)) {
                throw ProblemException.invalidField("from", "must not be after to (" + last + ")");
            }
            return new Range(first, last);
        }
    }
}

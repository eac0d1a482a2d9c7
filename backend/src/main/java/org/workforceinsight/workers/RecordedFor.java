package org.workforceinsight.workers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.workforceinsight.api.model.Violation;
import org.workforceinsight.api.model.WorkerRef;
import org.workforceinsight.security.AccessScope;
import org.workforceinsight.shared.Dates;
import org.workforceinsight.shared.ProblemException;

/** Checks shared by the operations that record something about a worker (supervision, appraisal). */
@ApplicationScoped
public class RecordedFor {

    @Inject
    WorkerRepository workers;

    /** The worker with this id, or null after adding a violation naming {@code field} when there is none. */
    public Worker existingWorker(UUID workerId, String field, List<Violation> violations) {
        Worker worker = workerId == null ? null : workers.findById(workerId);
        if (worker == null) {
            violations.add(new Violation().field(field).detail("is not a known worker"));
        }
        return worker;
    }

    /** A record of something that happened: its date may not be in the future (nor outside the years a database holds). */
    public static void checkPastDate(LocalDate date, String field, LocalDate today, List<Violation> violations) {
        if (date == null) {
            return;
        }
        if (date.isAfter(today)) {
            violations.add(new Violation().field(field).detail("must not be in the future (today is " + today + ")"));
        } else if (date.isBefore(Dates.EARLIEST)) {
            violations.add(new Violation().field(field).detail("must be a date between 0001-01-01 and 9999-12-31"));
        }
    }

    /**
     * Leads may record for anyone; a manager only for a worker assigned on that date to a node they may
     * open (403 otherwise), so that they cannot write history for a worker before or after their team.
     */
    public void requireMayRecordFor(AccessScope scope, UUID workerId, LocalDate on) {
        if (scope.allNodes()) {
            return;
        }
        boolean inScope = workers.getEntityManager().createQuery(
                        "SELECT count(a) FROM Assignment a WHERE a.workerId = :worker AND a.startDate <= :on "
                                + "AND (a.endDate IS NULL OR a.endDate >= :on) AND a.teamId IN :nodes", Long.class)
                .setParameter("worker", workerId)
                .setParameter("on", on)
                .setParameter("nodes", scope.accessibleNodes().isEmpty() ? List.of(new UUID(0, 0)) : scope.accessibleNodes())
                .getSingleResult() > 0;
        if (!inScope) {
            throw ProblemException.forbidden("The worker " + workerId + " was not in your access scope on " + on + ".");
        }
    }

    public static WorkerRef ref(Worker worker) {
        return new WorkerRef().id(worker.id).givenName(worker.givenName).familyName(worker.familyName);
    }

    /** A timestamptz column of a native query, whichever Java type the driver gave. */
    public static OffsetDateTime timestamp(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime o) {
            return o.withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (value instanceof Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(ZoneOffset.UTC);
        }
        return OffsetDateTime.parse(value.toString());
    }
}

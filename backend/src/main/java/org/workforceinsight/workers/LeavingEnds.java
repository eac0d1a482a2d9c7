package org.workforceinsight.workers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.workforceinsight.security.AuditTrail;
import org.workforceinsight.shared.RecordHistory;
import org.workforceinsight.shared.Rows;

/**
 * The assignments a leaver record ends. A worker who leaves is no longer in post after the leaving date,
 * so recording the leaver ends each assignment open on that date there and then, in the same transaction,
 * with a history entry per assignment. Which ends it made, and what each end was before, are kept
 * ({@code leaving_assignment_end}, V9), so that correcting or deleting the leaver puts back exactly those
 * ends: an assignment changed since (by the HR feed, say) is left as it now is.
 */
@ApplicationScoped
public class LeavingEnds {

    /** The record type of an assignment in the history, as the imports name it. */
    static final String ASSIGNMENT = "assignment";

    private static final String COLUMNS = "a.id, a.external_id, a.worker_id, a.team_id, a.role_code, "
            + "a.employment_type, a.fte, a.start_date, a.end_date, a.version";

    @Inject
    EntityManager em;

    @Inject
    RecordHistory history;

    @Inject
    AuditTrail audit;

    /** Ends the worker's assignments open on {@code date} (started by then, not ended before it) on that date. */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public void end(UUID leavingId, UUID workerId, LocalDate date, String operationId) {
        List<Tuple> open = em.createNativeQuery("SELECT " + COLUMNS + " FROM assignment a WHERE a.worker_id = :worker "
                        + "AND a.start_date <= :date AND (a.end_date IS NULL OR a.end_date > :date) ORDER BY a.start_date "
                        + "FOR UPDATE", Tuple.class)
                .setParameter("worker", workerId).setParameter("date", date).getResultList();
        for (Tuple assignment : open) {
            UUID id = Rows.uuid(assignment.get("id"));
            em.createNativeQuery("INSERT INTO leaving_assignment_end (leaving_id, assignment_id, previous_end_date) "
                            + "VALUES (:leaving, :assignment, :previous)")
                    .setParameter("leaving", leavingId).setParameter("assignment", id)
                    .setParameter("previous", Rows.date(assignment.get("end_date")))
                    .executeUpdate();
            change(assignment, date, operationId);
        }
    }

    /**
     * Puts back the ends the leaver made, where the assignment still ends on the leaver's date, and forgets
     * them: before the leaver is corrected (which then ends assignments afresh) or deleted.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public void reopen(UUID leavingId, String operationId) {
        List<Tuple> ended = em.createNativeQuery("SELECT " + COLUMNS + ", e.previous_end_date, l.leaving_date "
                        + "FROM leaving_assignment_end e JOIN assignment a ON a.id = e.assignment_id "
                        + "JOIN leaving l ON l.id = e.leaving_id WHERE e.leaving_id = :leaving ORDER BY a.start_date "
                        + "FOR UPDATE OF a", Tuple.class)
                .setParameter("leaving", leavingId).getResultList();
        for (Tuple assignment : ended) {
            if (Rows.date(assignment.get("leaving_date")).equals(Rows.date(assignment.get("end_date")))) {
                change(assignment, Rows.date(assignment.get("previous_end_date")), operationId);
            }
        }
        em.createNativeQuery("DELETE FROM leaving_assignment_end WHERE leaving_id = :leaving")
                .setParameter("leaving", leavingId).executeUpdate();
    }

    private void change(Tuple assignment, LocalDate endDate, String operationId) {
        UUID id = Rows.uuid(assignment.get("id"));
        long version = Rows.count(assignment.get("version"));
        // the row is locked (FOR UPDATE), so the version read is the current one
        em.createNativeQuery("UPDATE assignment SET end_date = :end, version = version + 1 WHERE id = :id")
                .setParameter("end", endDate).setParameter("id", id).executeUpdate();
        Map<String, Object> before = view(assignment, Rows.date(assignment.get("end_date")), version);
        Map<String, Object> after = view(assignment, endDate, version + 1);
        history.api(ASSIGNMENT, id, version + 1, RecordHistory.ChangeType.UPDATED, before, after);
        audit.recordUpdate(operationId, ASSIGNMENT, id, AuditTrail.ids(Rows.uuid(assignment.get("worker_id"))),
                List.of(), before, after);
    }

    /** An assignment as its history shows it elsewhere (the imports' form: the table's columns in camelCase). */
    private static Map<String, Object> view(Tuple assignment, LocalDate endDate, long version) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("externalId", Rows.string(assignment.get("external_id")));
        view.put("workerId", String.valueOf(Rows.uuid(assignment.get("worker_id"))));
        view.put("teamId", String.valueOf(Rows.uuid(assignment.get("team_id"))));
        view.put("roleCode", Rows.string(assignment.get("role_code")));
        view.put("employmentType", Rows.string(assignment.get("employment_type")));
        view.put("fte", Rows.decimal(assignment.get("fte")));
        view.put("startDate", String.valueOf(Rows.date(assignment.get("start_date"))));
        view.put("endDate", endDate == null ? null : endDate.toString());
        view.put("version", version);
        return view;
    }
}

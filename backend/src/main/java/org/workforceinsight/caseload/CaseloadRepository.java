package org.workforceinsight.caseload;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.workforceinsight.shared.Rows;
import org.workforceinsight.workers.WorkerRepository;

/** Reads caseloads for many workers at once: one query for a whole council. */
@ApplicationScoped
public class CaseloadRepository implements PanacheRepositoryBase<CaseloadSnapshot, CaseloadSnapshot.Key> {

    /** A snapshot counts for a date when it was taken in the 7 days up to and including that date. */
    public static final int WINDOW_DAYS = 7;

    /** A worker in post on the date with the assignment they hold (teamId: the node it is in) and their latest snapshot in the window. */
    public record Row(UUID workerId, String givenName, String familyName, LocalDate asyeStartDate, UUID teamId,
                      String roleCode, boolean qualifiedSocialWork, String employmentType, BigDecimal fte,
                      LocalDate snapshotDate, Integer cases, Integer childInNeed, Integer childProtection,
                      Integer childLookedAfter, Integer careLeaver, Integer other) {
    }

    @SuppressWarnings("unchecked")
    public List<Row> workersIn(Collection<UUID> nodeIds, LocalDate asAt) {
        if (nodeIds.isEmpty()) {
            return List.of();
        }
        String sql = "WITH current_assignment AS (" + WorkerRepository.ASSIGNMENT_ON_DATE + ") "
                + "SELECT w.id AS worker_id, w.given_name, w.family_name, w.asye_start_date, ca.team_id, "
                + "ca.role_code, r.qualified_social_work, ca.employment_type, ca.fte, s.snapshot_date, s.cases, "
                + "s.child_in_need, s.child_protection, s.child_looked_after, s.care_leaver, s.other "
                + "FROM current_assignment ca "
                + "JOIN worker w ON w.id = ca.worker_id "
                + "JOIN role r ON r.code = ca.role_code "
                + "LEFT JOIN LATERAL (SELECT cs.* FROM caseload_snapshot cs WHERE cs.worker_id = ca.worker_id "
                + "  AND cs.snapshot_date BETWEEN :from AND :on ORDER BY cs.snapshot_date DESC LIMIT 1) s ON true "
                + "WHERE ca.team_id IN (:nodes)";
        Query query = getEntityManager().createNativeQuery(sql, Tuple.class);
        query.setParameter("on", asAt);
        query.setParameter("from", windowStart(asAt));
        query.setParameter("nodes", nodeIds);
        return ((List<Tuple>) query.getResultList()).stream().map(t -> new Row(
                Rows.uuid(t.get("worker_id")), Rows.string(t.get("given_name")), Rows.string(t.get("family_name")),
                Rows.date(t.get("asye_start_date")), Rows.uuid(t.get("team_id")), Rows.string(t.get("role_code")),
                Boolean.TRUE.equals(t.get("qualified_social_work")), Rows.string(t.get("employment_type")),
                Rows.decimal(t.get("fte")), Rows.date(t.get("snapshot_date")), Rows.integer(t.get("cases")),
                Rows.integer(t.get("child_in_need")), Rows.integer(t.get("child_protection")),
                Rows.integer(t.get("child_looked_after")), Rows.integer(t.get("care_leaver")),
                Rows.integer(t.get("other")))).toList();
    }

    /** Each team's latest count of unallocated cases in the window; teams without one are absent. */
    @SuppressWarnings("unchecked")
    public Map<UUID, Integer> unallocatedByTeam(Collection<UUID> teamIds, LocalDate asAt) {
        Map<UUID, Integer> result = new HashMap<>();
        if (teamIds.isEmpty()) {
            return result;
        }
        Query query = getEntityManager().createNativeQuery(
                "SELECT DISTINCT ON (u.team_id) u.team_id, u.cases FROM unallocated_cases u "
                        + "WHERE u.team_id IN (:teams) AND u.snapshot_date BETWEEN :from AND :on "
                        + "ORDER BY u.team_id, u.snapshot_date DESC", Tuple.class);
        query.setParameter("on", asAt);
        query.setParameter("from", windowStart(asAt));
        query.setParameter("teams", teamIds);
        for (Tuple t : (List<Tuple>) query.getResultList()) {
            result.put(Rows.uuid(t.get("team_id")), Rows.integer(t.get("cases")));
        }
        return result;
    }

    public static LocalDate windowStart(LocalDate asAt) {
        return asAt.minusDays(WINDOW_DAYS - 1L);
    }
}

package org.workforceinsight.workers;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.workforceinsight.shared.Paging;
import org.workforceinsight.shared.Rows;

@ApplicationScoped
public class WorkerRepository implements PanacheRepositoryBase<Worker, UUID> {

    /**
     * Each worker's assignment on a date. Should a worker hold two assignments that day, the one
     * that started last counts (then the larger FTE), so a worker is counted once and in one team.
     */
    public static final String ASSIGNMENT_ON_DATE = """
            SELECT DISTINCT ON (a.worker_id) a.id, a.worker_id, a.team_id, a.role_code, a.employment_type,
                   a.fte, a.start_date, a.end_date
            FROM assignment a
            WHERE a.start_date <= :on AND (a.end_date IS NULL OR a.end_date >= :on)
            ORDER BY a.worker_id, a.start_date DESC, a.fte DESC, a.id
            """;

    /** Filters of the worker list; {@code nodesInScope} (teams and services) null means every node. */
    public record Filter(LocalDate activeOn, Set<UUID> nodesInScope, UUID teamId, String roleCode,
                         String employmentType) {
    }

    /** A worker with the assignment they hold on the date. */
    public record Row(UUID workerId, String externalId, String givenName, String familyName,
                      String sweRegistrationNumber, LocalDate asyeStartDate, UUID assignmentId, UUID teamId,
                      String roleCode, String employmentType, BigDecimal fte, LocalDate startDate,
                      LocalDate endDate) {
    }

    public Optional<Worker> findByUsername(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return find("username", username).firstResultOptional();
    }

    public long countActive(Filter filter) {
        if (filter.nodesInScope() != null && filter.nodesInScope().isEmpty()) {
            return 0;
        }
        Map<String, Object> parameters = new HashMap<>();
        String sql = "WITH current_assignment AS (" + ASSIGNMENT_ON_DATE + ") "
                + "SELECT count(*) FROM current_assignment ca WHERE true" + conditions(filter, parameters);
        Query query = getEntityManager().createNativeQuery(sql);
        parameters.forEach(query::setParameter);
        return Rows.count(query.getSingleResult());
    }

    @SuppressWarnings("unchecked")
    public List<Row> pageActive(Filter filter, Paging paging) {
        if (filter.nodesInScope() != null && filter.nodesInScope().isEmpty()) {
            return List.of();
        }
        Map<String, Object> parameters = new HashMap<>();
        String sql = "WITH current_assignment AS (" + ASSIGNMENT_ON_DATE + ") "
                + "SELECT w.id AS worker_id, w.external_id, w.given_name, w.family_name, "
                + "w.swe_registration_number, w.asye_start_date, ca.id AS assignment_id, ca.team_id, "
                + "ca.role_code, ca.employment_type, ca.fte, ca.start_date, ca.end_date "
                + "FROM current_assignment ca JOIN worker w ON w.id = ca.worker_id WHERE true"
                + conditions(filter, parameters)
                + " ORDER BY lower(w.family_name), lower(w.given_name), w.id LIMIT :limit OFFSET :offset";
        Query query = getEntityManager().createNativeQuery(sql, Tuple.class);
        parameters.forEach(query::setParameter);
        query.setParameter("limit", paging.size());
        query.setParameter("offset", paging.offset());
        return ((List<Tuple>) query.getResultList()).stream().map(t -> new Row(
                Rows.uuid(t.get("worker_id")), Rows.string(t.get("external_id")), Rows.string(t.get("given_name")),
                Rows.string(t.get("family_name")), Rows.string(t.get("swe_registration_number")),
                Rows.date(t.get("asye_start_date")), Rows.uuid(t.get("assignment_id")), Rows.uuid(t.get("team_id")),
                Rows.string(t.get("role_code")), Rows.string(t.get("employment_type")), Rows.decimal(t.get("fte")),
                Rows.date(t.get("start_date")), Rows.date(t.get("end_date")))).toList();
    }

    private static String conditions(Filter filter, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder();
        parameters.put("on", filter.activeOn());
        if (filter.nodesInScope() != null) {
            where.append(" AND ca.team_id IN (:scope)");
            parameters.put("scope", filter.nodesInScope());
        }
        if (filter.teamId() != null) {
            where.append(" AND ca.team_id = :teamId");
            parameters.put("teamId", filter.teamId());
        }
        if (filter.roleCode() != null) {
            where.append(" AND ca.role_code = :roleCode");
            parameters.put("roleCode", filter.roleCode());
        }
        if (filter.employmentType() != null) {
            where.append(" AND ca.employment_type = :employmentType");
            parameters.put("employmentType", filter.employmentType());
        }
        return where.toString();
    }
}

package org.workforceinsight.workers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.workforceinsight.api.model.Leaver;
import org.workforceinsight.api.model.LeaverPage;
import org.workforceinsight.api.model.LeavingReason;
import org.workforceinsight.api.model.RoleCode;
import org.workforceinsight.api.model.WorkerRef;
import org.workforceinsight.organisation.OrganisationService;
import org.workforceinsight.security.AccessScope;
import org.workforceinsight.security.AuditTrail;
import org.workforceinsight.shared.Paging;
import org.workforceinsight.shared.Rows;

/** Ends of employment and the reasons a leaver can give. */
@ApplicationScoped
public class LeaverService {

    /**
     * The employed assignment a leaver held on their leaving date, which says where they left from; should
     * they hold two, the one started last (then the larger FTE), as for the worker list.
     */
    private static final String STINT_LEFT = "LEFT JOIN LATERAL (SELECT a.team_id, a.role_code, a.fte FROM assignment a "
            + "WHERE a.worker_id = l.worker_id AND a.employment_type IN ('permanent', 'fixed-term') "
            + "AND a.start_date <= l.leaving_date AND (a.end_date IS NULL OR a.end_date >= l.leaving_date) "
            + "ORDER BY a.start_date DESC, a.fte DESC, a.id LIMIT 1) st ON true";

    @Inject
    EntityManager em;

    @Inject
    WorkerRepository workers;

    @Inject
    AssignmentRepository assignments;

    @Inject
    AuditTrail audit;

    /**
     * Leavers dated in the range who left from an employed assignment in the caller's scope (as the local
     * turnover measures count them), latest first.
     */
    @Transactional
    public LeaverPage list(AccessScope scope, UUID nodeId, WorkerRecordScope.Range range, Paging paging) {
        WorkerRecordScope records = WorkerRecordScope.resolve(scope, nodeId, null, workers, assignments);
        LeaverPage page = new LeaverPage().page(paging.page()).size(paging.size()).items(List.of()).totalItems(0L);
        if (records.empty()) {
            audit.recordRead("listLeavers", List.of(), AuditTrail.ids(nodeId));
            return page;
        }
        RecordQuery query = new RecordQuery("leaving l JOIN worker w ON w.id = l.worker_id " + STINT_LEFT
                + " LEFT JOIN leaving_reason lr ON lr.code = l.reason_code")
                .where("l.leaving_date BETWEEN :from AND :to", "from", range.from())
                .parameter("to", range.to());
        if (records.nodes() != null) {
            query.where("EXISTS (SELECT 1 FROM assignment scope_a WHERE scope_a.worker_id = l.worker_id "
                    + "AND scope_a.employment_type IN ('permanent', 'fixed-term') AND scope_a.team_id IN (:scopeNodes) "
                    + "AND scope_a.start_date <= l.leaving_date "
                    + "AND (scope_a.end_date IS NULL OR scope_a.end_date >= l.leaving_date))", "scopeNodes",
                    records.nodes());
        }
        long total = query.count(em);
        if (total <= paging.offset()) {
            audit.recordRead("listLeavers", List.of(), AuditTrail.ids(nodeId));
            return page.totalItems(total);
        }
        List<Tuple> rows = query.page(em, "l.id, l.leaving_date, l.exit_interview_held, w.id AS w_id, w.given_name, "
                + "w.family_name, st.team_id, st.role_code, st.fte, lr.code AS reason_code, lr.name AS reason_name, "
                + "lr.inside_council_control, lr.active AS reason_active",
                "l.leaving_date DESC, lower(w.family_name), lower(w.given_name), l.id", paging);
        page.totalItems(total).items(rows.stream().map(t -> toApi(t, scope)).toList());
        audit.recordRead("listLeavers", AuditTrail.idsOf(page.getItems(), l -> l.getWorker().getId()),
                AuditTrail.ids(nodeId));
        return page;
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public List<LeavingReason> reasons() {
        List<Tuple> rows = em.createNativeQuery("SELECT code, name, inside_council_control, active FROM leaving_reason "
                + "ORDER BY display_order, code", Tuple.class).getResultList();
        return rows.stream().map(t -> new LeavingReason()
                .code(Rows.string(t.get("code")))
                .name(Rows.string(t.get("name")))
                .insideCouncilControl(Boolean.TRUE.equals(t.get("inside_council_control")))
                .active(Boolean.TRUE.equals(t.get("active")))).toList();
    }

    private static Leaver toApi(Tuple t, AccessScope scope) {
        UUID teamId = Rows.uuid(t.get("team_id"));
        String roleCode = Rows.string(t.get("role_code"));
        BigDecimal fte = Rows.decimal(t.get("fte"));
        String reasonCode = Rows.string(t.get("reason_code"));
        return new Leaver()
                .id(Rows.uuid(t.get("id")))
                .worker(new WorkerRef().id(Rows.uuid(t.get("w_id"))).givenName(Rows.string(t.get("given_name")))
                        .familyName(Rows.string(t.get("family_name"))))
                .node(teamId == null ? null : scope.tree().node(teamId).map(OrganisationService::ref).orElse(null))
                .role(roleCode == null ? null : RoleCode.fromValue(roleCode))
                .fte(fte == null ? null : fte.doubleValue())
                .leavingDate(Rows.date(t.get("leaving_date")))
                .reason(reasonCode == null ? null : new LeavingReason()
                        .code(reasonCode)
                        .name(Rows.string(t.get("reason_name")))
                        .insideCouncilControl(Boolean.TRUE.equals(t.get("inside_council_control")))
                        .active(Boolean.TRUE.equals(t.get("reason_active"))))
                .exitInterviewHeld(Boolean.TRUE.equals(t.get("exit_interview_held")));
    }
}

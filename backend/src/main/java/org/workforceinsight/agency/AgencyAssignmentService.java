package org.workforceinsight.agency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.workforceinsight.api.model.AgencyAssignment;
import org.workforceinsight.api.model.AgencyAssignmentPage;
import org.workforceinsight.api.model.AgencyJobType;
import org.workforceinsight.api.model.AgencyRuleFlag;
import org.workforceinsight.api.model.ChargeBasis;
import org.workforceinsight.api.model.RoleCode;
import org.workforceinsight.api.model.WorkerRef;
import org.workforceinsight.measures.AgencyRuleCheck;
import org.workforceinsight.measures.MeasureConfigRepository;
import org.workforceinsight.measures.WorkforceFacts;
import org.workforceinsight.measures.WorkforceFacts.AgencyTerms;
import org.workforceinsight.measures.WorkforceFacts.EmploymentType;
import org.workforceinsight.measures.WorkforceFacts.Stint;
import org.workforceinsight.organisation.OrganisationService;
import org.workforceinsight.security.AccessScope;
import org.workforceinsight.security.AuditTrail;
import org.workforceinsight.shared.Paging;
import org.workforceinsight.shared.Rows;
import org.workforceinsight.workers.RecordQuery;

/** Agency assignments active on a date with the DfE agency rules they break, in the caller's scope. */
@ApplicationScoped
public class AgencyAssignmentService {

    @Inject
    EntityManager em;

    @Inject
    MeasureConfigRepository configRepository;

    @Inject
    AuditTrail audit;

    /** Charges are commercial detail: for workforce leads and senior managers only. */
    public static boolean mayReadCharges(AccessScope scope) {
        return scope.seesAgencyCharges();
    }

    /**
     * Agency assignments with recorded terms, active on the date in the node (or the caller's scope), ordered
     * by family name then given name.
     */
    @Transactional
    public AgencyAssignmentPage list(AccessScope scope, UUID nodeId, LocalDate activeOn, Paging paging) {
        Set<UUID> nodes;
        if (nodeId != null) {
            scope.requireNode(nodeId);
            nodes = scope.tree().subtree(nodeId);
        } else {
            nodes = scope.nodesOrNullForAll();
        }
        AgencyAssignmentPage page = new AgencyAssignmentPage().page(paging.page()).size(paging.size())
                .items(List.of()).totalItems(0L);
        if (nodes != null && nodes.isEmpty()) {
            audit.recordRead("listAgencyAssignments", List.of(), AuditTrail.ids(nodeId));
            return page;
        }
        RecordQuery query = new RecordQuery("assignment a JOIN agency_assignment ag ON ag.assignment_id = a.id "
                + "JOIN worker w ON w.id = a.worker_id")
                .where("a.employment_type = 'agency'")
                .where("a.start_date <= :on AND (a.end_date IS NULL OR a.end_date >= :on)", "on", activeOn);
        if (nodes != null) {
            query.where("a.team_id IN (:nodes)", "nodes", nodes);
        }
        long total = query.count(em);
        if (total <= paging.offset()) {
            audit.recordRead("listAgencyAssignments", List.of(), AuditTrail.ids(nodeId));
            return page.totalItems(total);
        }
        List<Tuple> rows = query.page(em, "a.id, a.worker_id, a.team_id, a.role_code, a.fte, a.start_date, a.end_date, "
                + "w.given_name, w.family_name, ag.agency_name, ag.job_type, ag.charge_basis, ag.charge_rate, "
                + "ag.pqe_years_at_start, ag.notice_period_days, ag.covers_post_id, ag.previous_regional_employment_end",
                "lower(w.family_name), lower(w.given_name), w.id, a.start_date, a.id", paging);

        AgencyRuleCheck rules = new AgencyRuleCheck(configRepository.load());
        Map<UUID, List<Stint>> stintsByWorker = stintsOf(rows.stream().map(t -> Rows.uuid(t.get("worker_id"))).toList());
        boolean charges = mayReadCharges(scope);
        List<AgencyAssignment> items = new ArrayList<>();
        for (Tuple t : rows) {
            UUID workerId = Rows.uuid(t.get("worker_id"));
            AgencyTerms terms = new AgencyTerms(Rows.string(t.get("agency_name")), Rows.string(t.get("job_type")),
                    WorkforceFacts.ChargeBasis.valueOf(Rows.string(t.get("charge_basis")).toUpperCase(Locale.ROOT)),
                    Rows.decimal(t.get("charge_rate")), Rows.decimal(t.get("pqe_years_at_start")),
                    Rows.integer(t.get("notice_period_days")), Rows.uuid(t.get("covers_post_id")),
                    Rows.date(t.get("previous_regional_employment_end")), List.of());
            UUID assignmentId = Rows.uuid(t.get("id"));
            List<Stint> workerStints = stintsByWorker.getOrDefault(workerId, List.of());
            Stint stint = workerStints.stream().filter(s -> s.assignmentId().equals(assignmentId)).findFirst()
                    .orElseThrow();
            Stint agencyStint = new Stint(stint.assignmentId(), stint.nodeId(), stint.roleCode(),
                    stint.qualifiedSocialWork(), stint.holdsCases(), stint.employmentType(), stint.fte(), stint.start(),
                    stint.end(), terms);
            UUID teamId = Rows.uuid(t.get("team_id"));
            AgencyAssignment item = new AgencyAssignment()
                    .assignmentId(assignmentId)
                    .worker(new WorkerRef().id(workerId).givenName(Rows.string(t.get("given_name")))
                            .familyName(Rows.string(t.get("family_name"))))
                    .node(scope.tree().node(teamId).map(OrganisationService::ref).orElseThrow())
                    .role(RoleCode.fromValue(Rows.string(t.get("role_code"))))
                    .fte(Rows.decimal(t.get("fte")).doubleValue())
                    .startDate(Rows.date(t.get("start_date")))
                    .endDate(Rows.date(t.get("end_date")))
                    .agencyName(terms.agencyName())
                    .jobType(AgencyJobType.fromValue(terms.jobType()))
                    .chargeBasis(ChargeBasis.fromValue(Rows.string(t.get("charge_basis"))))
                    .pqeYearsAtStart(terms.pqeYearsAtStart().doubleValue())
                    .noticePeriodDays(terms.noticePeriodDays())
                    .coversPostId(terms.coversPostId())
                    .ruleFlags(rules.flags(agencyStint, workerStints).stream()
                            .map(flag -> AgencyRuleFlag.fromValue(flag.name().toLowerCase(Locale.ROOT).replace('_', '-')))
                            .toList());
            if (charges) {
                item.chargeRate(terms.chargeRate().doubleValue()).hourlyCharge(rules.hourlyCharge(terms).doubleValue());
            }
            items.add(item);
        }
        audit.recordRead("listAgencyAssignments", AuditTrail.idsOf(items, a -> a.getWorker().getId()),
                AuditTrail.ids(nodeId));
        return page.totalItems(total).items(items);
    }

    /** Every assignment of the workers (any node, any date), for the rules that look at a worker's history. */
    @SuppressWarnings("unchecked")
    private Map<UUID, List<Stint>> stintsOf(List<UUID> workerIds) {
        List<Tuple> rows = em.createNativeQuery("SELECT a.id, a.worker_id, a.team_id, a.role_code, a.employment_type, "
                        + "a.fte, a.start_date, a.end_date, r.qualified_social_work, r.holds_cases FROM assignment a "
                        + "JOIN role r ON r.code = a.role_code WHERE a.worker_id IN (:workers) ORDER BY a.start_date, a.id",
                Tuple.class).setParameter("workers", workerIds).getResultList();
        Map<UUID, List<Stint>> result = new HashMap<>();
        for (Tuple t : rows) {
            result.computeIfAbsent(Rows.uuid(t.get("worker_id")), k -> new ArrayList<>()).add(new Stint(
                    Rows.uuid(t.get("id")), Rows.uuid(t.get("team_id")), Rows.string(t.get("role_code")),
                    Boolean.TRUE.equals(t.get("qualified_social_work")), Boolean.TRUE.equals(t.get("holds_cases")),
                    EmploymentType.valueOf(Rows.string(t.get("employment_type")).toUpperCase(Locale.ROOT).replace('-', '_')),
                    Rows.decimal(t.get("fte")), Rows.date(t.get("start_date")), Rows.date(t.get("end_date")), null));
        }
        return result;
    }
}

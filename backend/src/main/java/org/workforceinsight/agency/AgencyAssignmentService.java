package org.workforceinsight.agency;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.workforceinsight.api.model.AgencyAssignment;
import org.workforceinsight.api.model.AgencyAssignmentInput;
import org.workforceinsight.api.model.AgencyAssignmentPage;
import org.workforceinsight.api.model.RecordChangePage;
import org.workforceinsight.api.model.Violation;
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
import org.workforceinsight.shared.KeptRecordService;
import org.workforceinsight.shared.KeptRecords;
import org.workforceinsight.shared.Paging;
import org.workforceinsight.shared.ProblemException;
import org.workforceinsight.shared.Rows;
import org.workforceinsight.shared.Versioned;
import org.workforceinsight.workers.RecordQuery;
import org.workforceinsight.workers.RecordedFor;
import org.workforceinsight.workers.Worker;

/** Agency assignments active on a date with the DfE agency rules they break, in the caller's scope. */
@ApplicationScoped
public class AgencyAssignmentService implements KeptRecordService<AgencyAssignment, AgencyAssignmentInput> {

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
        List<Tuple> rows = query.page(em, COLUMNS, "lower(w.family_name), lower(w.given_name), w.id, a.start_date, a.id",
                paging);
        List<AgencyAssignment> items = toApi(rows, scope);
        audit.recordRead("listAgencyAssignments", AuditTrail.idsOf(items, a -> a.getWorker().getId()),
                AuditTrail.ids(nodeId));
        return page.totalItems(total).items(items);
    }

    private static final String FROM = "assignment a JOIN agency_assignment ag ON ag.assignment_id = a.id "
            + "JOIN worker w ON w.id = a.worker_id";

    private static final String COLUMNS = "a.id, a.worker_id, a.team_id, a.role_code, a.fte, a.start_date, a.end_date, "
            + "w.given_name, w.family_name, ag.agency_name, ag.job_type, ag.charge_basis, ag.charge_rate, "
            + "ag.pqe_years_at_start, ag.notice_period_days, ag.covers_post_id, ag.previous_regional_employment_end, "
            + "ag.version";

    /** The rows as the API shows them, with their rule flags; charges only for callers who may read them. */
    private List<AgencyAssignment> toApi(List<Tuple> rows, AccessScope scope) {
        if (rows.isEmpty()) {
            return List.of();
        }
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
        return items;
    }

    /** The record type in history, as the contract names it. */
    public static final String RECORD_TYPE = "agency-assignment";

    /** Versioned by its agency terms (the assignment row itself is shared with employed assignments). */
    private static final KeptRecords.Kind<AgencyAssignment> KIND = KeptRecords.Kind
            .<AgencyAssignment>of(RECORD_TYPE, "agency assignment", "agency_assignment", "assignment_id")
            .audited("AgencyAssignment", a -> AuditTrail.ids(a.getWorker().getId()),
                    a -> AuditTrail.ids(a.getNode().getId()), "worker");

    @Inject
    RecordedFor recordedFor;

    @Inject
    KeptRecords records;

    /** One agency assignment with its version: 404 when unknown, 403 when its team is outside the caller's scope. */
    @Override
    @Transactional
    public Versioned<AgencyAssignment> get(AccessScope scope, UUID assignmentId) {
        return records.shown(KIND, read(scope, assignmentId));
    }

    private Versioned<AgencyAssignment> read(AccessScope scope, UUID assignmentId) {
        List<Tuple> rows = new RecordQuery(FROM).where("a.id = :id", "id", assignmentId)
                .page(em, COLUMNS, "a.id", new Paging(0, 1));
        if (rows.isEmpty()) {
            throw ProblemException.notFound("There is no agency assignment " + assignmentId + ".");
        }
        if (!scope.canOpen(Rows.uuid(rows.get(0).get("team_id")))) {
            throw ProblemException.forbidden("The agency assignment " + assignmentId + " is outside your access scope.");
        }
        return new Versioned<>(toApi(rows, scope).get(0), Rows.count(rows.get(0).get("version")));
    }

    /** The assignment's changes, newest first; charges in them only for callers who may read charges. */
    @Override
    @Transactional
    public RecordChangePage history(AccessScope scope, UUID assignmentId, Paging paging) {
        boolean charges = mayReadCharges(scope);
        UnaryOperator<ObjectNode> redact = node -> {
            if (!charges) {
                node.remove(List.of("chargeRate", "hourlyCharge"));
            }
            return node;
        };
        return records.history(KIND, scope, assignmentId, paging, () -> read(scope, assignmentId), redact);
    }

    /**
     * Records an agency assignment (the worker's assignment to a team and its agency terms) after checking every
     * field (400 naming each); the same worker's second agency assignment starting on one date is 409.
     */
    @Override
    @Transactional
    public Versioned<AgencyAssignment> record(AccessScope scope, AgencyAssignmentInput input) {
        check(scope, input, null);
        UUID id = UUID.randomUUID();
        assignment("INSERT INTO assignment (id, worker_id, team_id, role_code, employment_type, fte, start_date, "
                + "end_date, version) VALUES (:id, :worker, :team, :role, 'agency', :fte, :start, :end, 1)", id, input)
                .executeUpdate();
        records.insert(KIND, id, terms(input));
        return records.created(KIND, id, read(scope, id), input);
    }

    /** Corrects an agency assignment (every field) under the checks of {@link #record}; 412 when stale. */
    @Override
    @Transactional
    public Versioned<AgencyAssignment> update(AccessScope scope, UUID assignmentId, long expectedVersion,
                                              AgencyAssignmentInput input) {
        return records.update(KIND, assignmentId, expectedVersion, () -> read(scope, assignmentId), before -> {
            check(scope, input, assignmentId);
            return terms(input);
        }, () -> assignment("UPDATE assignment SET worker_id = :worker, team_id = :team, role_code = :role, "
                + "fte = :fte, start_date = :start, end_date = :end, version = version + 1 WHERE id = :id",
                assignmentId, input).executeUpdate());
    }

    /** Deletes an agency assignment and its assignment: 409 while it has timesheets, 412 when stale. */
    @Override
    @Transactional
    public void delete(AccessScope scope, UUID assignmentId, long expectedVersion) {
        records.delete(KIND, assignmentId, expectedVersion, () -> read(scope, assignmentId),
                before -> records.requireUnreferenced("agency_timesheet", "assignment_id", assignmentId,
                        timesheets -> "The agency assignment " + assignmentId + " has " + timesheets
                                + " timesheet(s); delete them first."),
                () -> em.createNativeQuery("DELETE FROM assignment WHERE id = :id").setParameter("id", assignmentId)
                .executeUpdate());
    }

    /** A statement on the assignment row behind the terms, which keeps a version of its own. */
    private jakarta.persistence.Query assignment(String sql, UUID id, AgencyAssignmentInput input) {
        return em.createNativeQuery(sql)
                .setParameter("id", id)
                .setParameter("worker", input.getWorkerId())
                .setParameter("team", input.getNodeId())
                .setParameter("role", input.getRole().toString())
                .setParameter("fte", BigDecimal.valueOf(input.getFte()))
                .setParameter("start", input.getStartDate())
                .setParameter("end", input.getEndDate());
    }

    private static KeptRecords.Columns terms(AgencyAssignmentInput input) {
        return new KeptRecords.Columns()
                .set("agency_name", input.getAgencyName().trim())
                .set("job_type", input.getJobType().toString())
                .set("charge_basis", input.getChargeBasis().toString())
                .set("charge_rate", BigDecimal.valueOf(input.getChargeRate()))
                .set("pqe_years_at_start", BigDecimal.valueOf(input.getPqeYearsAtStart()))
                .set("notice_period_days", input.getNoticePeriodDays())
                .set("covers_post_id", input.getCoversPostId())
                .set("previous_regional_employment_end", input.getPreviousRegionalEmploymentEnd());
    }

    private void check(AccessScope scope, AgencyAssignmentInput input, UUID self) {
        List<Violation> violations = new ArrayList<>();
        Worker worker = recordedFor.existingWorker(input.getWorkerId(), "workerId", violations);
        if (input.getNodeId() != null) {
            var node = scope.tree().node(input.getNodeId());
            if (node.isEmpty()) {
                violations.add(new Violation().field("nodeId").detail("is not a known organisation node"));
            } else if (!node.get().isTeam()) {
                violations.add(new Violation().field("nodeId").detail("must be a team"));
            }
        }
        if (input.getStartDate() != null && input.getEndDate() != null
                && input.getEndDate().isBefore(input.getStartDate())) {
            violations.add(new Violation().field("endDate")
                    .detail("must not be before startDate (" + input.getStartDate() + ")"));
        }
        if (input.getStartDate() != null && input.getPreviousRegionalEmploymentEnd() != null
                && !input.getPreviousRegionalEmploymentEnd().isBefore(input.getStartDate())) {
            violations.add(new Violation().field("previousRegionalEmploymentEnd")
                    .detail("must be before startDate (" + input.getStartDate() + ")"));
        }
        if (input.getAgencyName() != null && input.getAgencyName().isBlank()) {
            violations.add(new Violation().field("agencyName").detail("must not be blank"));
        }
        if (input.getFte() != null && BigDecimal.valueOf(input.getFte()).scale() > 2) {
            violations.add(new Violation().field("fte").detail("must have at most two decimal places"));
        }
        if (input.getCoversPostId() != null && Rows.count(em.createNativeQuery("SELECT count(*) FROM post WHERE id = :id")
                .setParameter("id", input.getCoversPostId()).getSingleResult()) == 0) {
            violations.add(new Violation().field("coversPostId").detail("is not a known post"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalidFields(violations);
        }
        if (Rows.count(em.createNativeQuery("SELECT count(*) FROM assignment WHERE worker_id = :worker "
                        + "AND employment_type = 'agency' AND start_date = :start "
                        + "AND (CAST(:self AS uuid) IS NULL OR id <> CAST(:self AS uuid))")
                .setParameter("worker", worker.id).setParameter("start", input.getStartDate())
                .setParameter("self", self == null ? null : self.toString()).getSingleResult()) > 0) {
            throw ProblemException.conflict("The worker " + worker.id + " already has an agency assignment starting on "
                    + input.getStartDate() + ".");
        }
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

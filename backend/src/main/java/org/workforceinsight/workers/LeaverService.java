package org.workforceinsight.workers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.workforceinsight.api.model.Leaver;
import org.workforceinsight.api.model.LeaverInput;
import org.workforceinsight.api.model.LeaverPage;
import org.workforceinsight.api.model.RecordChangePage;
import org.workforceinsight.api.model.Violation;
import org.workforceinsight.api.model.LeavingReason;
import org.workforceinsight.api.model.RoleCode;
import org.workforceinsight.api.model.WorkerRef;
import org.workforceinsight.organisation.OrganisationService;
import org.workforceinsight.security.AccessScope;
import org.workforceinsight.security.AuditTrail;
import org.workforceinsight.shared.KeptRecordService;
import org.workforceinsight.shared.KeptRecords;
import org.workforceinsight.shared.Paging;
import org.workforceinsight.shared.ProblemException;
import org.workforceinsight.shared.Rows;
import org.workforceinsight.shared.Versioned;

/**
 * Ends of employment and the reasons a leaver can give; recorded, corrected and deleted by workforce leads
 * and machine-write clients.
 */
@ApplicationScoped
public class LeaverService implements KeptRecordService<Leaver, LeaverInput> {

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
    RecordedFor recordedFor;

    @Inject
    KeptRecords records;

    /** The record type in history, as the contract names it. */
    public static final String RECORD_TYPE = "leaver";

    private static final String NOUN = "leaver record";

    private static final KeptRecords.Kind<Leaver> KIND = KeptRecords.Kind
            .<Leaver>of(RECORD_TYPE, NOUN, "leaving", "id")
            .audited("Leaver", l -> AuditTrail.ids(l.getWorker().getId()), l -> List.of(), "worker");

    private static final String FROM = "leaving l JOIN worker w ON w.id = l.worker_id " + STINT_LEFT
            + " LEFT JOIN leaving_reason lr ON lr.code = l.reason_code";

    private static final String COLUMNS = "l.id, l.version, l.leaving_date, l.exit_interview_held, w.id AS w_id, "
            + "w.given_name, w.family_name, st.team_id, st.role_code, st.fte, lr.code AS reason_code, "
            + "lr.name AS reason_name, lr.inside_council_control, lr.active AS reason_active";

    /** Employed in the caller's scope on the leaving date: the list's rule, for one record. */
    private static final String EMPLOYED_IN_SCOPE = "EXISTS (SELECT 1 FROM assignment scope_a WHERE "
            + "scope_a.worker_id = l.worker_id AND scope_a.employment_type IN ('permanent', 'fixed-term') "
            + "AND scope_a.team_id IN (:scopeNodes) AND scope_a.start_date <= l.leaving_date "
            + "AND (scope_a.end_date IS NULL OR scope_a.end_date >= l.leaving_date))";

    @Inject
    AuditTrail audit;

    @Inject
    LeavingEnds ends;

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

    /** One leaver record with its version: 404 when unknown, 403 when the worker left from outside the caller's scope. */
    @Override
    @Transactional
    public Versioned<Leaver> get(AccessScope scope, UUID leaverId) {
        return records.shown(KIND, read(scope, leaverId));
    }

    private Versioned<Leaver> read(AccessScope scope, UUID leaverId) {
        List<Tuple> rows = new RecordQuery(FROM).where("l.id = :id", "id", leaverId)
                .page(em, COLUMNS, "l.id", new Paging(0, 1));
        if (rows.isEmpty()) {
            throw ProblemException.notFound("There is no " + NOUN + " " + leaverId + ".");
        }
        if (!scope.allNodes()) {
            boolean inScope = !scope.accessibleNodes().isEmpty() && new RecordQuery("leaving l")
                    .where("l.id = :id", "id", leaverId)
                    .where(EMPLOYED_IN_SCOPE, "scopeNodes", scope.accessibleNodes()).count(em) > 0;
            if (!inScope) {
                throw ProblemException.forbidden("The " + NOUN + " " + leaverId + " is outside your access scope.");
            }
        }
        Tuple t = rows.get(0);
        return new Versioned<>(toApi(t, scope), Rows.count(t.get("version")));
    }

    /** The record's changes, newest first. */
    @Override
    @Transactional
    public RecordChangePage history(AccessScope scope, UUID leaverId, Paging paging) {
        return records.history(KIND, scope, leaverId, paging, () -> read(scope, leaverId));
    }

    /**
     * Records the end of a worker's employment after checking every field (400 naming each): the worker was
     * employed on the leaving date, the reason is a known, active one. The same worker leaving twice on one
     * date is 409. The worker's assignments open on the leaving date end there (docs/recording.md).
     */
    @Override
    @Transactional
    public Versioned<Leaver> record(AccessScope scope, LeaverInput input) {
        check(input, null, null);
        UUID id = UUID.randomUUID();
        records.insert(KIND, id, columns(input));
        Versioned<Leaver> created = read(scope, id);
        ends.end(id, input.getWorkerId(), input.getLeavingDate(), "createLeaver");
        return records.created(KIND, id, created, input);
    }

    /** Corrects a leaver record (every field) under the checks of {@link #record}; 412 when the version is stale. */
    @Override
    @Transactional
    public Versioned<Leaver> update(AccessScope scope, UUID leaverId, long expectedVersion, LeaverInput input) {
        return records.update(KIND, leaverId, expectedVersion, () -> read(scope, leaverId), before -> {
            // the worker's assignments as they were before this leaver, so the checks see the worker employed then
            ends.reopen(leaverId, "updateLeaver");
            check(input, leaverId, before.body().getReason() == null ? null : before.body().getReason().getCode());
            return columns(input);
        }, () -> ends.end(leaverId, input.getWorkerId(), input.getLeavingDate(), "updateLeaver"));
    }

    /** Deletes a leaver record, putting back the assignment ends it made; 412 when the version is stale. */
    @Override
    @Transactional
    public void delete(AccessScope scope, UUID leaverId, long expectedVersion) {
        records.delete(KIND, leaverId, expectedVersion, () -> read(scope, leaverId),
                before -> ends.reopen(leaverId, "deleteLeaver"));
    }

    private static KeptRecords.Columns columns(LeaverInput input) {
        return new KeptRecords.Columns()
                .set("worker_id", input.getWorkerId())
                .set("leaving_date", input.getLeavingDate())
                .set("reason_code", input.getReasonCode())
                .set("exit_interview_held", Boolean.TRUE.equals(input.getExitInterviewHeld()));
    }

    /**
     * 400 naming each bad field, then 409 for a duplicate. {@code keptReason}: a reason no longer active may
     * stay on a record that already has it.
     */
    private void check(LeaverInput input, UUID self, String keptReason) {
        List<Violation> violations = new ArrayList<>();
        Worker worker = recordedFor.existingWorker(input.getWorkerId(), "workerId", violations);
        RecordedFor.checkPastDate(input.getLeavingDate(), "leavingDate", java.time.LocalDate.of(9999, 12, 31),
                violations);
        String reason = input.getReasonCode();
        if (reason != null) {
            List<?> active = em.createNativeQuery("SELECT active FROM leaving_reason WHERE code = :code")
                    .setParameter("code", reason).getResultList();
            if (active.isEmpty()) {
                violations.add(new Violation().field("reasonCode").detail("is not a known leaving reason"));
            } else if (!Boolean.TRUE.equals(active.get(0)) && !reason.equals(keptReason)) {
                violations.add(new Violation().field("reasonCode").detail("is no longer in use"));
            }
        }
        if (worker != null && input.getLeavingDate() != null && Rows.count(em.createNativeQuery(
                        "SELECT count(*) FROM assignment WHERE worker_id = :worker "
                                + "AND employment_type IN ('permanent', 'fixed-term') AND start_date <= :date "
                                + "AND (end_date IS NULL OR end_date >= :date)")
                .setParameter("worker", worker.id).setParameter("date", input.getLeavingDate())
                .getSingleResult()) == 0) {
            violations.add(new Violation().field("leavingDate")
                    .detail("the worker was not employed (permanent or fixed term) on " + input.getLeavingDate()));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalidFields(violations);
        }
        long duplicates = Rows.count(em.createNativeQuery("SELECT count(*) FROM leaving WHERE worker_id = :worker "
                        + "AND leaving_date = :date AND (CAST(:self AS uuid) IS NULL OR id <> CAST(:self AS uuid))")
                .setParameter("worker", worker.id).setParameter("date", input.getLeavingDate())
                .setParameter("self", self == null ? null : self.toString()).getSingleResult());
        if (duplicates > 0) {
            throw ProblemException.conflict("The worker " + worker.id + " already has a leaving recorded on "
                    + input.getLeavingDate() + ".");
        }
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

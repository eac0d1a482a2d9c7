package org.workforceinsight.absence;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.workforceinsight.api.model.Absence;
import org.workforceinsight.api.model.AbsenceInput;
import org.workforceinsight.api.model.AbsencePage;
import org.workforceinsight.api.model.RecordChangePage;
import org.workforceinsight.api.model.Violation;
import org.workforceinsight.api.model.AbsenceType;
import org.workforceinsight.api.model.WorkerRef;
import org.workforceinsight.security.AccessScope;
import org.workforceinsight.security.AuditTrail;
import org.workforceinsight.shared.KeptRecordService;
import org.workforceinsight.shared.KeptRecords;
import org.workforceinsight.shared.Paging;
import org.workforceinsight.shared.ProblemException;
import org.workforceinsight.shared.RecordHistory;
import org.workforceinsight.shared.Rows;
import org.workforceinsight.shared.Versioned;
import org.workforceinsight.workers.AssignmentRepository;
import org.workforceinsight.workers.RecordQuery;
import org.workforceinsight.workers.RecordedFor;
import org.workforceinsight.workers.Worker;
import org.workforceinsight.workers.WorkerRecordScope;
import org.workforceinsight.workers.WorkerRepository;

/**
 * Absences in the caller's scope, recorded, corrected and deleted by workforce leads, HR absence officers and
 * machine-write clients; the sickness reason (health data) only for workforce leads and HR absence officers,
 * and never in the history.
 */
@ApplicationScoped
public class AbsenceService implements KeptRecordService<Absence, AbsenceInput> {

    static final String LONG_TERM_SETTING = "absence.long-term-working-days";
    static final BigDecimal DEFAULT_LONG_TERM_DAYS = new BigDecimal("20");

    @Inject
    EntityManager em;

    @Inject
    WorkerRepository workers;

    @Inject
    AssignmentRepository assignments;

    /** The record type in history, as the contract names it. */
    public static final String RECORD_TYPE = "absence";

    /**
     * Person-level and versioned as every kept record; its history and the audit of its changes are its own
     * (below), because the sickness reason may show in neither, only the fact that it changed.
     */
    private static final KeptRecords.Kind<Absence> KIND = KeptRecords.Kind
            .<Absence>of(RECORD_TYPE, "absence", "absence", "id")
            .audited("Absence", a -> AuditTrail.ids(a.getWorker().getId()), a -> List.of(), "worker");

    @Inject
    KeptRecords records;

    @Inject
    RecordedFor recordedFor;

    @Inject
    RecordHistory history;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    AuditTrail audit;

    /** Whether the caller may see health data: the rule is AccessScope's (not even the machine client). */
    public static boolean mayReadHealthData(AccessScope scope) {
        return scope.seesHealthDetail();
    }

    /**
     * Absences overlapping the range, of workers who were in the caller's scope during the absence, latest
     * first day first.
     */
    @Transactional
    public AbsencePage list(AccessScope scope, UUID workerId, UUID nodeId, WorkerRecordScope.Range range,
                            Paging paging) {
        WorkerRecordScope records = WorkerRecordScope.resolve(scope, nodeId, workerId, workers, assignments);
        AbsencePage page = new AbsencePage().page(paging.page()).size(paging.size()).items(List.of()).totalItems(0L);
        if (records.empty()) {
            audit.recordRead("listAbsences", AuditTrail.ids(workerId), AuditTrail.ids(nodeId));
            return page;
        }
        boolean health = mayReadHealthData(scope);
        // the health table is joined only for callers allowed to read it, so nobody else's query touches it
        RecordQuery query = new RecordQuery("absence ab JOIN worker w ON w.id = ab.worker_id"
                + (health ? " LEFT JOIN absence_sickness_reason asr ON asr.absence_id = ab.id" : ""))
                .where("ab.first_day <= :to AND ab.last_day >= :from", "from", range.from())
                .parameter("to", range.to());
        records.restrict(query, "ab.worker_id", "ab.first_day", "ab.last_day");
        long total = query.count(em);
        if (total <= paging.offset()) {
            audit.recordRead("listAbsences", AuditTrail.ids(workerId), AuditTrail.ids(nodeId));
            return page.totalItems(total);
        }
        BigDecimal longTermDays = longTermWorkingDays();
        List<Tuple> rows = query.page(em, COLUMNS + (health ? ", asr.reason_code" : ""),
                "ab.first_day DESC, ab.last_day DESC, ab.id", paging);
        page.totalItems(total).items(rows.stream().map(t -> toApi(t, health, longTermDays)).toList());
        audit.recordRead("listAbsences", AuditTrail.idsOf(page.getItems(), a -> a.getWorker().getId()),
                AuditTrail.ids(nodeId));
        return page;
    }

    /** One absence with its version: 404 when unknown, 403 when its worker was outside the caller's scope during it. */
    @Override
    @Transactional
    public Versioned<Absence> get(AccessScope scope, UUID absenceId) {
        return records.shown(KIND, read(scope, absenceId));
    }

    private Versioned<Absence> read(AccessScope scope, UUID absenceId) {
        boolean health = mayReadHealthData(scope);
        RecordQuery byId = new RecordQuery("absence ab JOIN worker w ON w.id = ab.worker_id"
                + (health ? " LEFT JOIN absence_sickness_reason asr ON asr.absence_id = ab.id" : ""))
                .where("ab.id = :id", "id", absenceId);
        List<Tuple> rows = byId.page(em, COLUMNS + ", ab.version" + (health ? ", asr.reason_code" : ""), "ab.id",
                new Paging(0, 1));
        if (rows.isEmpty()) {
            throw ProblemException.notFound("There is no absence " + absenceId + ".");
        }
        WorkerRecordScope records = WorkerRecordScope.resolve(scope, null, null, workers, assignments);
        if (!scope.allNodes()) {
            RecordQuery inScope = new RecordQuery("absence ab").where("ab.id = :id", "id", absenceId);
            if (records.empty()) {
                throw ProblemException.forbidden("The absence " + absenceId + " is outside your access scope.");
            }
            records.restrict(inScope, "ab.worker_id", "ab.first_day", "ab.last_day");
            if (inScope.count(em) == 0) {
                throw ProblemException.forbidden("The absence " + absenceId + " is outside your access scope.");
            }
        }
        Tuple t = rows.get(0);
        return new Versioned<>(toApi(t, health, longTermWorkingDays()), Rows.count(t.get("version")));
    }

    /** The absence's changes, newest first; health detail is never in them. */
    @Override
    @Transactional
    public RecordChangePage history(AccessScope scope, UUID absenceId, Paging paging) {
        return records.history(KIND, scope, absenceId, paging, () -> read(scope, absenceId));
    }

    /**
     * Records an absence after checking every field (400 naming each), that a sickness reason comes only from
     * a caller allowed to set health data (403) and that it overlaps no other absence of the worker (409).
     */
    @Override
    @Transactional
    public Versioned<Absence> record(AccessScope scope, AbsenceInput input) {
        check(scope, input, null);
        UUID id = UUID.randomUUID();
        records.insert(KIND, id, columns(input));
        String reason = input.getSicknessReason();
        if (reason != null) {
            setReason(id, reason);
        }
        Versioned<Absence> created = read(scope, id);
        history.api(RECORD_TYPE, id, created.version(), RecordHistory.ChangeType.CREATED, null,
                withoutHealth(created.body(), reason != null));
        // field names only (sicknessReason included when set), never a value
        audit.recordCreate("createAbsence", RECORD_TYPE, id, AuditTrail.ids(input.getWorkerId()), List.of(), input);
        return created;
    }

    /**
     * Corrects an absence (the whole record), under the checks of {@link #record}, 412 when
     * {@code expectedVersion} is not current. A caller who may not see health data leaves the sickness reason
     * as it is, unless the absence is no longer a sickness absence, when it goes.
     */
    @Override
    @Transactional
    public Versioned<Absence> update(AccessScope scope, UUID absenceId, long expectedVersion, AbsenceInput input) {
        Versioned<Absence> before = records.current(KIND, absenceId, expectedVersion, () -> read(scope, absenceId));
        check(scope, input, absenceId);
        records.write(KIND, absenceId, expectedVersion, columns(input));
        String oldReason = currentReason(absenceId);
        String newReason;
        if (input.getAbsenceType() != AbsenceType.SICKNESS) {
            newReason = null;
        } else if (mayReadHealthData(scope)) {
            newReason = input.getSicknessReason();
        } else {
            newReason = oldReason;
        }
        boolean reasonChanged = !java.util.Objects.equals(oldReason, newReason);
        if (reasonChanged) {
            em.createNativeQuery("DELETE FROM absence_sickness_reason WHERE absence_id = :id")
                    .setParameter("id", absenceId).executeUpdate();
            if (newReason != null) {
                setReason(absenceId, newReason);
            }
        }
        Versioned<Absence> after = read(scope, absenceId);
        history.api(RECORD_TYPE, absenceId, after.version(), RecordHistory.ChangeType.UPDATED,
                withoutHealth(before.body(), false), withoutHealth(after.body(), reasonChanged));
        // the names of the fields that changed (a reason the caller cannot see still counts); never a value
        List<String> changed = new ArrayList<>(audit.changedFields(before.body(), after.body()));
        if (reasonChanged && !changed.contains("sicknessReason")) {
            changed.add("sicknessReason");
        }
        audit.record(new org.workforceinsight.security.AuditEntry(audit.currentActor(), "updateAbsence",
                org.workforceinsight.security.AuditAction.UPDATE, RECORD_TYPE, absenceId.toString(),
                AuditTrail.ids(before.body().getWorker().getId(), after.body().getWorker().getId()), List.of(),
                changed));
        return after;
    }

    /** Deletes an absence and its sickness reason, 404/403 as for reading it, 412 when the version is stale. */
    @Override
    @Transactional
    public void delete(AccessScope scope, UUID absenceId, long expectedVersion) {
        Versioned<Absence> before = records.current(KIND, absenceId, expectedVersion, () -> read(scope, absenceId));
        boolean hadReason = currentReason(absenceId) != null;
        // the reason goes with the absence (ON DELETE CASCADE)
        records.remove(KIND, absenceId, expectedVersion);
        ObjectNode shown = withoutHealth(before.body(), false);
        if (hadReason) {
            shown.put("sicknessReasonChanged", true);
        }
        history.api(RECORD_TYPE, absenceId, before.version(), RecordHistory.ChangeType.DELETED, shown, null);
        audit.recordDelete("deleteAbsence", RECORD_TYPE, absenceId, AuditTrail.ids(before.body().getWorker().getId()),
                List.of());
    }

    private void check(AccessScope scope, AbsenceInput input, UUID self) {
        List<Violation> violations = new ArrayList<>();
        Worker worker = recordedFor.existingWorker(input.getWorkerId(), "workerId", violations);
        LocalDate first = input.getFirstDay();
        LocalDate last = input.getLastDay();
        RecordedFor.checkPastDate(first, "firstDay", LocalDate.of(9999, 12, 31), violations);
        RecordedFor.checkPastDate(last, "lastDay", LocalDate.of(9999, 12, 31), violations);
        boolean datesInOrder = first != null && last != null && !last.isBefore(first);
        if (first != null && last != null && last.isBefore(first)) {
            violations.add(new Violation().field("lastDay").detail("must not be before firstDay (" + first + ")"));
        }
        if (datesInOrder && input.getWorkingDaysLost() != null) {
            long days = java.time.temporal.ChronoUnit.DAYS.between(first, last) + 1;
            if (input.getWorkingDaysLost() > days) {
                violations.add(new Violation().field("workingDaysLost")
                        .detail("must be at most the " + days + " days from firstDay to lastDay"));
            }
        }
        if (worker != null && datesInOrder && !assignedDuring(worker.id, first, last)) {
            violations.add(new Violation().field("workerId")
                    .detail("was not assigned to any team between " + first + " and " + last));
        }
        String reason = input.getSicknessReason();
        if (reason != null) {
            if (input.getAbsenceType() != AbsenceType.SICKNESS) {
                violations.add(new Violation().field("sicknessReason").detail("is only for a sickness absence"));
            } else if (Rows.count(em.createNativeQuery("SELECT count(*) FROM sickness_reason WHERE code = :code")
                    .setParameter("code", reason).getSingleResult()) == 0) {
                violations.add(new Violation().field("sicknessReason").detail("is not a known sickness reason"));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalidFields(violations);
        }
        if (reason != null && !mayReadHealthData(scope)) {
            throw ProblemException.forbidden("Only workforce leads and HR absence officers may record a sickness reason.");
        }
        List<?> overlapping = em.createNativeQuery("SELECT CAST(id AS text) FROM absence WHERE worker_id = :worker "
                        + "AND first_day <= :last AND last_day >= :first "
                        + "AND (CAST(:self AS uuid) IS NULL OR id <> CAST(:self AS uuid)) ORDER BY first_day LIMIT 1")
                .setParameter("worker", worker.id).setParameter("first", first).setParameter("last", last)
                .setParameter("self", self == null ? null : self.toString()).getResultList();
        if (!overlapping.isEmpty()) {
            throw ProblemException.conflict("The worker " + worker.id + " already has an absence overlapping "
                    + first + " to " + last + " (" + overlapping.get(0) + ").");
        }
    }

    private boolean assignedDuring(UUID workerId, LocalDate first, LocalDate last) {
        return Rows.count(em.createNativeQuery("SELECT count(*) FROM assignment WHERE worker_id = :worker "
                        + "AND start_date <= :last AND (end_date IS NULL OR end_date >= :first)")
                .setParameter("worker", workerId).setParameter("first", first).setParameter("last", last)
                .getSingleResult()) > 0;
    }

    private static KeptRecords.Columns columns(AbsenceInput input) {
        return new KeptRecords.Columns()
                .set("worker_id", input.getWorkerId())
                .set("absence_type", input.getAbsenceType().toString())
                .set("first_day", input.getFirstDay())
                .set("last_day", input.getLastDay())
                .set("working_days_lost", BigDecimal.valueOf(input.getWorkingDaysLost()));
    }

    private String currentReason(UUID absenceId) {
        List<?> rows = em.createNativeQuery("SELECT reason_code FROM absence_sickness_reason WHERE absence_id = :id")
                .setParameter("id", absenceId).getResultList();
        return rows.isEmpty() ? null : Rows.string(rows.get(0));
    }

    private void setReason(UUID absenceId, String reason) {
        em.createNativeQuery("INSERT INTO absence_sickness_reason (absence_id, reason_code) VALUES (:id, :reason)")
                .setParameter("id", absenceId).setParameter("reason", reason).executeUpdate();
    }

    /** The absence as history keeps it: never the sickness reason, at most the fact that it changed. */
    private ObjectNode withoutHealth(Absence absence, boolean reasonChanged) {
        ObjectNode node = objectMapper.valueToTree(absence);
        node.remove("sicknessReason");
        if (reasonChanged) {
            node.put("sicknessReasonChanged", true);
        }
        return node;
    }

    private static final String COLUMNS = "ab.id, ab.absence_type, ab.first_day, ab.last_day, ab.working_days_lost, "
            + "w.id AS w_id, w.given_name, w.family_name";

    private static Absence toApi(Tuple t, boolean health, BigDecimal longTermDays) {
        BigDecimal daysLost = Rows.decimal(t.get("working_days_lost"));
        return new Absence()
                .id(Rows.uuid(t.get("id")))
                .worker(new WorkerRef().id(Rows.uuid(t.get("w_id"))).givenName(Rows.string(t.get("given_name")))
                        .familyName(Rows.string(t.get("family_name"))))
                .absenceType(AbsenceType.fromValue(Rows.string(t.get("absence_type"))))
                .firstDay(Rows.date(t.get("first_day")))
                .lastDay(Rows.date(t.get("last_day")))
                .workingDaysLost(daysLost.doubleValue())
                .longTerm(daysLost.compareTo(longTermDays) >= 0)
                .sicknessReason(health ? Rows.string(t.get("reason_code")) : null);
    }

    private BigDecimal longTermWorkingDays() {
        List<?> values = em.createNativeQuery("SELECT value FROM measure_setting WHERE key = :key")
                .setParameter("key", LONG_TERM_SETTING).getResultList();
        return values.isEmpty() ? DEFAULT_LONG_TERM_DAYS : Rows.decimal(values.get(0));
    }
}

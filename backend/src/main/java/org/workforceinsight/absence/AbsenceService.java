package org.workforceinsight.absence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.workforceinsight.api.model.Absence;
import org.workforceinsight.api.model.AbsencePage;
import org.workforceinsight.api.model.AbsenceType;
import org.workforceinsight.api.model.WorkerRef;
import org.workforceinsight.security.AccessScope;
import org.workforceinsight.security.AuditTrail;
import org.workforceinsight.shared.Paging;
import org.workforceinsight.shared.Rows;
import org.workforceinsight.workers.AssignmentRepository;
import org.workforceinsight.workers.RecordQuery;
import org.workforceinsight.workers.WorkerRecordScope;
import org.workforceinsight.workers.WorkerRepository;

/** Absences in the caller's scope; the sickness reason (health data) only for workforce leads. */
@ApplicationScoped
public class AbsenceService {

    static final String LONG_TERM_SETTING = "absence.long-term-working-days";
    static final BigDecimal DEFAULT_LONG_TERM_DAYS = new BigDecimal("20");

    @Inject
    EntityManager em;

    @Inject
    WorkerRepository workers;

    @Inject
    AssignmentRepository assignments;

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
        List<Tuple> rows = query.page(em, "ab.id, ab.absence_type, ab.first_day, ab.last_day, ab.working_days_lost, "
                + "w.id AS w_id, w.given_name, w.family_name" + (health ? ", asr.reason_code" : ""),
                "ab.first_day DESC, ab.last_day DESC, ab.id", paging);
        page.totalItems(total).items(rows.stream().map(t -> {
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
        }).toList());
        audit.recordRead("listAbsences", AuditTrail.idsOf(page.getItems(), a -> a.getWorker().getId()),
                AuditTrail.ids(nodeId));
        return page;
    }

    private BigDecimal longTermWorkingDays() {
        List<?> values = em.createNativeQuery("SELECT value FROM measure_setting WHERE key = :key")
                .setParameter("key", LONG_TERM_SETTING).getResultList();
        return values.isEmpty() ? DEFAULT_LONG_TERM_DAYS : Rows.decimal(values.get(0));
    }
}

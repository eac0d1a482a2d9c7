package org.workforceinsight.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.workforceinsight.api.model.RetentionRun;

/**
 * The retention job: anonymises the people whose employment ended more than
 * {@code workforce.retention.years-after-leaving} years ago and purges audit records older than
 * {@code workforce.retention.audit-years}, in one transaction, and audits what it did.
 *
 * <p>Anonymise, not delete: the dated rows behind the measures (assignments, caseload counts, absences,
 * supervision, appraisal, leaving, agency terms) stay, so a measure for a past date gives the same figure
 * after the run. What identifies the person goes: names, user name, SWE number and external id on the
 * worker; the sickness reasons of their absences (health data; no measure reads them); their names in the
 * change history; and their user name where it was kept as the recorder of a record.
 */
@ApplicationScoped
public class RetentionService {

    /** What anonymising changes on a worker, by the contract's field names, for the audit record. */
    static final List<String> ANONYMISED_FIELDS = List.of("givenName", "familyName", "externalId",
            "sweRegistrationNumber", "username", "sicknessReason");

    static final String GIVEN_NAME = "Former";
    static final String FAMILY_NAME = "worker (anonymised)";

    public enum Trigger {
        SCHEDULE, API;

        String value() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @ConfigProperty(name = "workforce.retention.years-after-leaving", defaultValue = "6")
    int yearsAfterLeaving;

    @ConfigProperty(name = "workforce.retention.audit-years", defaultValue = "7")
    int auditYears;

    @Inject
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** One run as at {@code today}; {@code actor} is the caller, or a system actor for the schedule. */
    @Transactional
    public RetentionRun run(Trigger trigger, AuditActor actor, LocalDate today) {
        if (yearsAfterLeaving < 1 || auditYears < 1) {
            throw new IllegalStateException("workforce.retention.years-after-leaving and .audit-years must be at least 1");
        }
        OffsetDateTime started = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        LocalDate leftBefore = today.minusYears(yearsAfterLeaving);
        OffsetDateTime auditPurgedBefore = today.minusYears(auditYears).atStartOfDay().atOffset(ZoneOffset.UTC);
        UUID runId = UUID.randomUUID();
        Outcome outcome = em.unwrap(Session.class).doReturningWork(connection -> {
            // one run at a time (the schedule and a lead's request could meet): the second waits, then finds
            // the first one's workers already anonymised
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
                lock.setString(1, "workforce.retention");
                lock.execute();
            }
            List<UUID> due = due(connection, leftBefore);
            anonymise(connection, due);
            long purged;
            try (PreparedStatement purge = connection.prepareStatement("SELECT purge_audit_records(?)")) {
                purge.setObject(1, auditPurgedBefore);
                try (ResultSet rs = purge.executeQuery()) {
                    rs.next();
                    purged = rs.getLong(1);
                }
            }
            return new Outcome(due, purged);
        });
        OffsetDateTime finished = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        RetentionRun run = new RetentionRun()
                .id(runId)
                .startedAt(started)
                .finishedAt(finished)
                .triggeredBy(RetentionRun.TriggeredByEnum.fromValue(trigger.value()))
                .requestedBy(actor.principal())
                .yearsAfterLeaving(yearsAfterLeaving)
                .leftBefore(leftBefore)
                .workersAnonymised(outcome.anonymised().size())
                .anonymisedWorkerIds(outcome.anonymised())
                .auditYears(auditYears)
                .auditPurgedBefore(auditPurgedBefore)
                .auditRecordsPurged(outcome.purged());
        em.unwrap(Session.class).doWork(connection -> save(connection, run, trigger));

        String operation = trigger == Trigger.API ? "createRetentionRun" : "retention-job";
        audit.record(new AuditEntry(actor, operation, AuditAction.ANONYMISE, "retention-run", runId.toString(),
                outcome.anonymised(), List.of(), outcome.anonymised().isEmpty() ? List.of() : ANONYMISED_FIELDS));
        if (outcome.purged() > 0) {
            audit.record(new AuditEntry(actor, operation, AuditAction.PURGE, "audit-record", runId.toString(),
                    List.of(), List.of(), List.of()));
        }
        return run;
    }

    private record Outcome(List<UUID> anonymised, long purged) {
    }

    /**
     * Workers not yet anonymised who have been employed or engaged here (an assignment or a leaving), none of
     * whose assignments is open or ended on or after the cut-off, and who did not leave on or after it.
     */
    private static List<UUID> due(Connection connection, LocalDate leftBefore) throws SQLException {
        List<UUID> due = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT w.id FROM worker w "
                + "WHERE NOT EXISTS (SELECT 1 FROM retention_anonymised_worker r WHERE r.worker_id = w.id) "
                + "AND (EXISTS (SELECT 1 FROM assignment a WHERE a.worker_id = w.id) "
                + "     OR EXISTS (SELECT 1 FROM leaving l WHERE l.worker_id = w.id)) "
                + "AND NOT EXISTS (SELECT 1 FROM assignment a WHERE a.worker_id = w.id "
                + "     AND (a.end_date IS NULL OR a.end_date >= ?)) "
                + "AND NOT EXISTS (SELECT 1 FROM leaving l WHERE l.worker_id = w.id AND l.leaving_date >= ?) "
                + "ORDER BY w.id")) {
            select.setObject(1, leftBefore);
            select.setObject(2, leftBefore);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    due.add(rs.getObject(1, UUID.class));
                }
            }
        }
        return due;
    }

    private static void anonymise(Connection connection, List<UUID> workers) throws SQLException {
        if (workers.isEmpty()) {
            return;
        }
        java.sql.Array ids = connection.createArrayOf("uuid", workers.toArray());
        // in this order: their user name is looked up where it was kept as who recorded something, then removed
        String[] steps = {
            "UPDATE supervision_session SET recorded_by = NULL, version = version + 1 WHERE recorded_by IN "
                    + "(SELECT username FROM worker WHERE id = ANY(?) AND username IS NOT NULL)",
            "UPDATE appraisal SET recorded_by = NULL, version = version + 1 WHERE recorded_by IN "
                    + "(SELECT username FROM worker WHERE id = ANY(?) AND username IS NOT NULL)",
            "UPDATE measure_target SET updated_by = NULL, version = version + 1 WHERE updated_by IN "
                    + "(SELECT username FROM worker WHERE id = ANY(?) AND username IS NOT NULL)",
            "UPDATE record_change SET changed_by = 'anonymised' WHERE changed_by IN "
                    + "(SELECT username FROM worker WHERE id = ANY(?) AND username IS NOT NULL)",
            // the change history shows records as the API did, with the person's name: keep the row (what
            // changed when), drop the content
            "UPDATE record_change rc SET before = NULL, after = NULL WHERE (rc.before IS NOT NULL OR rc.after IS NOT NULL) "
                    + "AND EXISTS (SELECT 1 FROM unnest(?::uuid[]) AS gone(id) WHERE strpos(coalesce(rc.before::text, '') "
                    + "|| coalesce(rc.after::text, ''), gone.id::text) > 0)",
            "DELETE FROM absence_sickness_reason WHERE absence_id IN (SELECT id FROM absence WHERE worker_id = ANY(?))",
            "UPDATE worker SET given_name = '" + GIVEN_NAME + "', family_name = '" + FAMILY_NAME + "', "
                    + "external_id = 'anonymised-' || id::text, swe_registration_number = NULL, username = NULL, "
                    + "version = version + 1 WHERE id = ANY(?)"
        };
        for (String sql : steps) {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setArray(1, ids);
                statement.executeUpdate();
            }
        }
    }

    private static void save(Connection connection, RetentionRun run, Trigger trigger) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO retention_run (id, started_at, "
                + "finished_at, triggered_by, requested_by, years_after_leaving, left_before, workers_anonymised, "
                + "audit_years, audit_purged_before, audit_records_purged) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, run.getId());
            insert.setObject(2, run.getStartedAt());
            insert.setObject(3, run.getFinishedAt());
            insert.setString(4, trigger.value());
            insert.setString(5, run.getRequestedBy());
            insert.setInt(6, run.getYearsAfterLeaving());
            insert.setObject(7, run.getLeftBefore());
            insert.setInt(8, run.getWorkersAnonymised());
            insert.setInt(9, run.getAuditYears());
            insert.setObject(10, run.getAuditPurgedBefore());
            insert.setLong(11, run.getAuditRecordsPurged());
            insert.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO retention_anonymised_worker "
                + "(worker_id, run_id, anonymised_at) SELECT id, ?, ? FROM unnest(?::uuid[]) AS gone(id)")) {
            insert.setObject(1, run.getId());
            insert.setObject(2, run.getFinishedAt());
            insert.setArray(3, connection.createArrayOf("uuid", run.getAnonymisedWorkerIds().toArray()));
            insert.executeUpdate();
        }
    }
}

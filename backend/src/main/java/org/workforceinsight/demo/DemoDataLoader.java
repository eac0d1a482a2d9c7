package org.workforceinsight.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Writes a generated demo council into the database with PostgreSQL's {@code COPY} (fast enough for the
 * benchmark council's millions of rows), in one transaction, and only when the organisation table is empty
 * (so a restart keeps the data and never duplicates it).
 */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);
    /** The tables that get most of the rows (the benchmark council's millions). */
    private static final List<String> BULK_TABLES = List.of("caseload_snapshot", "unallocated_cases",
            "supervision_session", "agency_timesheet", "absence", "appraisal");

    /** Characters of COPY text sent to the server at a time. */
    private static final int COPY_CHUNK_CHARS = 1 << 20;

    private final DataSource dataSource;
    private final DemoCouncilGenerator generator = new DemoCouncilGenerator();

    @Inject
    public DemoDataLoader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Counts of the rows written ({@code totalRows}: in every table), and how long it took in all
     * ({@code elapsedMillis}) and generating the council ({@code generationMillis}); {@code loaded} is false
     * when the data was already there.
     */
    public record LoadResult(boolean loaded, int orgNodes, int workers, int assignments, int caseloadSnapshots,
            int unallocatedCases, long totalRows, long generationMillis, long elapsedMillis) {
    }

    /** Generates the demo council for the two years up to {@code endDate} and loads it if org_node is empty. */
    public LoadResult loadIfEmpty(LocalDate endDate, long seed) {
        return loadIfEmpty(() -> generator.generate(endDate, seed));
    }

    /**
     * Loads the council supplied (generated only when needed) if org_node is empty. Concurrent loaders are
     * serialised by a table lock taken before the emptiness check.
     */
    public LoadResult loadIfEmpty(Supplier<DemoCouncil> council) {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LOCK TABLE org_node IN SHARE ROW EXCLUSIVE MODE");
                }
                if (hasOrganisation(connection)) {
                    connection.rollback();
                    LOG.info("Demo data not loaded: the organisation table already has data");
                    return new LoadResult(false, 0, 0, 0, 0, 0, 0, 0, elapsedMillis(started));
                }
                long generationStarted = System.nanoTime();
                DemoCouncil model = council.get();
                long generationMillis = elapsedMillis(generationStarted);
                insert(connection, model);
                connection.commit();
                LoadResult result = new LoadResult(true, model.orgNodes().size(), model.workers().size(),
                        model.assignments().size(), model.caseloadSnapshots().size(),
                        model.unallocatedCases().size(), totalRows(model), generationMillis, elapsedMillis(started));
                LOG.infof("Demo council '%s' loaded (end date %s, seed %d): %d organisation nodes, %d workers, "
                        + "%d assignments, %d caseload snapshots, %d rows in all in %d ms (generated in %d ms)",
                        DemoCouncilGenerator.COUNCIL_NAME, model.endDate(), model.seed(), result.orgNodes(),
                        result.workers(), result.assignments(), result.caseloadSnapshots(), result.totalRows(),
                        result.elapsedMillis(), generationMillis);
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load the demo data: " + e.getMessage(), e);
        }
    }

    private static long totalRows(DemoCouncil c) {
        return (long) c.orgNodes().size() + c.workers().size() + c.assignments().size()
                + c.caseloadSnapshots().size() + c.unallocatedCases().size() + c.posts().size()
                + c.agencyAssignments().size() + c.agencyTimesheets().size() + c.supervisionSessions().size()
                + c.appraisals().size() + c.absences().size() + c.absenceSicknessReasons().size()
                + c.leavings().size() + c.measureTargets().size() + c.benchmarkComparators().size();
    }

    private static long elapsedMillis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    private static boolean hasOrganisation(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT EXISTS (SELECT 1 FROM org_node)")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private static void insert(Connection connection, DemoCouncil council) throws SQLException {
        List<String> restore = new ArrayList<>();
        for (String table : BULK_TABLES) {
            restore.addAll(dropChecksForBulkLoad(connection, table));
        }
        copyAll(connection, council);
        try (Statement statement = connection.createStatement()) {
            for (String sql : restore) {
                statement.execute(sql);
            }
            // fresh statistics, so that the first queries on a large council are planned well
            for (String table : BULK_TABLES) {
                statement.execute("ANALYZE " + table);
            }
        }
    }

    /**
     * Drops the foreign keys and non-unique indexes of a table that is about to receive many rows, and returns
     * the statements that put them back. Checking a foreign key row by row and growing an index row by row
     * cost far more than one validating join and one sorted index build after the COPY. All of it happens in
     * the load's transaction, so no one ever sees the table without them.
     */
    private static List<String> dropChecksForBulkLoad(Connection connection, String table) throws SQLException {
        List<String> drop = new ArrayList<>();
        List<String> restore = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT quote_ident(conname), pg_get_constraintdef(oid) FROM pg_constraint "
                        + "WHERE conrelid = to_regclass(?) AND contype = 'f' ORDER BY conname")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    drop.add("ALTER TABLE " + table + " DROP CONSTRAINT " + rs.getString(1));
                    restore.add("ALTER TABLE " + table + " ADD CONSTRAINT " + rs.getString(1) + " " + rs.getString(2));
                }
            }
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT x.indexrelid::regclass::text, pg_get_indexdef(x.indexrelid) FROM pg_index x "
                        + "WHERE x.indrelid = to_regclass(?) AND NOT x.indisprimary AND NOT x.indisunique "
                        + "ORDER BY 1")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    drop.add("DROP INDEX " + rs.getString(1));
                    restore.add(0, rs.getString(2));
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (String sql : drop) {
                statement.execute(sql);
            }
        }
        return restore;
    }

    private static void copyAll(Connection connection, DemoCouncil council) throws SQLException {
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        // workers before the organisation, so that org_node rows can name their managers at once
        copy(copy, "worker", "id, external_id, given_name, family_name, swe_registration_number, asye_start_date, "
                + "username", council.workers(), (w, row) -> row.uuid(w.id()).text(w.externalId())
                        .text(w.givenName()).text(w.familyName()).text(w.sweRegistrationNumber())
                        .date(w.asyeStartDate()).text(w.username()));
        copy(copy, "org_node", "id, node_type, parent_id, name, team_type, locality, la_code, region, "
                + "manager_worker_id", council.orgNodes(), (n, row) -> row.uuid(n.id()).text(n.nodeType())
                        .uuid(n.parentId()).text(n.name()).text(n.teamType()).text(n.locality()).text(n.laCode())
                        .text(n.region()).uuid(n.managerWorkerId()));
        copy(copy, "assignment", "id, worker_id, team_id, role_code, employment_type, fte, start_date, end_date",
                council.assignments(), (a, row) -> row.uuid(a.id()).uuid(a.workerId()).uuid(a.teamId())
                        .text(a.roleCode()).text(a.employmentType()).decimal(a.fte()).date(a.startDate())
                        .date(a.endDate()));
        copy(copy, "caseload_snapshot", "worker_id, snapshot_date, cases, child_in_need, child_protection, "
                + "child_looked_after, care_leaver, other, pre_proceedings", council.caseloadSnapshots(),
                (c, row) -> row.uuid(c.workerId()).date(c.snapshotDate()).integer(c.cases())
                        .integer(c.childInNeed()).integer(c.childProtection()).integer(c.childLookedAfter())
                        .integer(c.careLeaver()).integer(c.other()).integer(c.preProceedings()));
        copy(copy, "unallocated_cases", "team_id, snapshot_date, cases", council.unallocatedCases(),
                (u, row) -> row.uuid(u.teamId()).date(u.snapshotDate()).integer(u.cases()));
        copy(copy, "post", "id, external_id, team_id, role_code, fte, start_date, end_date", council.posts(),
                (p, row) -> row.uuid(p.id()).text(p.externalId()).uuid(p.teamId()).text(p.roleCode())
                        .decimal(p.fte()).date(p.startDate()).date(p.endDate()));
        copy(copy, "agency_assignment", "assignment_id, agency_name, job_type, charge_basis, charge_rate, "
                + "pqe_years_at_start, notice_period_days, covers_post_id, previous_regional_employment_end",
                council.agencyAssignments(), (a, row) -> row.uuid(a.assignmentId()).text(a.agencyName())
                        .text(a.jobType()).text(a.chargeBasis()).decimal(a.chargeRate()).decimal(a.pqeYearsAtStart())
                        .integer(a.noticePeriodDays()).uuid(a.coversPostId())
                        .date(a.previousRegionalEmploymentEnd()));
        copy(copy, "agency_timesheet", "id, external_id, assignment_id, week_ending, units, rate",
                council.agencyTimesheets(), (t, row) -> row.uuid(t.id()).text(t.externalId())
                        .uuid(t.assignmentId()).date(t.weekEnding()).decimal(t.units()).decimal(t.rate()));
        copy(copy, "supervision_session", "id, external_id, supervisee_worker_id, supervisor_worker_id, "
                + "session_date, duration_minutes, session_type, recorded_by, recorded_at",
                council.supervisionSessions(), (s, row) -> row.uuid(s.id()).text(s.externalId())
                        .uuid(s.superviseeWorkerId()).uuid(s.supervisorWorkerId()).date(s.sessionDate())
                        .integer(s.durationMinutes()).text(s.sessionType()).text(s.recordedBy())
                        .timestamp(s.recordedAt()));
        copy(copy, "appraisal", "id, external_id, worker_id, completed_on, reviewer_worker_id, recorded_by, "
                + "recorded_at", council.appraisals(), (a, row) -> row.uuid(a.id()).text(a.externalId())
                        .uuid(a.workerId()).date(a.completedOn()).uuid(a.reviewerWorkerId()).text(a.recordedBy())
                        .timestamp(a.recordedAt()));
        copy(copy, "absence", "id, external_id, worker_id, absence_type, first_day, last_day, working_days_lost",
                council.absences(), (a, row) -> row.uuid(a.id()).text(a.externalId()).uuid(a.workerId())
                        .text(a.absenceType()).date(a.firstDay()).date(a.lastDay()).decimal(a.workingDaysLost()));
        copy(copy, "absence_sickness_reason", "absence_id, reason_code", council.absenceSicknessReasons(),
                (r, row) -> row.uuid(r.absenceId()).text(r.reasonCode()));
        copy(copy, "leaving", "id, external_id, worker_id, leaving_date, reason_code, exit_interview_held",
                council.leavings(), (l, row) -> row.uuid(l.id()).text(l.externalId()).uuid(l.workerId())
                        .date(l.leavingDate()).text(l.reasonCode()).bool(l.exitInterviewHeld()));
        copy(copy, "measure_target", "id, measure, node_id, target, direction, amber_tolerance, updated_by",
                council.measureTargets(), (t, row) -> row.uuid(t.id()).text(t.measure()).uuid(t.nodeId())
                        .decimal(t.target()).text(t.direction()).decimal(t.amberTolerance()).text(t.updatedBy()));
        // comparators belong to no organisation node, so they may already be there from an earlier council
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO benchmark_comparator (la_code) VALUES (?) ON CONFLICT DO NOTHING")) {
            for (String laCode : council.benchmarkComparators()) {
                ps.setString(1, laCode);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Appends the columns of one row. */
    @FunctionalInterface
    private interface RowWriter<T> {
        void write(T row, CopyRow out);
    }

    /** Streams the rows into the table with {@code COPY ... FROM STDIN} (text format), in chunks of about 1 MB. */
    private static <T> void copy(CopyManager copy, String table, String columns, List<T> rows, RowWriter<T> writer)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        CopyIn in = copy.copyIn("COPY " + table + " (" + columns + ") FROM STDIN");
        try {
            CopyRow row = new CopyRow();
            for (T value : rows) {
                writer.write(value, row);
                row.endRow();
                if (row.text.length() >= COPY_CHUNK_CHARS) {
                    row.flushTo(in);
                }
            }
            row.flushTo(in);
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    /** One chunk of COPY text: tab-separated columns, {@code \N} for null, backslash escapes. */
    private static final class CopyRow {
        private final StringBuilder text = new StringBuilder(COPY_CHUNK_CHARS + 4096);
        private boolean firstColumn = true;

        private CopyRow next() {
            if (!firstColumn) {
                text.append('\t');
            }
            firstColumn = false;
            return this;
        }

        CopyRow text(String value) {
            next();
            if (value == null) {
                text.append("\\N");
                return this;
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '\\' -> text.append("\\\\");
                    case '\t' -> text.append("\\t");
                    case '\n' -> text.append("\\n");
                    case '\r' -> text.append("\\r");
                    default -> text.append(c);
                }
            }
            return this;
        }

        CopyRow uuid(UUID value) {
            next();
            text.append(value == null ? "\\N" : value.toString());
            return this;
        }

        CopyRow date(LocalDate value) {
            next();
            text.append(value == null ? "\\N" : value.toString());
            return this;
        }

        CopyRow timestamp(OffsetDateTime value) {
            next();
            text.append(value == null ? "\\N" : value.toString());
            return this;
        }

        CopyRow integer(Integer value) {
            next();
            if (value == null) {
                text.append("\\N");
            } else {
                text.append(value.intValue());
            }
            return this;
        }

        CopyRow decimal(BigDecimal value) {
            next();
            text.append(value == null ? "\\N" : value.toPlainString());
            return this;
        }

        CopyRow bool(boolean value) {
            next();
            text.append(value ? 't' : 'f');
            return this;
        }

        void endRow() {
            text.append('\n');
            firstColumn = true;
        }

        void flushTo(CopyIn in) throws SQLException {
            if (text.length() > 0) {
                byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
                in.writeToCopy(bytes, 0, bytes.length);
                text.setLength(0);
            }
        }
    }
}

package org.workforceinsight.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Writes a generated demo council into the database with plain JDBC (batches of multi-row inserts), in one
 * transaction, and only when the organisation table is empty (so a restart keeps the data and never
 * duplicates it).
 */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);
    /** Rows per INSERT statement (PostgreSQL allows at most 65535 parameters in one statement). */
    private static final int ROWS_PER_STATEMENT = 500;
    private static final int STATEMENTS_PER_BATCH = 10;

    private final DataSource dataSource;
    private final DemoCouncilGenerator generator = new DemoCouncilGenerator();

    @Inject
    public DemoDataLoader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Counts of the rows written, and how long it took; {@code loaded} is false when the data was already there. */
    public record LoadResult(boolean loaded, int orgNodes, int workers, int assignments, int caseloadSnapshots,
            int unallocatedCases, long elapsedMillis) {
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
                    return new LoadResult(false, 0, 0, 0, 0, 0, elapsedMillis(started));
                }
                long generationStarted = System.nanoTime();
                DemoCouncil model = council.get();
                long generationMillis = elapsedMillis(generationStarted);
                insert(connection, model);
                connection.commit();
                LoadResult result = new LoadResult(true, model.orgNodes().size(), model.workers().size(),
                        model.assignments().size(), model.caseloadSnapshots().size(),
                        model.unallocatedCases().size(), elapsedMillis(started));
                LOG.infof("Demo council '%s' loaded (end date %s, seed %d): %d organisation nodes, %d workers, "
                        + "%d assignments, %d caseload snapshots, %d unallocated-case rows in %d ms "
                        + "(generated in %d ms)",
                        DemoCouncilGenerator.COUNCIL_NAME, model.endDate(), model.seed(), result.orgNodes(),
                        result.workers(), result.assignments(), result.caseloadSnapshots(),
                        result.unallocatedCases(), result.elapsedMillis(), generationMillis);
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
        // org nodes first without their managers (worker rows do not exist yet), parents before children
        insertRows(connection, "org_node", "id, node_type, parent_id, name, team_type, locality, la_code, region", 8,
                council.orgNodes(), (ps, i, node) -> {
                    setUuid(ps, i, node.id());
                    ps.setString(i + 1, node.nodeType());
                    setUuid(ps, i + 2, node.parentId());
                    ps.setString(i + 3, node.name());
                    ps.setString(i + 4, node.teamType());
                    ps.setString(i + 5, node.locality());
                    ps.setString(i + 6, node.laCode());
                    ps.setString(i + 7, node.region());
                });
        insertRows(connection, "worker",
                "id, external_id, given_name, family_name, swe_registration_number, asye_start_date, username", 7,
                council.workers(), (ps, i, worker) -> {
                    setUuid(ps, i, worker.id());
                    ps.setString(i + 1, worker.externalId());
                    ps.setString(i + 2, worker.givenName());
                    ps.setString(i + 3, worker.familyName());
                    ps.setString(i + 4, worker.sweRegistrationNumber());
                    setDate(ps, i + 5, worker.asyeStartDate());
                    ps.setString(i + 6, worker.username());
                });
        try (PreparedStatement ps = connection.prepareStatement(
                "UPDATE org_node SET manager_worker_id = ? WHERE id = ?")) {
            for (DemoCouncil.OrgNode node : council.orgNodes()) {
                if (node.managerWorkerId() != null) {
                    setUuid(ps, 1, node.managerWorkerId());
                    setUuid(ps, 2, node.id());
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
        insertRows(connection, "assignment",
                "id, worker_id, team_id, role_code, employment_type, fte, start_date, end_date", 8,
                council.assignments(), (ps, i, assignment) -> {
                    setUuid(ps, i, assignment.id());
                    setUuid(ps, i + 1, assignment.workerId());
                    setUuid(ps, i + 2, assignment.teamId());
                    ps.setString(i + 3, assignment.roleCode());
                    ps.setString(i + 4, assignment.employmentType());
                    ps.setBigDecimal(i + 5, assignment.fte());
                    setDate(ps, i + 6, assignment.startDate());
                    setDate(ps, i + 7, assignment.endDate());
                });
        insertRows(connection, "caseload_snapshot",
                "worker_id, snapshot_date, cases, child_in_need, child_protection, child_looked_after, care_leaver, "
                        + "other", 8,
                council.caseloadSnapshots(), (ps, i, snapshot) -> {
                    setUuid(ps, i, snapshot.workerId());
                    setDate(ps, i + 1, snapshot.snapshotDate());
                    ps.setInt(i + 2, snapshot.cases());
                    ps.setInt(i + 3, snapshot.childInNeed());
                    ps.setInt(i + 4, snapshot.childProtection());
                    ps.setInt(i + 5, snapshot.childLookedAfter());
                    ps.setInt(i + 6, snapshot.careLeaver());
                    ps.setInt(i + 7, snapshot.other());
                });
        insertRows(connection, "unallocated_cases", "team_id, snapshot_date, cases", 3,
                council.unallocatedCases(), (ps, i, row) -> {
                    setUuid(ps, i, row.teamId());
                    setDate(ps, i + 1, row.snapshotDate());
                    ps.setInt(i + 2, row.cases());
                });
    }

    /** Sets the parameters of one row, the first of which is at {@code firstIndex}. */
    @FunctionalInterface
    private interface RowBinder<T> {
        void bind(PreparedStatement statement, int firstIndex, T row) throws SQLException;
    }

    /**
     * Inserts the rows with multi-row {@code INSERT ... VALUES (...), (...)} statements of
     * {@link #ROWS_PER_STATEMENT} rows, sent as JDBC batches.
     */
    private static <T> void insertRows(Connection connection, String table, String columns, int columnCount,
            List<T> rows, RowBinder<T> binder) throws SQLException {
        int full = rows.size() / ROWS_PER_STATEMENT;
        if (full > 0) {
            try (PreparedStatement ps = connection.prepareStatement(
                    insertSql(table, columns, columnCount, ROWS_PER_STATEMENT))) {
                for (int chunk = 0; chunk < full; chunk++) {
                    bindChunk(ps, columnCount, rows.subList(chunk * ROWS_PER_STATEMENT,
                            (chunk + 1) * ROWS_PER_STATEMENT), binder);
                    ps.addBatch();
                    if ((chunk + 1) % STATEMENTS_PER_BATCH == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
        }
        List<T> rest = rows.subList(full * ROWS_PER_STATEMENT, rows.size());
        if (!rest.isEmpty()) {
            try (PreparedStatement ps = connection.prepareStatement(
                    insertSql(table, columns, columnCount, rest.size()))) {
                bindChunk(ps, columnCount, rest, binder);
                ps.executeUpdate();
            }
        }
    }

    private static <T> void bindChunk(PreparedStatement ps, int columnCount, List<T> chunk, RowBinder<T> binder)
            throws SQLException {
        int index = 1;
        for (T row : chunk) {
            binder.bind(ps, index, row);
            index += columnCount;
        }
    }

    private static String insertSql(String table, String columns, int columnCount, int rowCount) {
        String row = "(" + String.join(", ", Collections.nCopies(columnCount, "?")) + ")";
        return "INSERT INTO " + table + " (" + columns + ") VALUES "
                + String.join(", ", Collections.nCopies(rowCount, row));
    }

    private static void setUuid(PreparedStatement ps, int index, UUID value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.OTHER);
        } else {
            ps.setObject(index, value);
        }
    }

    private static void setDate(PreparedStatement ps, int index, LocalDate value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setObject(index, value);
        }
    }
}

package org.workforceinsight.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.workforceinsight.testsupport.Api;
import org.workforceinsight.testsupport.MeasureCouncil;
import org.workforceinsight.testsupport.TestData;

/**
 * The read model is invalidated exactly: any committed write to a table the measures read is in the next
 * response, whatever wrote it (a statement, a TRUNCATE), and the facts are reloaded once per change, not
 * per request. Figures are those of {@link MeasureCouncil} (Team A: Archer 20 cases, Baker 10, Cole 13).
 */
@QuarkusTest
@TestSecurity(user = MeasureCouncil.LEAD, roles = "workforce-lead")
class MeasureReadModelTest {

    private static final LocalDate AS_AT = MeasureCouncil.AS_AT;

    @Inject
    DataSource dataSource;

    @Inject
    MeasureReadModel readModel;

    MeasureCouncil c;

    @BeforeEach
    void seed() {
        c = MeasureCouncil.create(TestData.using(dataSource).reset().withoutTargets());
    }

    @Test
    void anInsertedSnapshotIsInTheNextFigures() throws SQLException {
        assertEquals(43.0, figure(c.teamA, "cases"));
        assertEquals(43.0, figure(c.teamA, "cases"));

        // Archer's later snapshot in the same week replaces her 20 cases with 25
        execute("INSERT INTO caseload_snapshot (worker_id, snapshot_date, cases) VALUES ('" + c.archer
                + "', DATE '2025-03-11', 25)");

        assertEquals(48.0, figure(c.teamA, "cases"));
    }

    @Test
    void aRecordedSupervisionIsInTheNextFigures() throws SQLException {
        double before = figure(c.teamA, "supervisionsOverdue");
        assertTrue(before >= 1, "someone in Team A is overdue: " + before);
        for (UUID worker : new UUID[] {c.archer, c.baker, c.cole}) {
            execute("INSERT INTO supervision_session (id, supervisee_worker_id, session_date, duration_minutes, "
                    + "session_type) VALUES (gen_random_uuid(), '" + worker + "', DATE '2025-03-11', 90, 'one-to-one')");
        }

        assertEquals(0.0, figure(c.teamA, "supervisionsOverdue"));
        assertEquals(100.0, figure(c.teamA, "supervisionCompliance"));
    }

    @Test
    void aTruncateIsInTheNextFigures() throws SQLException {
        assertEquals(43.0, figure(c.teamA, "cases"));

        execute("TRUNCATE caseload_snapshot");

        assertEquals(0.0, figure(c.teamA, "cases"));
    }

    @Test
    void aChangedSettingIsInTheNextFigures() throws SQLException {
        // Archer's 20 cases are over the social worker threshold (18) until it is raised to 22
        assertEquals(2.0, figure(c.teamA, "workersOverThreshold"));

        execute("UPDATE caseload_threshold SET max_cases = 22 WHERE role_code = 'social-worker' AND NOT applies_to_asye");
        try {
            assertEquals(1.0, figure(c.teamA, "workersOverThreshold"));
        } finally {
            execute("UPDATE caseload_threshold SET max_cases = 18 WHERE role_code = 'social-worker' "
                    + "AND NOT applies_to_asye");
        }
    }

    @Test
    void factsAreLoadedOncePerChangeNotPerRequest() throws SQLException {
        figure(c.teamA, "cases");
        long reloads = readModel.reloads();
        figure(c.teamA, "cases");
        figure(c.teamB, "inPostFte");
        seriesOf(c.s1, "inPostFte");
        assertEquals(reloads, readModel.reloads(), "no write, no reload");

        execute("INSERT INTO caseload_snapshot (worker_id, snapshot_date, cases) VALUES ('" + c.archer
                + "', DATE '2025-03-11', 25)");
        figure(c.teamA, "cases");
        figure(c.teamA, "cases");
        assertEquals(reloads + 1, readModel.reloads(), "one reload for one write");
    }

    @Test
    void theVersionMovesOncePerCommittedTransactionHoweverManyStatements() throws SQLException {
        long before = version();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (int day = 1; day <= 5; day++) {
                    statement.execute("INSERT INTO caseload_snapshot (worker_id, snapshot_date, cases) VALUES ('"
                            + c.dunn + "', DATE '2024-01-0" + day + "', " + day + ")");
                }
                statement.execute("UPDATE caseload_snapshot SET cases = cases + 1 WHERE worker_id = '" + c.dunn + "'");
                assertEquals(before, version(), "not moved before the commit");
            }
            connection.commit();
        }
        assertEquals(before + 1, version());
        assertEquals(0L, count("SELECT count(*) FROM data_version_pending"), "nothing left pending");
    }

    @Test
    void aRolledBackWriteLeavesTheVersionAlone() throws SQLException {
        long before = version();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("DELETE FROM caseload_snapshot");
            }
            connection.rollback();
        }
        assertEquals(before, version());
        assertEquals(43.0, figure(c.teamA, "cases"));
    }

    @Test
    void aTransactionThatHasWrittenReadsItsOwnChangeAndKeepsNothing() throws SQLException {
        assertEquals(43.0, figure(c.teamA, "cases"));
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                try (Connection connection = dataSource.getConnection();
                        Statement statement = connection.createStatement()) {
                    statement.execute("DELETE FROM caseload_snapshot WHERE worker_id = '" + c.archer + "'");
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
                assertFalse(readModel.read().kept(), "a transaction that has written is not served from the kept facts");
                throw new RolledBack();
            });
        } catch (RolledBack expected) {
            // the transaction is rolled back
        }
        assertEquals(43.0, figure(c.teamA, "cases"), "the rolled-back delete is nowhere");
    }

    @Test
    void everyMeasuredTableHasItsTriggers() {
        String[] tables = {"org_node", "role", "worker", "assignment", "caseload_snapshot", "unallocated_cases",
            "caseload_threshold", "post", "agency_assignment", "agency_timesheet", "supervision_session", "appraisal",
            "absence", "absence_sickness_reason", "sickness_reason", "leaving_reason", "leaving", "case_weight",
            "supervision_policy", "agency_price_cap", "measure_setting", "benchmark_comparator", "measure_target"};
        for (String table : tables) {
            assertEquals(2L, count("SELECT count(*) FROM pg_trigger WHERE tgrelid = '" + table + "'::regclass "
                    + "AND tgname LIKE '%data_version%'"), table);
        }
    }

    // ----------------------------------------------------------------------------------------------

    private static final class RolledBack extends RuntimeException {
    }

    private static double figure(UUID node, String measure) {
        Number value = Api.given().queryParam("asAt", AS_AT.toString()).queryParam("measure", measure)
                .get("/api/v1/organisation-nodes/{id}/measures", node)
                .then().statusCode(200).extract().path("measures[0].value");
        return value.doubleValue();
    }

    private static void seriesOf(UUID node, String measure) {
        Api.given().queryParam("from", "2025-01-01").queryParam("to", AS_AT.toString()).queryParam("granularity", "week")
                .get("/api/v1/organisation-nodes/{id}/measures/{m}/series", node, measure)
                .then().statusCode(200);
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private long version() {
        return count("SELECT version FROM data_version");
    }

    private long count(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

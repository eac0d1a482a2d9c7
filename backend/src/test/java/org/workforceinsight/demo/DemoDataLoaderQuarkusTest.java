package org.workforceinsight.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.workforceinsight.testsupport.Api;
import org.workforceinsight.testsupport.TestData;

/**
 * Loads the demo council into the real (embedded) PostgreSQL that Flyway migrated (the global test
 * resource of {@code org.workforceinsight.testsupport.QuarkusTestDatabase}).
 */
@QuarkusTest
class DemoDataLoaderQuarkusTest {

    private static final LocalDate END = LocalDate.of(2026, 11, 22);

    private static final String[] TABLES = {"org_node", "worker", "assignment", "caseload_snapshot",
        "unallocated_cases"};

    @Inject
    DemoDataLoader loader;

    @Inject
    DemoDataConfig config;

    @Inject
    DataSource dataSource;

    @BeforeEach
    @AfterEach
    void emptyDatabase() {
        TestData.using(dataSource).reset();
    }

    @Test
    void seedDefaultsToTheDocumentedValue() {
        assertEquals(20261122L, config.seed());
    }

    @Test
    void loadsTheDemoCouncilOnceAndNeverTwice() throws SQLException {
        DemoCouncil expected = new DemoCouncilGenerator().generate(END, config.seed());

        DemoDataLoader.LoadResult first = loader.loadIfEmpty(END, config.seed());
        System.out.println("Demo council loaded into PostgreSQL in " + first.elapsedMillis() + " ms: " + first);
        assertTrue(first.loaded());
        assertEquals(expected.caseloadSnapshots().size(), first.caseloadSnapshots());
        Map<String, Long> counts = counts();
        assertEquals(expected.orgNodes().size(), counts.get("org_node").intValue());
        assertEquals(expected.workers().size(), counts.get("worker").intValue());
        assertEquals(expected.assignments().size(), counts.get("assignment").intValue());
        assertEquals(expected.caseloadSnapshots().size(), counts.get("caseload_snapshot").intValue());
        assertEquals(expected.unallocatedCases().size(), counts.get("unallocated_cases").intValue());

        DemoDataLoader.LoadResult second = loader.loadIfEmpty(END, config.seed());
        assertFalse(second.loaded(), "a second load does nothing");
        assertEquals(counts, counts(), "no row duplicated");

        // the ids are the generator's (deterministic), and the personas manage their nodes
        assertEquals("Assessment and Intervention North", managedBy("manager1"));
        assertEquals("Child Protection East", managedBy("manager2"));
        assertEquals("Child Protection and Family Support", managedBy("senior"));
        assertEquals(1L, count("SELECT count(*) FROM org_node WHERE id = '" + expected.orgNodes().get(0).id()
                + "' AND la_code = 'E06000999'"));

        // the database gives the same average caseload on the last Monday as the model
        LocalDate lastMonday = DemoCouncilGenerator.lastSnapshotDate(END);
        DemoCouncilFigures figures = DemoCouncilFigures.asAt(expected, lastMonday);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement ps = connection.prepareStatement(
                        "SELECT sum(c.cases), sum(a.fte) FROM caseload_snapshot c "
                                + "JOIN assignment a ON a.worker_id = c.worker_id AND a.start_date <= c.snapshot_date "
                                + "AND (a.end_date IS NULL OR a.end_date >= c.snapshot_date) "
                                + "JOIN role r ON r.code = a.role_code "
                                + "WHERE c.snapshot_date = ? AND c.cases > 0 AND r.qualified_social_work")) {
            ps.setObject(1, lastMonday);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertEquals(figures.cases(), rs.getInt(1));
                assertEquals(0, BigDecimal.valueOf(figures.caseHoldersFte()).setScale(2, RoundingMode.HALF_UP)
                        .compareTo(rs.getBigDecimal(2).setScale(2, RoundingMode.HALF_UP)));
                double average = rs.getInt(1) / rs.getDouble(2);
                assertTrue(average >= 14 && average <= 18, "average caseload " + average);
            }
        }
    }

    /**
     * The API's council figures on the generated council equal those computed independently from the
     * generator's model as metrics.md defines them ({@link DemoCouncilFigures}), on a snapshot Monday
     * and mid-week (when the caseload is the Monday's, through the 7-day window).
     */
    @Test
    @TestSecurity(user = "lead.demo", roles = "workforce-lead")
    void apiFiguresOfTheDemoCouncilMatchTheMetricsDefinitions() {
        DemoCouncil model = new DemoCouncilGenerator().generate(END, config.seed());
        assertTrue(loader.loadIfEmpty(() -> model).loaded());
        LocalDate lastMonday = DemoCouncilGenerator.lastSnapshotDate(END);
        for (LocalDate asAt : new LocalDate[] {lastMonday, lastMonday.minusWeeks(30).plusDays(3)}) {
            DemoCouncilFigures expected = DemoCouncilFigures.asAt(model, asAt);
            JsonPath total = Api.given().queryParam("asAt", asAt.toString())
                    .get("/api/v1/organisation-nodes/{id}/caseload-summary", model.orgNodes().get(0).id())
                    .then().statusCode(200).extract().jsonPath().setRootPath("total");
            BigDecimal holdersFte = BigDecimal.valueOf(expected.caseHoldersFte()).setScale(2, RoundingMode.HALF_UP);
            String at = " as at " + asAt;
            assertTrue(expected.caseHolders() > 100, "a realistic council" + at);
            assertEquals(expected.cases(), total.getInt("cases"), "cases" + at);
            assertEquals(expected.caseHolders(), total.getInt("caseHolders"), "case holders" + at);
            assertEquals(holdersFte.setScale(1, RoundingMode.HALF_UP).doubleValue(),
                    total.getDouble("caseHoldersFte"), "case holders FTE" + at);
            assertEquals(BigDecimal.valueOf(expected.cases()).divide(holdersFte, 1, RoundingMode.HALF_UP).doubleValue(),
                    total.getDouble("averageCaseload"), "average caseload" + at);
            assertEquals(expected.overThreshold(), total.getInt("workersOverThreshold"), "over threshold" + at);
            assertEquals(expected.asyeOverThreshold(), total.getInt("asyeOverThreshold"), "ASYE over 12" + at);
            assertEquals(expected.unallocatedCases(), total.getInt("unallocatedCases"), "unallocated" + at);
            assertEquals(expected.headcountAllStaff(), total.getLong("workersInPost"), "workers in post" + at);
        }
    }

    private Map<String, Long> counts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, count("SELECT count(*) FROM " + table));
        }
        return counts;
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement ps = connection.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String managedBy(String username) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement ps = connection.prepareStatement(
                        "SELECT n.name FROM org_node n JOIN worker w ON w.id = n.manager_worker_id "
                                + "WHERE w.username = ?")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), username + " manages a node");
                return rs.getString(1);
            }
        }
    }
}

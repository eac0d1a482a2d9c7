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
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.workforceinsight.testsupport.Api;

/**
 * Loads the demo council into the real (embedded) PostgreSQL that Flyway migrated (the global test
 * resource of {@code org.workforceinsight.testsupport.QuarkusTestDatabase}).
 */
@QuarkusTest
class DemoDataLoaderQuarkusTest {

    private static final LocalDate END = LocalDate.of(2026, 11, 22);

    private static final String[] TABLES = {"org_node", "worker", "assignment", "caseload_snapshot",
        "unallocated_cases", "post", "agency_assignment", "agency_timesheet", "supervision_session", "appraisal",
        "absence", "absence_sickness_reason", "leaving", "measure_target", "benchmark_comparator"};

    /** Every table of the V2 migration: the demo's rows or the migration's defaults. */
    private static final String[] V2_TABLES = {"post", "agency_assignment", "agency_timesheet",
        "supervision_session", "appraisal", "absence", "absence_sickness_reason", "sickness_reason",
        "leaving_reason", "leaving", "case_weight", "supervision_policy", "agency_price_cap", "measure_setting",
        "measure_target", "benchmark_comparator"};

    /** Deleted child tables first; measure_target keeps the migration's council-wide rows. */
    private static final String[] CLEAN_UP = {"DELETE FROM absence_sickness_reason", "DELETE FROM absence",
        "DELETE FROM agency_timesheet", "DELETE FROM agency_assignment", "DELETE FROM supervision_session",
        "DELETE FROM appraisal", "DELETE FROM leaving", "DELETE FROM caseload_snapshot",
        "DELETE FROM unallocated_cases", "DELETE FROM measure_target WHERE node_id IS NOT NULL", "DELETE FROM post",
        "DELETE FROM assignment", "UPDATE org_node SET manager_worker_id = NULL", "DELETE FROM org_node",
        "DELETE FROM worker", "DELETE FROM benchmark_comparator"};

    @Inject
    DemoDataLoader loader;

    @Inject
    DemoDataConfig config;

    @Inject
    DataSource dataSource;

    @BeforeEach
    @AfterEach
    void emptyDatabase() throws SQLException {
        // not TestData.reset(): its TRUNCATE ... CASCADE would also empty the migration's council-wide targets
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : CLEAN_UP) {
                statement.executeUpdate(sql);
            }
        }
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
        assertTrue(first.elapsedMillis() < 15_000, "the demo council loads in seconds: " + first.elapsedMillis() + " ms");
        assertEquals(expected.caseloadSnapshots().size(), first.caseloadSnapshots());
        Map<String, Long> counts = counts();
        assertEquals(expected.orgNodes().size(), counts.get("org_node").intValue());
        assertEquals(expected.workers().size(), counts.get("worker").intValue());
        assertEquals(expected.assignments().size(), counts.get("assignment").intValue());
        assertEquals(expected.caseloadSnapshots().size(), counts.get("caseload_snapshot").intValue());
        assertEquals(expected.unallocatedCases().size(), counts.get("unallocated_cases").intValue());
        assertEquals(expected.posts().size(), counts.get("post").intValue());
        assertEquals(expected.agencyAssignments().size(), counts.get("agency_assignment").intValue());
        assertEquals(expected.agencyTimesheets().size(), counts.get("agency_timesheet").intValue());
        assertEquals(expected.supervisionSessions().size(), counts.get("supervision_session").intValue());
        assertEquals(expected.appraisals().size(), counts.get("appraisal").intValue());
        assertEquals(expected.absences().size(), counts.get("absence").intValue());
        assertEquals(expected.absenceSicknessReasons().size(), counts.get("absence_sickness_reason").intValue());
        assertEquals(expected.leavings().size(), counts.get("leaving").intValue());
        assertEquals(expected.measureTargets().size(), count("SELECT count(*) FROM measure_target WHERE node_id IS NOT NULL"));
        assertEquals(8L, counts.get("benchmark_comparator"));
        for (String table : V2_TABLES) {
            assertTrue(count("SELECT count(*) FROM " + table) > 0, table + " has rows after the demo load");
        }
        assertTrue(count("SELECT count(*) FROM caseload_snapshot WHERE pre_proceedings > 0") > 0);
        assertTrue(count("SELECT count(*) FROM caseload_snapshot WHERE pre_proceedings IS NULL") > 0);
        assertTrue(count("SELECT count(*) FROM measure_target WHERE node_id IS NULL") >= 14,
                "the migration's council-wide targets are still there");

        // COPY kept every value: sums and texts in the database equal the model's
        assertEquals(expected.agencyTimesheets().stream().map(t -> t.units().multiply(t.rate()))
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP),
                decimal("SELECT sum(units * rate) FROM agency_timesheet").setScale(2, RoundingMode.HALF_UP));
        assertEquals(expected.absences().stream().map(DemoCouncil.Absence::workingDaysLost)
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP),
                decimal("SELECT sum(working_days_lost) FROM absence").setScale(2, RoundingMode.HALF_UP));
        assertEquals(expected.workers().stream().filter(w -> w.familyName().contains("'")).count(),
                count("SELECT count(*) FROM worker WHERE family_name LIKE '%''%'"));
        assertEquals(expected.supervisionSessions().stream().filter(s -> s.supervisorWorkerId() == null).count(),
                count("SELECT count(*) FROM supervision_session WHERE supervisor_worker_id IS NULL"));
        assertEquals(expected.leavings().stream().filter(DemoCouncil.Leaving::exitInterviewHeld).count(),
                count("SELECT count(*) FROM leaving WHERE exit_interview_held"));

        // the foreign keys and indexes dropped for the COPY are back
        for (String table : new String[] {"caseload_snapshot", "unallocated_cases", "supervision_session",
            "agency_timesheet", "absence", "appraisal"}) {
            assertTrue(count("SELECT count(*) FROM pg_constraint WHERE conrelid = '" + table + "'::regclass "
                    + "AND contype = 'f'") >= 1, table + " has its foreign keys");
        }
        assertEquals(2L, count("SELECT count(*) FROM pg_constraint WHERE conrelid = 'supervision_session'::regclass "
                + "AND contype = 'f'"));
        assertEquals(1L, count("SELECT count(*) FROM pg_indexes WHERE indexname = 'caseload_snapshot_date_idx'"));
        assertEquals(2L, count("SELECT count(*) FROM pg_indexes WHERE tablename = 'absence' "
                + "AND indexname IN ('absence_worker_idx', 'absence_dates_idx')"));

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

    /**
     * The bar for the demo: every measure of the catalogue has a value for the council on the
     * demo's last day, and each value's explanation can be listed. A null here means the demo lacks a kind
     * of record some measure needs.
     */
    @Test
    @TestSecurity(user = "lead.demo", roles = "workforce-lead")
    void everyMeasureHasAValueForTheDemoCouncil() {
        DemoCouncil model = new DemoCouncilGenerator().generate(END, config.seed());
        assertTrue(loader.loadIfEmpty(() -> model).loaded());
        java.util.UUID council = model.orgNodes().get(0).id();
        JsonPath measures = Api.given().queryParam("asAt", END.toString())
                .get("/api/v1/organisation-nodes/{id}/measures", council)
                .then().statusCode(200).extract().jsonPath();
        java.util.List<Map<String, Object>> results = measures.getList("measures");
        assertEquals(org.workforceinsight.measures.Measure.values().length, results.size(), "one result per measure");
        java.util.List<String> withoutValue = results.stream().filter(r -> r.get("value") == null)
                .map(r -> (String) r.get("measure")).toList();
        assertTrue(withoutValue.isEmpty(), "measures without a value in the demo: " + withoutValue);
        // the council-wide targets of the migration give RAG statuses, not "none"
        for (String measure : new String[] {"agencyRate", "supervisionCompliance", "sicknessDaysPerFte"}) {
            assertFalse("none".equals(ragOf(results, measure)), measure + " has a RAG status");
        }
    }

    private static String ragOf(java.util.List<Map<String, Object>> results, String measure) {
        return results.stream().filter(r -> measure.equals(r.get("measure"))).map(r -> (String) r.get("rag"))
                .findFirst().orElseThrow();
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

    private BigDecimal decimal(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement ps = connection.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getBigDecimal(1);
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

package org.workforceinsight.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.workforceinsight.testsupport.Api;
import org.workforceinsight.testsupport.MeasureCouncil;
import org.workforceinsight.testsupport.TestData;

/**
 * The production refresh: after a write, a request is answered at once from facts read for it alone (never
 * the out-of-date kept ones), while one background load brings the kept facts up to date. Figures are
 * those of {@link MeasureCouncil} (Team A: Archer 20 cases, Baker 10, Cole 13).
 */
@QuarkusTest
@TestProfile(MeasureReadModelBackgroundRefreshTest.BackgroundRefresh.class)
@TestSecurity(user = MeasureCouncil.LEAD, roles = "workforce-lead")
class MeasureReadModelBackgroundRefreshTest {

    public static class BackgroundRefresh implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("workforce.measures.read-model.refresh", "background");
        }
    }

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
    void afterAWriteTheNextRequestHasTheNewFigureWithoutWaitingForTheKeptFacts() throws SQLException {
        readModel.awaitCurrent();
        assertTrue(servedFromKeptFacts(), "the kept facts are current once loaded");
        assertEquals(43.0, figure(c.teamA, "cases"));

        execute("INSERT INTO caseload_snapshot (worker_id, snapshot_date, cases) VALUES ('" + c.archer
                + "', DATE '2025-03-11', 25)");

        assertFalse(servedFromKeptFacts(), "out-of-date kept facts are never served");
        assertEquals(48.0, figure(c.teamA, "cases"));

        readModel.awaitCurrent();
        assertTrue(servedFromKeptFacts(), "the background load caught up");
        assertEquals(48.0, figure(c.teamA, "cases"));
    }

    @Test
    void theBackgroundLoadHasEveryFigureAFreshReadHas() throws SQLException {
        execute("TRUNCATE caseload_snapshot");
        assertEquals(0.0, figure(c.teamA, "cases"), "answered from the request's own facts");
        readModel.awaitCurrent();
        assertEquals(0.0, figure(c.teamA, "cases"), "answered from the kept facts");
    }

    private boolean servedFromKeptFacts() {
        return QuarkusTransaction.requiringNew().call(() -> readModel.read().kept());
    }

    private static double figure(UUID node, String measure) {
        Number value = Api.given().queryParam("asAt", MeasureCouncil.AS_AT.toString()).queryParam("measure", measure)
                .get("/api/v1/organisation-nodes/{id}/measures", node)
                .then().statusCode(200).extract().path("measures[0].value");
        return value.doubleValue();
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}

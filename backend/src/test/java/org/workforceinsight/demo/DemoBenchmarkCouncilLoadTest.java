package org.workforceinsight.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.workforceinsight.testsupport.TestData;

/**
 * Generates the benchmark council ({@link DemoCouncilGenerator.Size#BENCHMARK}) and loads it into the
 * embedded PostgreSQL, timing both. It takes minutes, so it runs only when asked:
 * {@code mvn -f backend/pom.xml test -Dtest=DemoBenchmarkCouncilLoadTest -Dworkforce.benchmark=true}.
 */
@QuarkusTest
@Tag("benchmark")
@EnabledIfSystemProperty(named = "workforce.benchmark", matches = "true")
class DemoBenchmarkCouncilLoadTest {

    @Inject
    DemoDataLoader loader;

    @Inject
    DataSource dataSource;

    @Test
    void generatesAndLoadsTheBenchmarkCouncil() throws SQLException {
        TestData.using(dataSource).reset();
        LocalDate end = LocalDate.of(2026, 11, 22);
        long started = System.nanoTime();
        DemoCouncil council = new DemoCouncilGenerator().generate(end, 20261122L,
                DemoCouncilGenerator.Size.BENCHMARK);
        long generated = System.nanoTime();
        long inPost = council.assignments().stream().filter(a -> a.activeOn(end)).map(DemoCouncil.Assignment::workerId)
                .distinct().count();
        DemoDataLoader.LoadResult result = loader.loadIfEmpty(() -> council);
        long loaded = System.nanoTime();
        assertTrue(result.loaded());
        System.out.printf("Benchmark council: %d organisation nodes, %d workers (%d in post on %s), %d assignments, "
                + "%d caseload snapshots, %d posts, %d agency assignments, %d timesheets, %d supervision sessions, "
                + "%d appraisals, %d absences, %d leavings; %d rows in all%n", council.orgNodes().size(),
                council.workers().size(), inPost, end, council.assignments().size(), council.caseloadSnapshots().size(),
                council.posts().size(), council.agencyAssignments().size(), council.agencyTimesheets().size(),
                council.supervisionSessions().size(), council.appraisals().size(), council.absences().size(),
                council.leavings().size(), result.totalRows());
        System.out.printf("Benchmark council generated in %d ms, loaded with COPY in %d ms%n",
                (generated - started) / 1_000_000, (loaded - generated) / 1_000_000);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT count(*) FROM caseload_snapshot")) {
            rs.next();
            assertEquals(council.caseloadSnapshots().size(), rs.getLong(1));
        }
        TestData.using(dataSource).reset();
    }
}

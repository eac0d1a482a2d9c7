package org.workforceinsight.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.workforceinsight.testsupport.TestData;

/**
 * The import benchmark of issue 4: generates a caseload snapshot file (default 100,000 rows: 2,000
 * workers, 50 weekly snapshots each), then imports it over real HTTP three times: into an empty table
 * (all created), the same file again (all unchanged) and a dry run. Prints rows per second and the peak
 * heap (sum of the heap pools' peaks, reset before each import) and never asserts on times.
 *
 * <p>Run it with {@code scripts/import-benchmark.sh} (see docs/imports.md). Gated on
 * {@code -Dworkforce.import-benchmark=true}. Settings: {@code workforce.import-benchmark.workers}
 * (default 2000) and {@code workforce.import-benchmark.weeks} (default 50).
 */
@QuarkusTest
@Tag("benchmark")
@TestSecurity(user = "benchmark.lead", roles = "workforce-lead")
@EnabledIfSystemProperty(named = "workforce.import-benchmark", matches = "true")
class ImportBenchmark {

    private static final Path REPORT = Path.of("target", "benchmark", "import-benchmark.txt");

    @Inject
    DataSource dataSource;

    @TestHTTPResource("/")
    URI root;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void importALargeCaseloadFile() throws Exception {
        int workers = Integer.getInteger("workforce.import-benchmark.workers", 2000);
        int weeks = Integer.getInteger("workforce.import-benchmark.weeks", 50);
        long rows = (long) workers * weeks;
        Files.createDirectories(REPORT.getParent());
        Files.deleteIfExists(REPORT);
        report("Workforce Insight import benchmark, " + OffsetDateTime.now(ZoneOffset.UTC).withNano(0));
        report("machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                + " MB");

        TestData data = TestData.using(dataSource).reset();
        UUID team = data.team(data.service(data.council("Benchmarkshire"), "Service"), "Team");
        insertWorkers(workers);
        Path file = Path.of("target", "benchmark", "caseload-snapshots-" + rows + ".csv");
        writeFile(file, workers, weeks);
        report(String.format("file: %,d caseload snapshot rows (%d workers x %d weeks), %,d bytes; team %s", rows,
                workers, weeks, Files.size(file), team));

        run("first import (every row created)", file, rows, "", "created");
        run("same file again (every row unchanged)", file, rows, "", "unchanged");
        run("dry run of the same file", file, rows, "&dryRun=true", "unchanged");
        report("report written to backend/" + REPORT);
    }

    private void run(String what, Path file, long rows, String query, String expectedCount) throws Exception {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        long started = System.nanoTime();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        root.resolve("/api/v1/imports?dataSet=caseload-snapshots&fileName=" + file.getFileName() + query))
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofFile(file)).build(),
                HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - started) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        assertEquals(200, response.statusCode(), response.body());
        JsonNode result = new ObjectMapper().readTree(response.body());
        assertEquals(rows, result.path(expectedCount).asLong(), response.body());
        assertTrue(result.path("rejected").asLong() == 0);
        report(String.format("%-40s %6.1f s  %,9.0f rows/s  peak heap %,5d MB", what, seconds, rows / seconds,
                peak / (1024 * 1024)));
    }

    private void insertWorkers(int workers) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO worker (id, external_id, given_name, family_name) VALUES (?, ?, 'Bench', ?)")) {
            for (int i = 0; i < workers; i++) {
                insert.setObject(1, UUID.randomUUID());
                insert.setString(2, externalId(i));
                insert.setString(3, "Worker " + i);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static String externalId(int worker) {
        return String.format("B%06d", worker);
    }

    private static void writeFile(Path file, int workers, int weeks) throws IOException {
        LocalDate first = LocalDate.of(2025, 1, 6);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("workerExternalId,snapshotDate,cases,childInNeed,childProtection,childLookedAfter,careLeaver,"
                    + "preProceedings,other\r\n");
            for (int week = 0; week < weeks; week++) {
                String date = first.plusWeeks(week).toString();
                for (int w = 0; w < workers; w++) {
                    int cin = (w + week) % 7;
                    int cp = (w * 3 + week) % 5;
                    int cla = (w + week * 2) % 4;
                    out.write(externalId(w) + "," + date + "," + (cin + cp + cla + 1) + "," + cin + "," + cp + "," + cla
                            + ",1,0,0\r\n");
                }
            }
        }
    }

    private static void report(String line) throws IOException {
        System.out.println("BENCHMARK " + line);
        Files.writeString(REPORT, line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}

package org.workforceinsight.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.workforceinsight.demo.DemoCouncil;
import org.workforceinsight.demo.DemoCouncilGenerator;
import org.workforceinsight.demo.DemoDataLoader;
import org.workforceinsight.measures.MeasureReadModel;
import org.workforceinsight.testsupport.Api;

/**
 * The speed benchmark of issue 3: builds the large council with the demo generator (same code path as the
 * demo, every record type) in the test's embedded PostgreSQL, loads it with the demo loader, then times real
 * HTTP requests to the measures API and, as the floor, the simplest hand-written SQL for the same figure.
 * It prints median and 95th percentile and never asserts on times (they depend on the machine); it asserts
 * only that the floor is the same figure as the API's.
 *
 * <p>Run it with {@code scripts/benchmark.sh} (see docs/benchmarks.md). The class name does not match the
 * surefire test patterns and it is gated on {@code -Dworkforce.benchmark=true}, so {@code scripts/test.sh}
 * neither runs nor starts it. Settings (system properties): {@code workforce.benchmark.copies} (copies of the
 * demo organisation, default 25 = the benchmark size), {@code workforce.benchmark.weeks} (default 261),
 * {@code workforce.benchmark.runs} (timed requests each, default 30), {@code workforce.benchmark.coldRuns} (timed
 * requests after a write, each reloading the read model, default 5), {@code workforce.benchmark.warmup}
 * (untimed requests each first, default 50), {@code workforce.benchmark.endDate} (default 2026-11-22, also
 * the as-at date).
 */
@QuarkusTest
@TestProfile(MeasuresBenchmark.ProductionRefresh.class)
@Tag("benchmark")
@TestSecurity(user = "benchmark.lead", roles = "workforce-lead")
@EnabledIfSystemProperty(named = "workforce.benchmark", matches = "true")
class MeasuresBenchmark {

    /** The read model as in production: a write never makes a request wait for the whole council to load. */
    public static class ProductionRefresh implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("workforce.measures.read-model.refresh", "background");
        }
    }

    private static final long SEED = 20261122L;
    private static final List<String> SERIES_MEASURES = List.of("agencyRate", "supervisionCompliance",
            "averageCaseload");
    private static final Path REPORT = Path.of("target", "benchmark", "measures-benchmark.txt");

    /**
     * Agency rate of the whole council as at a date, straight from the tables: agency FTE over agency plus
     * employed FTE of social-work stints active on the date (DfeRates.agencyRate), rounded half up to 1 dp.
     * No node filter: every team in the database belongs to the one council.
     */
    static final String AGENCY_RATE_SQL = """
            SELECT round(100 * sum(a.fte) FILTER (WHERE a.employment_type = 'agency') / nullif(sum(a.fte), 0), 1)
            FROM assignment a JOIN role r ON r.code = a.role_code
            WHERE r.qualified_social_work AND a.start_date <= ? AND (a.end_date IS NULL OR a.end_date >= ?)
            """;

    /**
     * Average caseload of the whole council as at a date: cases of social workers in post (their latest
     * snapshot in the week to the date) over the social-work FTE of those holding at least one case.
     */
    static final String AVERAGE_CASELOAD_SQL = """
            WITH sw AS (
                SELECT a.worker_id, sum(a.fte) AS fte
                FROM assignment a JOIN role r ON r.code = a.role_code
                WHERE r.qualified_social_work AND a.start_date <= ? AND (a.end_date IS NULL OR a.end_date >= ?)
                GROUP BY a.worker_id),
            latest AS (
                SELECT DISTINCT ON (worker_id) worker_id, cases
                FROM caseload_snapshot
                WHERE snapshot_date BETWEEN ? AND ?
                ORDER BY worker_id, snapshot_date DESC)
            SELECT round(sum(latest.cases) / nullif(sum(sw.fte), 0), 1)
            FROM sw JOIN latest ON latest.worker_id = sw.worker_id
            WHERE latest.cases >= 1
            """;

    @Inject
    DemoDataLoader loader;

    @Inject
    DataSource dataSource;

    @Inject
    MeasureReadModel readModel;

    @TestHTTPResource("/")
    URI root;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void measuresOnTheLargeCouncil() throws Exception {
        int copies = Integer.getInteger("workforce.benchmark.copies", DemoCouncilGenerator.Size.BENCHMARK.copies());
        int weeks = Integer.getInteger("workforce.benchmark.weeks", DemoCouncilGenerator.Size.BENCHMARK.weeks());
        int runs = Integer.getInteger("workforce.benchmark.runs", 30);
        int warmup = Integer.getInteger("workforce.benchmark.warmup", 50);
        LocalDate asAt = LocalDate.parse(System.getProperty("workforce.benchmark.endDate", "2026-11-22"));
        DemoCouncilGenerator.Size size = new DemoCouncilGenerator.Size(copies, weeks);

        Files.createDirectories(REPORT.getParent());
        Files.deleteIfExists(REPORT);
        report("Workforce Insight measures benchmark, " + OffsetDateTime.now(ZoneOffset.UTC).withNano(0));
        report("machine: " + Runtime.getRuntime().availableProcessors() + " cores, load average at start "
                + loadAverage() + ", Java " + System.getProperty("java.version") + " ("
                + System.getProperty("java.vm.name") + "), max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB, " + postgresVersion());
        report("JVM options: " + jvmOptions());
        report(String.format("size: %d copies of the demo organisation, %d weeks to %s; %d warm-up + %d timed "
                + "requests each", copies, weeks, asAt, warmup, runs));

        emptyDatabase();
        long started = System.nanoTime();
        DemoCouncil council = new DemoCouncilGenerator().generate(asAt, SEED, size);
        long generated = System.nanoTime();
        DemoDataLoader.LoadResult loaded = loader.loadIfEmpty(() -> council);
        long finished = System.nanoTime();
        assertTrue(loaded.loaded(), "the database was not empty, so the council was not loaded");
        long inPost = council.assignments().stream().filter(a -> a.activeOn(asAt))
                .map(DemoCouncil.Assignment::workerId).distinct().count();
        report(String.format("council: %d organisation nodes, %d workers (%d in post on %s), %d assignments, "
                + "%d caseload snapshots, %d unallocated-case counts, %d posts, %d agency assignments, "
                + "%d timesheets, %d supervision sessions, %d appraisals, %d absences, %d leavings; %d rows",
                council.orgNodes().size(), council.workers().size(), inPost, asAt, council.assignments().size(),
                council.caseloadSnapshots().size(), council.unallocatedCases().size(), council.posts().size(),
                council.agencyAssignments().size(), council.agencyTimesheets().size(),
                council.supervisionSessions().size(), council.appraisals().size(), council.absences().size(),
                council.leavings().size(), loaded.totalRows()));
        report(String.format("generated in %.1f s (DemoCouncilGenerator), loaded in %.1f s (DemoDataLoader, COPY)",
                (generated - started) / 1e9, (finished - generated) / 1e9));

        UUID councilId = councilId();
        String base = "/api/v1/organisation-nodes/" + councilId;
        String from = asAt.minusYears(5).plusDays(1).toString();
        List<Timing> timings = new ArrayList<>();
        long firstLoad = System.nanoTime();
        readModel.awaitCurrent();
        report(String.format("loading the read model (in the background, after start-up or a write): %.1f s",
                (System.nanoTime() - firstLoad) / 1e9));
        settle();
        timings.add(time("GET measures: all measures, council, as at " + asAt, warmup, runs,
                () -> get(base + "/measures?asAt=" + asAt)));
        timings.add(time("GET child-measures: averageCaseload, children of the council", warmup, runs,
                () -> get(base + "/child-measures?measure=averageCaseload&asAt=" + asAt)));
        for (String measure : SERIES_MEASURES) {
            timings.add(time("GET series: " + measure + ", weekly, " + from + ".." + asAt, warmup, runs,
                    () -> get(base + "/measures/" + measure + "/series?granularity=week&from=" + from + "&to=" + asAt)));
        }
        report(String.format("read model: %.0f MB of heap retained by the kept facts and the series index "
                + "(used heap after a full GC with them, less without them)", retainedMegabytes()));

        // cold: the first request after a write (any committed change to a table the measures read) is answered
        // from facts read for it alone while the read model reloads in the background; the write is a setting
        // saved unchanged, which moves the data version as any write does. Each run starts with the read
        // model current (untimed), so that the load of one run does not slow the next.
        int coldRuns = Integer.getInteger("workforce.benchmark.coldRuns", 5);
        timings.add(timeAfter("GET measures right after a write: all measures, council", coldRuns,
                this::writeThenAwaitNothing, () -> get(base + "/measures?asAt=" + asAt)));
        timings.add(timeAfter("GET series right after a write: averageCaseload", coldRuns,
                this::writeThenAwaitNothing,
                () -> get(base + "/measures/averageCaseload/series?granularity=week&from=" + from + "&to=" + asAt)));
        readModel.awaitCurrent();
        timings.add(time("floor SQL (JDBC): agencyRate, council, as at " + asAt, warmup, runs,
                () -> agencyRateFloor(asAt)));
        timings.add(time("floor SQL (JDBC): averageCaseload, council, as at " + asAt, warmup, runs,
                () -> averageCaseloadFloor(asAt)));

        report("");
        report(String.format("%-72s %11s %11s %11s %11s %11s", "request (" + runs + " timed runs each)", "median",
                "p95", "min", "max", "CPU median"));
        for (Timing timing : timings) {
            report(String.format("%-72s %8.1f ms %8.1f ms %8.1f ms %8.1f ms %8.1f ms", timing.what(),
                    timing.median(), timing.p95(), timing.min(), timing.max(), timing.cpuMedian()));
        }
        report("");
        report("machine: load average at end " + loadAverage());

        Map<String, BigDecimal> api = apiFigures(base, asAt);
        BigDecimal agencyRate = agencyRateFloor(asAt);
        BigDecimal averageCaseload = averageCaseloadFloor(asAt);
        report("check: agencyRate API " + api.get("agencyRate") + " = floor SQL " + agencyRate
                + "; averageCaseload API " + api.get("averageCaseload") + " = floor SQL " + averageCaseload);
        assertSame("agencyRate", api.get("agencyRate"), agencyRate);
        assertSame("averageCaseload", api.get("averageCaseload"), averageCaseload);
        report("report written to backend/" + REPORT);

        emptyDatabase();
    }

    /**
     * Lets the collector finish with what generating, loading and reading the council left behind (gigabytes,
     * most of it garbage, and the read model itself still in the young generation) before the warm requests,
     * so that they measure a server that has settled rather than the first seconds after a reload: a full
     * collection, then a pause for the collector's concurrent work. The first requests after a reload are
     * what the "right after a write" rows are for; without this, the first warm runs carried the reload's
     * collections (see docs/benchmarks.md, 23 November 2026, session 6).
     */
    private static void settle() throws InterruptedException {
        System.gc();
        Thread.sleep(2_000);
        report("settled: one full collection and 2 s before the warm requests");
    }

    /** With the read model current, a committed write: the next request finds it out of date. */
    private void writeThenAwaitNothing() throws SQLException {
        readModel.awaitCurrent();
        touchSetting();
    }

    /** A committed write that changes nothing but, like any write, moves the data version on. */
    private void touchSetting() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE measure_setting SET value = value WHERE key = 'supervision.minimum-minutes'");
        }
    }

    /**
     * Heap the read model retains: used heap after full collections with it kept, less the same without it
     * (dropped, then loaded again by the next request). An estimate, as any such figure from a running JVM.
     */
    private double retainedMegabytes() {
        long with = usedAfterGc();
        readModel.forget();
        long without = usedAfterGc();
        return (with - without) / (1024.0 * 1024.0);
    }

    private static long usedAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
        }
        return used;
    }

    /**
     * One timed request: median and p95 (nearest rank) over the timed runs, after untimed warm-up runs, and the
     * median CPU time the whole JVM (server and client) spent on it: what the request costs whatever else the
     * machine is doing, where the wall-clock times are inflated by other load.
     */
    record Timing(String what, double median, double p95, double min, double max, double cpuMedian) {
    }

    @FunctionalInterface
    interface Action {
        Object run() throws Exception;
    }

    @FunctionalInterface
    interface Setup {
        void run() throws Exception;
    }

    private static Timing time(String what, int warmup, int runs, Action action) throws Exception {
        for (int i = 0; i < warmup; i++) {
            action.run();
        }
        return timeAfter(what, runs, () -> { }, action);
    }

    /** Times the action only, each run after an untimed setup. */
    private static Timing timeAfter(String what, int runs, Setup setup, Action action) throws Exception {
        long[] nanos = new long[runs];
        long[] cpuNanos = new long[runs];
        StringBuilder inOrder = new StringBuilder();
        long collections = 0;
        long collectionMillis = 0;
        for (int i = 0; i < runs; i++) {
            setup.run();
            long[] collected = collections();
            long cpuStarted = processCpuNanos();
            long started = System.nanoTime();
            action.run();
            nanos[i] = System.nanoTime() - started;
            cpuNanos[i] = processCpuNanos() - cpuStarted;
            long[] after = collections();
            long during = after[0] - collected[0];
            collections += during;
            collectionMillis += after[1] - collected[1];
            inOrder.append(String.format(" %.0f%s", nanos[i] / 1e6, during > 0 ? "*" : ""));
        }
        // each run as it came (a star: a garbage collection ran during it), so a slow run can be told apart
        // from a slow request: the first runs still compiling, or a collection, rather than the median's work
        report(String.format("    runs in order (ms):%s; %d collection(s) during the runs, %d ms in all", inOrder,
                collections, collectionMillis));
        Arrays.sort(nanos);
        Arrays.sort(cpuNanos);
        Timing timing = new Timing(what, median(nanos) / 1e6, nanos[(int) Math.ceil(runs * 0.95) - 1] / 1e6,
                nanos[0] / 1e6, nanos[runs - 1] / 1e6, median(cpuNanos) / 1e6);
        report(String.format("  timed %-66s median %.1f ms, p95 %.1f ms, CPU median %.1f ms", what,
                timing.median(), timing.p95(), timing.cpuMedian()));
        return timing;
    }

    /** Garbage collections so far, and the milliseconds they took, over every collector of this JVM. */
    private static long[] collections() {
        long count = 0;
        long millis = 0;
        for (java.lang.management.GarbageCollectorMXBean collector
                : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, collector.getCollectionCount());
            millis += Math.max(0, collector.getCollectionTime());
        }
        return new long[] {count, millis};
    }

    private static double median(long[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }

    /** CPU time of every thread of this JVM so far (the app under test runs in it, beside the client). */
    private static long processCpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    /** A plain HTTP client, so that the times are the server's and the wire's rather than a test library's. */
    private String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(root.resolve(path))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), () -> path + ": " + response.body());
        return response.body();
    }

    private BigDecimal agencyRateFloor(LocalDate asAt) throws SQLException {
        return floor(AGENCY_RATE_SQL, asAt, asAt);
    }

    private BigDecimal averageCaseloadFloor(LocalDate asAt) throws SQLException {
        return floor(AVERAGE_CASELOAD_SQL, asAt, asAt, asAt.minusDays(6), asAt);
    }

    private BigDecimal floor(String sql, LocalDate... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setDate(i + 1, Date.valueOf(parameters[i]));
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getBigDecimal(1);
            }
        }
    }

    private static Map<String, BigDecimal> apiFigures(String base, LocalDate asAt) {
        List<Map<String, Object>> measures = Api.given().queryParam("asAt", asAt.toString()).get(base + "/measures")
                .then().statusCode(200).extract().jsonPath().getList("measures");
        java.util.HashMap<String, BigDecimal> figures = new java.util.HashMap<>();
        for (Map<String, Object> measure : measures) {
            Object value = measure.get("value");
            figures.put((String) measure.get("measure"),
                    value == null ? null : new BigDecimal(value.toString()));
        }
        return figures;
    }

    private static void assertSame(String measure, BigDecimal api, BigDecimal floor) {
        assertTrue(api == null ? floor == null : floor != null && api.compareTo(floor) == 0,
                () -> measure + ": the API says " + api + " but the floor SQL says " + floor);
    }

    private UUID councilId() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT id FROM org_node WHERE node_type = 'council'")) {
            assertTrue(rs.next(), "no council loaded");
            return rs.getObject(1, UUID.class);
        }
    }

    /**
     * Empties the organisation and its records but keeps the migration's council-wide targets (TestData.reset's
     * TRUNCATE ... CASCADE would empty those too, and the demo's figures rely on them).
     */
    private void emptyDatabase() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                // TRUNCATE refuses while measure_target refers to org_node, so the council-wide rows go round
                // a temporary table (dropped at commit: the connection goes back to the pool)
                statement.execute("CREATE TEMPORARY TABLE council_targets ON COMMIT DROP AS "
                        + "SELECT * FROM measure_target WHERE node_id IS NULL");
                statement.execute("TRUNCATE leaving_assignment_end, absence_sickness_reason, absence, "
                        + "agency_timesheet, agency_assignment, supervision_session, appraisal, leaving, "
                        + "caseload_snapshot, unallocated_cases, post, measure_target, report_commentary, "
                        + "retention_anonymised_worker, assignment, org_node, worker, benchmark_comparator");
                statement.execute("INSERT INTO measure_target SELECT * FROM council_targets");
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    /** The options the JVM was started with that shape its heap and compiler (the surefire fork's argLine). */
    private static String jvmOptions() {
        java.util.List<String> options = java.lang.management.ManagementFactory.getRuntimeMXBean()
                .getInputArguments().stream().filter(option -> option.startsWith("-X")).toList();
        return options.isEmpty() ? "the defaults" : String.join(" ", options);
    }

    private String postgresVersion() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SHOW server_version")) {
            rs.next();
            return "PostgreSQL " + rs.getString(1);
        }
    }

    /** The 1, 5 and 15 minute load averages (Linux), else the JVM's 1 minute figure. */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /** Printed and appended to the report file as it goes (Maven may show test output only at the end). */
    private static void report(String line) {
        System.out.println("BENCHMARK " + line);
        try {
            Files.writeString(REPORT, line + System.lineSeparator(), StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.workforceinsight.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.workforceinsight.demo.DemoDataLoader;
import org.workforceinsight.testsupport.Api;
import org.workforceinsight.testsupport.TestData;

/**
 * How long the measures take on a large council: 10,000 workers over 5 years (weekly caseload snapshots,
 * monthly supervision, yearly appraisals, absences, leavers, posts, agency timesheets), generated in SQL, and
 * on the demo council. Opt-in (it builds about 3 million rows): {@code -Dwi.measures.benchmark=true}. It
 * prints p50/p95 of each request and checks only that the figures are there, since timings depend on the
 * machine.
 */
@QuarkusTest
@TestSecurity(user = "bench.lead", roles = "workforce-lead")
@EnabledIfSystemProperty(named = "wi.measures.benchmark", matches = "true")
class MeasureFactsBenchmarkTest {

    static final LocalDate END = LocalDate.of(2025, 9, 30);

    @Inject
    DataSource dataSource;

    @Inject
    MeasureFactsRepository factsRepository;

    @Inject
    MeasureConfigRepository configRepository;

    @Inject
    DemoDataLoader demoLoader;

    @AfterAll
    static void note() {
        System.out.println("MeasureFactsBenchmarkTest done");
    }

    @Test
    void tenThousandWorkers() throws SQLException {
        TestData.using(dataSource).reset();
        long started = System.nanoTime();
        generateLargeCouncil();
        report(String.format("BENCH generated the large council in %d ms: %s", (System.nanoTime() - started) / 1_000_000,
                counts()));
        UUID council = single("SELECT id FROM org_node WHERE node_type = 'council'");
        timeAll(council, END, 10);
        TestData.using(dataSource).reset();
    }

    @Test
    void demoCouncil() throws SQLException {
        TestData.using(dataSource).reset();
        LocalDate end = LocalDate.of(2026, 11, 22);
        demoLoader.loadIfEmpty(end, 20261122L);
        report("BENCH demo council: " + counts());
        UUID council = single("SELECT id FROM org_node WHERE node_type = 'council'");
        timeAll(council, end, 20);
        TestData.using(dataSource).reset();
    }

    @io.quarkus.test.common.http.TestHTTPResource("/")
    java.net.URI root;

    /** A plain HTTP client, so that the timings are the server's rather than rest-assured's. */
    private String get(String path) {
        try {
            java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(root.resolve(path)).header("Accept", "application/json").build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            return response.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void timeAll(UUID council, LocalDate asAt, int runs) throws SQLException {
        Set<UUID> nodes = new java.util.HashSet<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT id FROM org_node")) {
            while (rs.next()) {
                nodes.add(rs.getObject(1, UUID.class));
            }
        }
        MeasureConfig config = configRepository.load();
        MeasureEngine engine = new MeasureEngine(config);
        WorkforceFacts.Window window = new WorkforceFacts.Window(MeasureEngine.yearBefore(asAt), asAt);
        MeasureFactsRepository.Request all = new MeasureFactsRepository.Request(nodes, window, asAt,
                EnumSet.allOf(MeasureFactsRepository.Part.class), false, config.supervisionMinimumMinutes());
        WorkforceFacts facts = factsRepository.load(all);
        report(String.format("BENCH facts for the council as at %s: %d workers, %d posts", asAt,
                facts.workers().size(), facts.posts().size()));
        time("load facts, every table (council, point)", runs, () -> factsRepository.load(all));
        for (MeasureFactsRepository.Part part : MeasureFactsRepository.Part.values()) {
            MeasureFactsRepository.Request one = new MeasureFactsRepository.Request(nodes, window, asAt,
                    EnumSet.of(part), false, config.supervisionMinimumMinutes());
            time("load facts, assignments + " + part, runs, () -> factsRepository.load(one));
        }
        time("load facts, assignments only", runs, () -> factsRepository.load(new MeasureFactsRepository.Request(
                nodes, window, asAt, EnumSet.noneOf(MeasureFactsRepository.Part.class), false, 90)));
        time("engine computeAll (council, facts in memory)", runs,
                () -> engine.computeAll(facts, nodes, asAt, MeasureEngine.yearBefore(asAt)));

        String base = "/api/v1/organisation-nodes/" + council;
        time("GET measures (council, all measures)", runs, () -> get(base + "/measures?asAt=" + asAt));
        time("GET child-measures (council, agencyRate)", runs,
                () -> get(base + "/child-measures?measure=agencyRate&asAt=" + asAt));
        for (String measure : List.of("agencyRate", "supervisionCompliance", "averageCaseload")) {
            time("GET series (council, " + measure + ", 5 years weekly)", Math.min(runs, 5), () -> get(base
                    + "/measures/" + measure + "/series?granularity=week&from=" + asAt.minusYears(5).plusDays(1)
                    + "&to=" + asAt));
        }
        time("GET explanation (council, supervisionsOverdue)", runs,
                () -> get(base + "/measures/supervisionsOverdue/explanation?asAt=" + asAt));
        String body = Api.given().queryParam("asAt", asAt.toString()).get(base + "/measures").then().statusCode(200)
                .extract().asString();
        assertTrue(body.contains("\"inPostFte\""), body);
    }

    private static void time(String what, Supplier<Object> action) {
        time(what, 20, action);
    }

    /** Runs the action twice to warm up, then {@code runs} times; p95 is the 95th percentile by nearest rank. */
    private static void time(String what, int runs, Supplier<Object> action) {
        for (int i = 0; i < 2; i++) {
            action.get();
        }
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            action.get();
            micros.add((System.nanoTime() - started) / 1000);
        }
        Collections.sort(micros);
        int p95 = (int) Math.ceil(runs * 0.95) - 1;
        report(String.format("BENCH %-55s p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms (%d runs)", what,
                micros.get(runs / 2) / 1000.0, micros.get(p95) / 1000.0, micros.get(runs - 1) / 1000.0, runs));
    }

    /** Printed, and appended to target/measures-benchmark.txt as it goes (the console shows it only at the end). */
    private static void report(String line) {
        System.out.println(line);
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "measures-benchmark.txt"), line + "\n",
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private UUID single(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            assertTrue(rs.next());
            return rs.getObject(1, UUID.class);
        }
    }

    private String counts() throws SQLException {
        StringBuilder result = new StringBuilder();
        for (String table : List.of("worker", "assignment", "caseload_snapshot", "supervision_session", "appraisal",
                "absence", "leaving", "post", "agency_assignment", "agency_timesheet", "unallocated_cases")) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT count(*) FROM " + table)) {
                rs.next();
                result.append(table).append('=').append(rs.getLong(1)).append(' ');
            }
        }
        return result.toString().trim();
    }

    /** 1 council, 10 services, 100 teams, 10,000 workers; ids are md5 of a name, so the SQL can refer to them. */
    private void generateLargeCouncil() throws SQLException {
        String end = "DATE '" + END + "'";
        String role = "CASE WHEN i % 20 < 14 THEN 'social-worker' WHEN i % 20 < 16 THEN 'senior-practitioner' "
                + "WHEN i % 20 = 16 THEN 'team-manager' ELSE 'family-support-worker' END";
        String employment = "CASE WHEN i % 25 < 3 THEN 'agency' WHEN i % 25 < 5 THEN 'fixed-term' ELSE 'permanent' END";
        String fte = "CASE WHEN i % 7 = 0 THEN 0.8 ELSE 1.0 END";
        String start = "(" + end + " - (i * 37 % 3000))";
        String firstEnd = "(" + start + " + (200 + i % 700))";
        List<String> statements = List.of(
                "INSERT INTO org_node (id, node_type, parent_id, name, la_code, region) VALUES "
                        + "(md5('bench-council')::uuid, 'council', NULL, 'Benchmark Council', 'E09999999', 'London')",
                "INSERT INTO org_node (id, node_type, parent_id, name) SELECT md5('bench-s-' || s)::uuid, 'service', "
                        + "md5('bench-council')::uuid, 'Service ' || s FROM generate_series(0, 9) s",
                "INSERT INTO org_node (id, node_type, parent_id, name, team_type) SELECT md5('bench-t-' || t)::uuid, "
                        + "'team', md5('bench-s-' || (t / 10))::uuid, 'Team ' || t, 'assessment-and-intervention' "
                        + "FROM generate_series(0, 99) t",
                "INSERT INTO worker (id, external_id, given_name, family_name, asye_start_date) "
                        + "SELECT md5('bench-w-' || i)::uuid, 'BENCH-' || i, 'Given' || i, 'Family' || (i % 997), "
                        + "CASE WHEN i % 20 = 0 THEN " + end + " - (i % 400) END FROM generate_series(0, 9999) i",
                // everyone's first assignment; one in five ends, and most of those move to another team the next day
                "INSERT INTO assignment (id, worker_id, team_id, role_code, employment_type, fte, start_date, end_date) "
                        + "SELECT md5('bench-a1-' || i)::uuid, md5('bench-w-' || i)::uuid, md5('bench-t-' || (i % 100))::uuid, "
                        + role + ", " + employment + ", " + fte + ", " + start + ", "
                        + "CASE WHEN i % 5 = 0 AND " + firstEnd + " < " + end + " THEN " + firstEnd + " END "
                        + "FROM generate_series(0, 9999) i",
                "INSERT INTO assignment (id, worker_id, team_id, role_code, employment_type, fte, start_date, end_date) "
                        + "SELECT md5('bench-a2-' || i)::uuid, md5('bench-w-' || i)::uuid, "
                        + "md5('bench-t-' || ((i + 7) % 100))::uuid, " + role + ", " + employment + ", " + fte + ", "
                        + firstEnd + " + 1, NULL FROM generate_series(0, 9999) i "
                        + "WHERE i % 5 = 0 AND i % 50 <> 0 AND " + firstEnd + " < " + end,
                "INSERT INTO leaving (id, worker_id, leaving_date, reason_code, exit_interview_held) "
                        + "SELECT md5('bench-l-' || i)::uuid, md5('bench-w-' || i)::uuid, " + firstEnd + ", 'pay', i % 100 = 0 "
                        + "FROM generate_series(0, 9999) i WHERE i % 50 = 0 AND " + firstEnd + " < " + end,
                "INSERT INTO post (id, team_id, role_code, fte, start_date) "
                        + "SELECT md5('bench-p-' || t || '-' || k)::uuid, md5('bench-t-' || t)::uuid, "
                        + "CASE WHEN k < 12 THEN 'social-worker' ELSE 'senior-practitioner' END, 1.0, DATE '2019-01-01' "
                        + "FROM generate_series(0, 99) t CROSS JOIN generate_series(0, 13) k",
                "INSERT INTO agency_assignment (assignment_id, agency_name, job_type, charge_basis, charge_rate, "
                        + "pqe_years_at_start, notice_period_days, covers_post_id) "
                        + "SELECT a.id, 'Agency ' || (abs(hashtext(a.id::text)) % 5), 'social-worker', "
                        + "CASE WHEN abs(hashtext(a.id::text)) % 4 = 0 THEN 'daily' ELSE 'hourly' END, "
                        + "CASE WHEN abs(hashtext(a.id::text)) % 4 = 0 THEN 320 ELSE 36 + abs(hashtext(a.id::text)) % 10 END, "
                        + "abs(hashtext(a.id::text)) % 6, abs(hashtext(a.id::text)) % 40, "
                        + "CASE WHEN abs(hashtext(a.id::text)) % 2 = 0 THEN md5('bench-p-' || "
                        + "(abs(hashtext(a.team_id::text)) % 100) || '-' || (abs(hashtext(a.id::text)) % 12))::uuid END "
                        + "FROM assignment a WHERE a.employment_type = 'agency'",
                "INSERT INTO agency_timesheet (id, assignment_id, week_ending, units, rate) "
                        + "SELECT gen_random_uuid(), aa.assignment_id, d::date, "
                        + "CASE WHEN aa.charge_basis = 'daily' THEN 5 ELSE 37.5 END, aa.charge_rate "
                        + "FROM agency_assignment aa JOIN assignment a ON a.id = aa.assignment_id "
                        + "CROSS JOIN LATERAL generate_series(a.start_date + 6, least(coalesce(a.end_date, " + end + "), "
                        + end + "), interval '7 days') d",
                "INSERT INTO caseload_snapshot (worker_id, snapshot_date, cases, child_in_need, child_protection) "
                        + "SELECT a.worker_id, d::date, c.cases, c.cases / 2, c.cases - c.cases / 2 "
                        + "FROM assignment a CROSS JOIN LATERAL generate_series(greatest(a.start_date, " + end
                        + " - 1826), least(coalesce(a.end_date, " + end + "), " + end + "), interval '7 days') d "
                        + "CROSS JOIN LATERAL (SELECT abs(hashtext(a.worker_id::text || d::text)) % 24 AS cases) c "
                        + "WHERE a.role_code IN ('social-worker', 'senior-practitioner')",
                "INSERT INTO supervision_session (id, supervisee_worker_id, session_date, duration_minutes, session_type) "
                        + "SELECT gen_random_uuid(), a.worker_id, d::date, "
                        + "60 + abs(hashtext(a.worker_id::text || d::text)) % 60, 'one-to-one' "
                        + "FROM assignment a CROSS JOIN LATERAL generate_series(greatest(a.start_date, " + end
                        + " - 1826) + (abs(hashtext(a.id::text)) % 20), least(coalesce(a.end_date, " + end + "), " + end
                        + "), interval '30 days') d",
                "INSERT INTO appraisal (id, worker_id, completed_on) SELECT gen_random_uuid(), a.worker_id, d::date "
                        + "FROM assignment a CROSS JOIN LATERAL generate_series(a.start_date + 180 "
                        + "+ (abs(hashtext(a.id::text)) % 200), least(coalesce(a.end_date, " + end + "), " + end
                        + "), interval '1 year') d WHERE a.employment_type <> 'agency'",
                "INSERT INTO absence (id, worker_id, absence_type, first_day, last_day, working_days_lost) "
                        + "SELECT md5('bench-ab-' || a.id || d)::uuid, a.worker_id, "
                        + "CASE WHEN abs(hashtext(a.id::text || d::text)) % 5 = 0 THEN 'other' ELSE 'sickness' END, "
                        + "d::date, d::date + (abs(hashtext(a.id::text || d::text)) % 10), "
                        + "least(5, 1 + abs(hashtext(a.id::text || d::text)) % 10) "
                        + "FROM assignment a CROSS JOIN LATERAL generate_series(a.start_date + (abs(hashtext(a.id::text)) % 300), "
                        + "least(coalesce(a.end_date, " + end + "), " + end + "), interval '400 days') d",
                "INSERT INTO absence_sickness_reason (absence_id, reason_code) SELECT id, 'infections' FROM absence "
                        + "WHERE absence_type = 'sickness'",
                "INSERT INTO unallocated_cases (team_id, snapshot_date, cases) SELECT md5('bench-t-' || t)::uuid, d::date, "
                        + "abs(hashtext(t::text || d::text)) % 8 FROM generate_series(0, 99) t "
                        + "CROSS JOIN generate_series(" + end + " - 1826, " + end + ", interval '7 days') d",
                "ANALYZE");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
        assertEquals(10000L, Long.parseLong(counts().split(" ")[0].split("=")[1]));
    }
}

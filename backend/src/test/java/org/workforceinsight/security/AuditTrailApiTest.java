package org.workforceinsight.security;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.workforceinsight.testsupport.Api;
import org.workforceinsight.testsupport.SmallCouncil;
import org.workforceinsight.testsupport.TestData;

/**
 * Every read or change of person-level data leaves an audit record naming the caller, the operation and the
 * workers; the trail is append-only in the database, holds no health detail, and HR leads and the data
 * protection officer can query it. Each test signs in under a user name of its own, so that it finds its
 * own records whatever other tests wrote.
 */
@QuarkusTest
class AuditTrailApiTest {

    static SmallCouncil c;
    static UUID adamsSickness;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void seed() {
        if (c == null) {
            TestData data = TestData.using(dataSource).reset();
            c = SmallCouncil.create(data);
            adamsSickness = data.absence(c.adams, "sickness", LocalDate.of(2025, 2, 3), LocalDate.of(2025, 2, 7), "5",
                    "stress-depression-anxiety");
            data.supervision(c.adams, c.alphaManager, LocalDate.of(2025, 3, 1), 90, "one-to-one");
            data.appraisal(c.brown, LocalDate.of(2025, 1, 15), null);
            data.leaving(c.jones, LocalDate.of(2025, 3, 1), "pay", true);
            UUID agent = data.worker("Zac", "Agent").create();
            UUID agency = data.assignment(agent, c.gamma, "social-worker", "agency", "1.00", LocalDate.of(2024, 6, 1),
                    null);
            data.agencyTerms(agency, "Acme Social Care", "social-worker", "hourly", "45.00", "4.0", 28, null, null);
        }
    }

    /** One audit_record row as the database holds it. */
    record Row(long id, String principal, String operationId, String action, String recordType, String recordId,
               List<UUID> workerIds, List<UUID> nodeIds, List<String> changedFields, String text) {
    }

    private List<Row> rowsOf(String principal) {
        List<Row> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT a.*, a::text AS whole FROM audit_record a "
                     + "WHERE principal = ? ORDER BY id")) {
            select.setString(1, principal);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong("id"), rs.getString("principal"), rs.getString("operation_id"),
                            rs.getString("action"), rs.getString("record_type"), rs.getString("record_id"),
                            uuids(rs.getArray("worker_ids")), uuids(rs.getArray("node_ids")),
                            Arrays.asList((String[]) rs.getArray("changed_fields").getArray()), rs.getString("whole")));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(o -> (UUID) o).toList();
    }

    private Row onlyRowOf(String principal) {
        List<Row> rows = rowsOf(principal);
        assertEquals(1, rows.size(), "audit records of " + principal + ": " + rows);
        return rows.get(0);
    }

    private static Set<UUID> ids(Response response, String path) {
        Set<UUID> ids = new HashSet<>();
        for (Object id : response.jsonPath().getList(path)) {
            ids.add(UUID.fromString(id.toString()));
        }
        return ids;
    }

    // --- reads ----------------------------------------------------------------------------------------------

    @Test
    @TestSecurity(user = "audit.lead.workers", roles = "workforce-lead")
    void listingWorkersRecordsTheWorkersShownAndTheTeamAskedFor() {
        Response response = Api.given().queryParam("teamId", c.alpha.toString()).queryParam("activeOn", "2025-03-12")
                .get("/api/v1/workers");
        response.then().statusCode(200);
        Set<UUID> shown = ids(response, "items.id");
        assertEquals(5, shown.size());

        Row row = onlyRowOf("audit.lead.workers");
        assertEquals("listWorkers", row.operationId());
        assertEquals("read", row.action());
        assertEquals(shown, new HashSet<>(row.workerIds()));
        assertEquals(List.of(c.alpha), row.nodeIds());
        assertEquals(List.of(), row.changedFields());
    }

    @Test
    @TestSecurity(user = "audit.lead.worker", roles = "workforce-lead")
    void readingOneWorkerRecordsThatWorker() {
        Api.given().get("/api/v1/workers/" + c.adams).then().statusCode(200);

        Row row = onlyRowOf("audit.lead.worker");
        assertEquals("getWorker", row.operationId());
        assertEquals(List.of(c.adams), row.workerIds());
    }

    @Test
    @TestSecurity(user = SmallCouncil.TEAM_MANAGER_BETA, roles = "team-manager")
    void aRefusedReadReadsNothingButLeavesARefusedRecordNamingWhatWasAskedFor() {
        int before = rowsOf(SmallCouncil.TEAM_MANAGER_BETA).size();
        Api.given().get("/api/v1/workers/" + c.adams).then().statusCode(403);
        List<Row> rows = rowsOf(SmallCouncil.TEAM_MANAGER_BETA);
        assertEquals(before + 1, rows.size(), "one record: the refusal, and no read");
        Row refused = rows.get(rows.size() - 1);
        assertEquals("getWorker", refused.operationId());
        assertEquals("refused", refused.action());
        assertEquals(List.of(c.adams), refused.workerIds());

        // a list filtered by another team's node, and a file of one of its workers
        Api.given().queryParam("nodeId", c.alpha.toString()).get("/api/v1/absences").then().statusCode(403);
        Api.given().queryParam("workerId", c.adams.toString()).queryParam("format", "csv")
                .get("/api/v1/exports/absences").then().statusCode(403);
        rows = rowsOf(SmallCouncil.TEAM_MANAGER_BETA);
        assertEquals(before + 3, rows.size(), rows.toString());
        assertEquals("listAbsences", rows.get(rows.size() - 2).operationId());
        assertEquals(List.of(c.alpha), rows.get(rows.size() - 2).nodeIds());
        assertEquals("exportAbsences", rows.get(rows.size() - 1).operationId());
        assertEquals("refused", rows.get(rows.size() - 1).action());
        assertEquals(List.of(c.adams), rows.get(rows.size() - 1).workerIds());

        // an id that exists nowhere is 404, not an attempt on anyone's record
        Api.given().get("/api/v1/workers/" + UUID.randomUUID()).then().statusCode(404);
        assertEquals(before + 3, rowsOf(SmallCouncil.TEAM_MANAGER_BETA).size());
    }

    @Test
    @TestSecurity(user = SmallCouncil.TEAM_MANAGER_BETA, roles = "team-manager")
    void aRefusedRecordNamesTheRecordAskedForAndWhoseItIs() {
        UUID session = sessionOfAdams();
        int before = rowsOf(SmallCouncil.TEAM_MANAGER_BETA).size();
        Api.given().get("/api/v1/supervision-sessions/" + session).then().statusCode(403);
        List<Row> rows = rowsOf(SmallCouncil.TEAM_MANAGER_BETA);
        assertEquals(before + 1, rows.size());
        Row refused = rows.get(rows.size() - 1);
        assertEquals("getSupervisionSession", refused.operationId());
        assertEquals("refused", refused.action());
        assertEquals("supervision-session", refused.recordType());
        assertEquals(session.toString(), refused.recordId());
        // whose record it is, so that the attempt is found by person
        assertEquals(List.of(c.adams), refused.workerIds());
    }

    @Test
    @TestSecurity(user = "audit.viewer.refused", roles = "viewer")
    void aRoleRefusalOnAPersonLevelOperationIsRecordedButOneOnAnAggregateNamingNobodyIsNot() {
        Api.given().get("/api/v1/workers").then().statusCode(403);
        Row refused = onlyRowOf("audit.viewer.refused");
        assertEquals("listWorkers", refused.operationId());
        assertEquals("refused", refused.action());
        assertEquals(List.of(), refused.workerIds());
        // setting a target names no person and no team
        Api.given().contentType("application/json").body("{}").put("/api/v1/measure-targets/agencyRate").then()
                .statusCode(403);
        assertEquals(1, rowsOf("audit.viewer.refused").size());
    }

    private UUID sessionOfAdams() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT id FROM supervision_session WHERE supervisee_worker_id = ? LIMIT 1")) {
            select.setObject(1, c.adams);
            try (ResultSet rs = select.executeQuery()) {
                assertTrue(rs.next(), "Ava Adams has a supervision session");
                return rs.getObject(1, UUID.class);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @TestSecurity(user = "audit.lead.lists", roles = "workforce-lead")
    void everyPersonLevelListRecordsTheWorkersItShows() {
        String node = c.council.toString();
        Map<String, List<Object>> calls = Map.of(
                "listWorkerCaseloads", List.of("/api/v1/organisation-nodes/" + node + "/worker-caseloads?asAt=2025-03-12",
                        "items.worker.id"),
                "listSupervisionSessions", List.of("/api/v1/supervision-sessions?from=2025-01-01&to=2025-03-12",
                        "items.supervisee.id"),
                "listAppraisals", List.of("/api/v1/appraisals?from=2025-01-01&to=2025-03-12", "items.worker.id"),
                "listAbsences", List.of("/api/v1/absences?from=2025-01-01&to=2025-03-12", "items.worker.id"),
                "listAgencyAssignments", List.of("/api/v1/agency-assignments?activeOn=2025-03-12", "items.worker.id"),
                "listLeavers", List.of("/api/v1/leavers?from=2025-01-01&to=2025-03-12", "items.worker.id"),
                "getMeasureExplanation", List.of("/api/v1/organisation-nodes/" + node
                        + "/measures/percentOverThreshold/explanation?asAt=2025-03-12", "items.worker.id"));
        for (Map.Entry<String, List<Object>> call : calls.entrySet()) {
            int before = rowsOf("audit.lead.lists").size();
            Response response = Api.given().get((String) call.getValue().get(0));
            response.then().statusCode(200);
            Set<UUID> shown = ids(response, (String) call.getValue().get(1));
            assertFalse(shown.isEmpty(), call.getKey() + " shows someone");

            List<Row> rows = rowsOf("audit.lead.lists");
            assertEquals(before + 1, rows.size(), call.getKey());
            Row row = rows.get(rows.size() - 1);
            assertEquals(call.getKey(), row.operationId());
            assertEquals("read", row.action());
            assertEquals(shown, new HashSet<>(row.workerIds()), call.getKey());
        }
    }

    @Test
    @TestSecurity(user = "audit.lead.sessions", roles = "workforce-lead")
    void readingOneSupervisionSessionOrAppraisalRecordsItsWorker() {
        String session = Api.given().queryParam("workerId", c.adams.toString()).queryParam("from", "2025-01-01")
                .queryParam("to", "2025-03-12").get("/api/v1/supervision-sessions").then().statusCode(200)
                .extract().path("items[0].id");
        String appraisal = Api.given().queryParam("workerId", c.brown.toString()).queryParam("from", "2025-01-01")
                .queryParam("to", "2025-03-12").get("/api/v1/appraisals").then().statusCode(200)
                .extract().path("items[0].id");
        Api.given().get("/api/v1/supervision-sessions/" + session).then().statusCode(200);
        Api.given().get("/api/v1/appraisals/" + appraisal).then().statusCode(200);

        List<Row> rows = rowsOf("audit.lead.sessions");
        assertEquals(List.of("listSupervisionSessions", "listAppraisals", "getSupervisionSession", "getAppraisal"),
                rows.stream().map(Row::operationId).toList());
        assertEquals(List.of(c.adams), rows.get(2).workerIds());
        assertEquals(List.of(c.brown), rows.get(3).workerIds());
    }

    // --- changes --------------------------------------------------------------------------------------------

    @Test
    @TestSecurity(user = SmallCouncil.TEAM_MANAGER_ALPHA, roles = "team-manager")
    void recordingASupervisionSessionRecordsTheFieldNamesWritten() {
        String created = Api.given().contentType("application/json")
                .body("{\"superviseeId\":\"" + c.clarke + "\",\"sessionDate\":\"2025-03-10\",\"durationMinutes\":60,"
                        + "\"sessionType\":\"one-to-one\"}")
                .post("/api/v1/supervision-sessions").then().statusCode(201).extract().path("id");

        List<Row> rows = rowsOf(SmallCouncil.TEAM_MANAGER_ALPHA);
        Row row = rows.get(rows.size() - 1);
        assertEquals("createSupervisionSession", row.operationId());
        assertEquals("create", row.action());
        assertEquals("supervision-session", row.recordType());
        assertEquals(created, row.recordId());
        assertEquals(List.of(c.clarke), row.workerIds());
        assertEquals(List.of("durationMinutes", "sessionDate", "sessionType", "superviseeId"), row.changedFields());
    }

    @Test
    @TestSecurity(user = SmallCouncil.TEAM_MANAGER_ALPHA, roles = "team-manager")
    void recordingAnAppraisalRecordsTheFieldNamesWritten() {
        String created = Api.given().contentType("application/json")
                .body("{\"workerId\":\"" + c.adams + "\",\"completedOn\":\"2025-03-03\",\"reviewerId\":\""
                        + c.alphaManager + "\"}")
                .post("/api/v1/appraisals").then().statusCode(201).extract().path("id");

        List<Row> rows = rowsOf(SmallCouncil.TEAM_MANAGER_ALPHA);
        Row row = rows.get(rows.size() - 1);
        assertEquals("createAppraisal", row.operationId());
        assertEquals(created, row.recordId());
        assertEquals(List.of(c.adams), row.workerIds());
        assertEquals(List.of("completedOn", "reviewerId", "workerId"), row.changedFields());
    }

    // --- no health detail -----------------------------------------------------------------------------------

    @Test
    @TestSecurity(user = "audit.lead.health", roles = "workforce-lead")
    void readingAbsencesWithTheirSicknessReasonLeavesNoReasonInTheTrailOrTheLog() {
        List<String> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record.getLoggerName() + " " + record.getMessage() + " "
                        + Arrays.toString(record.getParameters()) + " " + record.getThrown());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            Api.given().queryParam("workerId", c.adams.toString()).queryParam("from", "2025-02-01")
                    .queryParam("to", "2025-02-28").get("/api/v1/absences").then().statusCode(200)
                    .body("items.sicknessReason", contains("stress-depression-anxiety"));
            // and as files: the reason is in them (a lead reads it), never in the log or the trail
            for (String format : List.of("csv", "xlsx")) {
                ExportedFile file = ExportedFile.read(format, Api.given().queryParam("workerId", c.adams.toString())
                        .queryParam("from", "2025-02-01").queryParam("to", "2025-02-28").queryParam("format", format)
                        .get("/api/v1/exports/absences").then().statusCode(200).extract().asByteArray());
                assertTrue(file.mentions("stress-depression-anxiety"), format);
            }
            // the capture sees what the application logs (else the check below could not fail)
            org.jboss.logging.Logger.getLogger(AuditTrail.class).info("capture check");
        } finally {
            root.removeHandler(capture);
        }
        assertTrue(logged.stream().anyMatch(line -> line.contains("capture check")), logged.toString());

        List<Row> rows = rowsOf("audit.lead.health");
        assertEquals(List.of("listAbsences", "exportAbsences", "exportAbsences"),
                rows.stream().map(Row::operationId).toList());
        assertEquals(List.of("read", "export", "export"), rows.stream().map(Row::action).toList());
        for (Row row : rows) {
            assertEquals(List.of(c.adams), row.workerIds());
            assertFalse(row.text().contains("stress"), row.text());
            assertFalse(row.text().contains(adamsSickness.toString()), "not even the absence's id: " + row.text());
        }
        assertTrue(logged.stream().noneMatch(line -> line.contains("stress-depression-anxiety")), logged.toString());
    }

    @Test
    void aValueCannotBeSmuggledInAsAFieldName() {
        AuditEntry entry = new AuditEntry(AuditActor.system("test"), "updateAbsence", AuditAction.UPDATE, "absence",
                "x", List.of(), List.of(), List.of("sicknessReason: stress-depression-anxiety"));
        assertThrows(IllegalArgumentException.class, () -> auditTrail.record(entry));
    }

    @Inject
    AuditTrail auditTrail;

    // --- append-only ----------------------------------------------------------------------------------------

    private void seedOneRecord() {
        auditTrail.record(new AuditEntry(AuditActor.system("append-only-test"), "appendOnlyTest", AuditAction.READ,
                null, null, List.of(c.adams), List.of(), List.of()));
    }

    private SQLException refused(String sql) {
        return assertThrows(SQLException.class, () -> {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }, sql);
    }

    @Test
    void theApplicationCannotUpdateDeleteOrTruncateAuditRecords() {
        seedOneRecord();
        long count = TestData.using(dataSource).count("audit_record");

        assertTrue(refused("UPDATE audit_record SET principal = 'someone else'").getMessage().contains("append-only"));
        assertTrue(refused("DELETE FROM audit_record").getMessage().contains("append-only"));
        assertTrue(refused("TRUNCATE audit_record").getMessage().contains("append-only"));
        // the purge's own setting does not open the door to recent records
        assertTrue(refused("SELECT set_config('workforce.audit_purge_before', '2999-01-01', true); "
                + "DELETE FROM audit_record").getMessage().contains("append-only"));

        assertEquals(count, TestData.using(dataSource).count("audit_record"));
    }

    @Test
    void thePurgeFunctionRemovesNothingYoungerThanAYear() throws SQLException {
        seedOneRecord();
        long count = TestData.using(dataSource).count("audit_record");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT purge_audit_records(now() + interval '1 day')")) {
            rs.next();
            assertEquals(0, rs.getLong(1));
        }
        assertEquals(count, TestData.using(dataSource).count("audit_record"));
    }

    /** The migration's block for a separate application role, with the role's name put in as Flyway would. */
    private static String applicationRoleBlock(String role) throws java.io.IOException {
        String resource = "/db/migration/V6__audit_trail_and_retention.sql";
        try (var in = AuditTrailApiTest.class.getResourceAsStream(resource)) {
            String migration = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            int start = migration.indexOf("DO $$");
            int end = migration.indexOf("$$;", migration.indexOf("END IF;", start)) + 3;
            return migration.substring(start, end).replace("${application_role}", role);
        }
    }

    @Test
    void withASeparateApplicationRoleTheMigrationTakesAwayUpdateDeleteAndTruncate() throws Exception {
        seedOneRecord();
        String role = "wi_audit_test_app";
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE ROLE " + role + " NOLOGIN");
            try {
                // as default privileges would have granted on every new table
                statement.execute("GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON audit_record TO " + role);
                statement.execute(applicationRoleBlock(role));

                try (ResultSet rs = statement.executeQuery("SELECT has_table_privilege('" + role + "', 'audit_record', "
                        + "'SELECT'), has_table_privilege('" + role + "', 'audit_record', 'INSERT'), "
                        + "has_table_privilege('" + role + "', 'audit_record', 'UPDATE'), "
                        + "has_table_privilege('" + role + "', 'audit_record', 'DELETE'), "
                        + "has_table_privilege('" + role + "', 'audit_record', 'TRUNCATE'), "
                        + "has_function_privilege('" + role + "', 'purge_audit_records(timestamptz)', 'EXECUTE')")) {
                    rs.next();
                    assertEquals(List.of(true, true, false, false, false, true), List.of(rs.getBoolean(1),
                            rs.getBoolean(2), rs.getBoolean(3), rs.getBoolean(4), rs.getBoolean(5), rs.getBoolean(6)));
                }
                // even with the trigger gone, the role could not delete; the sanctioned purge still runs for it
                statement.execute("BEGIN");
                statement.execute("SET LOCAL ROLE " + role);
                SQLException denied = assertThrows(SQLException.class,
                        () -> statement.execute("DELETE FROM audit_record"));
                assertTrue(denied.getMessage().contains("permission denied"), denied.getMessage());
                statement.execute("ROLLBACK");
                statement.execute("BEGIN");
                statement.execute("SET LOCAL ROLE " + role);
                try (ResultSet rs = statement.executeQuery("SELECT purge_audit_records(now())")) {
                    rs.next();
                    assertEquals(0, rs.getLong(1));
                }
                statement.execute("ROLLBACK");
            } finally {
                statement.execute("GRANT EXECUTE ON FUNCTION purge_audit_records(timestamptz) TO PUBLIC");
                statement.execute("DROP OWNED BY " + role);
                statement.execute("DROP ROLE " + role);
            }
        }
    }

    // --- files ----------------------------------------------------------------------------------------------

    @Test
    @TestSecurity(user = "audit.lead.files", roles = "workforce-lead")
    void filesRecordThePeopleInThemAsExportsAndTheDfeWorkerListAsARead() {
        Response workers = Api.given().queryParam("teamId", c.alpha.toString()).queryParam("activeOn", "2025-03-12")
                .get("/api/v1/workers");
        Set<UUID> alphaTeam = ids(workers, "items.id");
        Api.given().queryParam("teamId", c.alpha.toString()).queryParam("activeOn", "2025-03-12")
                .queryParam("format", "xlsx").get("/api/v1/exports/workers").then().statusCode(200);
        Api.given().queryParam("nodeId", c.alpha.toString()).queryParam("measureId", "sicknessDaysPerFte")
                .queryParam("asAt", "2025-03-12").queryParam("periodStart", "2025-01-01").queryParam("format", "csv")
                .get("/api/v1/exports/measure-explanation").then().statusCode(200);
        Response dfe = Api.given().queryParam("censusYear", 2025).get("/api/v1/reports/dfe-return/workers");
        dfe.then().statusCode(200);
        Set<UUID> counted = ids(dfe, "items.worker.id");
        assertFalse(counted.isEmpty());
        Api.given().queryParam("censusYear", 2025).queryParam("format", "csv")
                .get("/api/v1/exports/dfe-return-workers").then().statusCode(200);

        List<Row> rows = rowsOf("audit.lead.files");
        assertEquals(List.of("listWorkers", "exportWorkers", "exportMeasureExplanation", "listDfeReturnWorkers",
                "exportDfeReturnWorkers"), rows.stream().map(Row::operationId).toList());
        assertEquals(List.of("read", "export", "export", "read", "export"), rows.stream().map(Row::action).toList());
        assertEquals(alphaTeam, new HashSet<>(rows.get(1).workerIds()));
        assertEquals(List.of(c.alpha), rows.get(1).nodeIds());
        assertTrue(rows.get(2).workerIds().contains(c.adams), "Ava Adams was off sick: " + rows.get(2));
        assertEquals(List.of(c.alpha), rows.get(2).nodeIds());
        assertEquals(counted, new HashSet<>(rows.get(3).workerIds()));
        assertEquals(List.of(c.council), rows.get(3).nodeIds());
        assertEquals(counted, new HashSet<>(rows.get(4).workerIds()), "the file holds the page's workers");
    }

    @Test
    @TestSecurity(user = "audit.dpo.who", roles = "data-protection-officer")
    void theTrailAnswersWhoLookedAtAPersonOnScreenInAFileOrTriedToByPersonUserNodeActionAndDay() {
        UUID person = UUID.randomUUID();
        UUID team = UUID.randomUUID();
        AuditActor reader = new AuditActor("who.reader", "sub-r", "workforce-insight-web", "api");
        AuditActor downloader = new AuditActor("who.downloader", "sub-d", "workforce-insight-integration", "api");
        AuditActor outsider = new AuditActor("who.outsider", "sub-o", "workforce-insight-web", "api");
        auditTrail.record(new AuditEntry(reader, "getWorker", AuditAction.READ, null, null, List.of(person),
                List.of(), List.of()));
        auditTrail.record(new AuditEntry(downloader, "exportAbsences", AuditAction.EXPORT, null, null,
                List.of(person, c.brown), List.of(team), List.of()));
        auditTrail.record(new AuditEntry(outsider, "listAbsences", AuditAction.REFUSED, null, null, List.of(person),
                List.of(team), List.of()));
        auditTrail.record(new AuditEntry(outsider, "getWorker", AuditAction.REFUSED, null, null, List.of(c.brown),
                List.of(), List.of()));
        String today = LocalDate.now(ZoneOffset.UTC).toString();

        // by person: everyone who read, downloaded or tried, newest first, with the client they used
        Api.given().queryParam("workerId", person.toString()).get("/api/v1/audit-records").then().statusCode(200)
                .body("totalItems", equalTo(3))
                .body("items.principal", contains("who.outsider", "who.downloader", "who.reader"))
                .body("items.action", contains("refused", "export", "read"))
                .body("items.clientId", contains("workforce-insight-web", "workforce-insight-integration",
                        "workforce-insight-web"));
        // by person and action
        Api.given().queryParam("workerId", person.toString()).queryParam("action", "export")
                .get("/api/v1/audit-records").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].operationId", equalTo("exportAbsences"));
        // by team
        Api.given().queryParam("nodeId", team.toString()).get("/api/v1/audit-records").then().statusCode(200)
                .body("totalItems", equalTo(2)).body("items.principal", contains("who.outsider", "who.downloader"));
        // by user, action and day
        Api.given().queryParam("user", "who.outsider").queryParam("action", "refused").queryParam("from", today)
                .queryParam("to", today).get("/api/v1/audit-records").then().statusCode(200)
                .body("totalItems", equalTo(2));
        Api.given().queryParam("action", "peeked").get("/api/v1/audit-records").then().statusCode(400);

        List<Row> own = rowsOf("audit.dpo.who");
        assertEquals(4, own.size(), "each query is itself recorded");
        assertEquals(List.of(person), own.get(0).workerIds());
        assertEquals(List.of(team), own.get(2).nodeIds());
    }

    // --- querying the trail ---------------------------------------------------------------------------------

    @Test
    @TestSecurity(user = "audit.dpo", roles = "data-protection-officer")
    void theDataProtectionOfficerQueriesByPersonUserAndDateAndTheQueryIsItselfAudited() {
        String user = "audit.query.subject";
        List<UUID> people = List.of(c.adams, c.brown, c.clarke);
        for (UUID person : people) {
            auditTrail.record(new AuditEntry(new AuditActor(user, "sub-1", "workforce-insight-web", "api"),
                    "getWorker", AuditAction.READ, null, null, List.of(person), List.of(), List.of()));
        }
        String today = LocalDate.now(ZoneOffset.UTC).toString();

        Api.given().queryParam("user", user).get("/api/v1/audit-records").then().statusCode(200)
                .body("totalItems", equalTo(3))
                .body("items.principal", everyItem(equalTo(user)))
                .body("items[0].workerIds", contains(c.clarke.toString()))
                .body("items[0].clientId", equalTo("workforce-insight-web"))
                .body("items[0].subject", equalTo("sub-1"))
                .body("items[0].operationId", equalTo("getWorker"))
                .body("items[0].action", equalTo("read"))
                .body("items[0].channel", equalTo("api"));

        Api.given().queryParam("user", user).queryParam("workerId", c.brown.toString()).get("/api/v1/audit-records")
                .then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].workerIds", contains(c.brown.toString()));

        Api.given().queryParam("workerId", c.brown.toString()).get("/api/v1/audit-records").then().statusCode(200)
                .body("items.workerIds", everyItem(hasItem(c.brown.toString())));

        Api.given().queryParam("user", user).queryParam("from", today).queryParam("to", today)
                .get("/api/v1/audit-records").then().statusCode(200).body("totalItems", equalTo(3));
        Api.given().queryParam("user", user).queryParam("from", LocalDate.now(ZoneOffset.UTC).plusDays(1).toString())
                .get("/api/v1/audit-records").then().statusCode(200).body("totalItems", equalTo(0));
        Api.given().queryParam("user", user).queryParam("to", LocalDate.now(ZoneOffset.UTC).minusDays(1).toString())
                .get("/api/v1/audit-records").then().statusCode(200).body("totalItems", equalTo(0));

        Api.given().queryParam("user", user).queryParam("page", 1).queryParam("size", 2).get("/api/v1/audit-records")
                .then().statusCode(200)
                .body("totalItems", equalTo(3))
                .body("page", equalTo(1))
                .body("size", equalTo(2))
                .body("items.workerIds.flatten()", contains(c.adams.toString()));

        List<Row> own = rowsOf("audit.dpo");
        assertEquals(7, own.size());
        assertTrue(own.stream().allMatch(r -> r.operationId().equals("listAuditRecords")));
        assertEquals(List.of(c.brown), own.get(1).workerIds());
    }

    @Test
    @TestSecurity(user = "audit.lead.query", roles = "workforce-lead")
    void aWorkforceLeadMayQueryTheTrailAndABackwardRangeIsRefused() {
        Api.given().queryParam("user", "nobody.at.all").get("/api/v1/audit-records").then().statusCode(200)
                .body("totalItems", equalTo(0));
        Api.given().queryParam("from", "2025-03-12").queryParam("to", "2025-03-01").get("/api/v1/audit-records")
                .then().statusCode(400)
                .body("violations.field", contains("to"));
        Api.given().queryParam("size", 201).get("/api/v1/audit-records").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = SmallCouncil.TEAM_MANAGER_ALPHA, roles = "team-manager")
    void aTeamManagerMayNotQueryTheTrail() {
        Api.given().get("/api/v1/audit-records").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "audit.viewer", roles = "viewer")
    void aViewerMayNotQueryTheTrail() {
        Api.given().get("/api/v1/audit-records").then().statusCode(403);
    }
}

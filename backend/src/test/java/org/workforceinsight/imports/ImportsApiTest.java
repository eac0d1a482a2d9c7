package org.workforceinsight.imports;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.workforceinsight.testsupport.Api;
import org.workforceinsight.testsupport.AuditRows;
import org.workforceinsight.testsupport.TestData;

/**
 * Bulk import over real HTTP into the real database. Each test starts from a council with one team
 * (external code T-ALPHA) and no workers; workers come in through the workers import itself.
 */
@QuarkusTest
@TestSecurity(user = "lead.user", roles = "workforce-lead")
class ImportsApiTest {

    static final String WORKERS = "externalId,givenName,familyName,sweRegistrationNumber,asyeStartDate\n"
            + "W1,Ava,Adams,SW1,\n"
            + "W2,Ben,Brown,,2025-09-01\n"
            + "W3,Cara,Clarke,SW3,\n";

    @Inject
    DataSource dataSource;

    @Inject
    ImportService importService;

    UUID team;

    @BeforeEach
    void council() {
        TestData data = TestData.using(dataSource).reset();
        sql("TRUNCATE record_change");
        UUID council = data.council("Importshire");
        UUID service = data.service(council, "Children's Services");
        team = data.team(service, "Alpha Team");
        sql("UPDATE org_node SET external_code = 'T-ALPHA' WHERE id = '" + team + "'");
    }

    static ValidatableResponse post(String dataSet, String csv, Object... query) {
        var request = Api.given().contentType("text/csv; charset=UTF-8").queryParam("dataSet", dataSet);
        for (int i = 0; i < query.length; i += 2) {
            request.queryParam((String) query[i], query[i + 1]);
        }
        return request.body(csv.getBytes(StandardCharsets.UTF_8)).post("/api/v1/imports").then();
    }

    // --- success, idempotency, history ---------------------------------------------------------

    @Test
    void aFileImportedTwiceChangesNothingTheSecondTime() {
        String first = post("workers", WORKERS, "fileName", "hr-workers.csv").statusCode(200)
                .body("outcome", equalTo("accepted"))
                .body("created", equalTo(3)).body("updated", equalTo(0)).body("unchanged", equalTo(0))
                .body("rejected", equalTo(0)).body("rowsRead", equalTo(3)).body("dryRun", equalTo(false))
                .body("mode", equalTo("all-or-nothing")).body("importedBy", equalTo("lead.user"))
                .body("fileName", equalTo("hr-workers.csv"))
                .extract().path("id");
        assertEquals(3, count("SELECT count(*) FROM worker"));
        assertEquals(3, count("SELECT count(*) FROM record_change WHERE import_id = '" + first
                + "' AND channel = 'import' AND change_type = 'created' AND record_type = 'worker'"));
        assertEquals("Ava", string("SELECT given_name FROM worker WHERE external_id = 'W1'"));
        assertEquals(LocalDate.of(2025, 9, 1), date("SELECT asye_start_date FROM worker WHERE external_id = 'W2'"));

        String second = post("workers", WORKERS).statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(3))
                .extract().path("id");
        assertEquals(0, count("SELECT count(*) FROM record_change WHERE import_id = '" + second + "'"));
        assertEquals(1, count("SELECT max(version) FROM worker"));
    }

    @Test
    void aCorrectedFileUpdatesOnlyTheRowsThatChangedAndBumpsTheirVersion() {
        post("workers", WORKERS).statusCode(200);
        String corrected = WORKERS.replace("W2,Ben,Brown,,2025-09-01", "W2,Ben,Browne,,2025-09-01");
        String id = post("workers", corrected).statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(1)).body("unchanged", equalTo(2))
                .extract().path("id");
        assertEquals("Browne", string("SELECT family_name FROM worker WHERE external_id = 'W2'"));
        assertEquals(2, count("SELECT version FROM worker WHERE external_id = 'W2'"));
        assertEquals(1, count("SELECT version FROM worker WHERE external_id = 'W1'"));
        assertEquals(1, count("SELECT count(*) FROM record_change WHERE import_id = '" + id
                + "' AND change_type = 'updated' AND version = 2 AND before->>'familyName' = 'Brown' "
                + "AND after->>'familyName' = 'Browne'"));
    }

    @Test
    @TestSecurity(user = "import.audit.lead", roles = "workforce-lead")
    void anImportAuditsTheWorkersItCreatesAndChangesByIdAndFieldNameOnly() {
        String created = post("workers", WORKERS).statusCode(200).extract().path("id");
        AuditRows.Row row = lastAudit("import.audit.lead");
        assertEquals("importFile", row.operationId());
        assertEquals("import", row.action());
        assertEquals("worker", row.recordType());
        assertEquals(created, row.recordId());
        assertEquals(java.util.Set.of(workerId("W1"), workerId("W2"), workerId("W3")), java.util.Set.copyOf(row.workerIds()));
        assertEquals(List.of("asyeStartDate", "externalId", "familyName", "givenName", "sweRegistrationNumber"),
                row.changedFields());
        assertEquals("import", string("SELECT channel FROM audit_record WHERE principal = 'import.audit.lead' "
                + "ORDER BY id DESC LIMIT 1"));

        post("workers", WORKERS.replace("W2,Ben,Brown,", "W2,Ben,Browne,")).statusCode(200);
        row = lastAudit("import.audit.lead");
        assertEquals(List.of(workerId("W2")), row.workerIds());
        assertEquals(List.of("familyName"), row.changedFields());

        post("absences", "externalId,workerExternalId,absenceType,firstDay,lastDay,workingDaysLost,sicknessReason\n"
                + "AB-1,W1,sickness,2025-03-03,2025-03-07,5,infections\n").statusCode(200);
        row = lastAudit("import.audit.lead");
        assertEquals("absence", row.recordType());
        assertEquals(List.of(workerId("W1")), row.workerIds());
        assertTrue(row.changedFields().contains("sicknessReason"));
        assertFalse(row.text().contains("infections"), row.text());
    }

    @Test
    @TestSecurity(user = "import.audit.dry", roles = "workforce-lead")
    void aDryRunOrAnUnchangedFileWritesNoAuditRecord() {
        post("workers", WORKERS, "dryRun", true).statusCode(200).body("created", equalTo(3));
        assertEquals(List.of(), AuditRows.using(dataSource).of("import.audit.dry"));
        post("workers", WORKERS).statusCode(200);
        assertEquals(1, AuditRows.using(dataSource).of("import.audit.dry").size());
        post("workers", WORKERS).statusCode(200).body("unchanged", equalTo(3));
        assertEquals(1, AuditRows.using(dataSource).of("import.audit.dry").size());
    }

    private AuditRows.Row lastAudit(String principal) {
        List<AuditRows.Row> rows = AuditRows.using(dataSource).of(principal);
        return rows.get(rows.size() - 1);
    }

    private UUID workerId(String externalId) {
        return UUID.fromString(string("SELECT id::text FROM worker WHERE external_id = '" + externalId + "'"));
    }

    @Test
    void aDryRunCountsWhatWouldChangeAndWritesNothingButTheImportRecord() {
        String id = post("workers", WORKERS, "dryRun", true).statusCode(200)
                .body("dryRun", equalTo(true)).body("outcome", equalTo("accepted")).body("created", equalTo(3))
                .extract().path("id");
        assertEquals(0, count("SELECT count(*) FROM worker"));
        assertEquals(0, count("SELECT count(*) FROM record_change WHERE import_id = '" + id + "'"));
        Api.given().get("/api/v1/imports/" + id).then().statusCode(200).body("dryRun", equalTo(true));
    }

    @Test
    void everyDataSetImportsItsDocumentedExampleFile() {
        post("workers", WORKERS.replace("W1,", "W001234,").replace("W2,", "W001235,").replace("W3,", "W000100,"))
                .statusCode(200);
        Map<String, String> examples = new java.util.HashMap<>();
        List<Map<String, Object>> formats = Api.given().get("/api/v1/import-formats").then().statusCode(200)
                .extract().path("");
        formats.forEach(f -> examples.put((String) f.get("dataSet"), (String) f.get("example")));
        assertEquals(10, examples.size());
        post("workers", examples.get("workers")).statusCode(200).body("updated", equalTo(2));
        post("posts", examples.get("posts")).statusCode(200).body("created", equalTo(1));
        post("assignments", examples.get("assignments")).statusCode(200).body("created", equalTo(2));
        post("assignments", "externalId,workerExternalId,team,role,employmentType,fte,startDate\n"
                + "A-0101,W000100," + team + ",social-worker,agency,1,2025-01-06\n").statusCode(200)
                .body("created", equalTo(1));
        post("agency-assignments", examples.get("agency-assignments")).statusCode(200).body("created", equalTo(1));
        post("agency-timesheets", examples.get("agency-timesheets")).statusCode(200).body("created", equalTo(1));
        post("caseload-snapshots", examples.get("caseload-snapshots")).statusCode(200).body("created", equalTo(2));
        post("supervision-sessions", examples.get("supervision-sessions")).statusCode(200).body("created", equalTo(1));
        post("appraisals", examples.get("appraisals")).statusCode(200).body("created", equalTo(1));
        post("absences", examples.get("absences")).statusCode(200).body("created", equalTo(2));
        post("leavers", examples.get("leavers")).statusCode(200).body("created", equalTo(1));

        assertEquals(new java.math.BigDecimal("0.80"),
                decimal("SELECT fte FROM assignment WHERE external_id = 'A-0002'"));
        assertEquals(LocalDate.of(2025, 3, 31), date("SELECT end_date FROM assignment WHERE external_id = 'A-0001'"));
        assertEquals(12, count("SELECT cases FROM caseload_snapshot WHERE snapshot_date = '2025-06-30' "
                + "AND worker_id = (SELECT id FROM worker WHERE external_id = 'W001235')"));
        // Excel serial 45726 is 10 March 2025
        assertEquals(LocalDate.of(2025, 3, 10), date("SELECT first_day FROM absence WHERE external_id = 'AB-502'"));
        assertEquals("infections", string("SELECT reason_code FROM absence_sickness_reason r JOIN absence a "
                + "ON a.id = r.absence_id WHERE a.external_id = 'AB-501'"));
        assertEquals(0, count("SELECT count(*) FROM record_change WHERE after::text LIKE '%infections%'"));
        assertEquals("lead.user", string("SELECT recorded_by FROM supervision_session WHERE external_id = 'S-1001'"));
        assertEquals(1, count("SELECT count(*) FROM leaving WHERE exit_interview_held AND reason_code = 'pay'"));
        // the same files again change nothing
        post("absences", examples.get("absences")).statusCode(200).body("unchanged", equalTo(2));
        post("agency-assignments", examples.get("agency-assignments")).statusCode(200).body("unchanged", equalTo(1));
        post("caseload-snapshots", examples.get("caseload-snapshots")).statusCode(200).body("unchanged", equalTo(2));
    }

    @Test
    void aChangedSicknessReasonUpdatesTheAbsenceAndIsNotedWithoutItsValue() {
        post("workers", WORKERS).statusCode(200);
        String file = "externalId,workerExternalId,absenceType,firstDay,lastDay,workingDaysLost,sicknessReason\n"
                + "AB-1,W1,sickness,2025-03-03,2025-03-04,2,infections\n";
        post("absences", file).statusCode(200).body("created", equalTo(1));
        String id = post("absences", file.replace("infections", "musculoskeletal")).statusCode(200)
                .body("updated", equalTo(1)).extract().path("id");
        assertEquals("musculoskeletal", string("SELECT reason_code FROM absence_sickness_reason"));
        assertEquals(1, count("SELECT count(*) FROM record_change WHERE import_id = '" + id
                + "' AND (after->>'sicknessReasonChanged')::boolean AND after::text NOT LIKE '%musculoskeletal%'"));
        // without the column the kept reason stays; an empty value removes it
        post("absences", "externalId,workerExternalId,absenceType,firstDay,lastDay,workingDaysLost\n"
                + "AB-1,W1,sickness,2025-03-03,2025-03-04,2\n").statusCode(200).body("unchanged", equalTo(1));
        post("absences", file.replace("infections", "")).statusCode(200).body("updated", equalTo(1));
        assertEquals(0, count("SELECT count(*) FROM absence_sickness_reason"));
    }

    // --- malformed files: nothing written ------------------------------------------------------

    @Test
    void aMissingRequiredColumnOrAnUnknownColumnRejectsTheFile() {
        post("workers", "externalId,givenName\nW1,Ava\n").statusCode(422)
                .body("outcome", equalTo("rejected"))
                .body("errors[0].line", equalTo(1)).body("errors[0].column", equalTo("familyName"))
                .body("errors[0].reason", containsString("missing"));
        post("workers", "externalId,givenName,familyName,shoeSize\nW1,Ava,Adams,5\n").statusCode(422)
                .body("errors[0].column", equalTo("shoeSize"));
        assertEquals(0, count("SELECT count(*) FROM worker"));
    }

    @Test
    void badDatesAndNumbersAreEachReportedWithLineAndColumnAndNothingIsWritten() {
        post("workers", WORKERS).statusCode(200);
        String file = "workerExternalId,snapshotDate,cases,childInNeed\n"
                + "W1,2025-06-30,17,3\n"
                + "W2,2025-02-30,12,\n"
                + "W3,30/06/2025,twelve,-1\n"
                + "W1,06/31/2025,4,\n";
        post("caseload-snapshots", file).statusCode(422)
                .body("rejected", equalTo(3)).body("created", equalTo(0)).body("errorCount", equalTo(4))
                .body("errors.line", equalTo(List.of(3, 4, 4, 5)))
                .body("errors.column", equalTo(List.of("snapshotDate", "cases", "childInNeed", "snapshotDate")))
                .body("errors[1].reason", containsString("whole number"))
                .body("errors[2].reason", containsString("at least 0"));
        assertEquals(0, count("SELECT count(*) FROM caseload_snapshot"));
    }

    @Test
    void aKeyGivenTwiceInTheFileRejectsIt() {
        post("workers", WORKERS + "W1,Ava,Again,,\n").statusCode(422)
                .body("errors[0].line", equalTo(5)).body("errors[0].column", equalTo("externalId"))
                .body("errors[0].reason", containsString("line 2"));
        post("workers", "externalId,givenName,familyName,sweRegistrationNumber\nW1,A,B,SW9\nW2,C,D,SW9\n")
                .statusCode(422).body("errors[0].column", equalTo("sweRegistrationNumber"));
        assertEquals(0, count("SELECT count(*) FROM worker"));
    }

    @Test
    void unknownWorkersAndTeamsAreReportedAndNothingIsWritten() {
        post("workers", WORKERS).statusCode(200);
        post("assignments", "externalId,workerExternalId,team,role,employmentType,fte,startDate\n"
                + "A1,W1,T-ALPHA,social-worker,permanent,1,2025-01-01\n"
                + "A2,W9,T-ALPHA,social-worker,permanent,1,2025-01-01\n"
                + "A3,W2,T-NOWHERE,social-worker,permanent,1,2025-01-01\n"
                + "A4,W3,T-ALPHA,wizard,permanent,1.5,2025-01-01\n").statusCode(422)
                .body("errors.column", equalTo(List.of("workerExternalId", "team", "role", "fte")))
                .body("errors[0].reason", containsString("'W9' does not name a worker"));
        assertEquals(0, count("SELECT count(*) FROM assignment"));
    }

    @Test
    void aSwEnglandNumberHeldByAnotherKeptWorkerRejectsTheFileOrOnlyThatRow() {
        post("workers", WORKERS).statusCode(200);
        String file = "externalId,givenName,familyName,sweRegistrationNumber\nW4,Dan,Davies,SW4\nW5,Eve,Evans,SW1\n";
        // the clash is found in the second pass, after W4 was matched: the whole file is rolled back
        post("workers", file).statusCode(422)
                .body("errors[0].line", equalTo(3)).body("errors[0].column", equalTo("sweRegistrationNumber"))
                .body("created", equalTo(0));
        assertEquals(3, count("SELECT count(*) FROM worker"));
        assertEquals(0, count("SELECT count(*) FROM record_change WHERE record_id IN "
                + "(SELECT id::text FROM worker WHERE external_id = 'W4')"));
        post("workers", file, "mode", "valid-rows").statusCode(200)
                .body("created", equalTo(1)).body("rejected", equalTo(1));
        assertEquals(1, count("SELECT count(*) FROM worker WHERE external_id = 'W4'"));
        assertEquals(0, count("SELECT count(*) FROM worker WHERE external_id = 'W5'"));
    }

    @Test
    void aSicknessReasonFromARoleWithoutHealthDetailIsARowError() {
        post("workers", WORKERS).statusCode(200);
        String file = "externalId,workerExternalId,absenceType,firstDay,lastDay,workingDaysLost,sicknessReason\n"
                + "AB-1,W1,sickness,2025-03-03,2025-03-04,2,infections\n"
                + "AB-2,W2,sickness,2025-03-03,2025-03-04,2,\n";
        var request = new ImportService.Request(org.workforceinsight.api.model.ImportDataSet.ABSENCES, false,
                org.workforceinsight.api.model.ImportMode.VALID_ROWS, null, "someone", false);
        var run = importService.importStream(request,
                new java.io.ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, run.getCreated());
        assertEquals(1, run.getRejected());
        assertEquals("sicknessReason", run.getErrors().get(0).getColumn());
        assertEquals(0, count("SELECT count(*) FROM absence_sickness_reason"));
        assertEquals(1, count("SELECT count(*) FROM absence"));
    }

    @Test
    void aBadRowAtTheEndOfALargeFileWritesNothing() {
        post("workers", WORKERS).statusCode(200);
        StringBuilder file = new StringBuilder("workerExternalId,snapshotDate,cases\n");
        LocalDate start = LocalDate.of(2000, 1, 3);
        for (int i = 0; i < 20_000; i++) {
            file.append("W").append(1 + i % 3).append(',').append(start.plusDays(i / 3)).append(',').append(i % 20)
                    .append('\n');
        }
        file.append("W1,2099-01-01,-5\n");
        post("caseload-snapshots", file.toString()).statusCode(422)
                .body("rowsRead", equalTo(20_001)).body("rejected", equalTo(1))
                .body("errors[0].line", equalTo(20_002)).body("errors[0].column", equalTo("cases"));
        assertEquals(0, count("SELECT count(*) FROM caseload_snapshot"));
        assertEquals(0, count("SELECT count(*) FROM record_change WHERE record_type = 'caseload-snapshot'"));
        // the same file without its bad row goes in whole
        String good = file.substring(0, file.length() - "W1,2099-01-01,-5\n".length());
        post("caseload-snapshots", good).statusCode(200).body("created", equalTo(20_000));
        assertEquals(20_000, count("SELECT count(*) FROM caseload_snapshot"));
    }

    @Test
    void validRowsModeWritesTheGoodRowsAndReturnsTheBadOnes() {
        post("workers", WORKERS).statusCode(200);
        post("caseload-snapshots", "workerExternalId,snapshotDate,cases\nW1,2025-06-30,5\nW9,2025-06-30,5\n"
                + "W2,2025-06-30,x\nW3,45838,7\n", "mode", "valid-rows").statusCode(200)
                .body("outcome", equalTo("accepted-valid-rows"))
                .body("created", equalTo(2)).body("rejected", equalTo(2))
                .body("errors.line", equalTo(List.of(3, 4)));
        assertEquals(2, count("SELECT count(*) FROM caseload_snapshot"));
        // Excel serial 45838 is 30 June 2025
        assertEquals(1, count("SELECT count(*) FROM caseload_snapshot WHERE snapshot_date = '2025-06-30' AND cases = 7"));
    }

    @Test
    void invalidCsvSyntaxRejectsTheFile() {
        post("workers", "externalId,givenName,familyName\nW1,\"Ava,Adams\n").statusCode(422)
                .body("errors[0].reason", containsString("never closed"));
        assertEquals(0, count("SELECT count(*) FROM worker"));
    }

    @Test
    void aRealSpreadsheetFileWithBomCrlfAndQuotedFieldsImports() {
        String file = "\uFEFFexternalId,givenName,familyName\r\n"
                + "W1,\"Ava, the \"\"first\"\"\",Adams\r\n"
                + "W2,\"Multi\r\nline\",Brown\r\n";
        post("workers", file).statusCode(200).body("created", equalTo(2));
        assertEquals("Ava, the \"first\"", string("SELECT given_name FROM worker WHERE external_id = 'W1'"));
        assertEquals("Multi\r\nline", string("SELECT given_name FROM worker WHERE external_id = 'W2'"));
    }

    // --- limits and access ----------------------------------------------------------------------

    @Test
    void aFileOverTheLimitIsRefusedWith413() {
        byte[] big = new byte[8 * 1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        Api.given().contentType("text/csv").queryParam("dataSet", "workers").body(big).post("/api/v1/imports")
                .then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("8388608"));
        assertEquals(0, count("SELECT count(*) FROM import_run"));
    }

    @Test
    @TestSecurity(user = "reader", roles = "machine-read")
    void machineReadMayNotImport() {
        post("workers", WORKERS).statusCode(403);
        Api.given().get("/api/v1/imports").then().statusCode(403);
        assertEquals(0, count("SELECT count(*) FROM worker"));
    }

    @Test
    @TestSecurity(user = "alpha.manager", roles = "team-manager")
    void teamManagersMayNotImport() {
        post("workers", WORKERS).statusCode(403);
        assertEquals(0, count("SELECT count(*) FROM worker"));
    }

    @Test
    @TestSecurity(user = "hr-system", roles = "machine-write")
    void machineWriteClientsImportUnderTheirClientName() {
        post("workers", WORKERS).statusCode(200).body("importedBy", equalTo("hr-system"));
        assertEquals(3, count("SELECT count(*) FROM record_change WHERE changed_by = 'hr-system'"));
    }

    @Test
    void aBodyThatIsNotCsvIsRefusedWith415() {
        Api.given().contentType("application/json").queryParam("dataSet", "workers").body("{}")
                .post("/api/v1/imports").then().statusCode(415).contentType("application/problem+json");
        assertEquals(0, count("SELECT count(*) FROM import_run"));
    }

    @Test
    void anUnknownDataSetOrModeIsABadRequest() {
        post("pets", WORKERS).statusCode(400);
        post("workers", WORKERS, "mode", "some").statusCode(400);
    }

    // --- history ----------------------------------------------------------------------------------

    @Test
    void theImportHistoryListsEveryImportLatestFirstWithItsErrors() throws InterruptedException {
        post("workers", WORKERS, "fileName", "first.csv").statusCode(200);
        Thread.sleep(5);
        String rejected = post("workers", "externalId,givenName,familyName\nW9,,X\nW8,Y,\n", "fileName", "second.csv")
                .statusCode(422).extract().path("id");
        Api.given().get("/api/v1/imports").then().statusCode(200)
                .body("totalItems", equalTo(2)).body("items.fileName", equalTo(List.of("second.csv", "first.csv")))
                .body("items.outcome", equalTo(List.of("rejected", "accepted")))
                .body("items[0].errors", equalTo(null));
        Api.given().queryParam("dataSet", "posts").get("/api/v1/imports").then().statusCode(200)
                .body("totalItems", equalTo(0));
        Api.given().get("/api/v1/imports/" + rejected).then().statusCode(200)
                .body("errorCount", equalTo(2)).body("errors", hasSize(2))
                .body("errors.column", equalTo(List.of("givenName", "familyName")))
                .body("finishedAt", notNullValue());
        Api.given().queryParam("size", 1).queryParam("page", 1).get("/api/v1/imports/" + rejected + "/errors")
                .then().statusCode(200).body("totalItems", equalTo(2)).body("items[0].line", equalTo(3));
        Api.given().get("/api/v1/imports/" + UUID.randomUUID()).then().statusCode(404);
        Api.given().get("/api/v1/imports/" + UUID.randomUUID() + "/errors").then().statusCode(404);
    }

    @Test
    void theFormatsDescribeEveryColumn() {
        Api.given().get("/api/v1/import-formats").then().statusCode(200)
                .body("dataSet", hasItem("caseload-snapshots"))
                .body("find { it.dataSet == 'caseload-snapshots' }.columns.findAll { it.key }.name",
                        equalTo(List.of("workerExternalId", "snapshotDate")))
                .body("find { it.dataSet == 'assignments' }.columns.find { it.name == 'role' }.values",
                        hasItem("social-worker"))
                .body("columns.flatten().description", everyItem(not(equalTo(""))));
    }

    // --- helpers ------------------------------------------------------------------------------------

    private void sql(String statement) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(statement)) {
            s.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Object single(String query) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(query);
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getObject(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String query) {
        Object value = single(query);
        return value == null ? 0 : ((Number) value).longValue();
    }

    private String string(String query) {
        return (String) single(query);
    }

    private LocalDate date(String query) {
        return ((java.sql.Date) single(query)).toLocalDate();
    }

    private java.math.BigDecimal decimal(String query) {
        return (java.math.BigDecimal) single(query);
    }
}

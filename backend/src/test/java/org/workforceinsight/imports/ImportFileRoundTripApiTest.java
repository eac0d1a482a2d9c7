package org.workforceinsight.imports;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.workforceinsight.testsupport.Api;
import org.workforceinsight.testsupport.AuditRows;
import org.workforceinsight.testsupport.MeasureCouncil;
import org.workforceinsight.testsupport.TestData;

/**
 * The export round trip of issue 4: every data set exported in its import format, the person-level tables
 * emptied, the files imported again over HTTP, and the measures must come out exactly as before. The council
 * is {@link MeasureCouncil} with some of everything added, records with and without source ids, so that a
 * column or a record left out of an export changes a figure or a file.
 */
@QuarkusTest
@TestSecurity(user = ImportFileRoundTripApiTest.LEAD, roles = "workforce-lead")
class ImportFileRoundTripApiTest {

    static final String LEAD = "round.trip.lead";

    /** In the order the imports need them: what a row refers to comes first. */
    static final List<String> DATA_SETS = List.of("workers", "posts", "assignments", "agency-assignments",
            "agency-timesheets", "caseload-snapshots", "supervision-sessions", "appraisals", "absences", "leavers");

    @Inject
    DataSource dataSource;

    MeasureCouncil c;

    @BeforeEach
    void council() {
        TestData data = TestData.using(dataSource).reset();
        c = MeasureCouncil.create(data);
        sql("UPDATE org_node SET external_code = 'T-A' WHERE id = '" + c.teamA + "'");
        UUID manager = data.worker("O'Neill, \"Jo\"", "Smith").sweRegistrationNumber("SW900001").create();
        UUID post = data.post(c.teamA, "social-worker", "3.5", LocalDate.of(2024, 4, 1), null);
        data.post(c.teamB, "social-worker", "2", LocalDate.of(2023, 4, 1), LocalDate.of(2025, 1, 31));
        UUID gill = data.worker("Gil", "Grey").create();
        UUID gillAgency = data.assignment(gill, c.teamA, "social-worker", "agency", "1.00", LocalDate.of(2024, 10, 1),
                LocalDate.of(2025, 2, 28));
        data.agencyTerms(gillAgency, "Example Recruitment Ltd", "senior-social-worker", "daily", "310.00", "6.5", 28,
                post, LocalDate.of(2024, 3, 31));
        data.timesheet(gillAgency, LocalDate.of(2025, 2, 14), "5", "310.00");
        data.snapshot(c.archer, LocalDate.of(2025, 2, 10), 8, 5, 4, 1, 1);
        data.supervision(c.archer, manager, LocalDate.of(2025, 2, 20), 90, "one-to-one");
        data.supervision(c.cole, null, LocalDate.of(2025, 3, 3), 45, "group");
        data.appraisal(c.dunn, LocalDate.of(2024, 11, 5), manager);
        data.appraisal(c.ford, LocalDate.of(2025, 1, 15));
        data.absence(c.ford, "dependants-leave", LocalDate.of(2025, 2, 24), LocalDate.of(2025, 2, 24), "0.5", null);
        // records from a source system keep their own ids
        sql("UPDATE supervision_session SET external_id = 'S-1' WHERE supervisee_worker_id = '" + c.archer + "'");
        sql("UPDATE assignment SET external_id = 'A-GIL' WHERE id = '" + gillAgency + "'");
    }

    @Test
    void everyDataSetExportedWipedAndImportedAgainGivesTheSameFiguresAndTheSameFiles() {
        Map<String, String> figures = figures();
        Map<String, String> files = exportAll();

        wipePersonLevelTables();
        assertEquals(0, count("SELECT count(*) FROM worker"));
        assertFalse(figures().equals(figures), "the figures must depend on the records wiped");

        for (String dataSet : DATA_SETS) {
            long rows = files.get(dataSet).lines().count() - 1;
            importFile(dataSet, files.get(dataSet)).statusCode(200)
                    .body("outcome", equalTo("accepted"))
                    .body("created", equalTo((int) rows)).body("updated", equalTo(0)).body("rejected", equalTo(0));
        }

        assertEquals(figures, figures());
        assertEquals(files, exportAll(), "an export of the re-imported records is the file imported");
        assertEquals(List.of("infections", "stomach-digestive"), strings(
                "SELECT reason_code FROM absence_sickness_reason ORDER BY reason_code"));
    }

    @Test
    void aFileWithoutAColumnItNeedsDoesNotGiveTheSameFigures() {
        // the check of the round trip itself: an export that lost a column (here the assignments' ends, which
        // put the leaver back in post) must show in the figures compared
        Map<String, String> figures = figures();
        Map<String, String> files = exportAll();
        String assignments = files.get("assignments");
        StringBuilder withoutEnds = new StringBuilder();
        for (String line : assignments.split("\r\n")) {
            withoutEnds.append(line, 0, line.lastIndexOf(',')).append("\r\n");
        }
        assertTrue(withoutEnds.toString().startsWith(
                "\uFEFFexternalId,workerExternalId,team,role,employmentType,fte,startDate\r\n"), withoutEnds.toString());
        files.put("assignments", withoutEnds.toString());

        wipePersonLevelTables();
        for (String dataSet : DATA_SETS) {
            importFile(dataSet, files.get(dataSet)).statusCode(200).body("rejected", equalTo(0));
        }
        assertFalse(figures().equals(figures));
    }

    @Test
    void reImportingAnExportChangesNothingAndKeepsNoHistory() {
        Map<String, String> figures = figures();
        Map<String, String> files = exportAll();
        long versions = count("SELECT sum(version) FROM supervision_session") + count("SELECT sum(version) FROM absence")
                + count("SELECT sum(version) FROM leaving") + count("SELECT sum(version) FROM worker");
        long history = count("SELECT count(*) FROM record_change");

        // into the database they came from, records without a source id included: they are found by their id
        for (int round = 0; round < 2; round++) {
            for (String dataSet : DATA_SETS) {
                importFile(dataSet, files.get(dataSet)).statusCode(200)
                        .body("created", equalTo(0)).body("updated", equalTo(0)).body("rejected", equalTo(0));
            }
        }

        assertEquals(history, count("SELECT count(*) FROM record_change"));
        assertEquals(versions, count("SELECT sum(version) FROM supervision_session")
                + count("SELECT sum(version) FROM absence") + count("SELECT sum(version) FROM leaving")
                + count("SELECT sum(version) FROM worker"));
        assertEquals(figures, figures());
        assertEquals(files, exportAll());
    }

    @Test
    void anExportHasTheImportFormatsColumnsAndSourceIds() {
        String workers = export("workers");
        assertTrue(workers.startsWith("\uFEFFexternalId,givenName,familyName,sweRegistrationNumber,asyeStartDate\r\n"),
                workers);
        assertTrue(workers.contains("\"O'Neill, \"\"Jo\"\"\",Smith,SW900001,\r\n"), workers);
        String assignments = export("assignments");
        assertTrue(assignments.contains("A-GIL,"), assignments);
        assertTrue(assignments.contains(",T-A,social-worker,agency,1.00,2024-10-01,2025-02-28\r\n"), assignments);
        assertTrue(assignments.contains("," + c.teamB + ",social-worker,permanent,1.00,2018-01-01,2024-12-31\r\n"),
                assignments);
        assertTrue(export("supervision-sessions").contains("S-1,"));
        assertTrue(export("absences").startsWith(
                "\uFEFFexternalId,workerExternalId,absenceType,firstDay,lastDay,workingDaysLost,sicknessReason\r\n"));
    }

    @Test
    @TestSecurity(user = "round.trip.auditor", roles = "workforce-lead")
    void anExportIsAuditedNamingTheWorkersInIt() {
        export("leavers");
        List<AuditRows.Row> rows = AuditRows.using(dataSource).of("round.trip.auditor");
        AuditRows.Row row = rows.get(rows.size() - 1);
        assertEquals("exportImportFile", row.operationId());
        assertEquals("export", row.action());
        assertEquals(List.of(c.east), row.workerIds());
    }

    @Test
    @TestSecurity(user = "round.trip.machine", roles = "machine-read")
    void healthDetailIsLeftOutAndChargesRefusedForCallersWhoMayNotReadThem() {
        String absences = export("absences");
        assertTrue(absences.startsWith("\uFEFFexternalId,workerExternalId,absenceType,firstDay,lastDay,workingDaysLost\r\n"),
                absences);
        assertFalse(absences.contains("infections"));
        Api.given().get("/api/v1/exports/import-files/{dataSet}", "agency-assignments").then().statusCode(403)
                .contentType(startsWith("application/problem+json"));
        Api.given().get("/api/v1/exports/import-files/{dataSet}", "agency-timesheets").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "round.trip.manager", roles = "team-manager")
    void aScopedCallerMayNotHaveTheCouncilsFile() {
        Api.given().get("/api/v1/exports/import-files/{dataSet}", "workers").then().statusCode(403);
    }

    @Test
    void anUnknownDataSetIsNotFound() {
        // a path that names no data set names no resource
        Api.given().get("/api/v1/exports/import-files/{dataSet}", "payslips").then().statusCode(404);
    }

    // ----------------------------------------------------------------------------------------------

    /** Every measure of several nodes, as at two dates, as the API answers them. */
    private Map<String, String> figures() {
        Map<String, String> figures = new LinkedHashMap<>();
        for (UUID node : List.of(c.council, c.s1, c.teamA, c.teamB)) {
            for (LocalDate asAt : List.of(MeasureCouncil.AS_AT, LocalDate.of(2025, 1, 31))) {
                figures.put(node + "@" + asAt, Api.given().queryParam("asAt", asAt.toString())
                        .get("/api/v1/organisation-nodes/{id}/child-measures", node)
                        .then().statusCode(200).extract().asString());
            }
        }
        return figures;
    }

    private Map<String, String> exportAll() {
        Map<String, String> files = new LinkedHashMap<>();
        for (String dataSet : DATA_SETS) {
            files.put(dataSet, export(dataSet));
        }
        return files;
    }

    private static String export(String dataSet) {
        byte[] body = Api.given().accept("text/csv").get("/api/v1/exports/import-files/{dataSet}", dataSet).then()
                .statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", startsWith("attachment; filename=\"" + dataSet + "-import-"))
                .extract().asByteArray();
        return new String(body, StandardCharsets.UTF_8);
    }

    private static io.restassured.response.ValidatableResponse importFile(String dataSet, String csv) {
        return Api.given().contentType("text/csv; charset=UTF-8").queryParam("dataSet", dataSet)
                .body(csv.getBytes(StandardCharsets.UTF_8)).post("/api/v1/imports").then().log().ifValidationFails();
    }

    /** Everything recorded about people, and the posts; the organisation, targets and configuration stay. */
    private void wipePersonLevelTables() {
        sql("UPDATE org_node SET manager_worker_id = NULL");
        for (String table : List.of("absence_sickness_reason", "agency_timesheet", "agency_assignment", "leaving",
                "absence", "appraisal", "supervision_session", "caseload_snapshot", "assignment", "post", "worker")) {
            sql("DELETE FROM " + table);
        }
    }

    private void sql(String statement) {
        try (Connection connection = dataSource.getConnection(); Statement s = connection.createStatement()) {
            s.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(statement, e);
        }
    }

    private long count(String query) {
        try (Connection connection = dataSource.getConnection(); Statement s = connection.createStatement();
             var rows = s.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(query, e);
        }
    }

    private List<String> strings(String query) {
        try (Connection connection = dataSource.getConnection(); Statement s = connection.createStatement();
             var rows = s.executeQuery(query)) {
            List<String> result = new java.util.ArrayList<>();
            while (rows.next()) {
                result.add(rows.getString(1));
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(query, e);
        }
    }
}

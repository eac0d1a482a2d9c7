package org.workforceinsight.reports;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.workforceinsight.testsupport.MeasureCouncil.AS_AT;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.workforceinsight.testsupport.Api;
import org.workforceinsight.testsupport.MeasureCouncil;
import org.workforceinsight.testsupport.TestData;

/** The weekly and monthly reports of the measures council and the monthly report's commentary. */
@QuarkusTest
@TestSecurity(user = MeasureCouncil.LEAD, roles = "workforce-lead")
class ReportsApiTest {

    static MeasureCouncil c;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void seed() {
        if (c == null) {
            c = MeasureCouncil.create(TestData.using(dataSource).reset());
        }
    }

    private static JsonPath nodeMeasures(UUID node, String asAt) {
        return Api.given().queryParam("asAt", asAt).get("/api/v1/organisation-nodes/" + node + "/measures").then()
                .statusCode(200).extract().jsonPath();
    }

    @Test
    void theWeeklyReportDrillsDownFromTheCouncilToEveryTeamWithEachNodesOwnFigures() {
        JsonPath report = Api.given().queryParam("nodeId", c.council).queryParam("asAt", AS_AT.toString())
                .get("/api/v1/reports/weekly").then().statusCode(200).extract().jsonPath();
        // children in the tree's order (by name)
        assertEquals(List.of("Measureshire Council", "Children in Care", "Team C", "Family Help", "Team A", "Team B"),
                report.getList("rows.node.name"));
        assertEquals(List.of(0, 1, 2, 1, 2, 2), report.getList("rows.depth"));
        assertEquals(List.of(c.s1.toString(), c.s1.toString()), report.getList("rows.parentId").subList(4, 6));
        assertEquals(List.of("inPostHeadcount", "cases", "averageCaseload", "workersOverThreshold", "unallocatedCases",
                "supervisionCompliance", "appraisalCompliance", "agencyRate"), report.getList("rows[0].measures.measure"));
        List<String> ids = report.getList("rows.node.id");
        for (int i = 0; i < ids.size(); i++) {
            JsonPath own = nodeMeasures(UUID.fromString(ids.get(i)), AS_AT.toString());
            for (int m = 0; m < 8; m++) {
                String measure = report.getString("rows[" + i + "].measures[" + m + "].measure");
                assertEquals(own.getString("measures.find { it.measure == '" + measure + "' }.value"),
                        report.getString("rows[" + i + "].measures[" + m + "].value"), ids.get(i) + " " + measure);
                assertEquals(own.getString("measures.find { it.measure == '" + measure + "' }.rag"),
                        report.getString("rows[" + i + "].measures[" + m + "].rag"), ids.get(i) + " " + measure);
            }
        }
        assertEquals(45.0, report.getDouble("rows[3].measures[1].value"), "Family Help's cases");
    }

    @Test
    void theWeeklyReportFilesHaveOneRowPerNodeWithValueAndRagColumns() {
        JsonPath report = Api.given().queryParam("nodeId", c.s1).queryParam("asAt", AS_AT.toString())
                .get("/api/v1/reports/weekly").then().statusCode(200).extract().jsonPath();
        byte[] body = Api.given().accept("*/*").queryParam("nodeId", c.s1).queryParam("asAt", AS_AT.toString())
                .queryParam("format", "csv").get("/api/v1/exports/weekly-report").then().statusCode(200)
                .extract().asByteArray();
        ExportReader.Csv csv = ExportReader.csv(body);
        assertEquals(3, csv.rows().size());
        for (int i = 0; i < 3; i++) {
            assertEquals(report.getString("rows[" + i + "].node.name"), csv.rows().get(i).get(csv.column("node.name")));
            assertEquals(ExportReader.asCsv(report.get("rows[" + i + "].measures[1].value")),
                    csv.rows().get(i).get(csv.column("cases")));
            assertEquals(report.getString("rows[" + i + "].measures[7].rag"),
                    csv.rows().get(i).get(csv.column("agencyRate.rag")));
        }
        ExportReader.Xlsx xlsx = ExportReader.xlsx(Api.given().accept(XlsxWriter.MEDIA_TYPE).queryParam("nodeId", c.s1)
                .queryParam("asAt", AS_AT.toString()).get("/api/v1/exports/weekly-report").then().statusCode(200)
                .extract().asByteArray());
        assertEquals(3, xlsx.rows().size());
        assertEquals(null, xlsx.rows().get(1).get("cases").type(), "cases as a number");
        assertEquals(XlsxWriter.STYLE_INTEGER, xlsx.rows().get(1).get("cases").style());
    }

    @Test
    void theMonthlyReportHasEveryMeasureWithItsPreviousMonthAndTrend() {
        JsonPath report = Api.given().queryParam("nodeId", c.council).queryParam("month", "2025-01")
                .get("/api/v1/reports/monthly").then().statusCode(200)
                .body("asAt", equalTo("2025-01-31")).body("previousAsAt", equalTo("2024-12-31"))
                .extract().jsonPath();
        JsonPath now = nodeMeasures(c.council, "2025-01-31");
        JsonPath before = nodeMeasures(c.council, "2024-12-31");
        List<String> measures = report.getList("rows.measure");
        assertEquals(now.getList("measures.measure"), measures, "every measure, in catalogue order");
        for (int i = 0; i < measures.size(); i++) {
            assertEquals(now.getString("measures[" + i + "].value"), report.getString("rows[" + i + "].value"));
            assertEquals(before.getString("measures[" + i + "].value"),
                    report.getString("rows[" + i + "].previousValue"));
            assertEquals(now.getString("measures[" + i + "].rag"), report.getString("rows[" + i + "].rag"));
        }
        // Eli East was in post on 31 December and left that day: one social worker fewer in January
        // (Shaw, Archer, Cole, Dunn, Ford)
        Map<String, Object> inPost = report.getMap("rows.find { it.measure == 'inPostHeadcount' }");
        assertEquals(5.0, ((Number) inPost.get("value")).doubleValue());
        assertEquals(6.0, ((Number) inPost.get("previousValue")).doubleValue());
        assertEquals(-1.0, ((Number) inPost.get("change")).doubleValue());
        assertEquals("worsening", inPost.get("trend"));
    }

    @Test
    void theMonthlyReportFileEqualsTheJson() {
        JsonPath report = Api.given().queryParam("nodeId", c.council).queryParam("month", "2025-01")
                .get("/api/v1/reports/monthly").then().statusCode(200).extract().jsonPath();
        ExportReader.Csv csv = ExportReader.csv(Api.given().accept("*/*").queryParam("nodeId", c.council)
                .queryParam("month", "2025-01").get("/api/v1/exports/monthly-report").then().statusCode(200)
                .extract().asByteArray());
        ExportReader.assertCsvEqualsJson(csv, report.getList("rows"));
        assertEquals("2025-01-31", csv.about().get("As at"));
    }

    @Test
    void aBadOrFutureMonthIsRefusedNamingTheField() {
        Api.given().queryParam("nodeId", c.council).queryParam("month", "2025-13").get("/api/v1/reports/monthly")
                .then().statusCode(400).body("violations[0].field", org.hamcrest.Matchers.containsString("month"));
        Api.given().queryParam("nodeId", c.council).queryParam("month", YearMonth.now().plusMonths(1).toString())
                .get("/api/v1/reports/monthly").then().statusCode(400).body("violations[0].field", equalTo("month"));
        Api.given().queryParam("nodeId", c.council).queryParam("asAt", "10000-01-01").get("/api/v1/reports/weekly")
                .then().statusCode(400);
    }

    @Test
    void reportsOfAnUnknownNodeAreNotFound() {
        Api.given().queryParam("nodeId", UUID.randomUUID()).get("/api/v1/reports/weekly").then().statusCode(404);
        Api.given().queryParam("nodeId", UUID.randomUUID()).get("/api/v1/reports/monthly").then().statusCode(404);
        Api.given().get("/api/v1/report-commentaries/" + UUID.randomUUID() + "/2025-01/cases").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = MeasureCouncil.MANAGER_A, roles = "team-manager")
    void aTeamManagerGetsTheirTeamsReportsButNoOtherNodeAndWritesNoCommentary() {
        Api.given().queryParam("nodeId", c.teamA).get("/api/v1/reports/weekly").then().statusCode(200)
                .body("rows.node.name", equalTo(List.of("Team A")));
        Api.given().queryParam("nodeId", c.council).get("/api/v1/reports/weekly").then().statusCode(403);
        Api.given().queryParam("nodeId", c.teamC).get("/api/v1/reports/monthly").then().statusCode(403);
        Api.given().accept("*/*").queryParam("nodeId", c.teamC).get("/api/v1/exports/weekly-report").then()
                .statusCode(403);
        Api.given().contentType("application/json").header("If-Match", "\"0\"").body(Map.of("text", "x"))
                .put("/api/v1/report-commentaries/" + c.teamA + "/2025-01/cases").then().statusCode(403);
    }

    @Test
    void aCommentaryIsWrittenWithIfMatchAndKeptWithItsHistory() throws SQLException {
        String path = "/api/v1/report-commentaries/" + c.council + "/2025-01/agencyRate";
        Api.given().get(path).then().statusCode(200).header("ETag", "\"0\"").body("text", equalTo(""))
                .body("version", equalTo(0));
        Api.given().contentType("application/json").body(Map.of("text", "Agency use down after the pay review."))
                .put(path).then().statusCode(428);
        Api.given().contentType("application/json").header("If-Match", "\"0\"")
                .body(Map.of("text", "Agency use down after the pay review.")).put(path).then().statusCode(200)
                .header("ETag", "\"1\"").body("version", equalTo(1)).body("updatedBy", equalTo(MeasureCouncil.LEAD));
        // someone else's first write, made from the same stale read
        Api.given().contentType("application/json").header("If-Match", "\"0\"").body(Map.of("text", "Other."))
                .put(path).then().statusCode(412);
        Api.given().contentType("application/json").header("If-Match", "\"1\"")
                .body(Map.of("text", "Agency use down 2 points after the pay review.")).put(path).then().statusCode(200)
                .header("ETag", "\"2\"");
        Api.given().contentType("application/json").header("If-Match", "\"1\"").body(Map.of("text", "Late."))
                .put(path).then().statusCode(412);
        Api.given().contentType("application/json").header("If-Match", "nonsense").body(Map.of("text", "Late."))
                .put(path).then().statusCode(412);
        Api.given().get(path).then().statusCode(200).header("ETag", "\"2\"")
                .body("text", equalTo("Agency use down 2 points after the pay review."));
        Api.given().queryParam("nodeId", c.council).queryParam("month", "2025-01").get("/api/v1/reports/monthly")
                .then().statusCode(200)
                .body("rows.find { it.measure == 'agencyRate' }.commentary",
                        equalTo("Agency use down 2 points after the pay review."))
                .body("rows.find { it.measure == 'agencyRate' }.commentaryVersion", equalTo(2))
                .body("rows.find { it.measure == 'cases' }.commentary", nullValue());
        assertEquals(List.of("created:1", "updated:2"), history(c.council + "/2025-01/agencyRate"));
    }

    @Test
    void aCommentaryTooLongOrForAnUnknownMeasureIsRefused() {
        String path = "/api/v1/report-commentaries/" + c.council + "/2025-01/cases";
        Api.given().contentType("application/json").header("If-Match", "\"0\"").body(Map.of("text", "x".repeat(4001)))
                .put(path).then().statusCode(400);
        // a path segment that is no measure names no resource (JAX-RS answers 404 for an unconvertible path)
        Api.given().contentType("application/json").header("If-Match", "\"0\"").body(Map.of("text", "x"))
                .put("/api/v1/report-commentaries/" + c.council + "/2025-01/noSuchMeasure").then().statusCode(404);
        Api.given().contentType("application/json").header("If-Match", "\"0\"").body(Map.of("text", "x"))
                .put("/api/v1/report-commentaries/" + c.council + "/2025-1/cases").then().statusCode(400);
    }

    private List<String> history(String recordId) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT change_type, version, after->>'text' AS text "
                     + "FROM record_change WHERE record_type = 'report-commentary' AND record_id = '" + recordId
                     + "' ORDER BY id")) {
            List<String> result = new java.util.ArrayList<>();
            while (rows.next()) {
                result.add(rows.getString(1) + ":" + rows.getLong(2));
            }
            return result;
        }
    }
}

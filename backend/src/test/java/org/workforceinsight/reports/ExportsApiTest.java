package org.workforceinsight.reports;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.workforceinsight.testsupport.MeasureCouncil.AS_AT;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.workforceinsight.testsupport.Api;
import org.workforceinsight.testsupport.MeasureCouncil;
import org.workforceinsight.testsupport.TestData;

/**
 * Exports of lists and measure tables from the measures council (see {@link MeasureCouncil}): the same rows
 * as the JSON for the same filters in CSV and XLSX, typed cells, the About trailer and sheet, and the
 * property rules (health detail, agency charges) in every format.
 */
@QuarkusTest
@TestSecurity(user = MeasureCouncil.LEAD, roles = "workforce-lead")
class ExportsApiTest {

    static final String XLSX = XlsxWriter.MEDIA_TYPE;
    static MeasureCouncil c;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void seed() {
        if (c == null) {
            c = MeasureCouncil.create(TestData.using(dataSource).reset());
        }
    }

    private static RequestSpecification file() {
        return Api.given().accept("*/*");
    }

    private static List<Map<String, Object>> jsonItems(String path, Map<String, ?> query) {
        return Api.given().queryParams(query).queryParam("size", 200).get(path).then().statusCode(200)
                .extract().jsonPath().getList("items");
    }

    private static byte[] export(String path, Map<String, ?> query, String format) {
        return file().queryParams(query).queryParam("format", format).get(path).then().statusCode(200)
                .extract().asByteArray();
    }

    private static final Map<String, String> THIS_YEAR = Map.of("from", "2024-03-13", "to", AS_AT.toString());

    @Test
    void absencesAsCsvAreTheJsonListWithTheSicknessReasonForALead() {
        ExportReader.Csv csv = ExportReader.csv(export("/api/v1/exports/absences", THIS_YEAR, "csv"));
        List<Map<String, Object>> items = jsonItems("/api/v1/absences", THIS_YEAR);
        assertEquals(2, items.size());
        assertEquals(List.of("id", "worker.id", "worker.givenName", "worker.familyName", "absenceType", "firstDay",
                "lastDay", "workingDaysLost", "longTerm", "sicknessReason"), csv.header());
        ExportReader.assertCsvEqualsJson(csv, items);
        assertEquals("stomach-digestive", csv.rows().get(0).get(csv.column("sicknessReason")));
    }

    @Test
    void absencesAsXlsxHaveTypedCellsEqualToTheJson() {
        ExportReader.Xlsx xlsx = ExportReader.xlsx(export("/api/v1/exports/absences", THIS_YEAR, "xlsx"));
        List<Map<String, Object>> items = jsonItems("/api/v1/absences", THIS_YEAR);
        assertEquals(items.size(), xlsx.rows().size());
        for (int i = 0; i < items.size(); i++) {
            Map<String, ExportReader.Cell> row = xlsx.rows().get(i);
            Map<String, Object> item = items.get(i);
            assertTrue(row.get("firstDay").isDate(), "a date cell with the date style");
            assertEquals(item.get("firstDay"), row.get("firstDay").date().toString());
            assertEquals(item.get("lastDay"), row.get("lastDay").date().toString());
            assertTrue(row.get("workingDaysLost").isNumber(), "a number cell");
            assertEquals(0, BigDecimal.valueOf((Double) item.get("workingDaysLost"))
                    .compareTo(row.get("workingDaysLost").number()));
            assertEquals("b", row.get("longTerm").type(), "a boolean cell");
            assertEquals(Boolean.TRUE.equals(item.get("longTerm")) ? "1" : "0", row.get("longTerm").value());
            assertEquals("inlineStr", row.get("worker.familyName").type(), "a text cell");
            assertEquals(ExportReader.at(item, "worker.familyName"), row.get("worker.familyName").value());
            assertEquals(item.get("sicknessReason"), row.get("sicknessReason").value());
        }
        assertEquals("Workforce Insight", xlsx.about().get("Source"));
        assertEquals(AS_AT.toString(), xlsx.about().get("As at"));
        assertEquals("2024-03-13", xlsx.about().get("Filter from"));
        assertTrue(xlsx.parts().get("xl/styles.xml").contains("formatCode=\"yyyy-mm-dd\""), "a date format");
    }

    @Test
    @TestSecurity(user = MeasureCouncil.MANAGER_A, roles = "team-manager")
    void aTeamManagersAbsenceFilesHaveNoHealthColumnInEitherFormat() {
        ExportReader.Csv csv = ExportReader.csv(export("/api/v1/exports/absences", THIS_YEAR, "csv"));
        assertFalse(csv.header().contains("sicknessReason"));
        ExportReader.assertCsvEqualsJson(csv, jsonItems("/api/v1/absences", THIS_YEAR));
        ExportReader.Xlsx xlsx = ExportReader.xlsx(export("/api/v1/exports/absences", THIS_YEAR, "xlsx"));
        assertFalse(xlsx.header().contains("sicknessReason"));
        assertEquals(2, xlsx.rows().size());

        Map<String, String> explanation = Map.of("nodeId", c.teamA.toString(), "measureId", "workingDaysLost",
                "asAt", AS_AT.toString());
        for (String format : List.of("csv", "xlsx")) {
            byte[] body = export("/api/v1/exports/measure-explanation", explanation, format);
            List<String> header = format.equals("csv") ? ExportReader.csv(body).header()
                    : ExportReader.xlsx(body).header();
            assertFalse(header.contains("sicknessReason"), format);
            assertFalse(header.contains("bradfordFactor"), format);
            assertTrue(header.contains("workingDaysLost"), format);
        }
    }

    @Test
    void aLeadsExplanationFileHasTheHealthDetailAndEqualsTheJson() {
        Map<String, String> query = Map.of("asAt", AS_AT.toString());
        String path = "/api/v1/organisation-nodes/" + c.council + "/measures/workingDaysLost/explanation";
        List<Map<String, Object>> items = jsonItems(path, query);
        ExportReader.Csv csv = ExportReader.csv(export("/api/v1/exports/measure-explanation",
                Map.of("nodeId", c.council.toString(), "measureId", "workingDaysLost", "asAt", AS_AT.toString()),
                "csv"));
        assertTrue(csv.header().contains("sicknessReason"));
        assertTrue(csv.header().contains("bradfordFactor"));
        ExportReader.assertCsvEqualsJson(csv, items);
    }

    @Test
    @TestSecurity(user = MeasureCouncil.MANAGER_A, roles = "team-manager")
    void aTeamManagersAgencyFilesHaveNoChargesInEitherFormat() {
        Map<String, String> query = Map.of("activeOn", AS_AT.toString());
        ExportReader.Csv csv = ExportReader.csv(export("/api/v1/exports/agency-assignments", query, "csv"));
        assertFalse(csv.header().contains("chargeRate"));
        assertFalse(csv.header().contains("hourlyCharge"));
        ExportReader.assertCsvEqualsJson(csv, jsonItems("/api/v1/agency-assignments", query));
        ExportReader.Xlsx xlsx = ExportReader.xlsx(export("/api/v1/exports/agency-assignments", query, "xlsx"));
        assertFalse(xlsx.header().contains("chargeRate"));
        assertFalse(xlsx.header().contains("hourlyCharge"));
        assertEquals(1, xlsx.rows().size());

        Map<String, String> explanation = Map.of("nodeId", c.teamA.toString(), "measureId", "agencyCost",
                "asAt", AS_AT.toString());
        ExportReader.Csv costs = ExportReader.csv(export("/api/v1/exports/measure-explanation", explanation, "csv"));
        assertFalse(costs.header().contains("hourlyCharge"));
        assertFalse(costs.header().contains("cost"));
    }

    @Test
    void aLeadsAgencyFileHasTheChargesAndRuleFlags() {
        Map<String, String> query = Map.of("activeOn", AS_AT.toString());
        ExportReader.Csv csv = ExportReader.csv(export("/api/v1/exports/agency-assignments", query, "csv"));
        assertTrue(csv.header().contains("chargeRate"));
        assertTrue(csv.header().contains("hourlyCharge"));
        ExportReader.assertCsvEqualsJson(csv, jsonItems("/api/v1/agency-assignments", query));
        assertEquals("45", csv.rows().get(0).get(csv.column("hourlyCharge")));
    }

    @Test
    void everyListExportEqualsItsJsonList() {
        Map<String, String> teamA = Map.of("nodeId", c.teamA.toString(), "asAt", AS_AT.toString());
        ExportReader.assertCsvEqualsJson(
                ExportReader.csv(export("/api/v1/exports/worker-caseloads", teamA, "csv")),
                jsonItems("/api/v1/organisation-nodes/" + c.teamA + "/worker-caseloads", Map.of("asAt", AS_AT.toString())));
        Map<String, String> on = Map.of("activeOn", AS_AT.toString());
        ExportReader.assertCsvEqualsJson(ExportReader.csv(export("/api/v1/exports/workers", on, "csv")),
                jsonItems("/api/v1/workers", on));
        ExportReader.assertCsvEqualsJson(ExportReader.csv(export("/api/v1/exports/posts", on, "csv")),
                jsonItems("/api/v1/posts", on));
        ExportReader.assertCsvEqualsJson(ExportReader.csv(export("/api/v1/exports/leavers", THIS_YEAR, "csv")),
                jsonItems("/api/v1/leavers", THIS_YEAR));
        ExportReader.assertCsvEqualsJson(
                ExportReader.csv(export("/api/v1/exports/supervision-sessions", THIS_YEAR, "csv")),
                jsonItems("/api/v1/supervision-sessions", THIS_YEAR));
        ExportReader.assertCsvEqualsJson(ExportReader.csv(export("/api/v1/exports/appraisals", THIS_YEAR, "csv")),
                jsonItems("/api/v1/appraisals", THIS_YEAR));
        ExportReader.Csv leavers = ExportReader.csv(export("/api/v1/exports/leavers", THIS_YEAR, "csv"));
        assertEquals(1, leavers.rows().size());
        assertTrue(leavers.header().contains("reason.code"), "nested objects become dotted columns");
    }

    @Test
    void nodeAndChildMeasuresFilesHaveOneRowPerNodeAndMeasure() {
        Map<String, String> query = Map.of("nodeId", c.s1.toString(), "asAt", AS_AT.toString());
        List<Map<String, Object>> own = Api.given().queryParam("asAt", AS_AT.toString())
                .get("/api/v1/organisation-nodes/" + c.s1 + "/measures").then().statusCode(200)
                .extract().jsonPath().getList("measures");
        ExportReader.Csv csv = ExportReader.csv(export("/api/v1/exports/node-measures", query, "csv"));
        assertEquals(own.size(), csv.rows().size());
        for (int i = 0; i < own.size(); i++) {
            assertEquals(c.s1.toString(), csv.rows().get(i).get(csv.column("node.id")));
            assertEquals(own.get(i).get("measure"), csv.rows().get(i).get(csv.column("measure")));
            assertEquals(ExportReader.asCsv(own.get(i).get("value")), csv.rows().get(i).get(csv.column("value")));
            assertEquals(own.get(i).get("rag"), csv.rows().get(i).get(csv.column("rag")));
        }
        ExportReader.Csv children = ExportReader.csv(export("/api/v1/exports/child-measures",
                Map.of("nodeId", c.s1.toString(), "asAt", AS_AT.toString(), "measure", "cases"), "csv"));
        assertEquals(3, children.rows().size(), "Family Help, Team A, Team B");
        // Archer 20, Baker 10, Cole 13 in Team A; Dunn 2 in Team B
        assertEquals(List.of("45", "43", "2"), children.rows().stream()
                .map(r -> r.get(children.column("value"))).toList());
    }

    @Test
    void aSeriesFileHasOnePointARow() {
        Map<String, String> query = Map.of("nodeId", c.council.toString(), "measureId", "cases", "from", "2025-01-01",
                "to", AS_AT.toString());
        List<Map<String, Object>> points = Api.given().queryParam("from", "2025-01-01").queryParam("to",
                AS_AT.toString()).get("/api/v1/organisation-nodes/" + c.council + "/measures/cases/series").then()
                .statusCode(200).extract().jsonPath().getList("points");
        ExportReader.Xlsx xlsx = ExportReader.xlsx(export("/api/v1/exports/measure-series", query, "xlsx"));
        assertEquals(points.size(), xlsx.rows().size());
        for (int i = 0; i < points.size(); i++) {
            assertEquals(points.get(i).get("asAt"), xlsx.rows().get(i).get("asAt").date().toString());
            assertEquals("cases", xlsx.rows().get(i).get("measure").value());
        }
    }

    @Test
    void theAcceptHeaderChoosesXlsxAndCsvIsTheDefault() {
        Response xlsx = Api.given().accept(XLSX).queryParam("activeOn", AS_AT.toString()).get("/api/v1/exports/posts");
        xlsx.then().statusCode(200).contentType(startsWith(XLSX))
                .header("Content-Disposition", equalTo("attachment; filename=\"posts-" + AS_AT + ".xlsx\""));
        ExportReader.xlsx(xlsx.asByteArray());
        file().queryParam("activeOn", AS_AT.toString()).get("/api/v1/exports/posts").then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", equalTo("attachment; filename=\"posts-" + AS_AT + ".csv\""));
    }

    @Test
    void aClientAcceptingOnlyJsonStillGetsTheFileItAskedFor() {
        Api.given().queryParam("activeOn", AS_AT.toString()).queryParam("format", "xlsx").get("/api/v1/exports/posts")
                .then().statusCode(200).contentType(startsWith(XLSX));
    }

    @Test
    void theCsvTrailerSaysWhatTheFileIs() {
        ExportReader.Csv csv = ExportReader.csv(export("/api/v1/exports/absences", THIS_YEAR, "csv"));
        assertEquals("Absences", csv.about().get("Title"));
        assertEquals(AS_AT.toString(), csv.about().get("As at"));
        assertEquals("2024-03-13", csv.about().get("Filter from"));
        assertEquals(AS_AT.toString(), csv.about().get("Filter to"));
        assertEquals("Workforce Insight", csv.about().get("Source"));
        assertEquals(MeasureCouncil.LEAD, csv.about().get("Generated by"));
        assertTrue(csv.about().containsKey("Generated at"));
        assertNull(csv.about().get("Licence"), "no DfE figures, no OGL line");
    }

    @Test
    void anUnknownFormatIsRefusedNamingTheField() {
        file().queryParam("format", "pdf").get("/api/v1/exports/posts").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("violations[0].field", equalTo("format"));
    }

    @Test
    void badFiltersAreRefusedNamingTheFieldBeforeAnyFileIsWritten() {
        file().queryParam("from", "2025-03-12").queryParam("to", "2025-01-01").get("/api/v1/exports/absences").then()
                .statusCode(400).body("violations[0].field", equalTo("from"));
        file().get("/api/v1/exports/worker-caseloads").then().statusCode(400)
                .body("violations[0].field", containsString("nodeId"));
        file().queryParam("nodeId", c.council).queryParam("measureId", "cases").get("/api/v1/exports/measure-series")
                .then().statusCode(400).body("violations[0].field", containsString("from"));
        file().queryParam("nodeId", c.council).queryParam("asAt", "2025-01-01").queryParam("periodStart", "2025-02-01")
                .get("/api/v1/exports/node-measures").then().statusCode(400)
                .body("violations[0].field", equalTo("periodStart"));
    }

    @Test
    void anUnknownNodeIsNotFound() {
        file().queryParam("nodeId", UUID.randomUUID()).get("/api/v1/exports/absences").then().statusCode(404);
        file().queryParam("nodeId", UUID.randomUUID()).get("/api/v1/exports/worker-caseloads").then().statusCode(404);
        file().queryParam("nodeId", UUID.randomUUID()).get("/api/v1/exports/node-measures").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = MeasureCouncil.MANAGER_A, roles = "team-manager")
    void aNodeOutsideTheCallersScopeIsForbidden() {
        file().queryParam("nodeId", c.teamC).get("/api/v1/exports/absences").then().statusCode(403);
        file().queryParam("nodeId", c.teamC).get("/api/v1/exports/worker-caseloads").then().statusCode(403);
        file().queryParam("nodeId", c.teamC).get("/api/v1/exports/child-measures").then().statusCode(403);
        file().queryParam("nodeId", c.teamC).queryParam("measureId", "cases")
                .get("/api/v1/exports/measure-explanation").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "someone", roles = "viewer")
    void aViewerGetsNoPersonLevelFile() {
        file().get("/api/v1/exports/workers").then().statusCode(403);
        file().get("/api/v1/exports/absences").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = MeasureCouncil.MANAGER_A, roles = "team-manager")
    void aTeamManagersFileHasOnlyTheRowsTheirJsonListHas() {
        Map<String, String> on = Map.of("activeOn", AS_AT.toString());
        ExportReader.Csv csv = ExportReader.csv(export("/api/v1/exports/workers", on, "csv"));
        assertEquals(List.of("Archer", "Baker", "Cole"), csv.rows().stream()
                .map(r -> r.get(csv.column("familyName"))).toList());
        ExportReader.assertCsvEqualsJson(csv, jsonItems("/api/v1/workers", on));
    }
}

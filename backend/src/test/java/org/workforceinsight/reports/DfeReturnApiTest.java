package org.workforceinsight.reports;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.workforceinsight.measures.DfeIndicatorFile;
import org.workforceinsight.testsupport.Api;
import org.workforceinsight.testsupport.MeasureCouncil;
import org.workforceinsight.testsupport.TestData;

/**
 * The DfE return of the measures council placed as Worcestershire (E10000034, West Midlands) for the census
 * year to 30 September 2024: every column equals the measures engine's figure for the census, the CSV has
 * exactly the DfE file's header, and the worker listing adds up to the row.
 */
@QuarkusTest
@TestSecurity(user = MeasureCouncil.LEAD, roles = "workforce-lead")
class DfeReturnApiTest {

    static MeasureCouncil c;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void seed() {
        if (c == null) {
            TestData data = TestData.using(dataSource).reset();
            c = MeasureCouncil.create(data);
            data.councilArea(c.council, "E10000034", "West Midlands");
        }
    }

    /** DfE column to the measure giving it (the headcount rates are checked apart). */
    static final Map<String, String> COLUMN_MEASURES = Map.ofEntries(
            Map.entry("inpost_fte", "inPostFte"), Map.entry("inpost_headcount", "inPostHeadcount"),
            Map.entry("starters_fte", "startersFte"), Map.entry("starters_headcount", "startersHeadcount"),
            Map.entry("leavers_fte", "leaversFte"), Map.entry("leavers_headcount", "leaversHeadcount"),
            Map.entry("turnover_rate_fte", "turnoverRate"), Map.entry("agency_fte", "agencyFte"),
            Map.entry("agency_headcount", "agencyHeadcount"), Map.entry("agency_rate_fte", "agencyRate"),
            Map.entry("agency_cover_fte", "agencyCoverFte"), Map.entry("agency_cover_rate_fte", "agencyCoverRate"),
            Map.entry("vacancy_fte", "vacancyFte"), Map.entry("vacancy_rate_fte", "vacancyRate"),
            Map.entry("vacancy_agency_cover_rate_fte", "vacancyAgencyCoverRate"),
            Map.entry("case_holders_fte", "caseHoldersFte"), Map.entry("cases", "cases"),
            Map.entry("caseload_fte", "averageCaseload"), Map.entry("working_days_lost_fte", "workingDaysLost"),
            Map.entry("absence_rate_fte", "absenceRate"));

    private static JsonPath engine() {
        return Api.given().queryParam("asAt", "2024-09-30").queryParam("periodStart", "2023-10-01")
                .get("/api/v1/organisation-nodes/" + c.council + "/measures").then().statusCode(200)
                .extract().jsonPath();
    }

    private static Double engineValue(JsonPath engine, String measure) {
        Object value = engine.get("measures.find { it.measure == '" + measure + "' }.value");
        return value == null ? null : ((Number) value).doubleValue();
    }

    @Test
    void everyColumnOfTheReturnIsTheEnginesFigureForTheCensus() {
        JsonPath dfe = Api.given().queryParam("censusYear", 2024).get("/api/v1/reports/dfe-return").then()
                .statusCode(200)
                .body("asAt", equalTo("2024-09-30")).body("periodStart", equalTo("2023-10-01"))
                .body("row.time_period", equalTo(2024)).body("row.time_identifier", equalTo("Reporting year"))
                .body("row.geographic_level", equalTo("Local authority"))
                .body("row.new_la_code", equalTo("E10000034")).body("row.old_la_code", equalTo("885"))
                .body("row.region_code", equalTo("E12000005")).body("row.la_name", equalTo("Worcestershire"))
                .extract().jsonPath();
        JsonPath engine = engine();
        COLUMN_MEASURES.forEach((column, measure) -> {
            Object value = dfe.get("row." + column);
            assertEquals(engineValue(engine, measure), value == null ? null : ((Number) value).doubleValue(), column);
        });
        assertEquals(rate(engineValue(engine, "leaversHeadcount"), engineValue(engine, "inPostHeadcount")),
                number(dfe.get("row.turnover_rate_headcount")), "turnover_rate_headcount");
        double agency = engineValue(engine, "agencyHeadcount");
        assertEquals(rate(agency, agency + engineValue(engine, "inPostHeadcount")),
                number(dfe.get("row.agency_rate_headcount")), "agency_rate_headcount");
        // a figure the hand can check: Shaw, Archer, Cole (from 1 Sep), Dunn 0.5, East, Ford on 30 Sep 2024
        assertEquals(5.5, number(dfe.get("row.inpost_fte")));
    }

    @Test
    void theCsvHasExactlyTheDfeFilesHeaderAndTheJsonRow() throws IOException {
        byte[] body = Api.given().accept("*/*").queryParam("censusYear", 2024).queryParam("format", "csv")
                .get("/api/v1/exports/dfe-return").then().statusCode(200)
                .header("Content-Disposition", containsString("dfe-return-2024")).extract().asByteArray();
        String text = new String(body, StandardCharsets.UTF_8);
        List<List<String>> records = ExportReader.records(text);
        assertEquals(2, records.size(), "the header and the council's row, nothing else");
        assertEquals(shippedHeader(), String.join(",", records.get(0)));
        JsonPath dfe = Api.given().queryParam("censusYear", 2024).get("/api/v1/reports/dfe-return").then()
                .statusCode(200).extract().jsonPath();
        List<String> header = records.get(0);
        assertEquals(header, dfe.getList("columns"));
        for (int i = 0; i < header.size(); i++) {
            assertEquals(ExportReader.asCsv(dfe.get("row." + header.get(i))), records.get(1).get(i), header.get(i));
        }
        ExportReader.Xlsx xlsx = ExportReader.xlsx(Api.given().accept("*/*").queryParam("censusYear", 2024)
                .queryParam("format", "xlsx").get("/api/v1/exports/dfe-return").then().statusCode(200)
                .extract().asByteArray());
        assertEquals(header, xlsx.header());
        assertEquals(null, xlsx.rows().get(0).get("inpost_fte").type(), "a number cell");
        assertNotNull(xlsx.about().get("Licence"), "the OGL attribution of the DfE layout");
    }

    @Test
    void theWorkersBehindTheReturnAddUpToIt() {
        JsonPath dfe = Api.given().queryParam("censusYear", 2024).get("/api/v1/reports/dfe-return").then()
                .statusCode(200).extract().jsonPath();
        List<Map<String, Object>> workers = Api.given().queryParam("censusYear", 2024).queryParam("size", 200)
                .get("/api/v1/reports/dfe-return/workers").then().statusCode(200).extract().jsonPath().getList("items");
        assertEquals(number(dfe.get("row.inpost_fte")), sum(workers, "inPostFte"), "in-post FTE");
        assertEquals(number(dfe.get("row.inpost_headcount")), count(workers, "inPostFte"), "in-post headcount");
        assertEquals(number(dfe.get("row.starters_fte")), sum(workers, "starterFte"), "starters FTE");
        assertEquals(number(dfe.get("row.leavers_fte")), sum(workers, "leaverFte"), "leavers FTE");
        assertEquals(number(dfe.get("row.agency_fte")), sum(workers, "agencyFte"), "agency FTE");
        assertEquals(number(dfe.get("row.cases")), sum(workers, "cases"), "cases");
        assertEquals(number(dfe.get("row.working_days_lost_fte")), sum(workers, "workingDaysLost"), "days lost");

        ExportReader.Csv csv = ExportReader.csv(Api.given().accept("*/*").queryParam("censusYear", 2024)
                .get("/api/v1/exports/dfe-return-workers").then().statusCode(200).extract().asByteArray());
        ExportReader.assertCsvEqualsJson(csv, workers);
    }

    @Test
    @TestSecurity(user = MeasureCouncil.HEAD_OF_S1, roles = "senior-manager")
    void onlyAWorkforceLeadGetsTheReturn() {
        Api.given().queryParam("censusYear", 2024).get("/api/v1/reports/dfe-return").then().statusCode(403);
        Api.given().queryParam("censusYear", 2024).get("/api/v1/reports/dfe-return/workers").then().statusCode(403);
        Api.given().accept("*/*").queryParam("censusYear", 2024).get("/api/v1/exports/dfe-return").then()
                .statusCode(403);
        Api.given().accept("*/*").queryParam("censusYear", 2024).get("/api/v1/exports/dfe-return-workers").then()
                .statusCode(403);
    }

    @Test
    void aMissingOrOutOfRangeCensusYearIsRefusedNamingTheField() {
        Api.given().get("/api/v1/reports/dfe-return").then().statusCode(400)
                .body("violations[0].field", containsString("censusYear"));
        Api.given().queryParam("censusYear", 1999).get("/api/v1/reports/dfe-return").then().statusCode(400)
                .body("violations[0].field", containsString("censusYear"));
        Api.given().accept("*/*").queryParam("censusYear", 2024).queryParam("format", "ods")
                .get("/api/v1/exports/dfe-return").then().statusCode(400).body("violations[0].field", equalTo("format"));
    }

    private static String shippedHeader() throws IOException {
        try (InputStream in = getClass0().getClassLoader().getResourceAsStream(DfeIndicatorFile.RESOURCE)) {
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return all.substring(0, all.indexOf('\n')).trim();
        }
    }

    private static Class<?> getClass0() {
        return DfeReturnApiTest.class;
    }

    private static Double number(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }

    private static Double rate(Double numerator, Double denominator) {
        return BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP).doubleValue();
    }

    private static Double sum(List<Map<String, Object>> workers, String field) {
        BigDecimal total = BigDecimal.ZERO;
        for (Map<String, Object> worker : workers) {
            Object value = worker.get(field);
            if (value != null) {
                total = total.add(new BigDecimal(value.toString()));
            }
        }
        return total.setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    private static Double count(List<Map<String, Object>> workers, String field) {
        return (double) workers.stream().filter(w -> w.get(field) != null).count();
    }
}

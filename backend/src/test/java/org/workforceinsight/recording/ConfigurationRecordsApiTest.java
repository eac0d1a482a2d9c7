package org.workforceinsight.recording;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.workforceinsight.testsupport.Api;
import org.workforceinsight.testsupport.RecordChanges;

/**
 * Settings and caseload thresholds changed one at a time. Other tests read the migration's values, so each
 * test here puts them back afterwards.
 */
@QuarkusTest
@TestSecurity(user = "lead.user", roles = "workforce-lead")
class ConfigurationRecordsApiTest {

    private static final String SETTING = "/api/v1/measure-settings/absence.bradford-trigger";
    private static final String THRESHOLD = "/api/v1/caseload-thresholds/";

    @Inject
    DataSource dataSource;

    @AfterEach
    void restoreTheMigrationsValues() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("UPDATE measure_setting SET value = 200 WHERE key = 'absence.bradford-trigger'");
            statement.execute("UPDATE caseload_threshold SET max_cases = 18 WHERE role_code = 'social-worker'");
            statement.execute("UPDATE caseload_threshold SET max_cases = 12 WHERE applies_to_asye");
            statement.execute("DELETE FROM agency_price_cap WHERE region = 'Nowhere Region'");
        }
    }

    private static String etag(String path) {
        return Api.given().get(path).then().statusCode(200).extract().header("ETag");
    }

    /** Paths here are sent as written: a price cap's region comes already encoded (a space as %20). */
    private static Response put(String path, String ifMatch, Object body) {
        var request = Api.given().urlEncodingEnabled(false).contentType("application/json").body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put(path);
    }

    @Test
    void aLeadChangesASettingWithItsETagAndTheChangeIsKept() {
        Api.given().get(SETTING).then().statusCode(200).body("key", equalTo("absence.bradford-trigger"))
                .body("value", equalTo(200.0));
        String etag = etag(SETTING);
        long history = RecordChanges.using(dataSource).of("measure-setting", "absence.bradford-trigger");
        Response changed = put(SETTING, etag, Map.of("value", 250));
        changed.then().statusCode(200).body("value", equalTo(250.0));
        String next = changed.header("ETag");
        assertEquals(Long.parseLong(etag.replace("\"", "")) + 1, Long.parseLong(next.replace("\"", "")));
        Api.given().get(SETTING + "/history").then().statusCode(200)
                .body("items[0].changeType", equalTo("updated"))
                .body("items[0].before.value", equalTo(200.0))
                .body("items[0].after.value", equalTo(250.0))
                .body("items[0].changedBy", equalTo("lead.user"));
        assertEquals(history + 1, RecordChanges.using(dataSource).of("measure-setting", "absence.bradford-trigger"));
        put(SETTING, etag, Map.of("value", 260)).then().statusCode(412);
        put(SETTING, null, Map.of("value", 260)).then().statusCode(428);
        put(SETTING, next, Map.of("value", 260.125)).then().statusCode(400).body("violations.field", contains("value"));
        put(SETTING, next, Map.of("value", -1)).then().statusCode(400).body("violations.field", contains("value"));
        Api.given().get(SETTING).then().body("value", equalTo(250.0));
        Api.given().get("/api/v1/measure-settings/no.such-key").then().statusCode(404);
        put("/api/v1/measure-settings/no.such-key", "\"1\"", Map.of("value", 1)).then().statusCode(404);
    }

    @Test
    void aLeadChangesCaseloadThresholdsOfARoleAndOfAsyeWorkers() {
        Api.given().get(THRESHOLD + "social-worker").then().statusCode(200).body("maxCases", equalTo(18))
                .body("role", equalTo("social-worker"));
        put(THRESHOLD + "social-worker", etag(THRESHOLD + "social-worker"), Map.of("maxCases", 17)).then()
                .statusCode(200).body("maxCases", equalTo(17));
        Api.given().get(THRESHOLD + "asye").then().statusCode(200).body("maxCases", equalTo(12));
        put(THRESHOLD + "asye", etag(THRESHOLD + "asye"), Map.of("maxCases", 10)).then().statusCode(200)
                .body("maxCases", equalTo(10)).body("key", equalTo("asye"));
        Api.given().get(THRESHOLD + "asye/history").then().statusCode(200)
                .body("items[0].before.maxCases", equalTo(12)).body("items[0].after.maxCases", equalTo(10));
        put(THRESHOLD + "asye", etag(THRESHOLD + "asye"), Map.of("maxCases", -1)).then().statusCode(400)
                .body("violations.field", contains("maxCases"));
        put(THRESHOLD + "asye", "\"999\"", Map.of("maxCases", 9)).then().statusCode(412);
        Api.given().get(THRESHOLD + "wizard").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "alpha.manager", roles = "team-manager")
    void onlyWorkforceLeadsChangeConfiguration() {
        String etag = etag(SETTING);
        put(SETTING, etag, Map.of("value", 1)).then().statusCode(403);
        put(THRESHOLD + "social-worker", etag(THRESHOLD + "social-worker"), Map.of("maxCases", 1)).then()
                .statusCode(403);
        Api.given().get(SETTING).then().body("value", equalTo(200.0));
    }

    @Test
    @TestSecurity(user = "machine.writer", roles = "machine-write")
    void machineClientsDoNotChangeConfiguration() {
        // configuration is for the reading roles (OperationRules: AGGREGATES), which a machine-write client is not
        Api.given().get(SETTING).then().statusCode(403);
        put(SETTING, "\"1\"", Map.of("value", 1)).then().statusCode(403);
    }

    @Test
    void aLeadAddsChangesAndRemovesAnAgencyPriceCapWithHistory() {
        Map<String, Object> cap = Map.of("region", "Nowhere Region", "jobType", "team-manager",
                "validFrom", "2026-04-01", "hourlyCap", 55.5);
        Response created = Api.given().contentType("application/json").body(cap).post("/api/v1/agency-price-caps");
        created.then().statusCode(201).header("ETag", "\"1\"").body("hourlyCap", equalTo(55.5));
        String path = created.header("Location");
        assertEquals("/api/v1/agency-price-caps/Nowhere%20Region/team-manager/2026-04-01",
                path.substring(path.indexOf("/api/")));
        Api.given().contentType("application/json").body(cap).post("/api/v1/agency-price-caps").then().statusCode(409);
        Api.given().urlEncodingEnabled(false).get(path).then().statusCode(200).header("ETag", "\"1\"")
                .body("region", equalTo("Nowhere Region"));
        put(path, "\"1\"", Map.of("hourlyCap", 57.0)).then().statusCode(200).header("ETag", "\"2\"")
                .body("hourlyCap", equalTo(57.0));
        put(path, "\"1\"", Map.of("hourlyCap", 58.0)).then().statusCode(412);
        put(path, null, Map.of("hourlyCap", 58.0)).then().statusCode(428);
        put(path, "\"2\"", Map.of("hourlyCap", 0)).then().statusCode(400).body("violations.field", contains("hourlyCap"));
        Api.given().urlEncodingEnabled(false).header("If-Match", "\"2\"").delete(path).then().statusCode(204);
        Api.given().urlEncodingEnabled(false).get(path).then().statusCode(404);
        Api.given().urlEncodingEnabled(false).get(path + "/history").then().statusCode(200)
                .body("items.changeType", contains("deleted", "updated", "created"))
                .body("items[1].before.hourlyCap", equalTo(55.5)).body("items[1].after.hourlyCap", equalTo(57.0));
        Api.given().get("/api/v1/agency-price-caps/{region}/social-worker/2026-04-01", "Nowhere Region").then()
                .statusCode(404);
    }

    @Test
    @TestSecurity(user = "alpha.manager", roles = "team-manager")
    void onlyWorkforceLeadsAddPriceCaps() {
        Api.given().contentType("application/json").body(Map.of("region", "Nowhere Region", "jobType",
                "team-manager", "validFrom", "2026-04-01", "hourlyCap", 55.5)).post("/api/v1/agency-price-caps")
                .then().statusCode(403);
        Api.given().get("/api/v1/agency-price-caps/{region}/social-worker/2024-01-01", "North West").then().statusCode(200)
                .body("hourlyCap", equalTo(40.0));
    }
}

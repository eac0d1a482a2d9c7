package org.workforceinsight.recording;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
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
 * Supervision rules and case weights changed one at a time. Other tests read the migration's policy and
 * weights, so each test here puts them back afterwards.
 */
@QuarkusTest
@TestSecurity(user = "lead.user", roles = "workforce-lead")
class PolicyRecordsApiTest {

    private static final String POLICY = "/api/v1/supervision-policies/";
    private static final String WEIGHT = "/api/v1/case-weights/";

    @Inject
    DataSource dataSource;

    @AfterEach
    void restoreTheMigrationsPolicyAndWeights() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM supervision_policy WHERE role_code IS NOT NULL");
            statement.execute("UPDATE supervision_policy SET interval_days = 31, supervised = true "
                    + "WHERE role_code IS NULL AND asye_from_day IS NULL");
            statement.execute("UPDATE supervision_policy SET interval_days = 7, supervised = true WHERE asye_from_day = 0");
            statement.execute("UPDATE case_weight SET points = 6.50 WHERE case_type = 'child-protection'");
        }
    }

    private static String etag(String path) {
        return Api.given().get(path).then().statusCode(200).extract().header("ETag");
    }

    private static Response put(String path, String ifMatch, Object body) {
        var request = Api.given().contentType("application/json").body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put(path);
    }

    private long changes(String type, String id) {
        return RecordChanges.using(dataSource).of(type, id);
    }

    @Test
    void aRoleWithoutItsOwnRuleFollowsTheDefaultUntilALeadGivesItOne() {
        Api.given().get(POLICY + "senior-practitioner").then().statusCode(200).header("ETag", "\"0\"")
                .body("key", equalTo("senior-practitioner")).body("role", equalTo("senior-practitioner"))
                .body("intervalDays", equalTo(31)).body("supervised", equalTo(true)).body("ownRule", equalTo(false));
        Response created = put(POLICY + "senior-practitioner", "\"0\"", Map.of("intervalDays", 42, "supervised", true));
        created.then().statusCode(200).header("ETag", "\"1\"").body("intervalDays", equalTo(42))
                .body("ownRule", equalTo(true));
        // a second first rule from the same "0" is stale, not a duplicate
        put(POLICY + "senior-practitioner", "\"0\"", Map.of("intervalDays", 40, "supervised", true)).then()
                .statusCode(412);
        put(POLICY + "senior-practitioner", "\"1\"", Map.of("intervalDays", 28, "supervised", false)).then()
                .statusCode(200).header("ETag", "\"2\"").body("supervised", equalTo(false));
        Api.given().get(POLICY + "senior-practitioner/history").then().statusCode(200)
                .body("items.changeType", contains("updated", "created"))
                .body("items[0].before.intervalDays", equalTo(42)).body("items[0].after.intervalDays", equalTo(28))
                .body("items[1].before", nullValue()).body("items[1].changedBy", equalTo("lead.user"));
        // the default is untouched by a role's own rule
        Api.given().get(POLICY + "default").then().statusCode(200).body("intervalDays", equalTo(31))
                .body("ownRule", equalTo(true)).body("role", nullValue());
    }

    @Test
    void aLeadChangesTheDefaultAndAnAsyeStageWithTheirETags() {
        String etag = etag(POLICY + "default");
        long before = changes("supervision-policy", "default");
        Response changed = put(POLICY + "default", etag, Map.of("intervalDays", 28, "supervised", true));
        changed.then().statusCode(200).body("intervalDays", equalTo(28));
        assertEquals(Long.parseLong(etag.replace("\"", "")) + 1,
                Long.parseLong(changed.header("ETag").replace("\"", "")));
        assertEquals(before + 1, changes("supervision-policy", "default"));
        Api.given().get(POLICY + "social-worker").then().statusCode(200).body("intervalDays", equalTo(28))
                .body("ownRule", equalTo(false));

        Api.given().get(POLICY + "asye-0").then().statusCode(200).body("asyeFromDay", equalTo(0))
                .body("asyeToDay", equalTo(42)).body("intervalDays", equalTo(7));
        put(POLICY + "asye-0", etag(POLICY + "asye-0"), Map.of("intervalDays", 10, "supervised", true)).then()
                .statusCode(200).body("intervalDays", equalTo(10)).body("asyeFromDay", equalTo(0));
    }

    @Test
    void aSupervisionRuleChangeIsRefusedWithoutACurrentETag() {
        String etag = etag(POLICY + "default");
        put(POLICY + "default", null, Map.of("intervalDays", 30, "supervised", true)).then().statusCode(428);
        put(POLICY + "default", "\"999\"", Map.of("intervalDays", 30, "supervised", true)).then().statusCode(412);
        put(POLICY + "default", "not-a-tag", Map.of("intervalDays", 30, "supervised", true)).then().statusCode(412);
        Api.given().get(POLICY + "default").then().header("ETag", etag).body("intervalDays", equalTo(31));
    }

    @Test
    void aSupervisionRuleWithABadFieldIsRefusedNamingTheField() {
        String etag = etag(POLICY + "default");
        put(POLICY + "default", etag, Map.of("intervalDays", 0, "supervised", true)).then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", contains("intervalDays"));
        put(POLICY + "default", etag, Map.of("intervalDays", 367, "supervised", true)).then().statusCode(400)
                .body("violations.field", contains("intervalDays"));
        put(POLICY + "default", etag, Map.of("supervised", true)).then().statusCode(400)
                .body("violations.field", contains("intervalDays"));
        put(POLICY + "default", etag, Map.of("intervalDays", 30)).then().statusCode(400)
                .body("violations.field", contains("supervised"));
        Api.given().get(POLICY + "default").then().header("ETag", etag).body("intervalDays", equalTo(31));
    }

    @Test
    void unknownSupervisionRulesAreNotFound() {
        Api.given().get(POLICY + "wizard").then().statusCode(404);
        Api.given().get(POLICY + "asye-5").then().statusCode(404);
        Api.given().get(POLICY + "asye-x").then().statusCode(404);
        put(POLICY + "wizard", "\"0\"", Map.of("intervalDays", 30, "supervised", true)).then().statusCode(404);
        Api.given().get(POLICY + "wizard/history").then().statusCode(404);
    }

    @Test
    void aLeadChangesACaseWeightWithItsETagAndTheChangeIsKept() {
        Api.given().get(WEIGHT + "child-protection").then().statusCode(200).body("caseType", equalTo("child-protection"))
                .body("points", equalTo(6.5));
        String etag = etag(WEIGHT + "child-protection");
        Response changed = put(WEIGHT + "child-protection", etag, Map.of("points", 7.25));
        changed.then().statusCode(200).body("points", equalTo(7.25));
        String next = changed.header("ETag");
        Api.given().get(WEIGHT + "child-protection/history").then().statusCode(200)
                .body("items[0].changeType", equalTo("updated")).body("items[0].before.points", equalTo(6.5))
                .body("items[0].after.points", equalTo(7.25));
        put(WEIGHT + "child-protection", etag, Map.of("points", 8)).then().statusCode(412);
        put(WEIGHT + "child-protection", null, Map.of("points", 8)).then().statusCode(428);
        put(WEIGHT + "child-protection", next, Map.of("points", 7.125)).then().statusCode(400)
                .body("violations.field", contains("points"));
        put(WEIGHT + "child-protection", next, Map.of("points", -1)).then().statusCode(400)
                .body("violations.field", contains("points"));
        put(WEIGHT + "child-protection", next, Map.of()).then().statusCode(400)
                .body("violations.field", contains("points"));
        Api.given().get(WEIGHT + "child-protection").then().body("points", equalTo(7.25));
        Api.given().get(WEIGHT + "no-such-type").then().statusCode(404);
        put(WEIGHT + "no-such-type", "\"1\"", Map.of("points", 1)).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "alpha.manager", roles = "team-manager")
    void onlyWorkforceLeadsChangeThePolicyAndWeights() {
        put(POLICY + "default", etag(POLICY + "default"), Map.of("intervalDays", 1, "supervised", true)).then()
                .statusCode(403);
        put(POLICY + "social-worker", "\"0\"", Map.of("intervalDays", 1, "supervised", true)).then().statusCode(403);
        put(WEIGHT + "child-protection", etag(WEIGHT + "child-protection"), Map.of("points", 1)).then().statusCode(403);
        Api.given().get(POLICY + "default").then().body("intervalDays", equalTo(31));
        Api.given().get(WEIGHT + "child-protection").then().body("points", equalTo(6.5));
    }

    @Test
    @TestSecurity(user = "viewer.user", roles = "viewer")
    void viewersReadThePolicyButDoNotChangeIt() {
        Api.given().get(POLICY + "default").then().statusCode(200);
        put(POLICY + "default", etag(POLICY + "default"), Map.of("intervalDays", 1, "supervised", true)).then()
                .statusCode(403);
        put(WEIGHT + "other", etag(WEIGHT + "other"), Map.of("points", 1)).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "machine.writer", roles = "machine-write")
    void machineClientsDoNotChangeThePolicy() {
        Api.given().get(POLICY + "default").then().statusCode(403);
        put(POLICY + "default", "\"1\"", Map.of("intervalDays", 1, "supervised", true)).then().statusCode(403);
        put(WEIGHT + "other", "\"1\"", Map.of("points", 1)).then().statusCode(403);
    }
}

package org.workforceinsight.recording;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.workforceinsight.testsupport.Api;
import org.workforceinsight.testsupport.Concurrently;
import org.workforceinsight.testsupport.RecordChanges;
import org.workforceinsight.testsupport.SmallCouncil;
import org.workforceinsight.testsupport.TestData;

/** Measure targets as kept records: created, corrected and deleted by id, with versions and history. */
@QuarkusTest
@TestSecurity(user = SmallCouncil.LEAD, roles = "workforce-lead")
class MeasureTargetRecordsApiTest {

    private static final String TARGETS = "/api/v1/measure-target-records/";

    static SmallCouncil c;
    static TestData data;
    static RecordChanges changes;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void seed() {
        if (c == null) {
            data = TestData.using(dataSource).reset();
            c = SmallCouncil.create(data);
            changes = RecordChanges.using(dataSource);
        }
    }

    static Map<String, Object> target(String measure, UUID node, double target) {
        Map<String, Object> body = new HashMap<>(Map.of("measure", measure, "target", target,
                "direction", "lower-is-better", "amberTolerance", 2.0));
        if (node != null) {
            body.put("nodeId", node.toString());
        }
        return body;
    }

    static Response post(Object body) {
        return Api.given().contentType("application/json").body(body).post("/api/v1/measure-target-records");
    }

    static Response put(String id, String ifMatch, Object body) {
        var request = Api.given().contentType("application/json").body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put(TARGETS + id);
    }

    static Response delete(String id, String ifMatch) {
        var request = Api.given();
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.delete(TARGETS + id);
    }

    @Test
    void aLeadSetsCorrectsAndRemovesATeamsTargetWithHistory() {
        Response created = post(target("turnoverRate", c.alpha, 12.0));
        created.then().statusCode(201).header("ETag", "\"1\"").body("node.id", equalTo(c.alpha.toString()))
                .body("target", equalTo(12.0)).body("updatedBy", equalTo(SmallCouncil.LEAD));
        String id = created.path("id");
        Api.given().queryParam("nodeId", c.alpha.toString()).get("/api/v1/measure-targets").then().statusCode(200)
                .body("find { it.measure == 'turnoverRate' }.target", equalTo(12.0));
        put(id, "\"1\"", target("turnoverRate", c.alpha, 11.0)).then().statusCode(200).header("ETag", "\"2\"")
                .body("target", equalTo(11.0));
        Api.given().get(TARGETS + id + "/history").then().statusCode(200)
                .body("items.changeType", contains("updated", "created"))
                .body("items[0].before.target", equalTo(12.0)).body("items[0].after.target", equalTo(11.0));
        delete(id, "\"1\"").then().statusCode(412);
        delete(id, "\"2\"").then().statusCode(204);
        Api.given().get(TARGETS + id).then().statusCode(404);
        Api.given().get(TARGETS + id + "/history").then().statusCode(200)
                .body("items[0].changeType", equalTo("deleted"));
    }

    @Test
    void aSecondTargetForTheSameMeasureAndNodeIsAConflict() {
        long targets = data.count("measure_target");
        // the migration's council-wide agencyRate target is there already; the council's id means council-wide
        post(target("agencyRate", null, 9.0)).then().statusCode(409).contentType("application/problem+json");
        post(target("agencyRate", c.council, 9.0)).then().statusCode(409);
        post(target("agencyRate", c.beta, 9.0)).then().statusCode(201);
        post(target("agencyRate", c.beta, 8.0)).then().statusCode(409);
        assertEquals(targets + 1, data.count("measure_target"));
    }

    @Test
    void everyBadFieldIsNamedAndNothingIsWritten() {
        long targets = data.count("measure_target");
        long history = changes.all();
        post(target("agencyRate", UUID.randomUUID(), 9.0)).then().statusCode(400)
                .body("violations.field", contains("nodeId"));
        post(target("noSuchMeasure", c.gamma, 9.0)).then().statusCode(400).body("violations.field", contains("measure"));
        Map<String, Object> negative = target("agencyRate", c.gamma, 9.0);
        negative.put("amberTolerance", -1);
        post(negative).then().statusCode(400).body("violations.field", contains("amberTolerance"));
        assertEquals(targets, data.count("measure_target"));
        assertEquals(history, changes.all());
    }

    @Test
    void changesNeedTheCurrentETag() throws Exception {
        String id = post(target("vacancyRate", c.gamma, 9.0)).then().statusCode(201).extract().path("id");
        put(id, null, target("vacancyRate", c.gamma, 8.0)).then().statusCode(428);
        delete(id, null).then().statusCode(428);
        put(UUID.randomUUID().toString(), "\"1\"", target("vacancyRate", c.gamma, 8.0)).then().statusCode(404);
        List<Integer> statuses = Concurrently.statuses(List.<IntSupplier>of(
                () -> put(id, "\"1\"", target("vacancyRate", c.gamma, 7.0)).statusCode(),
                () -> put(id, "\"1\"", target("vacancyRate", c.gamma, 6.0)).statusCode()));
        assertEquals(List.of(200, 412), statuses.stream().sorted().toList());
        assertEquals(2, changes.of("measure-target", id));
    }

    @Test
    @TestSecurity(user = SmallCouncil.TEAM_MANAGER_ALPHA, roles = "team-manager")
    void onlyWorkforceLeadsWriteTargetsButEveryReadingRoleReadsThem() {
        Response council = Api.given().get(TARGETS + "00000000-0000-4000-8000-000000000001");
        council.then().statusCode(200).body("measure", equalTo("agencyRate")).body("$", not(hasKey("node")));
        post(target("turnoverRate", c.alpha, 1.0)).then().statusCode(403);
        put("00000000-0000-4000-8000-000000000001", council.header("ETag"), target("agencyRate", null, 1.0))
                .then().statusCode(403);
        delete("00000000-0000-4000-8000-000000000001", council.header("ETag")).then().statusCode(403);
    }
}

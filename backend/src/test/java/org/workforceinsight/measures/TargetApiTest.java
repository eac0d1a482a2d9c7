package org.workforceinsight.measures;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.workforceinsight.testsupport.MeasureCouncil.AS_AT;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.workforceinsight.testsupport.Api;
import org.workforceinsight.testsupport.MeasureCouncil;
import org.workforceinsight.testsupport.TestData;

/**
 * Targets: council-wide, overridden per node, inherited from the nearest ancestor, and the RAG status they
 * give the figures of {@link MeasureCouncil} (agency rate as at 12 March 2025: Team A 20.0, Team B 0.0,
 * Family Help 12.5; in-post FTE: Team A 2.0, Team B 0.5, Family Help 3.5).
 */
@QuarkusTest
@TestSecurity(user = MeasureCouncil.LEAD, roles = "workforce-lead")
class TargetApiTest {

    static MeasureCouncil c;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void seed() throws SQLException {
        if (c == null) {
            c = MeasureCouncil.create(TestData.using(dataSource).reset());
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM measure_target");
        }
    }

    /** Sets a target where the node has none of its own yet (If-Match "0"). */
    private static ValidatableResponse put(String measure, UUID node, String body) {
        return put(measure, node, body, "\"0\"");
    }

    private static ValidatableResponse put(String measure, UUID node, String body, String ifMatch) {
        var request = Api.given().contentType("application/json").body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (node != null) {
            request.queryParam("nodeId", node);
        }
        return request.put("/api/v1/measure-targets/{m}", measure).then();
    }

    private static ValidatableResponse targets(UUID node) {
        var request = Api.given();
        if (node != null) {
            request.queryParam("nodeId", node);
        }
        return request.get("/api/v1/measure-targets").then().statusCode(200);
    }

    private static ValidatableResponse measure(UUID node, String measure) {
        return Api.given().queryParam("asAt", AS_AT.toString()).queryParam("measure", measure)
                .get("/api/v1/organisation-nodes/{id}/measures", node).then().statusCode(200);
    }

    @Test
    void overridesAreInheritedFromTheNearestAncestorAndColourTheFigures() {
        put("agencyRate", null, "{\"target\": 10, \"direction\": \"lower-is-better\", \"amberTolerance\": 5}")
                .statusCode(200)
                .body("measure", equalTo("agencyRate"))
                .body("$", not(hasKey("node")))
                .body("target", equalTo(10.0))
                .body("direction", equalTo("lower-is-better"))
                .body("amberTolerance", equalTo(5.0))
                .body("inherited", equalTo(false))
                .body("updatedBy", equalTo(MeasureCouncil.LEAD))
                .body("updatedAt", notNullValue());
        put("agencyRate", c.teamA, "{\"target\": 25, \"direction\": \"lower-is-better\", \"amberTolerance\": 5}")
                .statusCode(200)
                .body("node.id", equalTo(c.teamA.toString()))
                .body("target", equalTo(25.0));

        targets(c.teamA).body("", hasSize(1))
                .body("[0].measure", equalTo("agencyRate"))
                .body("[0].target", equalTo(25.0))
                .body("[0].inherited", equalTo(false))
                .body("[0].node.name", equalTo("Team A"));
        targets(c.teamB).body("[0].target", equalTo(10.0)).body("[0].inherited", equalTo(true))
                .body("[0]", not(hasKey("node")));
        targets(null).body("[0].target", equalTo(10.0)).body("[0].inherited", equalTo(false));
        targets(c.council).body("[0].inherited", equalTo(false));
        targets(c.s1).body("[0].inherited", equalTo(true));

        // Team A 20.0 meets its own 25; Team B 0.0 meets 10; Family Help 12.5 misses 10 by 2.5 <= 5: amber
        measure(c.teamA, "agencyRate").body("measures[0].rag", equalTo("green"))
                .body("measures[0].target.target", equalTo(25.0))
                .body("measures[0].target.sourceNodeId", equalTo(c.teamA.toString()));
        measure(c.teamB, "agencyRate").body("measures[0].rag", equalTo("green"))
                .body("measures[0].target", not(hasKey("sourceNodeId")));
        measure(c.s1, "agencyRate").body("measures[0].rag", equalTo("amber"));

        // a service override: Family Help misses 5 by 7.5 > 5: red; Team B now inherits it
        put("agencyRate", c.s1, "{\"target\": 5, \"direction\": \"lower-is-better\", \"amberTolerance\": 5}")
                .statusCode(200);
        measure(c.s1, "agencyRate").body("measures[0].rag", equalTo("red"));
        targets(c.teamB).body("[0].target", equalTo(5.0)).body("[0].inherited", equalTo(true))
                .body("[0].node.name", equalTo("Family Help"));

        // the series carries the target and a RAG per point: 20.0 each month against Team A's 25
        Api.given().queryParam("from", "2025-01-01").queryParam("to", "2025-03-12")
                .get("/api/v1/organisation-nodes/{id}/measures/{m}/series", c.teamA, "agencyRate")
                .then().statusCode(200)
                .body("target.target", equalTo(25.0))
                .body("points.value", contains(20.0, 20.0, 20.0))
                .body("points.rag", contains("green", "green", "green"));

        // removing Team A's override: it inherits Family Help's 5, and 20.0 misses it by 15: red
        Api.given().queryParam("nodeId", c.teamA).header("If-Match", "\"1\"")
                .delete("/api/v1/measure-targets/{m}", "agencyRate").then().statusCode(204);
        targets(c.teamA).body("[0].target", equalTo(5.0)).body("[0].inherited", equalTo(true));
        measure(c.teamA, "agencyRate").body("measures[0].rag", equalTo("red"));
        Api.given().queryParam("nodeId", c.teamA).header("If-Match", "\"1\"")
                .delete("/api/v1/measure-targets/{m}", "agencyRate").then().statusCode(404);

        // the council's own id stands for the council-wide target
        put("agencyRate", c.council, "{\"target\": 12, \"direction\": \"lower-is-better\", \"amberTolerance\": 1}",
                "\"1\"").statusCode(200).body("$", not(hasKey("node")));
        targets(null).body("[0].target", equalTo(12.0));
        Api.given().header("If-Match", "\"2\"").delete("/api/v1/measure-targets/{m}", "agencyRate").then()
                .statusCode(204);
        targets(null).body("", hasSize(0));
    }

    @Test
    void targetsSetHereAreVersionedCheckedAgainstIfMatchAndKeptInTheHistory() {
        String body = "{\"target\": 10, \"direction\": \"lower-is-better\", \"amberTolerance\": 5}";
        put("agencyRate", c.teamA, body, null).statusCode(428).contentType("application/problem+json");
        targets(c.teamA).body("", hasSize(0));

        String id = put("agencyRate", c.teamA, body).statusCode(200).header("ETag", "\"1\"")
                .body("version", equalTo(1)).extract().path("id");
        targets(c.teamA).body("[0].id", equalTo(id)).body("[0].version", equalTo(1));
        // "0" says the node had no target of its own: someone set one meanwhile
        put("agencyRate", c.teamA, body).statusCode(412);
        put("agencyRate", c.teamA, body.replace("10", "11"), "\"1\"").statusCode(200).header("ETag", "\"2\"")
                .body("target", equalTo(11.0));
        put("agencyRate", c.teamA, body.replace("10", "12"), "\"1\"").statusCode(412);
        targets(c.teamA).body("[0].target", equalTo(11.0));

        // the same record as /measure-target-records: its ETag and its history
        Api.given().get("/api/v1/measure-target-records/{id}", id).then().statusCode(200).header("ETag", "\"2\"");
        Api.given().get("/api/v1/measure-target-records/{id}/history", id).then().statusCode(200)
                .body("items.changeType", contains("updated", "created"));

        Api.given().queryParam("nodeId", c.teamA).delete("/api/v1/measure-targets/{m}", "agencyRate").then()
                .statusCode(428);
        Api.given().queryParam("nodeId", c.teamA).header("If-Match", "\"1\"")
                .delete("/api/v1/measure-targets/{m}", "agencyRate").then().statusCode(412);
        Api.given().queryParam("nodeId", c.teamA).header("If-Match", "\"2\"")
                .delete("/api/v1/measure-targets/{m}", "agencyRate").then().statusCode(204);
        Api.given().get("/api/v1/measure-target-records/{id}/history", id).then().statusCode(200)
                .body("items.changeType", contains("deleted", "updated", "created"));
        // a version of a target no longer there
        put("agencyRate", c.teamA, body, "\"2\"").statusCode(412);
        targets(c.teamA).body("", hasSize(0));
    }

    @Test
    void higherIsBetterTargets() {
        // in-post FTE against 2.4, amber within 0.5: Family Help 3.5 green, Team A 2.0 amber (0.4 short),
        // Team B 0.5 red (1.9 short)
        put("inPostFte", null, "{\"target\": 2.4, \"direction\": \"higher-is-better\", \"amberTolerance\": 0.5}")
                .statusCode(200);
        measure(c.s1, "inPostFte").body("measures[0].rag", equalTo("green"));
        measure(c.teamA, "inPostFte").body("measures[0].rag", equalTo("amber"))
                .body("measures[0].target.direction", equalTo("higher-is-better"));
        measure(c.teamB, "inPostFte").body("measures[0].rag", equalTo("red"));
    }

    @Test
    void badTargetsAreNamed() {
        put("agencyRate", null, "{\"direction\": \"lower-is-better\", \"amberTolerance\": 5}")
                .statusCode(400).body("violations.field", hasItem("target"));
        put("agencyRate", null, "{\"target\": 10, \"direction\": \"lower-is-better\", \"amberTolerance\": -1}")
                .statusCode(400).body("violations.field", hasItem("amberTolerance"));
        put("agencyRate", null, "{\"target\": 2000000000, \"direction\": \"lower-is-better\", \"amberTolerance\": 1}")
                .statusCode(400).body("violations.field", hasItem("target"));
        put("agencyRate", null, "{\"target\": 10, \"direction\": \"sideways\", \"amberTolerance\": 1}")
                .statusCode(400).body("violations.field", hasItem("direction"));
        put("agencyRate", UUID.randomUUID(), "{\"target\": 10, \"direction\": \"lower-is-better\", \"amberTolerance\": 1}")
                .statusCode(404);
        put("notAMeasure", null, "{\"target\": 10, \"direction\": \"lower-is-better\", \"amberTolerance\": 1}")
                .statusCode(404);
        Api.given().queryParam("nodeId", UUID.randomUUID()).get("/api/v1/measure-targets").then().statusCode(404);
        targets(null).body("", hasSize(0));
    }

    @Test
    @TestSecurity(user = MeasureCouncil.MANAGER_A, roles = "team-manager")
    void onlyWorkforceLeadsChangeTargets() {
        put("agencyRate", c.teamA, "{\"target\": 10, \"direction\": \"lower-is-better\", \"amberTolerance\": 5}")
                .statusCode(403).contentType("application/problem+json");
        Api.given().header("If-Match", "\"1\"").delete("/api/v1/measure-targets/{m}", "agencyRate").then()
                .statusCode(403);
        targets(c.teamA).body("", hasSize(0));
    }

    @Test
    @TestSecurity(user = MeasureCouncil.HEAD_OF_S1, roles = "senior-manager")
    void seniorManagersCannotChangeTargetsEither() {
        put("agencyRate", c.s1, "{\"target\": 10, \"direction\": \"lower-is-better\", \"amberTolerance\": 5}")
                .statusCode(403);
    }
}

package org.workforceinsight.workers;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.workforceinsight.testsupport.Api;
import org.workforceinsight.testsupport.SmallCouncil;
import org.workforceinsight.testsupport.TestData;

/**
 * Leavers of the small council: Jack Jones left Gamma Team on 1 March 2025 (pay, exit interview held);
 * Lara Lane, a 0.8 social worker, left Alpha Team on 14 February 2025 (moving away, no interview);
 * Mo Moss left Beta Team on 10 January 2024 with no reason recorded.
 */
@QuarkusTest
@TestSecurity(user = SmallCouncil.LEAD, roles = "workforce-lead")
class LeaversApiTest {

    static SmallCouncil c;
    static UUID lane;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void seed() {
        if (c == null) {
            TestData data = TestData.using(dataSource).reset();
            c = SmallCouncil.create(data);
            data.leaving(c.jones, LocalDate.of(2025, 3, 1), "pay", true);
            lane = data.worker("Lara", "Lane").create();
            data.assignment(lane, c.alpha, "social-worker", "permanent", "0.80", LocalDate.of(2023, 1, 1),
                    LocalDate.of(2025, 2, 14));
            data.leaving(lane, LocalDate.of(2025, 2, 14), "relocation", false);
            UUID moss = data.worker("Mo", "Moss").create();
            data.assignment(moss, c.beta, "family-support-worker", "fixed-term", "1.00", LocalDate.of(2023, 1, 1),
                    LocalDate.of(2024, 1, 10));
            data.leaving(moss, LocalDate.of(2024, 1, 10), null, false);
        }
    }

    private static RequestSpecification in2025() {
        return Api.given().queryParam("from", "2025-01-01").queryParam("to", "2025-03-12");
    }

    @Test
    void leaversLatestFirstWithWhereTheyLeftFromAndWhy() {
        in2025().get("/api/v1/leavers").then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.worker.familyName", contains("Jones", "Lane"))
                .body("items.leavingDate", contains("2025-03-01", "2025-02-14"))
                .body("items.node.name", contains("Gamma Team", "Alpha Team"))
                .body("items.role", contains("social-worker", "social-worker"))
                .body("items.fte", contains(1.0, 0.8))
                .body("items[0].reason.code", equalTo("pay"))
                .body("items[0].reason.name", equalTo("Pay"))
                .body("items[0].reason.insideCouncilControl", equalTo(true))
                .body("items[0].reason.active", equalTo(true))
                .body("items[0].exitInterviewHeld", equalTo(true))
                .body("items[1].reason.insideCouncilControl", equalTo(false))
                .body("items[1].exitInterviewHeld", equalTo(false));
        Api.given().queryParam("from", "2024-01-01").queryParam("to", "2024-12-31").get("/api/v1/leavers")
                .then().statusCode(200)
                .body("items.worker.familyName", contains("Moss"))
                .body("items[0].reason", nullValue())
                .body("items[0].role", equalTo("family-support-worker"));
        in2025().queryParam("size", 1).queryParam("page", 1).get("/api/v1/leavers").then().statusCode(200)
                .body("totalItems", equalTo(2)).body("items.worker.familyName", contains("Lane"));
    }

    @Test
    void nodeFilterUsesTheTeamTheyLeftFrom() {
        in2025().queryParam("nodeId", c.s1.toString()).get("/api/v1/leavers").then().statusCode(200)
                .body("items.worker.familyName", contains("Lane"));
        in2025().queryParam("nodeId", c.gamma.toString()).get("/api/v1/leavers").then().statusCode(200)
                .body("items.worker.familyName", contains("Jones"));
        in2025().queryParam("nodeId", UUID.randomUUID().toString()).get("/api/v1/leavers").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = SmallCouncil.TEAM_MANAGER_ALPHA, roles = "team-manager")
    void aTeamManagerSeesOnlyTheirTeamsLeavers() {
        in2025().get("/api/v1/leavers").then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items.worker.familyName", contains("Lane"));
        in2025().queryParam("nodeId", c.gamma.toString()).get("/api/v1/leavers").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = SmallCouncil.TEAM_MANAGER_ALPHA, roles = "team-manager")
    void leavingReasonsInDisplayOrder() {
        Api.given().get("/api/v1/leaving-reasons").then().statusCode(200)
                .body("", hasSize(13))
                .body("[0].code", equalTo("caseload-workload"))
                .body("[0].name", equalTo("Caseload or workload"))
                .body("[0].insideCouncilControl", equalTo(true))
                .body("[0].active", equalTo(true))
                .body("[6].code", equalTo("relocation"))
                .body("[6].insideCouncilControl", equalTo(false))
                .body("[12].code", equalTo("not-known"));
    }
}

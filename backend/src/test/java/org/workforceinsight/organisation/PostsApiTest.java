package org.workforceinsight.organisation;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.workforceinsight.testsupport.SmallCouncil.AS_AT;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
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
 * The establishment. Posts of the small council:
 * Alpha social worker 3.0 (2024-01-01, open), Alpha senior practitioner 1.0 (2024-01-01 to 2024-12-31),
 * Beta social worker 2.0 (from 2025-01-01), Gamma social worker 1.5 (2023-01-01, open),
 * Gamma team manager 1.0 (from 2025-04-01, after the as-at date).
 */
@QuarkusTest
@TestSecurity(user = SmallCouncil.LEAD, roles = "workforce-lead")
class PostsApiTest {

    static SmallCouncil c;
    static UUID alphaSocialWorkers;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void seed() {
        if (c == null) {
            TestData data = TestData.using(dataSource).reset();
            c = SmallCouncil.create(data);
            alphaSocialWorkers = data.post(c.alpha, "social-worker", "3.00", LocalDate.of(2024, 1, 1), null);
            data.post(c.alpha, "senior-practitioner", "1.00", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
            data.post(c.beta, "social-worker", "2.00", LocalDate.of(2025, 1, 1), null);
            data.post(c.gamma, "social-worker", "1.50", LocalDate.of(2023, 1, 1), null);
            data.post(c.gamma, "team-manager", "1.00", LocalDate.of(2025, 4, 1), null);
        }
    }

    @Test
    void postsActiveOnTheDateOrderedByTeamThenRole() {
        Api.given().queryParam("activeOn", AS_AT.toString()).get("/api/v1/posts")
                .then().statusCode(200)
                .body("totalItems", equalTo(3))
                .body("page", equalTo(0))
                .body("size", equalTo(50))
                .body("items.node.name", contains("Alpha Team", "Beta Team", "Gamma Team"))
                .body("items.role", contains("social-worker", "social-worker", "social-worker"))
                .body("items.fte", contains(3.0, 2.0, 1.5))
                .body("items[0].id", equalTo(alphaSocialWorkers.toString()))
                .body("items[0].node.nodeType", equalTo("team"))
                .body("items[0].startDate", equalTo("2024-01-01"))
                .body("items[0].endDate", nullValue());
        // in June 2024 the senior practitioner post was funded and Beta's post not yet
        Api.given().queryParam("activeOn", "2024-06-01").get("/api/v1/posts")
                .then().statusCode(200)
                .body("items.node.name", contains("Alpha Team", "Alpha Team", "Gamma Team"))
                .body("items.role", contains("social-worker", "senior-practitioner", "social-worker"))
                .body("items[1].endDate", equalTo("2024-12-31"));
    }

    @Test
    void nodeFilterTakesTheNodeAndEverythingBeneathIt() {
        Api.given().queryParam("activeOn", AS_AT.toString()).queryParam("nodeId", c.s1.toString()).get("/api/v1/posts")
                .then().statusCode(200)
                .body("items.node.name", contains("Alpha Team", "Beta Team"));
        Api.given().queryParam("activeOn", "2025-04-01").queryParam("nodeId", c.gamma.toString()).get("/api/v1/posts")
                .then().statusCode(200)
                .body("items.role", contains("social-worker", "team-manager"));
    }

    @Test
    void pagesKeepTheOrder() {
        Api.given().queryParam("activeOn", AS_AT.toString()).queryParam("page", 1).queryParam("size", 2)
                .get("/api/v1/posts").then().statusCode(200)
                .body("totalItems", equalTo(3))
                .body("page", equalTo(1))
                .body("size", equalTo(2))
                .body("items.node.name", contains("Gamma Team"));
        Api.given().queryParam("activeOn", AS_AT.toString()).queryParam("page", 5).get("/api/v1/posts")
                .then().statusCode(200).body("totalItems", equalTo(3)).body("items", hasSize(0));
    }

    @Test
    @TestSecurity(user = SmallCouncil.TEAM_MANAGER_ALPHA, roles = "team-manager")
    void aTeamManagerSeesOnlyTheirTeamsPosts() {
        Api.given().queryParam("activeOn", AS_AT.toString()).get("/api/v1/posts")
                .then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items.node.name", contains("Alpha Team"));
        Api.given().queryParam("nodeId", c.gamma.toString()).get("/api/v1/posts")
                .then().statusCode(403).contentType("application/problem+json");
        Api.given().queryParam("nodeId", c.s1.toString()).get("/api/v1/posts").then().statusCode(403);
    }

    @Test
    void unknownNodeIsNotFoundAndBadParametersAreNamed() {
        Api.given().queryParam("nodeId", UUID.randomUUID().toString()).get("/api/v1/posts")
                .then().statusCode(404).contentType("application/problem+json");
        Api.given().queryParam("activeOn", "2025-02-30").queryParam("nodeId", "x").get("/api/v1/posts")
                .then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.containsInAnyOrder("activeOn", "nodeId"));
    }
}

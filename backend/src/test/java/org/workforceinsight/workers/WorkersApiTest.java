package org.workforceinsight.workers;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.workforceinsight.testsupport.SmallCouncil.AS_AT;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.workforceinsight.testsupport.Api;
import org.workforceinsight.testsupport.SmallCouncil;
import org.workforceinsight.testsupport.TestData;

@QuarkusTest
@TestSecurity(user = SmallCouncil.LEAD, roles = "workforce-lead")
class WorkersApiTest {

    static SmallCouncil c;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void seed() {
        if (c == null) {
            c = SmallCouncil.create(TestData.using(dataSource).reset());
        }
    }

    @Test
    void listsWorkersInPostOnTheDateOrderedByName() {
        Api.given().queryParam("activeOn", AS_AT.toString()).get("/api/v1/workers")
                .then().statusCode(200)
                .body("page", equalTo(0))
                .body("size", equalTo(50))
                .body("totalItems", equalTo(10))
                .body("items.familyName", contains("Adams", "Brown", "Clarke", "Davies", "Evans", "Foster", "Green",
                        "Hill", "Irwin", "Owen"))
                .body("items[0].externalId", equalTo("TEST-" + c.adams.toString().substring(0, 8)))
                .body("items[0].sweRegistrationNumber", equalTo("SW000001"))
                .body("items[0].currentAssignment.team.name", equalTo("Alpha Team"))
                .body("items[0].currentAssignment.role", equalTo("social-worker"))
                .body("items[0].currentAssignment.fte", equalTo(1.0))
                .body("items[0].currentAssignment.startDate", equalTo("2023-01-01"))
                .body("items[0].currentAssignment.endDate", nullValue())
                .body("items[2].asye", equalTo(true))
                .body("items[5].currentAssignment.team.name", equalTo("Beta Team"));
    }

    @Test
    void filtersCombine() {
        Api.given().queryParam("activeOn", AS_AT.toString()).queryParam("roleCode", "social-worker")
                .get("/api/v1/workers").then().statusCode(200)
                .body("items.familyName", contains("Adams", "Brown", "Clarke", "Green", "Hill", "Irwin"));
        Api.given().queryParam("activeOn", AS_AT.toString()).queryParam("employmentType", "agency")
                .get("/api/v1/workers").then().statusCode(200)
                .body("items.familyName", contains("Brown"));
        Api.given().queryParam("activeOn", AS_AT.toString()).queryParam("teamId", c.beta.toString())
                .get("/api/v1/workers").then().statusCode(200)
                .body("items.familyName", contains("Foster", "Green", "Hill"));
        Api.given().queryParam("activeOn", AS_AT.toString()).queryParam("teamId", c.alpha.toString())
                .queryParam("roleCode", "social-worker").queryParam("employmentType", "permanent")
                .get("/api/v1/workers").then().statusCode(200)
                .body("items.familyName", contains("Adams", "Clarke"));
        // on 20 February Finn Foster was still in Alpha Team; Jack Jones had not left
        Api.given().queryParam("activeOn", "2025-02-20").queryParam("teamId", c.alpha.toString())
                .get("/api/v1/workers").then().statusCode(200)
                .body("items.familyName", contains("Adams", "Brown", "Clarke", "Davies", "Evans", "Foster"));
        Api.given().queryParam("activeOn", "2025-02-20").queryParam("teamId", c.gamma.toString())
                .get("/api/v1/workers").then().statusCode(200)
                .body("items.familyName", contains("Irwin", "Jones"));
    }

    @Test
    void pagesHaveAnEnvelopeAndACap() {
        Api.given().queryParam("activeOn", AS_AT.toString()).queryParam("page", 1).queryParam("size", 2)
                .get("/api/v1/workers").then().statusCode(200)
                .body("page", equalTo(1))
                .body("size", equalTo(2))
                .body("totalItems", equalTo(10))
                .body("items.familyName", contains("Clarke", "Davies"));
        Api.given().queryParam("activeOn", AS_AT.toString()).queryParam("page", 9).queryParam("size", 2)
                .get("/api/v1/workers").then().statusCode(200)
                .body("totalItems", equalTo(10))
                .body("items", hasSize(0));
        Api.given().queryParam("size", 200).get("/api/v1/workers").then().statusCode(200);
        Api.given().queryParam("size", 201).get("/api/v1/workers")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Bad Request"))
                .body("violations.field", contains("size"))
                .body("violations[0].detail", equalTo("must be less than or equal to 200"));
        Api.given().queryParam("size", 0).queryParam("page", -1).get("/api/v1/workers")
                .then().statusCode(400)
                .body("violations.field", containsInAnyOrder("page", "size"));
    }

    @Test
    void oneWorkerWithHistoryOldestFirst() {
        Api.given().get("/api/v1/workers/{id}", c.foster).then().statusCode(200)
                .body("id", equalTo(c.foster.toString()))
                .body("givenName", equalTo("Finn"))
                .body("familyName", equalTo("Foster"))
                .body("asye", equalTo(false))
                .body("assignments", hasSize(2))
                .body("assignments.team.name", contains("Alpha Team", "Beta Team"))
                .body("assignments[0].startDate", equalTo("2024-01-01"))
                .body("assignments[0].endDate", equalTo("2025-03-01"))
                .body("assignments[1].startDate", equalTo("2025-03-02"))
                .body("assignments[1].employmentType", equalTo("fixed-term"))
                .body("assignments[1].fte", equalTo(0.5));
        Api.given().get("/api/v1/workers/{id}", c.clarke).then().statusCode(200)
                .body("asyeStartDate", equalTo("2024-09-01"));
    }

    @Test
    void rolesInDisplayOrderWithThresholds() {
        Api.given().get("/api/v1/roles").then().statusCode(200)
                .body("", hasSize(11))
                .body("code[0]", equalTo("social-worker"))
                .body("[0].caseloadThreshold", equalTo(18))
                .body("[0].dfeRoleGroup", equalTo("case-holder"))
                .body("[0].qualifiedSocialWork", equalTo(true))
                .body("[0].holdsCases", equalTo(true))
                .body("[1].caseloadThreshold", equalTo(16))
                .body("[2].code", equalTo("advanced-practitioner"))
                .body("[2].caseloadThreshold", equalTo(0))
                .body("[9].dfeRoleGroup", equalTo("not-social-worker"));
    }
}

package org.workforceinsight.shared;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.workforceinsight.testsupport.Api;

/** Bad input is reported as problem+json naming the contract's parameter. */
@QuarkusTest
@TestSecurity(user = "lead.problems", roles = "workforce-lead")
class ProblemJsonTest {

    @Test
    void badDateNamesTheQueryParameter() {
        Api.given().queryParam("asAt", "2024-13-45")
                .get("/api/v1/organisation-nodes/{id}/caseload-summary", UUID.randomUUID())
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("about:blank"))
                .body("title", equalTo("Bad Request"))
                .body("status", equalTo(400))
                .body("detail", equalTo("The request has 1 invalid field."))
                .body("instance", startsWith("/api/v1/organisation-nodes/"))
                .body("violations.field", contains("asAt"))
                .body("violations[0].detail", equalTo("must be a date in the form YYYY-MM-DD"));
        Api.given().queryParam("asAt", "yesterday").get("/api/v1/organisation-tree")
                .then().statusCode(400).body("violations.field", contains("asAt"));
    }

    @Test
    void badEnumUuidAndDateAreAllNamed() {
        Api.given().queryParam("roleCode", "wizard").queryParam("teamId", "not-a-uuid")
                .queryParam("activeOn", "2025-02-30").queryParam("employmentType", "permanent")
                .get("/api/v1/workers")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("roleCode", "teamId", "activeOn"))
                .body("violations.find { it.field == 'roleCode' }.detail", startsWith("must be one of: social-worker"));
        Api.given().queryParam("employmentType", "Permanent").get("/api/v1/workers")
                .then().statusCode(400).body("violations.field", contains("employmentType"));
        Api.given().queryParam("page", "two").get("/api/v1/workers")
                .then().statusCode(400).body("violations.field", contains("page"))
                .body("violations[0].detail", equalTo("must be a whole number"));
    }

    @Test
    void malformedPathIdIsNotFoundNamingThePathParameter() {
        Api.given().get("/api/v1/workers/not-a-uuid")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("violations.field", contains("workerId"))
                .body("violations[0].detail", equalTo("must be a UUID"));
        Api.given().get("/api/v1/organisation-nodes/team-1/caseload-summary")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("violations.field", contains("nodeId"));
        Api.given().get("/api/v1/organisation-nodes/team-1/worker-caseloads")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("violations.field", contains("nodeId"));
        // with a bad query parameter as well, the request is bad and every bad field is named
        Api.given().queryParam("asAt", "soon")
                .get("/api/v1/organisation-nodes/team-1/worker-caseloads")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("nodeId", "asAt"));
    }

    @Test
    void numbersOutsideTheirTypeAreNamed() {
        Api.given().queryParam("page", "99999999999").get("/api/v1/workers")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("page"))
                .body("violations[0].detail", equalTo("is out of range"));
        Api.given().queryParam("size", " 5").get("/api/v1/workers")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("size"))
                .body("violations[0].detail", equalTo("must be a whole number"));
        Api.given().queryParam("page", "1.5")
                .get("/api/v1/organisation-nodes/{id}/worker-caseloads", UUID.randomUUID())
                .then().statusCode(400)
                .body("violations.field", contains("page"));
    }

    @Test
    void datesTheDatabaseCannotHoldAreBadRequestsNotServerErrors() {
        String detail = "must be a date between 0001-01-01 and 9999-12-31";
        Api.given().queryParam("asAt", "+999999999-12-31")
                .get("/api/v1/organisation-nodes/{id}/caseload-summary", UUID.randomUUID())
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo("The request has 1 invalid field."))
                .body("violations.field", contains("asAt"))
                .body("violations[0].detail", equalTo(detail));
        Api.given().queryParam("asAt", "-999999999-01-01")
                .get("/api/v1/organisation-nodes/{id}/worker-caseloads", UUID.randomUUID())
                .then().statusCode(400)
                .body("violations.field", contains("asAt"));
        Api.given().queryParam("activeOn", "+10000-01-01").get("/api/v1/workers")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("activeOn"))
                .body("violations[0].detail", equalTo(detail));
        Api.given().queryParam("asAt", "0000-12-31").get("/api/v1/organisation-tree")
                .then().statusCode(400)
                .body("violations.field", contains("asAt"));
        // the first and last days of the range are fine
        Api.given().queryParam("activeOn", "0001-01-01").get("/api/v1/workers").then().statusCode(200);
        Api.given().queryParam("activeOn", "9999-12-31").get("/api/v1/workers").then().statusCode(200);
    }

    @Test
    void wrongMethodIsProblemJsonToo() {
        Api.given().delete("/api/v1/workers")
                .then().statusCode(405)
                .contentType("application/problem+json")
                .body("status", equalTo(405))
                .body(not(containsString("Exception")));
    }
}

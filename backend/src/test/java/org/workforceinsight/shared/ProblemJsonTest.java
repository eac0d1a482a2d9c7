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
    void malformedPathIdIsNotFound() {
        Api.given().get("/api/v1/workers/not-a-uuid")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
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

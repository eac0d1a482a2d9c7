package org.workforceinsight.shared;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.workforceinsight.testsupport.Api;

@QuarkusTest
class ServerErrorTest {

    @Test
    void unexpectedErrorsCarryNoInternalDetail() {
        Api.given().get("/api/test-only/failure")
                .then().statusCode(500)
                .contentType("application/problem+json")
                .body("status", equalTo(500))
                .body("title", equalTo("Internal Server Error"))
                .body("detail", startsWith("An unexpected error occurred. Reference: "))
                .body(not(containsString("secret")))
                .body(not(containsString("IllegalStateException")))
                .body(not(containsString("\tat ")));
    }
}

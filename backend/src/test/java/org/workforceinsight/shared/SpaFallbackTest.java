package org.workforceinsight.shared;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

/** Browser routes of the single-page app get index.html (a test copy is on the test classpath). */
@QuarkusTest
class SpaFallbackTest {

    @Test
    void appRoutesAreRecognised() {
        assertTrue(SpaFallback.isAppRoute("/"));
        assertTrue(SpaFallback.isAppRoute("/teams/3f1c0a52-0000-4000-8000-000000000000"));
        assertTrue(SpaFallback.isAppRoute("/apiary"));
        assertFalse(SpaFallback.isAppRoute("/api"));
        assertFalse(SpaFallback.isAppRoute("/api/v1/unknown"));
        assertFalse(SpaFallback.isAppRoute("/q/health"));
        assertFalse(SpaFallback.isAppRoute("/assets/index-abc.js"));
        assertFalse(SpaFallback.isAppRoute("/favicon.ico"));
    }

    @Test
    void browserRoutesServeIndexHtml() {
        RestAssured.given().get("/teams/3f1c0a52-0000-4000-8000-000000000000").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<div id=\"root\">"));
        RestAssured.given().get("/").then().statusCode(200).contentType(containsString("text/html"));
    }

    @Test
    void apiFilesAndManagementPathsAreNotRewritten() {
        RestAssured.given().get("/missing-file.js").then().statusCode(404);
        RestAssured.given().get("/api/v1/no-such-endpoint").then().statusCode(404)
                .contentType("application/problem+json")
                .body(not(containsString("<div id=\"root\">")));
        RestAssured.given().get("/q/no-such-thing").then().statusCode(404)
                .body(not(containsString("<div id=\"root\">")));
    }
}

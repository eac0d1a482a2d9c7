package org.workforceinsight.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.workforceinsight.testsupport.Api;

/**
 * The HTTP hardening, with limits low enough to reach in a test: a request body over the limit is 413,
 * the fourth request within the burst of three is 429 with Retry-After, security headers are on every
 * answer, and a CORS preflight passes only for the configured front-end origin.
 */
@QuarkusTest
@TestProfile(HardeningTest.LowLimits.class)
class HardeningTest {

    public static class LowLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.http.limits.max-body-size", "8K",
                    "workforce.security.max-request-body-size", "2K",
                    "workforce.security.rate-limit.requests-per-minute", "6",
                    "workforce.security.rate-limit.burst", "3",
                    "quarkus.http.cors.origins", "https://spa.example.org");
        }
    }

    @Test
    @TestSecurity(user = "rate.limited", roles = "workforce-lead")
    void theRequestAfterTheBurstIsTooManyWithRetryAfter() {
        for (int i = 0; i < 3; i++) {
            Api.given().get("/api/v1/measures").then().statusCode(200);
        }
        Response refused = Api.given().get("/api/v1/measures");
        assertEquals(429, refused.statusCode());
        refused.then().contentType("application/problem+json")
                .body("status", equalTo(429))
                .body("title", equalTo("Too Many Requests"))
                .header("Cache-Control", "no-store");
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        // six a minute: a token every ten seconds
        assertTrue(retryAfter >= 1 && retryAfter <= 10, "Retry-After " + retryAfter);
    }

    @Test
    @TestSecurity(user = "big.body", roles = "workforce-lead")
    void aBodyOverTheLimitIsPayloadTooLarge() {
        String big = "{\"note\":\"" + "x".repeat(4096) + "\"}";
        Api.given().contentType("application/json").body(big).post("/api/v1/supervision-sessions").then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413))
                .body("title", equalTo("Payload Too Large"));
    }

    @Test
    @TestSecurity(user = "big.file", roles = "workforce-lead")
    void aCsvFileMayBeLargerThanAJsonBodyButNotThanTheUploadLimit() {
        String header = "externalId,teamId,roleCode,fte,startDate\n";
        String overTheJsonLimit = header + "x".repeat(4096);
        int status = Api.given().contentType("text/csv").body(overTheJsonLimit)
                .post("/api/v1/imports?dataSet=posts&dryRun=true").statusCode();
        assertTrue(status != 413, "a 4 KB file is under the 8 KB upload limit, answered " + status);
        Api.given().contentType("text/csv").body(header + "x".repeat(9000))
                .post("/api/v1/imports?dataSet=posts&dryRun=true").then()
                .statusCode(413)
                .contentType("application/problem+json");
    }

    @Test
    void thePolicyNamesTheIdentityProvidersOriginNotItsPath() {
        // as Entra ID: its token endpoint (/{tenant}/oauth2/v2.0/token) is outside its authority's path
        String policy = HttpHardening.contentSecurityPolicy("https://login.example.org/tenant-id/v2.0");
        assertTrue(policy.contains("connect-src 'self' https://login.example.org;"), policy);
        assertEquals("http://127.0.0.1:8180", HttpHardening.origin("http://127.0.0.1:8180/realms/workforce-insight"));
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        // the public operation once only: its rate limit is per client address, and the burst here is three
        for (String path : new String[] {"/api/v1/client-configuration", "/api/v1/me", "/q/openapi"}) {
            Response response = Api.given().get(path);
            response.then()
                    .header("X-Content-Type-Options", "nosniff")
                    .header("X-Frame-Options", "DENY")
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Content-Security-Policy", containsString("script-src 'self'"))
                    // the identity provider's origin, so that discovery and the token endpoint are reachable
                    .header("Content-Security-Policy", containsString("connect-src 'self' http://127.0.0.1:8181;"))
                    // HSTS is for the prod profile only (tests and run.sh speak plain HTTP)
                    .header("Strict-Transport-Security", nullValue());
            if (path.startsWith("/api/")) {
                response.then().header("Cache-Control", "no-store");
            }
        }
        Api.given().get("/api/v1/me").then().statusCode(401).header("Cache-Control", "no-store");
    }

    @Test
    void theSinglePageAppsPagesCarryThePolicyToo() {
        // the app's pages are answered by their own route, before any other: the policy must already be on
        for (String path : new String[] {"/", "/teams/3f1c0a52-0000-4000-8000-000000000000"}) {
            Api.given().accept("text/html").get(path).then().statusCode(200)
                    .contentType(containsString("text/html"))
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Content-Security-Policy", containsString("script-src 'self'"))
                    .header("X-Content-Type-Options", "nosniff")
                    .header("X-Frame-Options", "DENY");
        }
    }

    @Test
    void corsPreflightIsAllowedOnlyForTheConfiguredOrigin() {
        Api.given().header("Origin", "https://spa.example.org")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization")
                .options("/api/v1/me").then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "https://spa.example.org");
        Response refused = Api.given().header("Origin", "https://evil.example.com")
                .header("Access-Control-Request-Method", "GET")
                .options("/api/v1/me");
        assertEquals(403, refused.statusCode());
        refused.then().header("Access-Control-Allow-Origin", nullValue());
        // a simple cross-origin request from another origin gets no CORS grant either
        Api.given().header("Origin", "https://evil.example.com").get("/api/v1/me").then()
                .header("Access-Control-Allow-Origin", nullValue());
    }
}

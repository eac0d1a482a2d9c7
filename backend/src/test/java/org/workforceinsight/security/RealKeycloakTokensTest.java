package org.workforceinsight.security;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.workforceinsight.testsupport.Api;
import org.workforceinsight.testsupport.TestData;

/**
 * Real tokens from the test Keycloak (realm docker/keycloak/workforce-insight-realm.json, started by
 * {@code scripts/keycloak.sh} on port 8181, or at the URL in the system property {@code keycloak.url}).
 * Nothing is simulated: the backend validates signature, issuer, audience and expiry itself.
 * When Keycloak cannot be reached these tests fail; they are never skipped.
 */
@QuarkusTest
class RealKeycloakTokensTest {

    static final String KEYCLOAK = System.getProperty("keycloak.url", "http://127.0.0.1:8181").replaceAll("/+$", "");
    static final String TOKEN_ENDPOINT = KEYCLOAK + "/realms/workforce-insight/protocol/openid-connect/token";
    static final String PASSWORD = "demo";

    static UUID council;
    static UUID team1;
    static UUID team2;
    static UUID worker;

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DataSource dataSource;

    @BeforeEach
    void seed() {
        if (council != null) {
            return;
        }
        // The organisation the realm's personas belong to (the demo data has the same names).
        TestData data = TestData.using(dataSource).reset();
        council = data.council("Token Test Council");
        UUID ai = data.service(council, "Assessment and Intervention");
        UUID cp = data.service(council, "Child Protection and Family Support");
        team1 = data.team(ai, "Assessment and Intervention North", "assessment-and-intervention");
        team2 = data.team(cp, "Child Protection East", "child-protection-and-family-support");
        data.manager(team1, data.worker("Amira", "Khan").username("manager1").create());
        data.manager(team2, data.worker("Tom", "Price").username("manager2").create());
        data.manager(cp, data.worker("Martin", "Hale").username("senior").create());
        data.worker("Priya", "Shah").username("lead").create();
        worker = data.worker("Sam", "Okafor").in(team1, "social-worker", "permanent", "1.00",
                java.time.LocalDate.of(2024, 1, 1));
        data.snapshot(worker, java.time.LocalDate.now(), 12);
    }

    private static String summaryPath(UUID node) {
        return "/api/v1/organisation-nodes/" + node + "/caseload-summary";
    }

    @Test
    void teamManagerTokenOpensTheirTeamAndNotAnother() {
        String token = passwordToken("workforce-insight-tests", "manager1");
        Api.given().auth().oauth2(token).get(summaryPath(team1)).then().statusCode(200)
                .body("total.cases", equalTo(12));
        Api.given().auth().oauth2(token).get(summaryPath(team2)).then().statusCode(403)
                .contentType("application/problem+json");
        Api.given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo("manager1"))
                .body("displayName", equalTo("Amira Khan"))
                .body("roles[0]", equalTo("team-manager"))
                .body("nodeIds[0]", equalTo(team1.toString()));
        String other = passwordToken("workforce-insight-tests", "manager2");
        Api.given().auth().oauth2(other).get(summaryPath(team2)).then().statusCode(200);
        Api.given().auth().oauth2(other).get(summaryPath(team1)).then().statusCode(403);
    }

    @Test
    void noTokenIsUnauthorized() {
        Api.given().get(summaryPath(team1)).then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void tamperedTokenIsUnauthorized() {
        String token = passwordToken("workforce-insight-tests", "manager1");
        String[] parts = token.split("\\.");
        char[] payload = parts[1].toCharArray();
        int middle = payload.length / 2;
        payload[middle] = payload[middle] == 'A' ? 'B' : 'A';
        String tampered = parts[0] + "." + new String(payload) + "." + parts[2];
        assertNotEquals(token, tampered);
        Api.given().auth().oauth2(tampered).get(summaryPath(team1)).then().statusCode(401)
                .contentType("application/problem+json");
        // a signature from nowhere
        Api.given().auth().oauth2(parts[0] + "." + parts[1] + ".c2lnbmF0dXJl").get(summaryPath(team1))
                .then().statusCode(401);
    }

    @Test
    void expiredTokenIsUnauthorized() throws InterruptedException {
        // warm up: the backend fetches the realm's metadata and keys on first use
        Api.given().auth().oauth2(passwordToken("workforce-insight-tests", "manager1")).get("/api/v1/me")
                .then().statusCode(200);
        // client workforce-insight-tests-short-lived issues access tokens that live 5 seconds
        String token = passwordToken("workforce-insight-tests-short-lived", "manager1");
        JsonNode claims = claims(token);
        long lifetime = claims.get("exp").asLong() - claims.get("iat").asLong();
        assertEquals(5, lifetime, "the short-lived client's token lifespan");
        if (Instant.now().getEpochSecond() < claims.get("exp").asLong() - 2) {
            // still young: the same token is accepted before it expires
            Api.given().auth().oauth2(token).get(summaryPath(team1)).then().statusCode(200);
        }
        // quarkus-oidc accepts a token until exp + quarkus.oidc.token.lifespan-grace (no grace unless configured)
        OptionalInt grace = ConfigProvider.getConfig()
                .getOptionalValue("quarkus.oidc.token.lifespan-grace", Integer.class)
                .map(OptionalInt::of).orElse(OptionalInt.empty());
        long expiredAt = claims.get("exp").asLong() + grace.orElse(0) + 1;
        long waitMillis = expiredAt * 1000 - Instant.now().toEpochMilli() + 250;
        if (waitMillis > 0) {
            Thread.sleep(waitMillis);
        }
        Api.given().auth().oauth2(token).get(summaryPath(team1)).then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void signedInUserWithoutAProductRoleIsForbidden() {
        String token = passwordToken("workforce-insight-tests", "norole");
        Api.given().auth().oauth2(token).get(summaryPath(team1)).then().statusCode(403)
                .contentType("application/problem+json");
        Api.given().auth().oauth2(token).get("/api/v1/workers").then().statusCode(403);
        Api.given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo("norole"))
                .body("roles", org.hamcrest.Matchers.hasSize(0));
    }

    @Test
    void viewerTokenOpensAggregatesButNoPerson() {
        String token = passwordToken("workforce-insight-tests", "viewer");
        Api.given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200)
                .body("roles", org.hamcrest.Matchers.contains("viewer"))
                .body("allNodes", equalTo(true));
        Api.given().auth().oauth2(token).get(summaryPath(council)).then().statusCode(200)
                .body("total.cases", equalTo(12));
        Api.given().auth().oauth2(token).get("/api/v1/organisation-nodes/" + team2 + "/measures").then()
                .statusCode(200);
        Api.given().auth().oauth2(token).get("/api/v1/workers").then().statusCode(403)
                .contentType("application/problem+json");
        Api.given().auth().oauth2(token).get("/api/v1/organisation-nodes/" + team1 + "/worker-caseloads").then()
                .statusCode(403);
    }

    @Test
    void hrAbsenceOfficerTokenReadsAbsencesCouncilWide() {
        String token = passwordToken("workforce-insight-tests", "hr");
        Api.given().auth().oauth2(token).get("/api/v1/absences").then().statusCode(200);
        Api.given().auth().oauth2(token).get("/api/v1/agency-assignments").then().statusCode(403);
    }

    @Test
    void tokenForAnotherAudienceIsUnauthorized() {
        // a valid, signed token from the same realm, but not issued for this API (no workforce-insight-api in aud)
        String token = passwordToken("workforce-insight-tests-other-audience", "lead");
        JsonNode aud = claims(token).get("aud");
        org.junit.jupiter.api.Assertions.assertFalse(aud != null && aud.toString().contains("workforce-insight-api"),
                "the other-audience client's token must not name the API: " + aud);
        Api.given().auth().oauth2(token).get("/api/v1/me").then().statusCode(401)
                .contentType("application/problem+json");
        // the same user through the tests client is accepted
        Api.given().auth().oauth2(passwordToken("workforce-insight-tests", "lead")).get("/api/v1/me").then()
                .statusCode(200);
    }

    @Test
    void machineWriteClientMayRecordButTheReadClientMayNot() {
        String writer = clientToken("workforce-insight-import", "import-demo-secret");
        String reader = clientToken("workforce-insight-integration", "integration-demo-secret");
        String session = "{\"superviseeId\":\"" + worker + "\",\"sessionDate\":\"2025-03-03\","
                + "\"durationMinutes\":60,\"sessionType\":\"one-to-one\"}";
        Api.given().auth().oauth2(writer).contentType("application/json").body(session)
                .post("/api/v1/supervision-sessions").then().statusCode(201);
        Api.given().auth().oauth2(reader).contentType("application/json").body(session)
                .post("/api/v1/supervision-sessions").then().statusCode(403);
        Api.given().auth().oauth2(writer).get("/api/v1/me").then().statusCode(200)
                .body("roles", org.hamcrest.Matchers.containsInAnyOrder("machine-read", "machine-write"));
    }

    @Test
    void machineClientReadsTheWholeCouncil() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_id", "workforce-insight-integration");
        form.put("client_secret", "integration-demo-secret");
        String token = token(form);
        Api.given().auth().oauth2(token).get(summaryPath(council)).then().statusCode(200)
                .body("node.nodeType", equalTo("council"))
                .body("total.cases", equalTo(12));
    }

    static String clientToken(String clientId, String secret) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_id", clientId);
        form.put("client_secret", secret);
        return token(form);
    }

    static String passwordToken(String clientId, String username) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", clientId);
        form.put("username", username);
        form.put("password", PASSWORD);
        return token(form);
    }

    static String token(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(TOKEN_ENDPOINT))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response;
        try {
            response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return fail("Keycloak is not reachable at " + KEYCLOAK + " (start it with scripts/keycloak.sh): " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted while asking Keycloak for a token");
        }
        if (response.statusCode() != 200) {
            fail("Keycloak refused a token for " + form.get("client_id") + ": HTTP " + response.statusCode() + " "
                    + response.body());
        }
        try {
            return JSON.readTree(response.body()).get("access_token").asText();
        } catch (IOException e) {
            return fail("Keycloak's token response is not JSON: " + response.body());
        }
    }

    static JsonNode claims(String token) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        } catch (IOException e) {
            return fail("not a JWT: " + token);
        }
    }
}

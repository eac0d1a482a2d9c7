package org.workforceinsight.security;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.workforceinsight.testsupport.Api;

/**
 * Roles from a differently configured claim path, with a name mapping: the API reads only the
 * Entra-style {@code scp} claim (a space-separated string) and maps Workforce.Read / Workforce.Write to
 * machine-read / machine-write. The import client's tokens carry that claim (a hard-coded claim mapper in
 * the demo realm); a team manager's token has its roles only in realm_access, which is now not read.
 */
@QuarkusTest
@TestProfile(RealKeycloakRoleClaimPathTest.ScopeClaim.class)
class RealKeycloakRoleClaimPathTest {

    public static class ScopeClaim implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "workforce.security.role-claim-paths", "scp",
                    "workforce.security.role-mapping.\"Workforce.Read\"", "machine-read",
                    "workforce.security.role-mapping.\"Workforce.Write\"", "machine-write");
        }
    }

    @Test
    void rolesComeFromTheConfiguredClaimThroughTheMapping() {
        String token = RealKeycloakTokensTest.clientToken("workforce-insight-import", "import-demo-secret");
        Api.given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200)
                .body("roles", containsInAnyOrder("machine-read", "machine-write"));
        Api.given().auth().oauth2(token).get("/api/v1/measures").then().statusCode(200);
    }

    @Test
    void rolesAtAPathThatIsNotConfiguredCountForNothing() {
        String token = RealKeycloakTokensTest.passwordToken("workforce-insight-tests", "lead");
        Api.given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200).body("roles", hasSize(0));
        Api.given().auth().oauth2(token).get("/api/v1/measures").then().statusCode(403)
                .contentType("application/problem+json");
    }
}

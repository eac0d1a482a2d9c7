package org.workforceinsight.security;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.workforceinsight.testsupport.Api;

/**
 * A real, correctly signed token from the test Keycloak whose issuer is not the one the API trusts is
 * refused: the backend is configured with another issuer (as when QUARKUS_OIDC_TOKEN_ISSUER names the
 * production identity provider), and the realm's token names the test realm.
 */
@QuarkusTest
@TestProfile(RealKeycloakWrongIssuerTest.OtherIssuer.class)
class RealKeycloakWrongIssuerTest {

    public static class OtherIssuer implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc.token.issuer", "https://login.example.org/realms/workforce-insight");
        }
    }

    @Test
    void tokenFromAnotherIssuerIsUnauthorized() {
        String token = RealKeycloakTokensTest.passwordToken("workforce-insight-tests", "lead");
        Api.given().auth().oauth2(token).get("/api/v1/me").then().statusCode(401)
                .contentType("application/problem+json");
    }
}

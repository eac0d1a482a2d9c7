package org.workforceinsight.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How token claims become product roles (no identity provider needed: the claims as parsed JSON). */
class RoleClaimAugmentorTest {

    static final Map<String, Object> KEYCLOAK = Map.of(
            "realm_access", Map.of("roles", List.of("offline_access", "team-manager", "viewer")),
            "scope", "openid profile email");
    static final Map<String, Object> ENTRA = Map.of(
            "roles", List.of("Workforce.Lead", "Unrelated.Role"),
            "scp", "Workforce.Read  Workforce.Write",
            "https://example.org/claims", Map.of("groups", List.of("hr-absence-officer")));

    @Test
    void keycloakRealmRolesThatAreProductRolesPassThrough() {
        assertEquals(Set.of("team-manager", "viewer"),
                RoleClaimAugmentor.productRoles(KEYCLOAK, List.of("realm_access/roles"), Map.of(), true));
    }

    @Test
    void withoutPassThroughOnlyMappedNamesCount() {
        assertEquals(Set.of("machine-read"), RoleClaimAugmentor.productRoles(KEYCLOAK, List.of("realm_access/roles"),
                Map.of("viewer", List.of("machine-read")), false));
    }

    @Test
    void everyConfiguredPathIsReadAndStringClaimsSplitAtSpaces() {
        Map<String, List<String>> mapping = Map.of(
                "Workforce.Lead", List.of("workforce-lead"),
                "Workforce.Read", List.of("machine-read"),
                "Workforce.Write", List.of("machine-write", "machine-read"));
        assertEquals(Set.of("workforce-lead", "machine-read", "machine-write"),
                RoleClaimAugmentor.productRoles(ENTRA, List.of("roles", "scp"), mapping, true));
    }

    @Test
    void aMappingToSomethingThatIsNoProductRoleGrantsNothing() {
        assertEquals(Set.of(), RoleClaimAugmentor.productRoles(ENTRA, List.of("roles"),
                Map.of("Workforce.Lead", List.of("admin")), true));
    }

    @Test
    void quotedSegmentsHoldSlashes() {
        assertEquals(List.of("https://example.org/claims", "groups"),
                RoleClaimAugmentor.segments("\"https://example.org/claims\"/groups"));
        assertEquals(Set.of("hr-absence-officer"), RoleClaimAugmentor.productRoles(ENTRA,
                List.of("\"https://example.org/claims\"/groups"), Map.of(), true));
    }

    @Test
    void aMissingOrMistypedPathGivesNoRoles() {
        assertEquals(List.of(), RoleClaimAugmentor.namesAt(KEYCLOAK, "resource_access/api/roles"));
        assertEquals(List.of(), RoleClaimAugmentor.namesAt(KEYCLOAK, "scope/roles"));
    }
}

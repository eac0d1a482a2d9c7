package org.workforceinsight.security;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.workforceinsight.testsupport.SmallCouncil.AS_AT;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.workforceinsight.testsupport.Api;
import org.workforceinsight.testsupport.SmallCouncil;
import org.workforceinsight.testsupport.TestData;

/** Who may see what: the scope comes from the organisation data (worker.username = principal name). */
@QuarkusTest
class AccessScopeTest {

    static SmallCouncil c;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void seed() {
        if (c == null) {
            c = SmallCouncil.create(TestData.using(dataSource).reset());
        }
    }

    private int summaryStatus(UUID node) {
        return Api.given().get("/api/v1/organisation-nodes/{id}/caseload-summary", node).statusCode();
    }

    @Test
    @TestSecurity(user = SmallCouncil.TEAM_MANAGER_ALPHA, roles = "team-manager")
    void teamManagerSeesOnlyTheirTeam() {
        Api.given().get("/api/v1/organisation-nodes/{id}/caseload-summary", c.alpha).then().statusCode(200);
        Api.given().get("/api/v1/organisation-nodes/{id}/worker-caseloads", c.alpha).then().statusCode(200);
        Api.given().get("/api/v1/organisation-nodes/{id}/caseload-summary", c.beta)
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403))
                .body("title", equalTo("Forbidden"));
        Api.given().get("/api/v1/organisation-nodes/{id}/worker-caseloads", c.beta).then().statusCode(403);
        org.junit.jupiter.api.Assertions.assertEquals(403, summaryStatus(c.s1));
        org.junit.jupiter.api.Assertions.assertEquals(403, summaryStatus(c.council));
        // the service and council lists hold their team's workers, but not only theirs
        Api.given().get("/api/v1/organisation-nodes/{id}/worker-caseloads", c.s1).then().statusCode(403)
                .contentType("application/problem+json");
        Api.given().get("/api/v1/organisation-nodes/{id}/worker-caseloads", c.council).then().statusCode(403);
        Api.given().get("/api/v1/organisation-nodes/{id}/worker-caseloads", c.gamma).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = SmallCouncil.TEAM_MANAGER_ALPHA, roles = "team-manager")
    void filtersAndPagingStayInsideTheScope() {
        Api.given().queryParam("activeOn", AS_AT.toString()).queryParam("roleCode", "social-worker")
                .get("/api/v1/workers").then().statusCode(200)
                .body("totalItems", equalTo(3))
                .body("items.familyName", contains("Adams", "Brown", "Clarke"));
        Api.given().queryParam("activeOn", AS_AT.toString()).queryParam("page", 2).queryParam("size", 2)
                .get("/api/v1/workers").then().statusCode(200)
                .body("totalItems", equalTo(5))
                .body("items.familyName", contains("Evans"));
        // on 20 February Finn Foster was in Alpha Team, Gina Green was in Beta Team (not listed)
        Api.given().queryParam("activeOn", "2025-02-20").get("/api/v1/workers").then().statusCode(200)
                .body("items.familyName", contains("Adams", "Brown", "Clarke", "Davies", "Evans", "Foster"));
        Api.given().queryParam("teamId", c.s1.toString()).get("/api/v1/workers").then().statusCode(403);
        Api.given().queryParam("teamId", c.council.toString()).get("/api/v1/workers").then().statusCode(403);
        // an id that is no node at all is 404, as for every other node filter (the rule: 403 for a node that
        // exists outside the scope, 404 for none; ids are random UUIDs, so the difference cannot be enumerated)
        Api.given().queryParam("teamId", UUID.randomUUID().toString()).get("/api/v1/workers").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = SmallCouncil.TEAM_MANAGER_ALPHA, roles = "team-manager")
    void teamManagerSeesWorkersOfTheirTeamOnly() {
        Api.given().queryParam("activeOn", AS_AT.toString()).get("/api/v1/workers")
                .then().statusCode(200)
                .body("totalItems", equalTo(5))
                .body("items.familyName", contains("Adams", "Brown", "Clarke", "Davies", "Evans"));
        Api.given().queryParam("teamId", c.beta.toString()).get("/api/v1/workers")
                .then().statusCode(403).contentType("application/problem+json");
        Api.given().get("/api/v1/workers/{id}", c.adams).then().statusCode(200);
        // Finn Foster was in Alpha Team until 1 March: his history is visible to its manager
        Api.given().get("/api/v1/workers/{id}", c.foster).then().statusCode(200);
        Api.given().get("/api/v1/workers/{id}", c.green)
                .then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
        Api.given().get("/api/v1/workers/{id}", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    @TestSecurity(user = SmallCouncil.HEAD_OF_S1, roles = "senior-manager")
    void seniorManagerSeesEveryNodeUnderTheirService() {
        org.junit.jupiter.api.Assertions.assertEquals(200, summaryStatus(c.s1));
        org.junit.jupiter.api.Assertions.assertEquals(200, summaryStatus(c.alpha));
        org.junit.jupiter.api.Assertions.assertEquals(200, summaryStatus(c.beta));
        org.junit.jupiter.api.Assertions.assertEquals(403, summaryStatus(c.gamma));
        org.junit.jupiter.api.Assertions.assertEquals(403, summaryStatus(c.s2));
        org.junit.jupiter.api.Assertions.assertEquals(403, summaryStatus(c.council));
        Api.given().get("/api/v1/organisation-nodes/{id}/worker-caseloads", c.gamma).then().statusCode(403);
        // the service's teams and the head of service, who is assigned to the service itself
        Api.given().queryParam("activeOn", AS_AT.toString()).get("/api/v1/workers")
                .then().statusCode(200).body("totalItems", equalTo(9))
                .body("items.familyName", contains("Adams", "Brown", "Clarke", "Davies", "Evans", "Foster", "Green",
                        "Hill", "Owen"));
        Api.given().queryParam("activeOn", AS_AT.toString()).queryParam("teamId", c.s1.toString())
                .get("/api/v1/workers").then().statusCode(200)
                .body("items.familyName", contains("Owen"));
        Api.given().queryParam("teamId", c.gamma.toString()).get("/api/v1/workers").then().statusCode(403);
        Api.given().get("/api/v1/workers/{id}", c.s1Head).then().statusCode(200);
        Api.given().get("/api/v1/workers/{id}", c.irwin).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = SmallCouncil.TEAM_MANAGER_ALPHA, roles = "senior-manager")
    void seniorManagerRoleDoesNotOpenTeamsTheyOnlyManage() {
        // alpha.manager manages a team, not a service: with only the senior-manager role they see nothing
        org.junit.jupiter.api.Assertions.assertEquals(403, summaryStatus(c.alpha));
    }

    @Test
    @TestSecurity(user = "integration-client", roles = "machine-read")
    void machineClientSeesTheWholeCouncil() {
        org.junit.jupiter.api.Assertions.assertEquals(200, summaryStatus(c.council));
        org.junit.jupiter.api.Assertions.assertEquals(200, summaryStatus(c.gamma));
    }

    @Test
    @TestSecurity(user = "viewer.x")
    void signedInUserWithoutAProductRoleGetsForbiddenFromDataEndpoints() {
        Api.given().get("/api/v1/organisation-nodes/{id}/caseload-summary", c.alpha)
                .then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
        Api.given().get("/api/v1/workers").then().statusCode(403);
        Api.given().get("/api/v1/roles").then().statusCode(403);
        Api.given().get("/api/v1/workers/{id}", c.adams).then().statusCode(403);
        // who they are, and the tree with nothing they may open
        Api.given().get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo("viewer.x"))
                .body("roles", hasSize(0))
                .body("allNodes", equalTo(false))
                .body("nodeIds", hasSize(0));
        Api.given().get("/api/v1/organisation-tree").then().statusCode(200)
                .body("accessible", equalTo(false))
                .body("children.accessible", contains(false, false));
    }

    @Test
    void anonymousCallerIsUnauthorized() {
        for (String path : new String[] {"/api/v1/me", "/api/v1/organisation-tree", "/api/v1/roles", "/api/v1/workers",
                "/api/v1/workers/" + c.adams, "/api/v1/organisation-nodes/" + c.alpha + "/caseload-summary",
                "/api/v1/organisation-nodes/" + c.alpha + "/worker-caseloads"}) {
            Api.given().get(path).then().statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", startsWith("Bearer"))
                    .body("status", equalTo(401))
                    .body("title", equalTo("Unauthorized"));
        }
    }

    @Test
    void clientConfigurationIsPublic() {
        Api.given().get("/api/v1/client-configuration").then().statusCode(200)
                .body("oidcAuthority", startsWith("http://127.0.0.1:"))
                .body("oidcClientId", equalTo("workforce-insight-web"));
    }

    @Test
    @TestSecurity(user = SmallCouncil.TEAM_MANAGER_ALPHA, roles = "team-manager")
    void currentUserNamesTheirTeams() {
        Api.given().get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo(SmallCouncil.TEAM_MANAGER_ALPHA))
                .body("displayName", equalTo("Mia Manager"))
                .body("roles", contains("team-manager"))
                .body("allNodes", equalTo(false))
                .body("nodeIds", contains(c.alpha.toString()));
    }

    @Test
    @TestSecurity(user = SmallCouncil.LEAD, roles = {"workforce-lead", "some-other-role"})
    void workforceLeadSeesEverything() {
        Api.given().get("/api/v1/me").then().statusCode(200)
                .body("roles", contains("workforce-lead"))
                .body("allNodes", equalTo(true))
                .body("nodeIds", hasSize(0));
        Api.given().get("/api/v1/organisation-tree").then().statusCode(200)
                .body("accessible", equalTo(true))
                .body("children.children.flatten().accessible", containsInAnyOrder(true, true, true, true));
    }

    @Test
    @TestSecurity(user = SmallCouncil.TEAM_MANAGER_ALPHA, roles = "team-manager")
    void treeSaysWhichNodesTheCallerMayOpen() {
        Api.given().get("/api/v1/organisation-tree").then().statusCode(200)
                .body("id", equalTo(c.council.toString()))
                .body("nodeType", equalTo("council"))
                .body("name", equalTo("Testshire Council"))
                .body("laCode", startsWith("E0999"))
                .body("accessible", equalTo(false))
                .body("children.name", contains("Assessment and Intervention", "Child Protection and Family Support"))
                .body("children[0].accessible", equalTo(false))
                .body("children[0].children.name", contains("Alpha Team", "Beta Team"))
                .body("children[0].children.accessible", contains(true, false))
                .body("children[0].children[0].teamType", equalTo("assessment-and-intervention"))
                .body("children[1].children.name", contains("Delta Team", "Gamma Team"));
    }
}

package org.workforceinsight.security;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.workforceinsight.testsupport.Api;
import org.workforceinsight.testsupport.SmallCouncil;
import org.workforceinsight.testsupport.TestData;

/**
 * Broken object level authorisation: each team manager (Alpha Team's and Beta Team's, SmallCouncil) tries
 * the other's team and workers by id, through list filters, through unfiltered lists and through every
 * measure operation. Records outside the scope that exist are 403, ids that exist nowhere 404, and lists
 * never hold the other team's people.
 *
 * <p>The same through the files is ExportObjectLevelAccessTest, and through imports ImportAccessTest.
 */
@QuarkusTest
class ObjectLevelAccessTest {

    static SmallCouncil c;
    static UUID alphaSession;
    static UUID betaSession;
    static UUID alphaAppraisal;
    static UUID betaAppraisal;

    @Inject
    DataSource dataSource;

    /** What one persona owns and what the other owns. */
    record Persona(UUID ownTeam, UUID otherTeam, List<UUID> otherWorkers, UUID otherSession, UUID otherAppraisal,
                   List<String> otherFamilyNames) {
    }

    @BeforeEach
    void seed() {
        if (c != null) {
            return;
        }
        TestData data = TestData.using(dataSource).reset();
        c = SmallCouncil.create(data);
        alphaSession = data.supervision(c.adams, c.alphaManager, LocalDate.of(2025, 2, 10), 90, "one-to-one");
        betaSession = data.supervision(c.green, c.betaManager, LocalDate.of(2025, 2, 11), 60, "one-to-one");
        alphaAppraisal = data.appraisal(c.adams, LocalDate.of(2025, 2, 20), c.alphaManager);
        betaAppraisal = data.appraisal(c.hill, LocalDate.of(2025, 2, 21), c.betaManager);
        data.absence(c.adams, "sickness", LocalDate.of(2025, 2, 3), LocalDate.of(2025, 2, 7), "5", "infections");
        data.absence(c.green, "sickness", LocalDate.of(2025, 2, 3), LocalDate.of(2025, 2, 4), "2", "infections");
        data.post(c.alpha, "social-worker", "1.00", LocalDate.of(2024, 1, 1), null);
        data.post(c.beta, "social-worker", "1.00", LocalDate.of(2024, 1, 1), null);
        UUID betaAgency = data.assignment(data.worker("Rita", "Reed").create(), c.beta, "social-worker", "agency",
                "1.00", LocalDate.of(2024, 9, 1), null);
        data.agencyTerms(betaAgency, "Bright Locums", "social-worker", "daily", "290.00", "5.0", 28, null, null);
        UUID leaver = data.worker("Lou", "Left").in(c.beta, "social-worker", "permanent", "1.00",
                LocalDate.of(2023, 1, 1));
        data.leaving(leaver, LocalDate.of(2025, 2, 28), null, false);
    }

    private Persona alphaManagerAgainstBeta() {
        return new Persona(c.alpha, c.beta, List.of(c.green, c.hill), betaSession, betaAppraisal,
                List.of("Green", "Hill", "Reed", "Left"));
    }

    private Persona betaManagerAgainstAlpha() {
        return new Persona(c.beta, c.alpha, List.of(c.adams, c.brown, c.davies), alphaSession, alphaAppraisal,
                List.of("Adams", "Brown", "Clarke", "Davies", "Evans"));
    }

    @Test
    @TestSecurity(user = SmallCouncil.TEAM_MANAGER_ALPHA, roles = Roles.TEAM_MANAGER)
    void alphaManagerCannotReachBetaTeam() {
        assertCannotReachTheOtherTeam(alphaManagerAgainstBeta());
    }

    @Test
    @TestSecurity(user = SmallCouncil.TEAM_MANAGER_BETA, roles = Roles.TEAM_MANAGER)
    void betaManagerCannotReachAlphaTeam() {
        assertCannotReachTheOtherTeam(betaManagerAgainstAlpha());
    }

    @Test
    @TestSecurity(user = SmallCouncil.TEAM_MANAGER_ALPHA, roles = {Roles.TEAM_MANAGER, Roles.VIEWER})
    void aViewerRoleDoesNotWidenATeamManagersPersonLevelScope() {
        // aggregates of the whole council, through the viewer role
        Api.given().get("/api/v1/organisation-nodes/{id}/measures", c.beta).then().statusCode(200);
        Api.given().get("/api/v1/organisation-nodes/{id}/caseload-summary", c.council).then().statusCode(200);
        // people only of their own team, through the team-manager role
        assertCannotReachTheOtherTeam(alphaManagerAgainstBeta(), false);
    }

    private void assertCannotReachTheOtherTeam(Persona persona) {
        assertCannotReachTheOtherTeam(persona, true);
        // their own team answers (the refusals above are about scope, not about the operations)
        for (String path : ownTeamPaths(persona.ownTeam())) {
            assertEquals(200, Api.given().queryParam("from", "2025-01-01").get(path).statusCode(), path);
        }
    }

    private void assertCannotReachTheOtherTeam(Persona persona, boolean aggregatesToo) {
        for (String path : otherTeamPaths(persona, aggregatesToo)) {
            Api.given().queryParam("from", "2025-01-01").get(path).then()
                    .statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
        }
        for (UUID worker : persona.otherWorkers()) {
            Api.given().get("/api/v1/workers/{id}", worker).then().statusCode(403);
            for (String list : List.of("/api/v1/supervision-sessions", "/api/v1/appraisals", "/api/v1/absences")) {
                Api.given().queryParam("workerId", worker.toString()).get(list).then().statusCode(403);
            }
        }
        Api.given().get("/api/v1/supervision-sessions/{id}", persona.otherSession()).then().statusCode(403);
        Api.given().get("/api/v1/appraisals/{id}", persona.otherAppraisal()).then().statusCode(403);
        // ids that exist nowhere are 404 (only existing records outside the scope are 403)
        Api.given().get("/api/v1/workers/{id}", UUID.randomUUID()).then().statusCode(404);
        Api.given().get("/api/v1/supervision-sessions/{id}", UUID.randomUUID()).then().statusCode(404);
        Api.given().get("/api/v1/appraisals/{id}", UUID.randomUUID()).then().statusCode(404);
        Api.given().get("/api/v1/organisation-nodes/{id}/worker-caseloads", UUID.randomUUID()).then().statusCode(404);
        for (String list : List.of("/api/v1/workers?teamId=", "/api/v1/absences?nodeId=", "/api/v1/leavers?nodeId=",
                "/api/v1/agency-assignments?nodeId=", "/api/v1/supervision-sessions?workerId=")) {
            Api.given().get(list + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
        }
        ownListsHoldNoneOfTheOtherTeam(persona);
    }

    private static List<String> otherTeamPaths(Persona persona, boolean aggregatesToo) {
        String node = "/api/v1/organisation-nodes/" + persona.otherTeam();
        List<String> people = List.of(
                node + "/worker-caseloads",
                node + "/measures/agencyRate/explanation",
                "/api/v1/workers?teamId=" + persona.otherTeam(),
                "/api/v1/supervision-sessions?nodeId=" + persona.otherTeam(),
                "/api/v1/appraisals?nodeId=" + persona.otherTeam(),
                "/api/v1/absences?nodeId=" + persona.otherTeam(),
                "/api/v1/agency-assignments?nodeId=" + persona.otherTeam(),
                "/api/v1/leavers?nodeId=" + persona.otherTeam());
        if (!aggregatesToo) {
            return people;
        }
        List<String> all = new java.util.ArrayList<>(people);
        all.addAll(List.of(
                node + "/caseload-summary",
                node + "/measures",
                node + "/child-measures",
                node + "/measures/agencyRate/series",
                "/api/v1/posts?nodeId=" + persona.otherTeam()));
        return all;
    }

    private static List<String> ownTeamPaths(UUID team) {
        String node = "/api/v1/organisation-nodes/" + team;
        return List.of(node + "/worker-caseloads", node + "/caseload-summary", node + "/measures",
                node + "/measures/agencyRate/series", node + "/measures/agencyRate/explanation",
                "/api/v1/workers?teamId=" + team, "/api/v1/supervision-sessions?nodeId=" + team,
                "/api/v1/absences?nodeId=" + team, "/api/v1/posts?nodeId=" + team);
    }

    private static void ownListsHoldNoneOfTheOtherTeam(Persona persona) {
        List<String> others = persona.otherFamilyNames();
        Api.given().get("/api/v1/workers").then().statusCode(200)
                .body("items.familyName", everyItem(not(in(others))));
        Api.given().queryParam("from", "2025-01-01").get("/api/v1/supervision-sessions").then().statusCode(200)
                .body("items.supervisee.familyName", everyItem(not(in(others))));
        for (String list : List.of("/api/v1/appraisals", "/api/v1/absences", "/api/v1/agency-assignments")) {
            Api.given().queryParam("from", "2025-01-01").get(list).then().statusCode(200)
                    .body("items.worker.familyName", everyItem(not(in(others))));
        }
        Api.given().queryParam("from", "2025-01-01").get("/api/v1/leavers").then().statusCode(200)
                .body("items.worker.familyName", everyItem(not(in(others))));
    }
}

package org.workforceinsight.measures;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.workforceinsight.testsupport.Api;
import org.workforceinsight.testsupport.MeasureCouncil;
import org.workforceinsight.testsupport.TestData;

/**
 * The agency cost by month of a node and its children in one answer, on {@link MeasureCouncil} with one more
 * timesheet of Bob Baker's in February (10 hours at 45.00): Team A is charged 450.00 in February and 1732.50
 * in March to the 12th, Team B and Children in Care nothing.
 */
@QuarkusTest
@TestSecurity(user = MeasureCouncil.LEAD, roles = "workforce-lead")
class AgencyCostApiTest {

    private static final String PATH = "/api/v1/organisation-nodes/{id}/agency-cost-by-month";

    static MeasureCouncil c;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void seed() {
        if (c == null) {
            TestData data = TestData.using(dataSource).reset().withoutTargets();
            c = MeasureCouncil.create(data);
            data.timesheet(c.bakerAssignment, LocalDate.of(2025, 2, 16), "10", "45.00");
        }
    }

    private static JsonPath byMonth(UUID node) {
        return Api.given().queryParam("from", "2025-01-01").queryParam("to", "2025-03-12")
                .get(PATH, node)
                .then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> series(UUID node) {
        return Api.given().queryParam("from", "2025-01-01").queryParam("to", "2025-03-12")
                .queryParam("granularity", "month")
                .get("/api/v1/organisation-nodes/{id}/measures/{m}/series", node, "agencyCost")
                .then().statusCode(200).extract().jsonPath().getMap("$");
    }

    @Test
    void aServiceAndEachOfItsTeamsByMonthInOneAnswer() {
        Api.given().queryParam("from", "2025-01-01").queryParam("to", "2025-03-12")
                .get(PATH, c.s1)
                .then().statusCode(200)
                .body("node.node.id", equalTo(c.s1.toString()))
                .body("node.measure", equalTo("agencyCost"))
                .body("node.granularity", equalTo("month"))
                .body("node.points.periodStart", contains("2025-01-01", "2025-02-01", "2025-03-01"))
                .body("node.points.partial", contains(false, false, true))
                .body("node.points.value", contains(0.0, 450.0, 1732.5))
                .body("children.node.name", contains("Team A", "Team B"))
                .body("children[0].points.value", contains(0.0, 450.0, 1732.5))
                .body("children[1].points.value", contains(0.0, 0.0, 0.0));
    }

    @Test
    void eachSeriesIsTheOneTheNodeHasOnItsOwn() {
        for (UUID node : List.of(c.council, c.s1, c.s2)) {
            JsonPath answer = byMonth(node);
            assertEquals(series(node), answer.getMap("node"), "the node's own series");
            List<Map<String, Object>> children = answer.getList("children");
            for (Map<String, Object> child : children) {
                @SuppressWarnings("unchecked")
                UUID childId = UUID.fromString((String) ((Map<String, Object>) child.get("node")).get("id"));
                assertEquals(series(childId), child, "the series of child " + childId);
            }
        }
    }

    @Test
    void aTeamHasNoChildren() {
        Api.given().queryParam("from", "2025-01-01").get(PATH, c.teamA)
                .then().statusCode(200)
                .body("children", empty());
    }

    @Test
    @TestSecurity(user = MeasureCouncil.HEAD_OF_S1, roles = "senior-manager")
    void aSeniorManagerSeesTheirServiceButNotAnother() {
        Api.given().queryParam("from", "2025-01-01").queryParam("to", "2025-03-12").get(PATH, c.s1)
                .then().statusCode(200)
                .body("children", hasSize(2))
                .body("node.points.value", contains(0.0, 450.0, 1732.5));
        Api.given().queryParam("from", "2025-01-01").get(PATH, c.s2)
                .then().statusCode(403).contentType("application/problem+json");
        Api.given().queryParam("from", "2025-01-01").get(PATH, c.council).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = MeasureCouncil.MANAGER_A, roles = "team-manager")
    void aTeamManagerMayNotSeeAgencyCostsEvenOfTheirOwnTeam() {
        Api.given().queryParam("from", "2025-01-01").get(PATH, c.teamA)
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "measures.viewer", roles = "viewer")
    void aViewerMayNotSeeAgencyCosts() {
        Api.given().queryParam("from", "2025-01-01").get(PATH, c.council).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "measures.hr", roles = "hr-absence-officer")
    void anHrAbsenceOfficerMayNotSeeAgencyCosts() {
        Api.given().queryParam("from", "2025-01-01").get(PATH, c.council).then().statusCode(403);
    }

    @Test
    void anUnknownNodeIs404() {
        Api.given().queryParam("from", "2025-01-01").get(PATH, UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aMissingOrReversedRangeIsRefusedNamingTheField() {
        Api.given().get(PATH, c.s1).then().statusCode(400);
        Api.given().queryParam("from", "2025-03-01").queryParam("to", "2025-01-01").get(PATH, c.s1)
                .then().statusCode(400)
                .body("violations.field", contains("from"));
        Api.given().queryParam("from", "1900-01-01").queryParam("to", "2025-01-01").get(PATH, c.s1)
                .then().statusCode(400)
                .body("violations.field", contains("from"));
    }
}

package org.workforceinsight.supervision;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.workforceinsight.testsupport.SmallCouncil.AS_AT;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.workforceinsight.testsupport.Api;
import org.workforceinsight.testsupport.SmallCouncil;
import org.workforceinsight.testsupport.TestData;

/**
 * Supervision sessions of the small council in 2025 (newest first):
 * Foster 10 Mar (in Beta by then), Adams 5 Mar (group, 60 min), Green 1 Mar (Beta), Irwin 20 Feb (Gamma),
 * Foster 15 Feb (still in Alpha), Adams 10 Feb (one-to-one, 90 min, supervised by the Alpha manager);
 * and Adams 1 Jun 2023, outside every range asked for below. Sessions recorded by the tests are dated
 * 2023 and early 2024, so they never show in the 2025 lists.
 */
@QuarkusTest
@TestSecurity(user = SmallCouncil.LEAD, roles = "workforce-lead")
class SupervisionSessionsApiTest {

    static SmallCouncil c;
    static TestData data;
    static UUID fosterInAlpha;
    static UUID fosterInBeta;
    static UUID irwinInGamma;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void seed() {
        if (c == null) {
            data = TestData.using(dataSource).reset();
            c = SmallCouncil.create(data);
            data.supervision(c.adams, c.alphaManager, LocalDate.of(2025, 2, 10), 90, "one-to-one");
            data.supervision(c.adams, null, LocalDate.of(2025, 3, 5), 60, "group");
            data.supervision(c.green, c.betaManager, LocalDate.of(2025, 3, 1), 90, "one-to-one");
            irwinInGamma = data.supervision(c.irwin, null, LocalDate.of(2025, 2, 20), 120, "observed");
            fosterInAlpha = data.supervision(c.foster, c.alphaManager, LocalDate.of(2025, 2, 15), 90, "one-to-one");
            fosterInBeta = data.supervision(c.foster, c.betaManager, LocalDate.of(2025, 3, 10), 90, "one-to-one");
            data.supervision(c.adams, null, LocalDate.of(2023, 6, 1), 90, "one-to-one");
        }
    }

    private static io.restassured.specification.RequestSpecification in2025() {
        return Api.given().queryParam("from", "2025-01-01").queryParam("to", AS_AT.toString());
    }

    @Test
    void sessionsInTheRangeNewestFirst() {
        in2025().get("/api/v1/supervision-sessions").then().statusCode(200)
                .body("totalItems", equalTo(6))
                .body("items.supervisee.familyName", contains("Foster", "Adams", "Green", "Irwin", "Foster", "Adams"))
                .body("items.sessionDate", contains("2025-03-10", "2025-03-05", "2025-03-01", "2025-02-20",
                        "2025-02-15", "2025-02-10"))
                .body("items[1].sessionType", equalTo("group"))
                .body("items[1].durationMinutes", equalTo(60))
                .body("items[1].supervisor", nullValue())
                .body("items[5].supervisor.familyName", equalTo("Manager"))
                .body("items[5].supervisee.id", equalTo(c.adams.toString()))
                .body("items[5].recordedAt", notNullValue());
    }

    @Test
    void rangeDefaultsToTheYearBeforeTo() {
        // to 10 Feb 2025: from 10 Feb 2024, so the 2023 session is left out
        Api.given().queryParam("to", "2025-02-10").queryParam("workerId", c.adams.toString())
                .get("/api/v1/supervision-sessions").then().statusCode(200)
                .body("items.sessionDate", contains("2025-02-10"));
        Api.given().queryParam("from", "2023-01-01").queryParam("to", "2023-06-30")
                .queryParam("workerId", c.adams.toString())
                .get("/api/v1/supervision-sessions").then().statusCode(200)
                .body("items.sessionDate", contains("2023-06-01"));
        Api.given().queryParam("from", "2025-03-02").queryParam("to", "2025-03-01").get("/api/v1/supervision-sessions")
                .then().statusCode(400).body("violations.field", contains("from"));
    }

    @Test
    void filtersByWorkerAndNode() {
        in2025().queryParam("workerId", c.adams.toString()).get("/api/v1/supervision-sessions").then().statusCode(200)
                .body("items.sessionDate", contains("2025-03-05", "2025-02-10"));
        // a session belongs to the team the supervisee was in on its date
        in2025().queryParam("nodeId", c.beta.toString()).get("/api/v1/supervision-sessions").then().statusCode(200)
                .body("items.supervisee.familyName", contains("Foster", "Green"));
        in2025().queryParam("nodeId", c.s1.toString()).get("/api/v1/supervision-sessions").then().statusCode(200)
                .body("items.supervisee.familyName", contains("Foster", "Adams", "Green", "Foster", "Adams"));
    }

    @Test
    void pagesKeepTheOrder() {
        in2025().queryParam("page", 1).queryParam("size", 4).get("/api/v1/supervision-sessions").then().statusCode(200)
                .body("totalItems", equalTo(6))
                .body("page", equalTo(1))
                .body("size", equalTo(4))
                .body("items.sessionDate", contains("2025-02-15", "2025-02-10"));
    }

    @Test
    @TestSecurity(user = SmallCouncil.TEAM_MANAGER_ALPHA, roles = "team-manager")
    void aTeamManagerSeesSessionsOfTheirTeamOnly() {
        in2025().get("/api/v1/supervision-sessions").then().statusCode(200)
                .body("items.supervisee.familyName", contains("Adams", "Foster", "Adams"))
                .body("items.sessionDate", contains("2025-03-05", "2025-02-15", "2025-02-10"));
        in2025().queryParam("workerId", c.foster.toString()).get("/api/v1/supervision-sessions").then().statusCode(200)
                .body("items.sessionDate", contains("2025-02-15"));
        in2025().queryParam("workerId", c.irwin.toString()).get("/api/v1/supervision-sessions")
                .then().statusCode(403).contentType("application/problem+json");
        in2025().queryParam("nodeId", c.gamma.toString()).get("/api/v1/supervision-sessions").then().statusCode(403);
        in2025().queryParam("workerId", UUID.randomUUID().toString()).get("/api/v1/supervision-sessions")
                .then().statusCode(404);
        in2025().queryParam("nodeId", UUID.randomUUID().toString()).get("/api/v1/supervision-sessions")
                .then().statusCode(404);
    }

    // --- one session ---------------------------------------------------------------------------------

    private static Response getOne(UUID sessionId) {
        return Api.given().get("/api/v1/supervision-sessions/" + sessionId);
    }

    @Test
    void oneSessionIsTheSameItemAsInTheList() {
        Map<String, Object> listed = in2025().queryParam("workerId", c.foster.toString())
                .get("/api/v1/supervision-sessions").then().statusCode(200).extract().jsonPath().getMap("items[1]");
        getOne(fosterInAlpha).then().statusCode(200).contentType("application/json")
                .body("id", equalTo(fosterInAlpha.toString()))
                .body("supervisee.familyName", equalTo("Foster"))
                .body("supervisor.familyName", equalTo("Manager"))
                .body("sessionDate", equalTo("2025-02-15"))
                .body("recordedBy", nullValue());
        assertEquals(listed, getOne(fosterInAlpha).then().extract().jsonPath().getMap(""));
    }

    @Test
    void anUnknownSessionIsNotFound() {
        getOne(UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = SmallCouncil.TEAM_MANAGER_ALPHA, roles = "team-manager")
    void aTeamManagerOpensOnlySessionsHeldWhileTheWorkerWasInTheirTeam() {
        // Finn Foster moved from Alpha Team to Beta Team on 2 March 2025
        getOne(fosterInAlpha).then().statusCode(200).body("sessionDate", equalTo("2025-02-15"));
        getOne(fosterInBeta).then().statusCode(403).contentType("application/problem+json");
        getOne(irwinInGamma).then().statusCode(403).contentType("application/problem+json");
        getOne(UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = SmallCouncil.TEAM_MANAGER_BETA, roles = "team-manager")
    void anotherTeamsManagerIsRefusedTheSameSession() {
        getOne(fosterInAlpha).then().statusCode(403).contentType("application/problem+json");
        getOne(fosterInBeta).then().statusCode(200).body("supervisor.familyName", equalTo("Nolan"));
    }

    @Test
    @TestSecurity(user = "machine.client", roles = "machine-read")
    void theMachineClientReadsAnySession() {
        getOne(irwinInGamma).then().statusCode(200).body("sessionType", equalTo("observed"));
    }

    // --- recording ---------------------------------------------------------------------------------

    private static Map<String, Object> session(UUID supervisee, String date) {
        return new java.util.HashMap<>(Map.of("superviseeId", supervisee.toString(), "sessionDate", date,
                "durationMinutes", 95, "sessionType", "one-to-one"));
    }

    private static Response post(Object body) {
        return Api.given().contentType("application/json").body(body).post("/api/v1/supervision-sessions");
    }

    @Test
    void aLeadRecordsASessionAndGetsItBackWithItsLocation() {
        long before = data.count("supervision_session");
        Map<String, Object> body = session(c.adams, "2023-07-03");
        body.put("supervisorId", c.alphaManager.toString());
        Response response = post(body);
        response.then().statusCode(201)
                .contentType("application/json")
                .body("supervisee.id", equalTo(c.adams.toString()))
                .body("supervisee.familyName", equalTo("Adams"))
                .body("supervisor.id", equalTo(c.alphaManager.toString()))
                .body("sessionDate", equalTo("2023-07-03"))
                .body("durationMinutes", equalTo(95))
                .body("sessionType", equalTo("one-to-one"))
                .body("recordedBy", equalTo(SmallCouncil.LEAD))
                .body("recordedAt", notNullValue());
        String id = response.path("id");
        assertEquals(before + 1, data.count("supervision_session"));
        response.then().header("Location", endsWith("/api/v1/supervision-sessions/" + id));
        Api.given().queryParam("from", "2023-07-03").queryParam("to", "2023-07-03")
                .get("/api/v1/supervision-sessions").then().statusCode(200)
                .body("items.id", contains(id))
                .body("items[0].recordedBy", equalTo(SmallCouncil.LEAD))
                .body("items[0].recordedAt", equalTo(response.path("recordedAt")));
    }

    @Test
    @TestSecurity(user = SmallCouncil.TEAM_MANAGER_ALPHA, roles = "team-manager")
    void theLocationOfARecordedSessionAnswersWithTheSameBody() {
        Map<String, Object> body = session(c.adams, "2023-09-04");
        body.put("supervisorId", c.alphaManager.toString());
        Response created = post(body);
        created.then().statusCode(201);
        Response located = Api.given().get(created.header("Location"));
        located.then().statusCode(200).contentType("application/json");
        assertEquals(created.as(Map.class), located.as(Map.class));
    }

    @Test
    @TestSecurity(user = SmallCouncil.TEAM_MANAGER_ALPHA, roles = "team-manager")
    void aTeamManagerRecordsOnlyForWorkersInTheirTeamOnTheDate() {
        long before = data.count("supervision_session");
        post(session(c.adams, "2023-08-01")).then().statusCode(201)
                .body("recordedBy", equalTo(SmallCouncil.TEAM_MANAGER_ALPHA));
        // Finn Foster was in Alpha Team until 1 March 2025, in Beta Team after
        post(session(c.foster, "2024-01-15")).then().statusCode(201);
        assertEquals(before + 2, data.count("supervision_session"));
        post(session(c.foster, "2025-03-10")).then().statusCode(403).contentType("application/problem+json");
        post(session(c.irwin, "2024-01-15")).then().statusCode(403);
        // Adams had not started on this date
        post(session(c.adams, "2022-12-31")).then().statusCode(403);
        assertEquals(before + 2, data.count("supervision_session"));
    }

    @Test
    @TestSecurity(user = "machine.client", roles = "machine-read")
    void theMachineClientMayNotRecord() {
        long before = data.count("supervision_session");
        post(session(c.adams, "2023-08-02")).then().statusCode(403);
        assertEquals(before, data.count("supervision_session"));
    }

    @Test
    void everyBadFieldIsNamedAndNothingIsWritten() {
        long before = data.count("supervision_session");
        post(Map.of()).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("superviseeId", "sessionDate", "durationMinutes",
                        "sessionType"));
        Map<String, Object> noSupervisee = session(c.adams, "2023-07-03");
        noSupervisee.remove("superviseeId");
        post(noSupervisee).then().statusCode(400).body("violations.field", contains("superviseeId"));
        post(session(UUID.randomUUID(), "2023-07-03")).then().statusCode(400)
                .body("violations.field", contains("superviseeId"))
                .body("violations[0].detail", equalTo("is not a known worker"));
        Map<String, Object> badSupervisee = session(c.adams, "2023-07-03");
        badSupervisee.put("superviseeId", "not-a-uuid");
        post(badSupervisee).then().statusCode(400).body("violations.field", contains("superviseeId"));
        Map<String, Object> unknownSupervisor = session(c.adams, "2023-07-03");
        unknownSupervisor.put("supervisorId", UUID.randomUUID().toString());
        post(unknownSupervisor).then().statusCode(400).body("violations.field", contains("supervisorId"));
        Map<String, Object> self = session(c.adams, "2023-07-03");
        self.put("supervisorId", c.adams.toString());
        post(self).then().statusCode(400).body("violations.field", contains("supervisorId"));
        for (int minutes : new int[] {0, -5, 1441}) {
            Map<String, Object> body = session(c.adams, "2023-07-03");
            body.put("durationMinutes", minutes);
            post(body).then().statusCode(400).body("violations.field", contains("durationMinutes"));
        }
        Map<String, Object> badType = session(c.adams, "2023-07-03");
        badType.put("sessionType", "chat");
        post(badType).then().statusCode(400).body("violations.field", contains("sessionType"));
        post(session(c.adams, "2023-02-30")).then().statusCode(400).body("violations.field", contains("sessionDate"));
        post(session(c.adams, LocalDate.now().plusDays(1).toString())).then().statusCode(400)
                .body("violations.field", contains("sessionDate"))
                .body("violations[0].detail", org.hamcrest.Matchers.startsWith("must not be in the future"));
        // two bad fields at once are both named
        Map<String, Object> two = session(UUID.randomUUID(), LocalDate.now().plusDays(3).toString());
        post(two).then().statusCode(400).body("violations.field", containsInAnyOrder("superviseeId", "sessionDate"));
        assertEquals(before, data.count("supervision_session"));
    }

    @Test
    void aSessionOnTheLastPossibleDayIsAccepted() {
        post(session(c.adams, LocalDate.now().toString())).then().statusCode(201)
                .body("sessionDate", equalTo(LocalDate.now().toString()));
        Api.given().queryParam("workerId", c.adams.toString()).get("/api/v1/supervision-sessions")
                .then().statusCode(200).body("items", hasSize(1));
    }
}

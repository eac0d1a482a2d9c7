package org.workforceinsight.appraisal;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.workforceinsight.testsupport.Api;
import org.workforceinsight.testsupport.SmallCouncil;
import org.workforceinsight.testsupport.TestData;

/**
 * Appraisals of the small council in 2025 (newest first): Irwin 3 Mar (Gamma), Foster 2 Mar (his first
 * day in Beta), Adams 20 Feb (reviewed by the Alpha manager), Davies 5 Jan. Appraisals recorded by the
 * tests are dated 2023 and early 2024.
 */
@QuarkusTest
@TestSecurity(user = SmallCouncil.LEAD, roles = "workforce-lead")
class AppraisalsApiTest {

    static SmallCouncil c;
    static TestData data;
    static UUID adamsInAlpha;
    static UUID fosterInBeta;
    static UUID irwinInGamma;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void seed() {
        if (c == null) {
            data = TestData.using(dataSource).reset();
            c = SmallCouncil.create(data);
            adamsInAlpha = data.appraisal(c.adams, LocalDate.of(2025, 2, 20), c.alphaManager);
            data.appraisal(c.davies, LocalDate.of(2025, 1, 5), null);
            fosterInBeta = data.appraisal(c.foster, LocalDate.of(2025, 3, 2), c.betaManager);
            irwinInGamma = data.appraisal(c.irwin, LocalDate.of(2025, 3, 3), null);
        }
    }

    private static RequestSpecification in2025() {
        return Api.given().queryParam("from", "2025-01-01").queryParam("to", "2025-03-12");
    }

    @Test
    void appraisalsInTheRangeNewestFirst() {
        in2025().get("/api/v1/appraisals").then().statusCode(200)
                .body("totalItems", equalTo(4))
                .body("items.worker.familyName", contains("Irwin", "Foster", "Adams", "Davies"))
                .body("items.completedOn", contains("2025-03-03", "2025-03-02", "2025-02-20", "2025-01-05"))
                .body("items[2].reviewer.familyName", equalTo("Manager"))
                .body("items[3].reviewer", nullValue());
        in2025().queryParam("size", 1).queryParam("page", 3).get("/api/v1/appraisals").then().statusCode(200)
                .body("totalItems", equalTo(4)).body("items.worker.familyName", contains("Davies"));
    }

    @Test
    void filtersByWorkerAndNode() {
        in2025().queryParam("workerId", c.foster.toString()).get("/api/v1/appraisals").then().statusCode(200)
                .body("items.completedOn", contains("2025-03-02"));
        // Foster's appraisal is dated after his move, so it is Beta Team's
        in2025().queryParam("nodeId", c.alpha.toString()).get("/api/v1/appraisals").then().statusCode(200)
                .body("items.worker.familyName", contains("Adams", "Davies"));
        in2025().queryParam("nodeId", c.s2.toString()).get("/api/v1/appraisals").then().statusCode(200)
                .body("items.worker.familyName", contains("Irwin"));
    }

    @Test
    @TestSecurity(user = SmallCouncil.HEAD_OF_S1, roles = "senior-manager")
    void aSeniorManagerSeesTheirServiceOnly() {
        in2025().get("/api/v1/appraisals").then().statusCode(200)
                .body("items.worker.familyName", contains("Foster", "Adams", "Davies"));
        in2025().queryParam("workerId", c.irwin.toString()).get("/api/v1/appraisals").then().statusCode(403);
        in2025().queryParam("nodeId", c.gamma.toString()).get("/api/v1/appraisals").then().statusCode(403);
        in2025().queryParam("workerId", UUID.randomUUID().toString()).get("/api/v1/appraisals").then().statusCode(404);
    }

    private static Response getOne(UUID appraisalId) {
        return Api.given().get("/api/v1/appraisals/" + appraisalId);
    }

    @Test
    void oneAppraisalIsTheSameItemAsInTheList() {
        Map<String, Object> listed = in2025().queryParam("workerId", c.adams.toString()).get("/api/v1/appraisals")
                .then().statusCode(200).extract().jsonPath().getMap("items[0]");
        getOne(adamsInAlpha).then().statusCode(200).contentType("application/json")
                .body("id", equalTo(adamsInAlpha.toString()))
                .body("worker.familyName", equalTo("Adams"))
                .body("reviewer.familyName", equalTo("Manager"))
                .body("completedOn", equalTo("2025-02-20"))
                .body("recordedBy", nullValue());
        assertEquals(listed, getOne(adamsInAlpha).then().extract().jsonPath().getMap(""));
    }

    @Test
    void anUnknownAppraisalIsNotFound() {
        getOne(UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = SmallCouncil.TEAM_MANAGER_ALPHA, roles = "team-manager")
    void aTeamManagerIsRefusedAnotherTeamsAppraisal() {
        getOne(adamsInAlpha).then().statusCode(200).body("completedOn", equalTo("2025-02-20"));
        // completed on Finn Foster's first day in Beta Team, so it is Beta Team's, not Alpha Team's
        getOne(fosterInBeta).then().statusCode(403).contentType("application/problem+json");
        getOne(irwinInGamma).then().statusCode(403).contentType("application/problem+json");
        getOne(UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = SmallCouncil.HEAD_OF_S1, roles = "senior-manager")
    void aSeniorManagerOpensTheirServicesAppraisalsOnly() {
        getOne(fosterInBeta).then().statusCode(200).body("reviewer.familyName", equalTo("Nolan"));
        getOne(irwinInGamma).then().statusCode(403);
    }

    private static Map<String, Object> appraisal(UUID worker, String date) {
        return new HashMap<>(Map.of("workerId", worker.toString(), "completedOn", date));
    }

    private static Response post(Object body) {
        return Api.given().contentType("application/json").body(body).post("/api/v1/appraisals");
    }

    @Test
    void aLeadRecordsAnAppraisal() {
        long before = data.count("appraisal");
        Map<String, Object> body = appraisal(c.irwin, "2023-05-04");
        body.put("reviewerId", c.betaManager.toString());
        Response response = post(body);
        response.then().statusCode(201)
                .body("worker.id", equalTo(c.irwin.toString()))
                .body("worker.givenName", equalTo("Isla"))
                .body("reviewer.familyName", equalTo("Nolan"))
                .body("completedOn", equalTo("2023-05-04"))
                .body("recordedBy", equalTo(SmallCouncil.LEAD))
                .body("recordedAt", notNullValue());
        response.then().header("Location", endsWith("/api/v1/appraisals/" + response.path("id")));
        assertEquals(before + 1, data.count("appraisal"));
        Api.given().queryParam("from", "2023-05-04").queryParam("to", "2023-05-04").get("/api/v1/appraisals")
                .then().statusCode(200).body("items.id", contains((String) response.path("id")));
    }

    @Test
    @TestSecurity(user = SmallCouncil.TEAM_MANAGER_ALPHA, roles = "team-manager")
    void theLocationOfARecordedAppraisalAnswersWithTheSameBody() {
        Map<String, Object> body = appraisal(c.adams, "2023-10-02");
        body.put("reviewerId", c.alphaManager.toString());
        Response created = post(body);
        created.then().statusCode(201);
        Response located = Api.given().get(created.header("Location"));
        located.then().statusCode(200).contentType("application/json");
        assertEquals(created.as(Map.class), located.as(Map.class));
    }

    @Test
    @TestSecurity(user = SmallCouncil.TEAM_MANAGER_ALPHA, roles = "team-manager")
    void aTeamManagerRecordsOnlyForTheirTeamOnTheDate() {
        long before = data.count("appraisal");
        post(appraisal(c.foster, "2024-02-01")).then().statusCode(201)
                .body("recordedBy", equalTo(SmallCouncil.TEAM_MANAGER_ALPHA));
        post(appraisal(c.foster, "2025-03-05")).then().statusCode(403).contentType("application/problem+json");
        post(appraisal(c.irwin, "2024-02-01")).then().statusCode(403);
        assertEquals(before + 1, data.count("appraisal"));
    }

    @Test
    void everyBadFieldIsNamedAndNothingIsWritten() {
        long before = data.count("appraisal");
        post(Map.of()).then().statusCode(400).body("violations.field", containsInAnyOrder("workerId", "completedOn"));
        post(appraisal(UUID.randomUUID(), "2023-05-04")).then().statusCode(400)
                .body("violations.field", contains("workerId"));
        Map<String, Object> badReviewer = appraisal(c.adams, "2023-05-04");
        badReviewer.put("reviewerId", UUID.randomUUID().toString());
        post(badReviewer).then().statusCode(400).body("violations.field", contains("reviewerId"));
        Map<String, Object> malformed = appraisal(c.adams, "2023-05-04");
        malformed.put("reviewerId", "nobody");
        post(malformed).then().statusCode(400).body("violations.field", contains("reviewerId"));
        post(appraisal(c.adams, "04/05/2023")).then().statusCode(400).body("violations.field", contains("completedOn"));
        post(appraisal(c.adams, LocalDate.now().plusDays(1).toString())).then().statusCode(400)
                .body("violations.field", contains("completedOn"));
        assertEquals(before, data.count("appraisal"));
    }
}

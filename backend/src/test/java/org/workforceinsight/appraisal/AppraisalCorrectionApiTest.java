package org.workforceinsight.appraisal;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.workforceinsight.testsupport.Api;
import org.workforceinsight.testsupport.Concurrently;
import org.workforceinsight.testsupport.RecordChanges;
import org.workforceinsight.testsupport.SmallCouncil;
import org.workforceinsight.testsupport.TestData;

/** Correcting and deleting appraisals: If-Match, history, one appraisal per worker and day, managers' scope. */
@QuarkusTest
@TestSecurity(user = SmallCouncil.LEAD, roles = "workforce-lead")
class AppraisalCorrectionApiTest {

    private static final String APPRAISALS = "/api/v1/appraisals/";

    static SmallCouncil c;
    static TestData data;
    static RecordChanges changes;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void seed() {
        if (c == null) {
            data = TestData.using(dataSource).reset();
            c = SmallCouncil.create(data);
            changes = RecordChanges.using(dataSource);
        }
    }

    static Map<String, Object> appraisal(UUID worker, String date) {
        return new HashMap<>(Map.of("workerId", worker.toString(), "completedOn", date));
    }

    static Response post(Object body) {
        return Api.given().contentType("application/json").body(body).post("/api/v1/appraisals");
    }

    static Response put(String id, String ifMatch, Object body) {
        var request = Api.given().contentType("application/json").body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put(APPRAISALS + id);
    }

    static Response delete(String id, String ifMatch) {
        var request = Api.given();
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.delete(APPRAISALS + id);
    }

    @Test
    void aLeadRecordsCorrectsAndDeletesAnAppraisalWithHistory() {
        Response created = post(appraisal(c.adams, "2024-03-01"));
        created.then().statusCode(201).header("ETag", "\"1\"");
        String id = created.path("id");
        Map<String, Object> corrected = appraisal(c.adams, "2024-03-04");
        corrected.put("reviewerId", c.alphaManager.toString());
        put(id, "\"1\"", corrected).then().statusCode(200).header("ETag", "\"2\"")
                .body("completedOn", equalTo("2024-03-04")).body("reviewer.id", equalTo(c.alphaManager.toString()));
        Api.given().get(APPRAISALS + id + "/history").then().statusCode(200)
                .body("items.changeType", contains("updated", "created"))
                .body("items[0].before.completedOn", equalTo("2024-03-01"))
                .body("items[0].after.completedOn", equalTo("2024-03-04"));
        put(id, null, corrected).then().statusCode(428);
        put(id, "\"1\"", corrected).then().statusCode(412);
        delete(id, "\"2\"").then().statusCode(204);
        Api.given().get(APPRAISALS + id).then().statusCode(404);
        Api.given().get(APPRAISALS + id + "/history").then().statusCode(200)
                .body("items[0].changeType", equalTo("deleted")).body("items[0].after", nullValue());
    }

    @Test
    void aSecondAppraisalOfTheSameWorkerOnTheSameDayIsAConflict() {
        String first = post(appraisal(c.davies, "2024-04-02")).then().statusCode(201).extract().path("id");
        long appraisals = data.count("appraisal");
        post(appraisal(c.davies, "2024-04-02")).then().statusCode(409).contentType("application/problem+json");
        String second = post(appraisal(c.davies, "2024-04-03")).then().statusCode(201).extract().path("id");
        put(second, "\"1\"", appraisal(c.davies, "2024-04-02")).then().statusCode(409);
        assertEquals(appraisals + 1, data.count("appraisal"));
        assertEquals(1, changes.of("appraisal", second));
        put(first, "\"1\"", appraisal(c.davies, "2024-04-02")).then().statusCode(200);
    }

    @Test
    void aBadCorrectionNamesTheFieldAndChangesNothing() {
        String id = post(appraisal(c.evans, "2024-05-02")).then().statusCode(201).extract().path("id");
        long history = changes.all();
        put(id, "\"1\"", appraisal(UUID.randomUUID(), "2099-01-01")).then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.containsInAnyOrder("workerId", "completedOn"));
        Map<String, Object> self = appraisal(c.evans, "2024-05-02");
        self.put("reviewerId", c.evans.toString());
        put(id, "\"1\"", self).then().statusCode(400).body("violations.field", contains("reviewerId"));
        put(UUID.randomUUID().toString(), "\"1\"", appraisal(c.evans, "2024-05-02")).then().statusCode(404);
        assertEquals(history, changes.all());
    }

    @Test
    void twoCorrectionsFromTheSameETagGiveOneSuccessAndOnePreconditionFailed() throws Exception {
        String id = post(appraisal(c.evans, "2024-06-03")).then().statusCode(201).extract().path("id");
        List<Integer> statuses = Concurrently.statuses(List.<IntSupplier>of(
                () -> put(id, "\"1\"", appraisal(c.evans, "2024-06-04")).statusCode(),
                () -> put(id, "\"1\"", appraisal(c.evans, "2024-06-05")).statusCode()));
        assertEquals(List.of(200, 412), statuses.stream().sorted().toList());
        assertEquals(2, changes.of("appraisal", id));
    }

    @Test
    @TestSecurity(user = SmallCouncil.TEAM_MANAGER_ALPHA, roles = "team-manager")
    void aTeamManagerCorrectsTheirTeamsAppraisalsOnly() {
        String id = post(appraisal(c.clarke, "2024-10-01")).then().statusCode(201).extract().path("id");
        put(id, "\"1\"", appraisal(c.clarke, "2024-10-02")).then().statusCode(200);
        put(id, "\"2\"", appraisal(c.irwin, "2024-10-02")).then().statusCode(403);
        String other = data.appraisal(c.irwin, LocalDate.of(2024, 10, 1), null).toString();
        put(other, "\"1\"", appraisal(c.irwin, "2024-10-03")).then().statusCode(403);
        delete(other, "\"1\"").then().statusCode(403);
        delete(id, "\"2\"").then().statusCode(204);
    }
}

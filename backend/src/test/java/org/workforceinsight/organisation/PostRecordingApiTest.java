package org.workforceinsight.organisation;

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

/** Recording, correcting and deleting funded posts. */
@QuarkusTest
@TestSecurity(user = SmallCouncil.LEAD, roles = "workforce-lead")
class PostRecordingApiTest {

    private static final String POSTS = "/api/v1/posts/";

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

    static Map<String, Object> post(UUID node, String role, double fte, String start) {
        return new HashMap<>(Map.of("nodeId", node.toString(), "role", role, "fte", fte, "startDate", start));
    }

    static Response create(Object body) {
        return Api.given().contentType("application/json").body(body).post("/api/v1/posts");
    }

    static Response put(String id, String ifMatch, Object body) {
        var request = Api.given().contentType("application/json").body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put(POSTS + id);
    }

    static Response delete(String id, String ifMatch) {
        var request = Api.given();
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.delete(POSTS + id);
    }

    @Test
    void aLeadRecordsCorrectsAndDeletesAPostWithHistory() {
        Map<String, Object> body = post(c.alpha, "social-worker", 2.5, "2024-04-01");
        body.put("externalId", "POST-REC-1");
        Response created = create(body);
        created.then().statusCode(201).header("ETag", "\"1\"")
                .body("node.id", equalTo(c.alpha.toString())).body("role", equalTo("social-worker"))
                .body("fte", equalTo(2.5)).body("startDate", equalTo("2024-04-01")).body("externalId", equalTo("POST-REC-1"));
        String id = created.path("id");
        Map<String, Object> corrected = post(c.alpha, "social-worker", 3.0, "2024-04-01");
        corrected.put("endDate", "2025-03-31");
        put(id, "\"1\"", corrected).then().statusCode(200).header("ETag", "\"2\"")
                .body("fte", equalTo(3.0)).body("endDate", equalTo("2025-03-31"));
        Api.given().get(POSTS + id).then().statusCode(200).header("ETag", "\"2\"");
        Api.given().get(POSTS + id + "/history").then().statusCode(200)
                .body("items.changeType", contains("updated", "created"))
                .body("items[0].before.fte", equalTo(2.5)).body("items[0].after.fte", equalTo(3.0))
                .body("items[0].changedBy", equalTo(SmallCouncil.LEAD));
        delete(id, "\"2\"").then().statusCode(204);
        Api.given().get(POSTS + id).then().statusCode(404);
        Api.given().get(POSTS + id + "/history").then().statusCode(200)
                .body("items[0].changeType", equalTo("deleted")).body("items[0].after", nullValue());
    }

    @Test
    void everyBadFieldIsNamedAndNothingIsWritten() {
        long posts = data.count("post");
        long history = changes.all();
        create(post(c.s1, "social-worker", 1, "2024-04-01")).then().statusCode(400)
                .body("violations.field", contains("nodeId"));
        create(post(UUID.randomUUID(), "social-worker", 1, "2024-04-01")).then().statusCode(400)
                .body("violations.field", contains("nodeId"));
        create(post(c.alpha, "wizard", 1, "2024-04-01")).then().statusCode(400)
                .body("violations.field", contains("role"));
        create(post(c.alpha, "social-worker", 0, "2024-04-01")).then().statusCode(400)
                .body("violations.field", contains("fte"));
        create(post(c.alpha, "social-worker", 101, "2024-04-01")).then().statusCode(400)
                .body("violations.field", contains("fte"));
        Map<String, Object> backwards = post(c.alpha, "social-worker", 1, "2024-04-01");
        backwards.put("endDate", "2024-03-31");
        create(backwards).then().statusCode(400).body("violations.field", contains("endDate"));
        assertEquals(posts, data.count("post"));
        assertEquals(history, changes.all());
    }

    @Test
    void aSecondPostWithTheSameExternalIdIsAConflict() {
        Map<String, Object> body = post(c.beta, "social-worker", 1, "2024-04-01");
        body.put("externalId", "POST-DUP");
        create(body).then().statusCode(201);
        long posts = data.count("post");
        create(body).then().statusCode(409).contentType("application/problem+json");
        assertEquals(posts, data.count("post"));
    }

    @Test
    void aPostAnAgencyAssignmentCoversCannotBeDeleted() {
        UUID post = data.post(c.gamma, "social-worker", "1.00", LocalDate.of(2024, 1, 1), null);
        UUID worker = data.worker("Tess", "Temp").create();
        UUID assignment = data.assignment(worker, c.gamma, "social-worker", "agency", "1.00", LocalDate.of(2024, 2, 1),
                null);
        data.agencyTerms(assignment, "Agency Ltd", "social-worker", "hourly", "40.00", "5", 28, post, null);
        delete(post.toString(), "\"1\"").then().statusCode(409).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("agency assignment"));
        Api.given().get(POSTS + post).then().statusCode(200);
        assertEquals(0, changes.of("post", post));
    }

    @Test
    void changesNeedTheCurrentETag() throws Exception {
        String id = create(post(c.delta, "social-worker", 1, "2024-04-01")).then().statusCode(201).extract().path("id");
        put(id, null, post(c.delta, "social-worker", 2, "2024-04-01")).then().statusCode(428);
        put(id, "\"3\"", post(c.delta, "social-worker", 2, "2024-04-01")).then().statusCode(412);
        delete(id, "\"3\"").then().statusCode(412);
        put(UUID.randomUUID().toString(), "\"1\"", post(c.delta, "social-worker", 2, "2024-04-01")).then().statusCode(404);
        assertEquals(1, changes.of("post", id));
        List<Integer> statuses = Concurrently.statuses(List.<IntSupplier>of(
                () -> put(id, "\"1\"", post(c.delta, "social-worker", 2, "2024-04-01")).statusCode(),
                () -> put(id, "\"1\"", post(c.delta, "social-worker", 3, "2024-04-01")).statusCode()));
        assertEquals(List.of(200, 412), statuses.stream().sorted().toList());
        assertEquals(2, changes.of("post", id));
    }

    @Test
    @TestSecurity(user = SmallCouncil.TEAM_MANAGER_ALPHA, roles = "team-manager")
    void aTeamManagerReadsTheirTeamsPostsButMayNotWriteThem() {
        UUID own = data.post(c.alpha, "social-worker", "1.00", LocalDate.of(2024, 1, 1), null);
        UUID other = data.post(c.gamma, "social-worker", "1.00", LocalDate.of(2024, 1, 1), null);
        Api.given().get(POSTS + own).then().statusCode(200).header("ETag", "\"1\"");
        Api.given().get(POSTS + other).then().statusCode(403);
        create(post(c.alpha, "social-worker", 1, "2024-04-01")).then().statusCode(403);
        put(own.toString(), "\"1\"", post(c.alpha, "social-worker", 2, "2024-04-01")).then().statusCode(403);
        delete(own.toString(), "\"1\"").then().statusCode(403);
    }
}

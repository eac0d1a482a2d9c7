package org.workforceinsight.workers;

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

/** Recording, correcting and deleting leavers (the end of a worker's employment). */
@QuarkusTest
@TestSecurity(user = SmallCouncil.LEAD, roles = "workforce-lead")
class LeaverRecordingApiTest {

    private static final String LEAVERS = "/api/v1/leavers/";

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

    static Map<String, Object> leaver(UUID worker, String date, String reason, boolean interview) {
        Map<String, Object> body = new HashMap<>(Map.of("workerId", worker.toString(), "leavingDate", date,
                "exitInterviewHeld", interview));
        if (reason != null) {
            body.put("reasonCode", reason);
        }
        return body;
    }

    static Response post(Object body) {
        return Api.given().contentType("application/json").body(body).post("/api/v1/leavers");
    }

    static Response put(String id, String ifMatch, Object body) {
        var request = Api.given().contentType("application/json").body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put(LEAVERS + id);
    }

    static Response delete(String id, String ifMatch) {
        var request = Api.given();
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.delete(LEAVERS + id);
    }

    @Test
    void aLeadRecordsCorrectsAndDeletesALeaverWithHistory() {
        Response created = post(leaver(c.green, "2024-06-28", "pay", false));
        created.then().statusCode(201).header("ETag", "\"1\"")
                .body("worker.id", equalTo(c.green.toString()))
                .body("leavingDate", equalTo("2024-06-28"))
                .body("reason.code", equalTo("pay"))
                .body("node.id", equalTo(c.beta.toString()))
                .body("role", equalTo("social-worker"))
                .body("exitInterviewHeld", equalTo(false));
        String id = created.path("id");
        Api.given().get(LEAVERS + id).then().statusCode(200).header("ETag", "\"1\"");
        put(id, "\"1\"", leaver(c.green, "2024-06-28", "relocation", true)).then().statusCode(200)
                .header("ETag", "\"2\"").body("reason.code", equalTo("relocation"))
                .body("exitInterviewHeld", equalTo(true));
        Api.given().get(LEAVERS + id + "/history").then().statusCode(200)
                .body("items.changeType", contains("updated", "created"))
                .body("items[0].before.reason.code", equalTo("pay"))
                .body("items[0].after.reason.code", equalTo("relocation"))
                .body("items[0].after.exitInterviewHeld", equalTo(true))
                .body("items[0].changedBy", equalTo(SmallCouncil.LEAD));
        delete(id, "\"1\"").then().statusCode(412);
        delete(id, "\"2\"").then().statusCode(204);
        Api.given().get(LEAVERS + id).then().statusCode(404);
        Api.given().get(LEAVERS + id + "/history").then().statusCode(200)
                .body("items.changeType", contains("deleted", "updated", "created"))
                .body("items[0].after", nullValue());
    }

    @Test
    void recordingALeaverEndsTheAssignmentsOpenOnTheLeavingDateAndDeletingItReopensThem() {
        UUID worker = data.worker("Lee", "Leaves").create();
        UUID before = data.assignment(worker, c.alpha, "social-worker", "permanent", "1.00", LocalDate.of(2015, 1, 1),
                LocalDate.of(2019, 12, 31));
        UUID open = data.assignment(worker, c.beta, "social-worker", "permanent", "1.00", LocalDate.of(2020, 1, 1),
                null);
        UUID longer = data.assignment(worker, c.alpha, "senior-practitioner", "fixed-term", "0.20",
                LocalDate.of(2023, 4, 1), LocalDate.of(2030, 3, 31));
        UUID later = data.assignment(worker, c.beta, "social-worker", "agency", "1.00", LocalDate.of(2025, 1, 1), null);

        String id = post(leaver(worker, "2024-09-30", "pay", false)).then().statusCode(201).extract().path("id");
        assertEquals("2019-12-31 2024-09-30 2024-09-30 null", ends(before, open, longer, later));
        assertEquals("1 2 2 1", versions(before, open, longer, later));
        assertEquals(1, changes.of("assignment", open));

        // a correction moves the ends with the leaving date
        put(id, "\"1\"", leaver(worker, "2024-10-31", "pay", false)).then().statusCode(200);
        assertEquals("2019-12-31 2024-10-31 2024-10-31 null", ends(before, open, longer, later));

        delete(id, "\"2\"").then().statusCode(204);
        assertEquals("2019-12-31 null 2030-03-31 null", ends(before, open, longer, later));
        // ended, reopened, ended again, reopened: each change in the assignment's history
        assertEquals(4, changes.of("assignment", open));
        assertEquals("0", column("(SELECT count(*) FROM leaving_assignment_end e WHERE e.assignment_id = assignment.id)",
                open));
    }

    @Test
    void deletingALeaverLeavesAnAssignmentChangedSinceAsItIs() {
        UUID worker = data.worker("Max", "Moved").create();
        UUID open = data.assignment(worker, c.beta, "social-worker", "permanent", "1.00", LocalDate.of(2020, 1, 1),
                null);
        UUID other = data.assignment(worker, c.alpha, "social-worker", "fixed-term", "0.50", LocalDate.of(2021, 1, 1),
                null);
        String id = post(leaver(worker, "2024-09-30", null, false)).then().statusCode(201).extract().path("id");
        // the HR feed then sends an earlier end for one of them
        sql("UPDATE assignment SET end_date = '2024-09-15' WHERE id = '" + open + "'");

        delete(id, "\"1\"").then().statusCode(204);
        assertEquals("2024-09-15 null", ends(open, other));
    }

    @Test
    void aLeaverRefusedWritesNoAssignmentEnd() {
        UUID worker = data.worker("Nia", "Noend").create();
        UUID open = data.assignment(worker, c.beta, "social-worker", "permanent", "1.00", LocalDate.of(2020, 1, 1),
                null);
        post(leaver(worker, "2024-09-30", "not-a-reason", false)).then().statusCode(400);
        assertEquals("null", ends(open));
        assertEquals(0, changes.of("assignment", open));
    }

    private String ends(UUID... assignments) {
        return column("end_date", assignments);
    }

    private String versions(UUID... assignments) {
        return column("version", assignments);
    }

    private String column(String column, UUID... assignments) {
        List<String> values = new java.util.ArrayList<>();
        try (var connection = dataSource.getConnection();
             var select = connection.prepareStatement("SELECT " + column + " FROM assignment WHERE id = ?")) {
            for (UUID id : assignments) {
                select.setObject(1, id);
                try (var rows = select.executeQuery()) {
                    rows.next();
                    values.add(String.valueOf(rows.getObject(1)));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return String.join(" ", values);
    }

    private void sql(String statement) {
        try (var connection = dataSource.getConnection(); var s = connection.createStatement()) {
            s.execute(statement);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(statement, e);
        }
    }

    @Test
    void theSameWorkerLeavingTwiceOnOneDateIsAConflict() {
        post(leaver(c.hill, "2024-07-31", null, false)).then().statusCode(201);
        long leavings = data.count("leaving");
        long history = changes.all();
        post(leaver(c.hill, "2024-07-31", "pay", true)).then().statusCode(409).contentType("application/problem+json");
        assertEquals(leavings, data.count("leaving"));
        assertEquals(history, changes.all());
    }

    @Test
    void twoRecordingsOfTheSameLeavingAtOnceGiveOneRecordAndOneConflict() throws Exception {
        long leavings = data.count("leaving");
        List<Integer> statuses = Concurrently.statuses(List.<IntSupplier>of(
                () -> post(leaver(c.adams, "2024-11-29", null, false)).statusCode(),
                () -> post(leaver(c.adams, "2024-11-29", "pay", false)).statusCode()));
        // whether the service's check or the table's unique key catches the second, it is 409, never 500
        assertEquals(List.of(201, 409), statuses.stream().sorted().toList());
        assertEquals(leavings + 1, data.count("leaving"));
    }

    @Test
    void everyBadFieldIsNamedAndNothingIsWritten() {
        long leavings = data.count("leaving");
        long history = changes.all();
        // Kim King starts on 1 April 2025; Ben Brown is agency, not employed
        post(leaver(c.king, "2024-07-31", null, false)).then().statusCode(400)
                .body("violations.field", contains("leavingDate"));
        post(leaver(c.brown, "2024-07-31", null, false)).then().statusCode(400)
                .body("violations.field", contains("leavingDate"));
        post(leaver(UUID.randomUUID(), "2024-07-31", null, false)).then().statusCode(400)
                .body("violations.field", contains("workerId"));
        post(leaver(c.adams, "2024-07-31", "bored", false)).then().statusCode(400)
                .body("violations.field", contains("reasonCode"));
        post(Map.of()).then().statusCode(400).body("violations.field",
                org.hamcrest.Matchers.containsInAnyOrder("workerId", "leavingDate", "exitInterviewHeld"));
        assertEquals(leavings, data.count("leaving"));
        assertEquals(history, changes.all());
    }

    @Test
    void changesNeedTheCurrentETagAndUnknownRecordsAreNotFound() {
        String id = post(leaver(c.davies, "2024-08-30", null, false)).then().statusCode(201).extract().path("id");
        put(id, null, leaver(c.davies, "2024-08-30", "pay", false)).then().statusCode(428);
        put(id, "\"5\"", leaver(c.davies, "2024-08-30", "pay", false)).then().statusCode(412);
        put(id, "\"1\"", leaver(c.davies, "2024-08-30", "nope", false)).then().statusCode(400);
        assertEquals(1, changes.of("leaver", id));
        String unknown = UUID.randomUUID().toString();
        put(unknown, "\"1\"", leaver(c.davies, "2024-08-30", null, false)).then().statusCode(404);
        delete(unknown, "\"1\"").then().statusCode(404);
    }

    @Test
    void twoCorrectionsFromTheSameETagGiveOneSuccessAndOnePreconditionFailed() throws Exception {
        String id = post(leaver(c.evans, "2024-09-30", null, false)).then().statusCode(201).extract().path("id");
        List<Integer> statuses = Concurrently.statuses(List.<IntSupplier>of(
                () -> put(id, "\"1\"", leaver(c.evans, "2024-09-30", "pay", false)).statusCode(),
                () -> put(id, "\"1\"", leaver(c.evans, "2024-09-30", "relocation", false)).statusCode()));
        assertEquals(List.of(200, 412), statuses.stream().sorted().toList());
        assertEquals(2, changes.of("leaver", id));
    }

    @Test
    @TestSecurity(user = SmallCouncil.TEAM_MANAGER_BETA, roles = "team-manager")
    void aTeamManagerReadsTheirLeaversButMayNotWriteThem() {
        // before the leaving another test records for Hill, which ends Hill's assignment on 31 July
        String id = data.leaving(c.hill, LocalDate.of(2024, 7, 15), null, false).toString();
        Api.given().get(LEAVERS + id).then().statusCode(200).header("ETag", "\"1\"");
        post(leaver(c.green, "2024-10-31", null, false)).then().statusCode(403);
        put(id, "\"1\"", leaver(c.hill, "2024-10-31", "pay", false)).then().statusCode(403);
        delete(id, "\"1\"").then().statusCode(403);
        String other = data.leaving(c.irwin, LocalDate.of(2024, 10, 31), null, false).toString();
        Api.given().get(LEAVERS + other).then().statusCode(403);
    }
}

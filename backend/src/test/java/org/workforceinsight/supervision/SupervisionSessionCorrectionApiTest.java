package org.workforceinsight.supervision;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.workforceinsight.testsupport.Api;
import org.workforceinsight.testsupport.AuditRows;
import org.workforceinsight.testsupport.Concurrently;
import org.workforceinsight.testsupport.RecordChanges;
import org.workforceinsight.testsupport.SmallCouncil;
import org.workforceinsight.testsupport.TestData;

/**
 * Correcting and deleting supervision sessions: If-Match against the version, history of every change, and
 * the managers' scope on the session date. Each test records its own session, dated 2024.
 */
@QuarkusTest
@TestSecurity(user = SmallCouncil.LEAD, roles = "workforce-lead")
class SupervisionSessionCorrectionApiTest {

    private static final String SESSIONS = "/api/v1/supervision-sessions/";

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

    static Map<String, Object> session(UUID supervisee, String date, int minutes) {
        return new HashMap<>(Map.of("superviseeId", supervisee.toString(), "sessionDate", date,
                "durationMinutes", minutes, "sessionType", "one-to-one"));
    }

    /** Records a session as the caller and answers its id. */
    static String recorded(UUID supervisee, String date) {
        return Api.given().contentType("application/json").body(session(supervisee, date, 95))
                .post("/api/v1/supervision-sessions").then().statusCode(201).extract().path("id");
    }

    static Response put(String id, String ifMatch, Object body) {
        var request = Api.given().contentType("application/json").body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put(SESSIONS + id);
    }

    static Response delete(String id, String ifMatch) {
        var request = Api.given();
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.delete(SESSIONS + id);
    }

    @Test
    void aRecordedSessionCarriesVersionOneAsItsETagAndItsCreationInItsHistory() {
        Response created = Api.given().contentType("application/json").body(session(c.adams, "2024-02-05", 95))
                .post("/api/v1/supervision-sessions");
        created.then().statusCode(201).header("ETag", "\"1\"");
        String id = created.path("id");
        Api.given().get(SESSIONS + id).then().statusCode(200).header("ETag", "\"1\"");
        Api.given().get(SESSIONS + id + "/history").then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].changeType", equalTo("created"))
                .body("items[0].recordType", equalTo("supervision-session"))
                .body("items[0].recordId", equalTo(id))
                .body("items[0].version", equalTo(1))
                .body("items[0].changedBy", equalTo(SmallCouncil.LEAD))
                .body("items[0].changedAt", notNullValue())
                .body("items[0].channel", equalTo("api"))
                .body("items[0].before", nullValue())
                .body("items[0].after.sessionDate", equalTo("2024-02-05"))
                .body("items[0].after.durationMinutes", equalTo(95));
    }

    @Test
    void aCorrectionReplacesTheSessionBumpsTheVersionAndKeepsBeforeAndAfter() {
        String id = recorded(c.adams, "2024-02-06");
        Map<String, Object> corrected = session(c.adams, "2024-02-07", 60);
        corrected.put("sessionType", "group");
        corrected.put("supervisorId", c.alphaManager.toString());
        put(id, "\"1\"", corrected).then().statusCode(200).header("ETag", "\"2\"")
                .body("id", equalTo(id))
                .body("sessionDate", equalTo("2024-02-07"))
                .body("durationMinutes", equalTo(60))
                .body("sessionType", equalTo("group"))
                .body("supervisor.id", equalTo(c.alphaManager.toString()))
                .body("recordedBy", equalTo(SmallCouncil.LEAD));
        Api.given().get(SESSIONS + id).then().statusCode(200).header("ETag", "\"2\"")
                .body("durationMinutes", equalTo(60));
        Api.given().get(SESSIONS + id + "/history").then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.changeType", contains("updated", "created"))
                .body("items.version", contains(2, 1))
                .body("items[0].changedBy", equalTo(SmallCouncil.LEAD))
                .body("items[0].before.durationMinutes", equalTo(95))
                .body("items[0].before.sessionDate", equalTo("2024-02-06"))
                .body("items[0].after.durationMinutes", equalTo(60))
                .body("items[0].after.sessionType", equalTo("group"));
    }

    @Test
    @TestSecurity(user = "audit.session.corrector", roles = "workforce-lead")
    void aCorrectionAndADeletionEachLeaveAnAuditRecordNamingTheWorkerAndTheFieldsChanged() {
        String id = recorded(c.adams, "2024-02-12");
        Api.given().get(SESSIONS + id).then().statusCode(200);
        put(id, "\"1\"", session(c.adams, "2024-02-12", 45)).then().statusCode(200);
        AuditRows audit = AuditRows.using(dataSource);
        AuditRows.Row update = audit.only("audit.session.corrector", "updateSupervisionSession");
        assertEquals("update", update.action());
        assertEquals("supervision-session", update.recordType());
        assertEquals(id, update.recordId());
        assertEquals(List.of(c.adams), update.workerIds());
        assertEquals(List.of("durationMinutes"), update.changedFields());
        assertEquals("read", audit.only("audit.session.corrector", "getSupervisionSession").action());
        assertEquals("create", audit.only("audit.session.corrector", "createSupervisionSession").action());

        delete(id, "\"2\"").then().statusCode(204);
        Api.given().get(SESSIONS + id + "/history").then().statusCode(200);
        AuditRows.Row deletion = audit.only("audit.session.corrector", "deleteSupervisionSession");
        assertEquals("delete", deletion.action());
        assertEquals(List.of(c.adams), deletion.workerIds());
        // a deleted session's history still names whose it was
        assertEquals(List.of(c.adams), audit.only("audit.session.corrector", "getSupervisionSessionHistory").workerIds());
    }

    @Test
    @TestSecurity(user = "audit.session.stale", roles = "workforce-lead")
    void aRefusedCorrectionLeavesNoAuditRecordOfAnUpdate() {
        String id = recorded(c.adams, "2024-02-13");
        put(id, "\"7\"", session(c.adams, "2024-02-13", 45)).then().statusCode(412);
        assertEquals(List.of("createSupervisionSession"), AuditRows.using(dataSource).of("audit.session.stale").stream()
                .map(AuditRows.Row::operationId).toList());
    }

    @Test
    void aChangeWithoutIfMatchIsPreconditionRequiredAndChangesNothing() {
        String id = recorded(c.adams, "2024-02-08");
        long history = changes.of("supervision-session", id);
        put(id, null, session(c.adams, "2024-02-08", 60)).then().statusCode(428)
                .contentType("application/problem+json").body("status", equalTo(428));
        delete(id, null).then().statusCode(428).contentType("application/problem+json");
        Api.given().get(SESSIONS + id).then().statusCode(200).header("ETag", "\"1\"").body("durationMinutes", equalTo(95));
        assertEquals(history, changes.of("supervision-session", id));
    }

    @Test
    void aStaleOrForeignETagIsPreconditionFailedAndChangesNothing() {
        String id = recorded(c.adams, "2024-02-09");
        put(id, "\"1\"", session(c.adams, "2024-02-09", 70)).then().statusCode(200);
        long history = changes.of("supervision-session", id);
        put(id, "\"1\"", session(c.adams, "2024-02-09", 80)).then().statusCode(412)
                .contentType("application/problem+json");
        put(id, "W/\"abc\"", session(c.adams, "2024-02-09", 80)).then().statusCode(412);
        delete(id, "\"1\"").then().statusCode(412);
        Api.given().get(SESSIONS + id).then().statusCode(200).header("ETag", "\"2\"").body("durationMinutes", equalTo(70));
        assertEquals(history, changes.of("supervision-session", id));
    }

    @Test
    void anUnknownSessionIsNotFoundForEveryOperation() {
        String unknown = UUID.randomUUID().toString();
        put(unknown, "\"1\"", session(c.adams, "2024-02-09", 80)).then().statusCode(404)
                .contentType("application/problem+json");
        delete(unknown, "\"1\"").then().statusCode(404);
        Api.given().get(SESSIONS + unknown + "/history").then().statusCode(404);
    }

    @Test
    void aBadCorrectionNamesEveryBadFieldAndChangesNothing() {
        String id = recorded(c.adams, "2024-02-12");
        long history = changes.all();
        Map<String, Object> badType = session(c.adams, "2024-02-12", 95);
        badType.put("sessionType", "chat");
        put(id, "\"1\"", badType).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("sessionType"));
        put(id, "\"1\"", session(c.adams, "2024-02-12", 2000)).then().statusCode(400)
                .body("violations.field", contains("durationMinutes"));
        put(id, "\"1\"", session(UUID.randomUUID(), "2099-01-01", 60)).then().statusCode(400)
                .body("violations.field", containsInAnyOrder("superviseeId", "sessionDate"));
        Api.given().get(SESSIONS + id).then().statusCode(200).header("ETag", "\"1\"").body("sessionDate", equalTo("2024-02-12"));
        assertEquals(history, changes.all());
    }

    @Test
    void aDeletionRemovesTheSessionAndKeepsItsHistory() {
        String id = recorded(c.adams, "2024-02-13");
        long before = data.count("supervision_session");
        delete(id, "\"1\"").then().statusCode(204);
        assertEquals(before - 1, data.count("supervision_session"));
        Api.given().get(SESSIONS + id).then().statusCode(404);
        Api.given().get(SESSIONS + id + "/history").then().statusCode(200)
                .body("items.changeType", contains("deleted", "created"))
                .body("items[0].version", equalTo(1))
                .body("items[0].before.sessionDate", equalTo("2024-02-13"))
                .body("items[0].after", nullValue());
        delete(id, "\"1\"").then().statusCode(404);
    }

    @Test
    void twoEditsFromTheSameETagGiveOneSuccessAndOnePreconditionFailed() throws Exception {
        String id = recorded(c.adams, "2024-02-14");
        List<Integer> statuses = Concurrently.statuses(List.<IntSupplier>of(
                () -> put(id, "\"1\"", session(c.adams, "2024-02-14", 61)).statusCode(),
                () -> put(id, "\"1\"", session(c.adams, "2024-02-14", 62)).statusCode()));
        assertEquals(List.of(200, 412), statuses.stream().sorted().toList());
        assertEquals(2, changes.of("supervision-session", id));
        Api.given().get(SESSIONS + id).then().header("ETag", "\"2\"");
    }

    @Test
    @TestSecurity(user = SmallCouncil.TEAM_MANAGER_ALPHA, roles = "team-manager")
    void aTeamManagerCorrectsSessionsOfTheirTeamButCannotMoveThemOutOfIt() {
        String id = recorded(c.adams, "2024-03-04");
        put(id, "\"1\"", session(c.adams, "2024-03-05", 90)).then().statusCode(200)
                .body("recordedBy", equalTo(SmallCouncil.TEAM_MANAGER_ALPHA));
        // Isla Irwin is in Gamma Team: the manager may not make it her session
        put(id, "\"2\"", session(c.irwin, "2024-03-05", 90)).then().statusCode(403)
                .contentType("application/problem+json");
        Api.given().get(SESSIONS + id + "/history").then().statusCode(200)
                .body("items[0].changedBy", equalTo(SmallCouncil.TEAM_MANAGER_ALPHA));
        delete(id, "\"2\"").then().statusCode(204);
    }

    @Test
    @TestSecurity(user = SmallCouncil.TEAM_MANAGER_BETA, roles = "team-manager")
    void anotherTeamsManagerMayNeitherCorrectNorDeleteNorReadTheHistory() {
        String id = data.supervision(c.adams, null, java.time.LocalDate.of(2024, 3, 6), 90, "group").toString();
        put(id, "\"1\"", session(c.green, "2024-03-06", 90)).then().statusCode(403);
        delete(id, "\"1\"").then().statusCode(403);
        Api.given().get(SESSIONS + id + "/history").then().statusCode(403);
        assertEquals(0, changes.of("supervision-session", id));
    }

    @Test
    @TestSecurity(user = "machine.writer", roles = "machine-write")
    void aMachineWriteClientRecordsCorrectsAndDeletes() {
        Response created = Api.given().contentType("application/json").body(session(c.irwin, "2024-04-01", 90))
                .post("/api/v1/supervision-sessions");
        created.then().statusCode(201).header("ETag", "\"1\"");
        String id = created.path("id");
        Api.given().get(SESSIONS + id).then().statusCode(200);
        put(id, "\"1\"", session(c.irwin, "2024-04-02", 90)).then().statusCode(200).header("ETag", "\"2\"");
        Api.given().get(SESSIONS + id + "/history").then().statusCode(200)
                .body("items.changedBy", contains("machine.writer", "machine.writer"));
        delete(id, "\"2\"").then().statusCode(204);
    }

    @Test
    @TestSecurity(user = "machine.client", roles = "machine-read")
    void aMachineReadClientMayReadButNotChange() {
        String id = data.supervision(c.adams, null, java.time.LocalDate.of(2024, 3, 7), 90, "group").toString();
        Api.given().get(SESSIONS + id).then().statusCode(200).header("ETag", "\"1\"");
        put(id, "\"1\"", session(c.adams, "2024-03-07", 60)).then().statusCode(403);
        delete(id, "\"1\"").then().statusCode(403);
        assertEquals(0, changes.of("supervision-session", id));
    }
}

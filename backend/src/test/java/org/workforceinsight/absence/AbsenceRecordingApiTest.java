package org.workforceinsight.absence;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
import org.workforceinsight.testsupport.AuditRows;
import org.workforceinsight.testsupport.Concurrently;
import org.workforceinsight.testsupport.RecordChanges;
import org.workforceinsight.testsupport.SmallCouncil;
import org.workforceinsight.testsupport.TestData;

/**
 * Recording, correcting and deleting absences. Each test uses its own days of 2024 so that the overlap rule
 * (one absence per worker and day) does not tie the tests together.
 */
@QuarkusTest
@TestSecurity(user = SmallCouncil.LEAD, roles = "workforce-lead")
class AbsenceRecordingApiTest {

    private static final String ABSENCES = "/api/v1/absences/";

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

    static Map<String, Object> absence(UUID worker, String type, String first, String last, double days) {
        return new HashMap<>(Map.of("workerId", worker.toString(), "absenceType", type, "firstDay", first,
                "lastDay", last, "workingDaysLost", days));
    }

    static Map<String, Object> sickness(UUID worker, String first, String last, double days, String reason) {
        Map<String, Object> body = absence(worker, "sickness", first, last, days);
        if (reason != null) {
            body.put("sicknessReason", reason);
        }
        return body;
    }

    static Response post(Object body) {
        return Api.given().contentType("application/json").body(body).post("/api/v1/absences");
    }

    static Response put(String id, String ifMatch, Object body) {
        var request = Api.given().contentType("application/json").body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put(ABSENCES + id);
    }

    static Response delete(String id, String ifMatch) {
        var request = Api.given();
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.delete(ABSENCES + id);
    }

    private String reasonInDatabase(String absenceId) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT reason_code FROM absence_sickness_reason WHERE absence_id = CAST(? AS uuid)")) {
            statement.setString(1, absenceId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    @Test
    void aLeadRecordsASicknessAbsenceWhoseReasonNeverReachesTheHistory() throws Exception {
        Response created = post(sickness(c.adams, "2024-01-08", "2024-01-10", 3, "musculoskeletal"));
        created.then().statusCode(201).header("ETag", "\"1\"")
                .body("sicknessReason", equalTo("musculoskeletal"))
                .body("workingDaysLost", equalTo(3.0))
                .body("worker.id", equalTo(c.adams.toString()));
        String id = created.path("id");
        created.then().header("Location", org.hamcrest.Matchers.endsWith(ABSENCES + id));
        Api.given().get(ABSENCES + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("sicknessReason", equalTo("musculoskeletal"));
        put(id, "\"1\"", sickness(c.adams, "2024-01-08", "2024-01-11", 4, "infections")).then().statusCode(200)
                .header("ETag", "\"2\"").body("sicknessReason", equalTo("infections"));
        assertEquals("infections", reasonInDatabase(id));
        Api.given().get(ABSENCES + id + "/history").then().statusCode(200)
                .body("items.changeType", contains("updated", "created"))
                .body("items[1].after.sicknessReasonChanged", equalTo(true))
                .body("items[1].after", not(hasKey("sicknessReason")))
                .body("items[0].before", not(hasKey("sicknessReason")))
                .body("items[0].before.lastDay", equalTo("2024-01-10"))
                .body("items[0].after.lastDay", equalTo("2024-01-11"))
                .body("items[0].after.sicknessReasonChanged", equalTo(true))
                .body("items[0].changedBy", equalTo(SmallCouncil.LEAD));
        delete(id, "\"2\"").then().statusCode(204);
        assertEquals(null, reasonInDatabase(id));
        Api.given().get(ABSENCES + id + "/history").then().statusCode(200)
                .body("items[0].changeType", equalTo("deleted"))
                .body("items[0].before.sicknessReasonChanged", equalTo(true));
        String history = changes.allText();
        assertFalse(history.contains("musculoskeletal") || history.contains("infections"), history);
    }

    @Test
    @TestSecurity(user = "audit.absence.corrector", roles = "hr-absence-officer")
    void aCorrectedSicknessReasonIsAuditedByNameNeverByValue() {
        String id = post(sickness(c.adams, "2024-03-04", "2024-03-05", 2, "musculoskeletal")).then().statusCode(201)
                .extract().path("id");
        put(id, "\"1\"", sickness(c.adams, "2024-03-04", "2024-03-05", 2, "infections")).then().statusCode(200);
        AuditRows audit = AuditRows.using(dataSource);
        AuditRows.Row update = audit.only("audit.absence.corrector", "updateAbsence");
        assertEquals("update", update.action());
        assertEquals("absence", update.recordType());
        assertEquals(List.of(c.adams), update.workerIds());
        assertEquals(List.of("sicknessReason"), update.changedFields());
        assertTrue(audit.only("audit.absence.corrector", "createAbsence").changedFields().contains("sicknessReason"));
        for (AuditRows.Row row : audit.of("audit.absence.corrector")) {
            assertFalse(row.text().contains("musculoskeletal") || row.text().contains("infections"), row.text());
        }
        delete(id, "\"2\"").then().statusCode(204);
        assertEquals(List.of(c.adams), audit.only("audit.absence.corrector", "deleteAbsence").workerIds());
    }

    @Test
    @TestSecurity(user = "hr.officer", roles = "hr-absence-officer")
    void anHrAbsenceOfficerRecordsAndReadsSicknessReasonsForAnyWorker() {
        Response created = post(sickness(c.irwin, "2024-01-15", "2024-01-15", 1, "stress-depression-anxiety"));
        created.then().statusCode(201).body("sicknessReason", equalTo("stress-depression-anxiety"));
        String id = created.path("id");
        Api.given().get(ABSENCES + id).then().statusCode(200).body("sicknessReason", equalTo("stress-depression-anxiety"));
        Api.given().queryParam("workerId", c.irwin.toString()).queryParam("from", "2024-01-15")
                .queryParam("to", "2024-01-15").get("/api/v1/absences").then().statusCode(200)
                .body("items.sicknessReason", contains("stress-depression-anxiety"));
        assertFalse(changes.allText().contains("stress-depression-anxiety"));
    }

    @Test
    @TestSecurity(user = "machine.writer", roles = "machine-write")
    void aMachineClientWritesAbsencesButNeverHealthDetail() throws Exception {
        long absences = data.count("absence");
        long history = changes.all();
        post(sickness(c.adams, "2024-01-22", "2024-01-22", 1, "infections")).then().statusCode(403)
                .contentType("application/problem+json");
        assertEquals(absences, data.count("absence"));
        assertEquals(history, changes.all());

        String id = data.absence(c.adams, "sickness", LocalDate.of(2024, 1, 23), LocalDate.of(2024, 1, 24), "2",
                "surgery-recovery").toString();
        Api.given().get(ABSENCES + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("$", not(hasKey("sicknessReason")));
        // a correction by a caller who may not see the reason leaves it as it was
        put(id, "\"1\"", sickness(c.adams, "2024-01-23", "2024-01-25", 3, null)).then().statusCode(200)
                .body("$", not(hasKey("sicknessReason")));
        assertEquals("surgery-recovery", reasonInDatabase(id));
        // no longer a sickness absence: the reason goes
        put(id, "\"2\"", absence(c.adams, "unpaid-leave", "2024-01-23", "2024-01-25", 3)).then().statusCode(200);
        assertEquals(null, reasonInDatabase(id));
        Api.given().get(ABSENCES + id + "/history").then().statusCode(200)
                .body("items.changeType", contains("updated", "updated"))
                .body("items[0].after.sicknessReasonChanged", equalTo(true))
                .body("items[1].after", not(hasKey("sicknessReasonChanged")))
                .body("items.changedBy", contains("machine.writer", "machine.writer"));
        assertFalse(changes.allText().contains("surgery-recovery"));
    }

    @Test
    void everyBadFieldIsNamedAndNothingIsWritten() {
        long absences = data.count("absence");
        long history = changes.all();
        post(absence(c.adams, "sickness", "2024-02-10", "2024-02-05", 1)).then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", contains("lastDay"));
        post(absence(c.adams, "sickness", "2024-02-05", "2024-02-06", 3)).then().statusCode(400)
                .body("violations.field", contains("workingDaysLost"));
        post(absence(c.adams, "sickness", "2024-02-05", "2024-02-06", -1)).then().statusCode(400)
                .body("violations.field", contains("workingDaysLost"));
        post(absence(UUID.randomUUID(), "sickness", "2024-02-05", "2024-02-06", 1)).then().statusCode(400)
                .body("violations.field", contains("workerId"));
        // Kim King starts on 1 April 2025
        post(absence(c.king, "sickness", "2024-02-05", "2024-02-06", 1)).then().statusCode(400)
                .body("violations.field", contains("workerId"));
        post(absence(c.adams, "holiday", "2024-02-05", "2024-02-06", 1)).then().statusCode(400)
                .body("violations.field", contains("absenceType"));
        Map<String, Object> reasonOnLeave = absence(c.adams, "unpaid-leave", "2024-02-05", "2024-02-06", 1);
        reasonOnLeave.put("sicknessReason", "infections");
        post(reasonOnLeave).then().statusCode(400).body("violations.field", contains("sicknessReason"));
        post(sickness(c.adams, "2024-02-05", "2024-02-06", 1, "broken-heart")).then().statusCode(400)
                .body("violations.field", contains("sicknessReason"));
        post(Map.of()).then().statusCode(400).body("violations.field",
                org.hamcrest.Matchers.containsInAnyOrder("workerId", "absenceType", "firstDay", "lastDay",
                        "workingDaysLost"));
        assertEquals(absences, data.count("absence"));
        assertEquals(history, changes.all());
    }

    @Test
    void anOverlappingAbsenceOfTheSameWorkerIsAConflict() {
        String first = post(absence(c.davies, "compassionate-leave", "2024-03-04", "2024-03-06", 3))
                .then().statusCode(201).extract().path("id");
        long absences = data.count("absence");
        post(absence(c.davies, "sickness", "2024-03-06", "2024-03-07", 2)).then().statusCode(409)
                .contentType("application/problem+json");
        assertEquals(absences, data.count("absence"));
        // the absence itself may be corrected over its own days
        put(first, "\"1\"", absence(c.davies, "compassionate-leave", "2024-03-04", "2024-03-07", 4))
                .then().statusCode(200);
        String second = post(absence(c.davies, "other", "2024-03-11", "2024-03-11", 1)).then().statusCode(201)
                .extract().path("id");
        put(second, "\"1\"", absence(c.davies, "other", "2024-03-07", "2024-03-11", 3)).then().statusCode(409);
    }

    @Test
    void changesNeedTheCurrentETag() {
        String id = post(absence(c.evans, "other", "2024-04-01", "2024-04-01", 1)).then().statusCode(201)
                .extract().path("id");
        long history = changes.of("absence", id);
        put(id, null, absence(c.evans, "other", "2024-04-01", "2024-04-02", 2)).then().statusCode(428);
        delete(id, null).then().statusCode(428);
        put(id, "\"7\"", absence(c.evans, "other", "2024-04-01", "2024-04-02", 2)).then().statusCode(412);
        delete(id, "\"7\"").then().statusCode(412);
        assertEquals(history, changes.of("absence", id));
        Api.given().get(ABSENCES + id).then().statusCode(200).header("ETag", "\"1\"").body("lastDay", equalTo("2024-04-01"));
        String unknown = UUID.randomUUID().toString();
        Api.given().get(ABSENCES + unknown).then().statusCode(404);
        put(unknown, "\"1\"", absence(c.evans, "other", "2024-04-01", "2024-04-02", 2)).then().statusCode(404);
        delete(unknown, "\"1\"").then().statusCode(404);
        Api.given().get(ABSENCES + unknown + "/history").then().statusCode(404);
    }

    @Test
    void twoCorrectionsFromTheSameETagGiveOneSuccessAndOnePreconditionFailed() throws Exception {
        String id = post(absence(c.evans, "other", "2024-05-06", "2024-05-06", 1)).then().statusCode(201)
                .extract().path("id");
        List<Integer> statuses = Concurrently.statuses(List.<IntSupplier>of(
                () -> put(id, "\"1\"", absence(c.evans, "other", "2024-05-06", "2024-05-07", 2)).statusCode(),
                () -> put(id, "\"1\"", absence(c.evans, "other", "2024-05-06", "2024-05-08", 3)).statusCode()));
        assertEquals(List.of(200, 412), statuses.stream().sorted().toList());
        assertEquals(2, changes.of("absence", id));
    }

    @Test
    @TestSecurity(user = SmallCouncil.TEAM_MANAGER_ALPHA, roles = "team-manager")
    void aTeamManagerReadsTheirTeamsAbsencesWithoutHealthDetailAndMayNotWriteThem() {
        String id = data.absence(c.brown, "sickness", LocalDate.of(2024, 6, 3), LocalDate.of(2024, 6, 3), "1",
                "infections").toString();
        Api.given().get(ABSENCES + id).then().statusCode(200).body("$", not(hasKey("sicknessReason")))
                .header("ETag", "\"1\"");
        Api.given().get(ABSENCES + id + "/history").then().statusCode(200).body("totalItems", equalTo(0));
        put(id, "\"1\"", absence(c.brown, "sickness", "2024-06-03", "2024-06-04", 2)).then().statusCode(403);
        delete(id, "\"1\"").then().statusCode(403);
        post(absence(c.brown, "other", "2024-06-10", "2024-06-10", 1)).then().statusCode(403);
        String irwins = data.absence(c.irwin, "other", LocalDate.of(2024, 6, 3), LocalDate.of(2024, 6, 3), "1", null)
                .toString();
        Api.given().get(ABSENCES + irwins).then().statusCode(403);
        Api.given().get(ABSENCES + irwins + "/history").then().statusCode(403);
    }
}

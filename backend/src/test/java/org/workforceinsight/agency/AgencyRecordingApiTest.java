package org.workforceinsight.agency;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
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

/** Recording, correcting and deleting agency assignments and their timesheets (charges). */
@QuarkusTest
@TestSecurity(user = SmallCouncil.LEAD, roles = "workforce-lead")
class AgencyRecordingApiTest {

    private static final String ASSIGNMENTS = "/api/v1/agency-assignments/";
    private static final String TIMESHEETS = "/api/v1/agency-timesheets/";

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

    /** An agency worker of their own, so that tests do not share one worker's assignments. */
    static UUID agencyWorker(String name) {
        return data.worker(name, "Agency").create();
    }

    static Map<String, Object> terms(UUID worker, UUID team, String start) {
        return new HashMap<>(Map.ofEntries(Map.entry("workerId", worker.toString()),
                Map.entry("nodeId", team.toString()), Map.entry("role", "social-worker"), Map.entry("fte", 1.0),
                Map.entry("startDate", start), Map.entry("agencyName", "Locum Partners"),
                Map.entry("jobType", "social-worker"), Map.entry("chargeBasis", "hourly"),
                Map.entry("chargeRate", 45.5), Map.entry("pqeYearsAtStart", 4.0),
                Map.entry("noticePeriodDays", 28)));
    }

    static Map<String, Object> timesheet(String assignment, String week, double units, double rate) {
        return new HashMap<>(Map.of("assignmentId", assignment, "weekEnding", week, "units", units, "rate", rate));
    }

    static Response post(String path, Object body) {
        return Api.given().contentType("application/json").body(body).post(path);
    }

    static Response put(String path, String ifMatch, Object body) {
        var request = Api.given().contentType("application/json").body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put(path);
    }

    static Response delete(String path, String ifMatch) {
        var request = Api.given();
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.delete(path);
    }

    @Test
    void aLeadRecordsCorrectsAndDeletesAnAgencyAssignmentWithHistory() {
        UUID worker = agencyWorker("Ann");
        long assignments = data.count("assignment");
        Response created = post("/api/v1/agency-assignments", terms(worker, c.alpha, "2024-05-06"));
        created.then().statusCode(201).header("ETag", "\"1\"")
                .body("worker.id", equalTo(worker.toString())).body("node.id", equalTo(c.alpha.toString()))
                .body("agencyName", equalTo("Locum Partners")).body("chargeRate", equalTo(45.5))
                .body("noticePeriodDays", equalTo(28));
        String id = created.path("assignmentId");
        assertEquals(assignments + 1, data.count("assignment"));
        Map<String, Object> corrected = terms(worker, c.alpha, "2024-05-06");
        corrected.put("chargeRate", 48.0);
        corrected.put("endDate", "2024-11-01");
        put(ASSIGNMENTS + id, "\"1\"", corrected).then().statusCode(200).header("ETag", "\"2\"")
                .body("chargeRate", equalTo(48.0)).body("endDate", equalTo("2024-11-01"));
        Api.given().get(ASSIGNMENTS + id).then().statusCode(200).header("ETag", "\"2\"");
        Api.given().get(ASSIGNMENTS + id + "/history").then().statusCode(200)
                .body("items.changeType", contains("updated", "created"))
                .body("items[0].before.chargeRate", equalTo(45.5))
                .body("items[0].after.chargeRate", equalTo(48.0));
        delete(ASSIGNMENTS + id, "\"2\"").then().statusCode(204);
        assertEquals(assignments, data.count("assignment"));
        Api.given().get(ASSIGNMENTS + id).then().statusCode(404);
        Api.given().get(ASSIGNMENTS + id + "/history").then().statusCode(200)
                .body("items[0].changeType", equalTo("deleted"));
    }

    @Test
    void everyBadFieldIsNamedAndNothingIsWritten() {
        UUID worker = agencyWorker("Bea");
        long assignments = data.count("assignment");
        long history = changes.all();
        Map<String, Object> body = terms(worker, c.s1, "2024-05-06");
        post("/api/v1/agency-assignments", body).then().statusCode(400).body("violations.field", contains("nodeId"));
        body = terms(UUID.randomUUID(), c.alpha, "2024-05-06");
        post("/api/v1/agency-assignments", body).then().statusCode(400).body("violations.field", contains("workerId"));
        body = terms(worker, c.alpha, "2024-05-06");
        body.put("endDate", "2024-05-01");
        body.put("coversPostId", UUID.randomUUID().toString());
        post("/api/v1/agency-assignments", body).then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.containsInAnyOrder("endDate", "coversPostId"));
        body = terms(worker, c.alpha, "2024-05-06");
        body.put("chargeRate", 0);
        body.put("fte", 1.5);
        post("/api/v1/agency-assignments", body).then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.containsInAnyOrder("chargeRate", "fte"));
        body = terms(worker, c.alpha, "2024-05-06");
        body.put("jobType", "wizard");
        post("/api/v1/agency-assignments", body).then().statusCode(400).body("violations.field", contains("jobType"));
        assertEquals(assignments, data.count("assignment"));
        assertEquals(history, changes.all());
    }

    @Test
    void theSameWorkersSecondAgencyAssignmentFromOneDateIsAConflict() {
        UUID worker = agencyWorker("Cal");
        post("/api/v1/agency-assignments", terms(worker, c.alpha, "2024-05-06")).then().statusCode(201);
        long assignments = data.count("assignment");
        post("/api/v1/agency-assignments", terms(worker, c.beta, "2024-05-06")).then().statusCode(409);
        assertEquals(assignments, data.count("assignment"));
    }

    @Test
    void timesheetsAreRecordedCorrectedAndDeletedAndKeepTheirAssignment() {
        UUID worker = agencyWorker("Dee");
        String assignment = post("/api/v1/agency-assignments", terms(worker, c.gamma, "2024-06-03"))
                .then().statusCode(201).extract().path("assignmentId");
        Response created = post("/api/v1/agency-timesheets", timesheet(assignment, "2024-06-07", 37.0, 45.5));
        created.then().statusCode(201).header("ETag", "\"1\"").body("units", equalTo(37.0))
                .body("chargeBasis", equalTo("hourly"));
        String id = created.path("id");
        // the assignment now has charges: it cannot be deleted
        delete(ASSIGNMENTS + assignment, "\"1\"").then().statusCode(409).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("timesheet"));
        long timesheets = data.count("agency_timesheet");
        post("/api/v1/agency-timesheets", timesheet(assignment, "2024-06-07", 30.0, 45.5)).then().statusCode(409);
        post("/api/v1/agency-timesheets", timesheet(assignment, "2024-05-31", 30.0, 45.5)).then().statusCode(400)
                .body("violations.field", contains("weekEnding"));
        post("/api/v1/agency-timesheets", timesheet(assignment, "2024-06-14", 169.0, 45.5)).then().statusCode(400)
                .body("violations.field", contains("units"));
        post("/api/v1/agency-timesheets", timesheet(UUID.randomUUID().toString(), "2024-06-14", 1, 1)).then()
                .statusCode(400).body("violations.field", contains("assignmentId"));
        assertEquals(timesheets, data.count("agency_timesheet"));
        put(TIMESHEETS + id, null, timesheet(assignment, "2024-06-07", 35.0, 45.5)).then().statusCode(428);
        put(TIMESHEETS + id, "\"1\"", timesheet(assignment, "2024-06-07", 35.0, 45.5)).then().statusCode(200)
                .header("ETag", "\"2\"").body("units", equalTo(35.0));
        put(TIMESHEETS + id, "\"1\"", timesheet(assignment, "2024-06-07", 36.0, 45.5)).then().statusCode(412);
        Api.given().get(TIMESHEETS + id + "/history").then().statusCode(200)
                .body("items.changeType", contains("updated", "created"))
                .body("items[0].before.units", equalTo(37.0)).body("items[0].after.units", equalTo(35.0));
        delete(TIMESHEETS + id, "\"2\"").then().statusCode(204);
        delete(ASSIGNMENTS + assignment, "\"1\"").then().statusCode(204);
    }

    @Test
    void twoCorrectionsFromTheSameETagGiveOneSuccessAndOnePreconditionFailed() throws Exception {
        UUID worker = agencyWorker("Eli");
        String id = post("/api/v1/agency-assignments", terms(worker, c.alpha, "2024-07-01")).then().statusCode(201)
                .extract().path("assignmentId");
        Map<String, Object> one = terms(worker, c.alpha, "2024-07-01");
        one.put("chargeRate", 50.0);
        Map<String, Object> two = terms(worker, c.alpha, "2024-07-01");
        two.put("chargeRate", 51.0);
        List<Integer> statuses = Concurrently.statuses(List.<IntSupplier>of(
                () -> put(ASSIGNMENTS + id, "\"1\"", one).statusCode(),
                () -> put(ASSIGNMENTS + id, "\"1\"", two).statusCode()));
        assertEquals(List.of(200, 412), statuses.stream().sorted().toList());
        assertEquals(2, changes.of("agency-assignment", id));
    }

    @Test
    @TestSecurity(user = SmallCouncil.TEAM_MANAGER_ALPHA, roles = "team-manager")
    void aTeamManagerSeesNoChargesAndNoTimesheetsAndWritesNothing() {
        UUID worker = agencyWorker("Fay");
        UUID assignment = data.assignment(worker, c.alpha, "social-worker", "agency", "1.00", LocalDate.of(2024, 8, 5),
                null);
        data.agencyTerms(assignment, "Agency Ltd", "social-worker", "hourly", "40.00", "5", 28, null, null);
        data.timesheet(assignment, LocalDate.of(2024, 8, 9), "37", "40");
        Api.given().get(ASSIGNMENTS + assignment).then().statusCode(200).header("ETag", "\"1\"")
                .body("$", not(hasKey("chargeRate")));
        // a change a lead made, as kept: its charges are not shown to a team manager
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(
                "INSERT INTO record_change (record_type, record_id, version, change_type, changed_by, channel, after) "
                        + "VALUES ('agency-assignment', ?, 1, 'created', 'lead.user', 'api', "
                        + "CAST('{\"agencyName\": \"Agency Ltd\", \"chargeRate\": 40.0, \"hourlyCharge\": 40.0}' AS jsonb))")) {
            statement.setString(1, assignment.toString());
            statement.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        Api.given().get(ASSIGNMENTS + assignment + "/history").then().statusCode(200)
                .body("items[0].after.agencyName", equalTo("Agency Ltd"))
                .body("items[0].after", not(hasKey("chargeRate")))
                .body("items[0].after", not(hasKey("hourlyCharge")));
        put(ASSIGNMENTS + assignment, "\"1\"", terms(worker, c.alpha, "2024-08-05")).then().statusCode(403);
        post("/api/v1/agency-timesheets", timesheet(assignment.toString(), "2024-08-16", 37, 40)).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = SmallCouncil.HEAD_OF_S1, roles = "senior-manager")
    void aSeniorManagerReadsChargesInTheirServiceButWritesNothing() {
        UUID worker = agencyWorker("Gus");
        UUID assignment = data.assignment(worker, c.beta, "social-worker", "agency", "1.00", LocalDate.of(2024, 9, 2),
                null);
        data.agencyTerms(assignment, "Agency Ltd", "social-worker", "daily", "300.00", "5", 28, null, null);
        Api.given().get(ASSIGNMENTS + assignment).then().statusCode(200).body("chargeRate", equalTo(300.0));
        post("/api/v1/agency-timesheets", timesheet(assignment.toString(), "2024-09-06", 5, 300)).then().statusCode(403);
        Api.given().get(TIMESHEETS + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "machine.writer", roles = "machine-write")
    void aMachineWriteClientRecordsAssignmentsAndTimesheets() {
        UUID worker = agencyWorker("Hal");
        String assignment = post("/api/v1/agency-assignments", terms(worker, c.gamma, "2024-10-07")).then()
                .statusCode(201).body("$", not(hasKey("chargeRate"))).extract().path("assignmentId");
        String sheet = post("/api/v1/agency-timesheets", timesheet(assignment, "2024-10-11", 30, 45.5)).then()
                .statusCode(201).extract().path("id");
        Api.given().get(TIMESHEETS + sheet).then().statusCode(200).header("ETag", "\"1\"");
        Api.given().get(TIMESHEETS + sheet + "/history").then().statusCode(200)
                .body("items[0].changedBy", equalTo("machine.writer")).body("items[0].before", nullValue());
    }
}

package org.workforceinsight.absence;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.workforceinsight.testsupport.Api;
import org.workforceinsight.testsupport.SmallCouncil;
import org.workforceinsight.testsupport.TestData;

/**
 * Absences of the small council overlapping 1 January to 12 March 2025 (latest first day first):
 * Irwin compassionate leave 3-4 Mar (2 days, Gamma); Adams sickness 3-7 Feb (5 days, stress);
 * Clarke sickness 6 Jan-7 Feb (25 days: long-term, at 20 or more; musculoskeletal);
 * Green sickness 30 Dec 2024-3 Jan 2025 (4 days, infections, overlapping the range's start).
 * Adams's sickness of May 2024 is outside the range.
 */
@QuarkusTest
@TestSecurity(user = SmallCouncil.LEAD, roles = "workforce-lead")
class AbsencesApiTest {

    static SmallCouncil c;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void seed() {
        if (c == null) {
            TestData data = TestData.using(dataSource).reset();
            c = SmallCouncil.create(data);
            data.absence(c.irwin, "compassionate-leave", LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 4), "2", null);
            data.absence(c.adams, "sickness", LocalDate.of(2025, 2, 3), LocalDate.of(2025, 2, 7), "5",
                    "stress-depression-anxiety");
            data.absence(c.clarke, "sickness", LocalDate.of(2025, 1, 6), LocalDate.of(2025, 2, 7), "25",
                    "musculoskeletal");
            data.absence(c.green, "sickness", LocalDate.of(2024, 12, 30), LocalDate.of(2025, 1, 3), "4", "infections");
            data.absence(c.adams, "sickness", LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 2), "2", "infections");
        }
    }

    private static RequestSpecification in2025() {
        return Api.given().queryParam("from", "2025-01-01").queryParam("to", "2025-03-12");
    }

    @Test
    void aLeadSeesAbsencesWithTheSicknessReason() {
        in2025().get("/api/v1/absences").then().statusCode(200)
                .body("totalItems", equalTo(4))
                .body("items.worker.familyName", contains("Irwin", "Adams", "Clarke", "Green"))
                .body("items.absenceType", contains("compassionate-leave", "sickness", "sickness", "sickness"))
                .body("items.firstDay", contains("2025-03-03", "2025-02-03", "2025-01-06", "2024-12-30"))
                .body("items[1].lastDay", equalTo("2025-02-07"))
                .body("items.workingDaysLost", contains(2.0, 5.0, 25.0, 4.0))
                .body("items.longTerm", contains(false, false, true, false))
                .body("items[0].sicknessReason", nullValue())
                .body("items[1].sicknessReason", equalTo("stress-depression-anxiety"))
                .body("items[2].sicknessReason", equalTo("musculoskeletal"))
                .body("items[3].sicknessReason", equalTo("infections"));
    }

    @Test
    @TestSecurity(user = SmallCouncil.TEAM_MANAGER_ALPHA, roles = "team-manager")
    void aTeamManagerSeesTheirTeamWithoutHealthData() {
        in2025().get("/api/v1/absences").then().statusCode(200)
                .body("items.worker.familyName", contains("Adams", "Clarke"))
                .body("items.longTerm", contains(false, true))
                .body("items", everyItem(not(hasKey("sicknessReason"))));
        in2025().queryParam("workerId", c.green.toString()).get("/api/v1/absences").then().statusCode(403);
        in2025().queryParam("nodeId", c.beta.toString()).get("/api/v1/absences").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = SmallCouncil.HEAD_OF_S1, roles = "senior-manager")
    void aSeniorManagerGetsNoHealthDataEither() {
        in2025().get("/api/v1/absences").then().statusCode(200)
                .body("items.worker.familyName", contains("Adams", "Clarke", "Green"))
                .body("items", everyItem(not(hasKey("sicknessReason"))));
    }

    @Test
    @TestSecurity(user = "machine.client", roles = "machine-read")
    void theMachineClientReadsEverythingButHealthData() {
        in2025().get("/api/v1/absences").then().statusCode(200)
                .body("totalItems", equalTo(4))
                .body("items", everyItem(not(hasKey("sicknessReason"))));
    }

    @Test
    void filtersByWorkerNodeAndRange() {
        Api.given().queryParam("from", "2024-01-01").queryParam("to", "2025-03-12")
                .queryParam("workerId", c.adams.toString()).get("/api/v1/absences").then().statusCode(200)
                .body("items.firstDay", contains("2025-02-03", "2024-05-01"));
        in2025().queryParam("nodeId", c.s2.toString()).get("/api/v1/absences").then().statusCode(200)
                .body("items.worker.familyName", contains("Irwin"));
        // an absence overlapping the range by one day counts
        Api.given().queryParam("from", "2025-01-03").queryParam("to", "2025-01-05").get("/api/v1/absences")
                .then().statusCode(200).body("items.worker.familyName", contains("Green"));
        in2025().queryParam("size", 2).queryParam("page", 1).get("/api/v1/absences").then().statusCode(200)
                .body("totalItems", equalTo(4)).body("items.worker.familyName", contains("Clarke", "Green"));
        in2025().queryParam("nodeId", UUID.randomUUID().toString()).get("/api/v1/absences").then().statusCode(404);
        Api.given().queryParam("to", "2025-13-01").get("/api/v1/absences").then().statusCode(400)
                .body("violations.field", contains("to"));
    }
}

package org.workforceinsight.caseload;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.workforceinsight.testsupport.Api;
import org.workforceinsight.testsupport.AuditRows;
import org.workforceinsight.testsupport.SmallCouncil;
import org.workforceinsight.testsupport.TestData;

/**
 * Caseload counts of the small council (see SmallCouncil): Ava Adams 5 on 3 March and 20 (by type) on 10 March 2025;
 * Finn Foster 7 on 17 February (in Alpha Team) and 9 on 10 March (in Beta Team since 2 March).
 */
@QuarkusTest
@TestSecurity(user = SmallCouncil.TEAM_MANAGER_ALPHA, roles = "team-manager")
class CaseloadHistoryApiTest {

    static SmallCouncil c;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void seed() {
        if (c == null) {
            c = SmallCouncil.create(TestData.using(dataSource).reset());
        }
    }

    private static RequestSpecification range(String from, String to) {
        return Api.given().queryParam("from", from).queryParam("to", to);
    }

    private static String url(UUID workerId) {
        return "/api/v1/workers/" + workerId + "/caseload-history";
    }

    @Test
    void givesTheWorkersCountsOldestFirst() {
        range("2025-01-01", "2025-03-12").get(url(c.adams)).then().statusCode(200)
                .body("worker.familyName", equalTo("Adams"))
                .body("from", equalTo("2025-01-01"))
                .body("to", equalTo("2025-03-12"))
                .body("points.snapshotDate", contains("2025-03-03", "2025-03-10"))
                .body("points.cases", contains(5, 20));
        range("2025-03-04", "2025-03-12").get(url(c.adams)).then().statusCode(200)
                .body("points.cases", contains(20));
    }

    @Test
    void aManagerSeesOnlyTheCountsFromWhileTheWorkerWasInTheirTeam() {
        range("2025-01-01", "2025-03-12").get(url(c.foster)).then().statusCode(200)
                .body("points.snapshotDate", contains("2025-02-17"));
    }

    @Test
    @TestSecurity(user = SmallCouncil.TEAM_MANAGER_BETA, roles = "team-manager")
    void anotherManagersWorkerIsForbiddenAndAnUnknownWorkerNotFound() {
        range("2025-01-01", "2025-03-12").get(url(c.adams)).then().statusCode(403)
                .contentType("application/problem+json");
        range("2025-01-01", "2025-03-12").get(url(UUID.randomUUID())).then().statusCode(404);
        range("2025-01-01", "2025-03-12").get(url(c.foster)).then().statusCode(200)
                .body("points.snapshotDate", contains("2025-03-10"));
    }

    @Test
    void aReversedOrTooLongRangeOrABadDateIsABadRequest() {
        range("2025-03-12", "2025-01-01").get(url(c.adams)).then().statusCode(400)
                .body("violations.field", hasItem("from"));
        range("2023-01-01", "2025-03-12").get(url(c.adams)).then().statusCode(400)
                .body("violations.field", hasItem("from"));
        range("2025-01-01", "2025-13-01").get(url(c.adams)).then().statusCode(400)
                .body("violations.field", hasItem("to"));
    }

    @Test
    @TestSecurity(user = "audit.history.reader", roles = "workforce-lead")
    void aReadIsAuditedNamingTheWorker() {
        range("2024-01-01", "2024-02-01").get(url(c.adams)).then().statusCode(200).body("points", empty());
        AuditRows.Row read = AuditRows.using(dataSource).only("audit.history.reader",
                "getWorkerCaseloadHistory");
        assertEquals(List.of(c.adams), read.workerIds());
    }

    @Test
    @TestSecurity(user = "viewer.user", roles = "viewer")
    void aViewerIsRefused() {
        range("2025-01-01", "2025-03-12").get(url(c.adams)).then().statusCode(403);
    }
}

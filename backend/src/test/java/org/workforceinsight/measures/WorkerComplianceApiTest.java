package org.workforceinsight.measures;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
import org.workforceinsight.testsupport.AuditRows;
import org.workforceinsight.testsupport.SmallCouncil;
import org.workforceinsight.testsupport.TestData;

/**
 * Alpha Team of the small council as at 12 March 2025, under the default policy (supervision every 31 days,
 * Cara Clarke's ASYE day 192 is past the ASYE rules; appraisal 12 months after the last, or 6 months after
 * employed service began). Due soon = due by 26 March.
 *
 * <pre>
 *   Dan Davies   last session 1 Jan  -> due 1 Feb, 39 days overdue; appraised 5 Jan 2024 -> due 5 Jan 2025, 66 overdue
 *   Cara Clarke  last session 1 Feb  -> due 4 Mar, 8 days overdue;  never appraised, employed 1 Sep 2024 -> due 1 Mar, 11 overdue
 *   Ava Adams    last session 1 Mar  -> due 1 Apr, up to date;      appraised 20 Mar 2024 -> due 20 Mar 2025, due soon
 *   Ben Brown    last session 20 Feb -> due 23 Mar, due soon;       agency: no appraisal
 *   Eve Evans    last session 10 Mar -> due 10 Apr, up to date;     appraised 1 Dec 2024 -> due 1 Dec 2025, up to date
 * </pre>
 * A 60-minute session of Davies on 5 March is too short to count.
 */
@QuarkusTest
@TestSecurity(user = SmallCouncil.TEAM_MANAGER_ALPHA, roles = "team-manager")
class WorkerComplianceApiTest {

    static SmallCouncil c;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void seed() {
        if (c == null) {
            TestData data = TestData.using(dataSource).reset();
            c = SmallCouncil.create(data);
            data.supervision(c.davies, LocalDate.of(2025, 1, 1), 90, "one-to-one");
            data.supervision(c.davies, LocalDate.of(2025, 3, 5), 60, "one-to-one");
            data.supervision(c.clarke, LocalDate.of(2025, 2, 1), 90, "one-to-one");
            data.supervision(c.adams, LocalDate.of(2025, 3, 1), 120, "one-to-one");
            data.supervision(c.brown, LocalDate.of(2025, 2, 20), 90, "group");
            data.supervision(c.evans, LocalDate.of(2025, 3, 10), 90, "one-to-one");
            data.appraisal(c.davies, LocalDate.of(2024, 1, 5));
            data.appraisal(c.adams, LocalDate.of(2024, 3, 20));
            data.appraisal(c.evans, LocalDate.of(2024, 12, 1));
        }
    }

    private static RequestSpecification asAt() {
        return Api.given().queryParam("asAt", SmallCouncil.AS_AT.toString());
    }

    private static String url(UUID nodeId) {
        return "/api/v1/organisation-nodes/" + nodeId + "/worker-compliance";
    }

    @Test
    void listsTheTeamMostUrgentFirstWithEachPosition() {
        asAt().get(url(c.alpha)).then().statusCode(200)
                .body("node.name", equalTo("Alpha Team"))
                .body("asAt", equalTo("2025-03-12"))
                .body("dueSoonDays", equalTo(14))
                .body("totalItems", equalTo(5))
                .body("supervisionOverdue", equalTo(2))
                .body("appraisalOverdue", equalTo(2))
                .body("items.worker.familyName", contains("Davies", "Clarke", "Adams", "Brown", "Evans"))
                .body("items[0].supervision.status", equalTo("overdue"))
                .body("items[0].supervision.lastSessionDate", equalTo("2025-01-01"))
                .body("items[0].supervision.intervalDays", equalTo(31))
                .body("items[0].supervision.dueDate", equalTo("2025-02-01"))
                .body("items[0].supervision.daysOverdue", equalTo(39))
                .body("items[0].appraisal.status", equalTo("overdue"))
                .body("items[0].appraisal.lastAppraisalDate", equalTo("2024-01-05"))
                .body("items[0].appraisal.daysOverdue", equalTo(66))
                .body("items[0].role", equalTo("advanced-practitioner"))
                .body("items[0].team.name", equalTo("Alpha Team"))
                .body("items[1].supervision.daysOverdue", equalTo(8))
                .body("items[1].appraisal.lastAppraisalDate", nullValue())
                .body("items[1].appraisal.dueDate", equalTo("2025-03-01"))
                .body("items[1].appraisal.daysOverdue", equalTo(11))
                .body("items[2].supervision.status", equalTo("up-to-date"))
                .body("items[2].appraisal.status", equalTo("due-soon"))
                .body("items[2].appraisal.dueDate", equalTo("2025-03-20"))
                .body("items[3].supervision.status", equalTo("due-soon"))
                .body("items[3].supervision.dueDate", equalTo("2025-03-23"))
                .body("items[3].employmentType", equalTo("agency"))
                .body("items[3].appraisal", nullValue())
                .body("items[4].supervision.status", equalTo("up-to-date"))
                .body("items[4].appraisal.status", equalTo("up-to-date"))
                .body("items[4].appraisal.dueDate", equalTo("2025-12-01"));
    }

    @Test
    void agreesWithTheComplianceMeasuresOverdueWorkers() {
        String base = "/api/v1/organisation-nodes/" + c.alpha + "/measures/";
        int supervision = asAt().get(base + "supervisionsOverdue/explanation").then().statusCode(200)
                .extract().path("totalItems");
        int appraisal = asAt().get(base + "appraisalsOverdue/explanation").then().statusCode(200)
                .extract().path("totalItems");
        asAt().get(url(c.alpha)).then().statusCode(200)
                .body("supervisionOverdue", equalTo(supervision))
                .body("appraisalOverdue", equalTo(appraisal));
    }

    @Test
    void pagesTheList() {
        asAt().queryParam("size", 2).queryParam("page", 1).get(url(c.alpha)).then().statusCode(200)
                .body("totalItems", equalTo(5))
                .body("supervisionOverdue", equalTo(2))
                .body("items.worker.familyName", contains("Adams", "Brown"));
    }

    @Test
    @TestSecurity(user = "audit.compliance.reader", roles = "workforce-lead")
    void aReadIsAuditedNamingTheWorkersShown() {
        asAt().get(url(c.alpha)).then().statusCode(200);
        AuditRows.Row read = AuditRows.using(dataSource).only("audit.compliance.reader", "listWorkerCompliance");
        assertEquals("read", read.action());
        assertEquals(5, read.workerIds().size());
    }

    @Test
    void anotherManagersTeamIsForbiddenAndAnUnknownNodeNotFound() {
        asAt().get(url(c.beta)).then().statusCode(403).contentType("application/problem+json");
        asAt().get(url(UUID.randomUUID())).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aBadDateOrPageSizeIsABadRequestNamingTheField() {
        Api.given().queryParam("asAt", "2025-02-30").get(url(c.alpha)).then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("asAt"));
        asAt().queryParam("size", 201).get(url(c.alpha)).then().statusCode(400)
                .body("violations.field", hasItem("size"));
    }

    @Test
    @TestSecurity(user = "viewer.user", roles = "viewer")
    void aViewerIsRefused() {
        asAt().get(url(c.alpha)).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = SmallCouncil.LEAD, roles = "workforce-lead")
    void aServiceListsTheWorkersOfItsTeams() {
        asAt().get(url(c.s1)).then().statusCode(200)
                .body("items.worker.familyName", hasItem("Foster"))
                .body("items.worker.familyName", hasItem("Davies"));
    }
}

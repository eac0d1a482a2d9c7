package org.workforceinsight.caseload;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.workforceinsight.testsupport.SmallCouncil.AS_AT;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.workforceinsight.testsupport.Api;
import org.workforceinsight.testsupport.SmallCouncil;
import org.workforceinsight.testsupport.TestData;

/** Caseload figures on the hand-worked {@link SmallCouncil}. */
@QuarkusTest
@TestSecurity(user = SmallCouncil.LEAD, roles = "workforce-lead")
class CaseloadApiTest {

    static SmallCouncil c;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void seed() {
        if (c == null) {
            c = SmallCouncil.create(TestData.using(dataSource).reset());
        }
    }

    private ValidatableResponse summary(UUID node) {
        return Api.given().queryParam("asAt", AS_AT.toString())
                .get("/api/v1/organisation-nodes/{id}/caseload-summary", node)
                .then().statusCode(200);
    }

    @Test
    void teamFiguresCountPartTimeAsyeAndNonCaseHoldingRoles() {
        summary(c.alpha)
                .body("node.id", equalTo(c.alpha.toString()))
                .body("node.nodeType", equalTo("team"))
                .body("asAt", equalTo("2025-03-12"))
                .body("teams", hasSize(1))
                .body("teams[0].team.name", equalTo("Alpha Team"))
                .body("teams[0].teamType", equalTo("assessment-and-intervention"))
                .body("total.workersInPost", equalTo(5))
                .body("total.cases", equalTo(45))
                .body("total.caseHolders", equalTo(4))
                .body("total.caseHoldersFte", equalTo(3.6))
                .body("total.averageCaseload", equalTo(12.5))
                .body("total.workersOverThreshold", equalTo(3))
                .body("total.percentOverThreshold", equalTo(75.0))
                .body("total.asyeWorkers", equalTo(1))
                .body("total.asyeOverThreshold", equalTo(1))
                .body("total.asyeCaseloadThreshold", equalTo(12))
                .body("total.unallocatedCases", equalTo(3));
    }

    @Test
    void movedWorkerCountsInTheirTeamOnTheDateAndStaleSnapshotsAreNotRecorded() {
        summary(c.beta)
                .body("total.workersInPost", equalTo(3))
                .body("total.cases", equalTo(23))
                .body("total.caseHolders", equalTo(2))
                .body("total.caseHoldersFte", equalTo(1.5))
                .body("total.averageCaseload", equalTo(15.3))
                .body("total.workersOverThreshold", equalTo(0))
                .body("total.percentOverThreshold", equalTo(0.0))
                .body("total.asyeWorkers", equalTo(0))
                .body("total.unallocatedCases", equalTo(0));

        Api.given().queryParam("asAt", "2025-02-20")
                .get("/api/v1/organisation-nodes/{id}/worker-caseloads", c.alpha)
                .then().statusCode(200)
                .body("items.worker.familyName", contains("Adams", "Brown", "Clarke", "Davies", "Evans", "Foster"))
                .body("items[5].cases", equalTo(7))
                .body("items[5].snapshotDate", equalTo("2025-02-17"))
                .body("items[0].status", equalTo("not-recorded"));
        Api.given().queryParam("asAt", "2025-02-20")
                .get("/api/v1/organisation-nodes/{id}/worker-caseloads", c.beta)
                .then().statusCode(200)
                .body("items.worker.familyName", contains("Green", "Hill"));
    }

    @Test
    void emptyTeamHasNoAveragesRatherThanZero() {
        summary(c.delta)
                .body("total.workersInPost", equalTo(0))
                .body("total.cases", equalTo(0))
                .body("total.caseHolders", equalTo(0))
                .body("total.caseHoldersFte", equalTo(0.0))
                .body("total.averageCaseload", nullValue())
                .body("total.percentOverThreshold", nullValue())
                .body("total.unallocatedCases", equalTo(0));
    }

    @Test
    void serviceAndCouncilAreComputedFromWorkersNotByAveragingTeams() {
        // teams' averages 12.5 and 15.3 would average 13.9; from the workers it is 68 / 5.1 = 13.3
        summary(c.s1)
                .body("teams.team.name", contains("Alpha Team", "Beta Team"))
                // the head of service, assigned to the service itself, is in post there too
                .body("total.workersInPost", equalTo(9))
                .body("teams[0].figures.workersInPost", equalTo(5))
                .body("teams[1].figures.workersInPost", equalTo(3))
                .body("total.cases", equalTo(68))
                .body("total.caseHolders", equalTo(6))
                .body("total.caseHoldersFte", equalTo(5.1))
                .body("total.averageCaseload", equalTo(13.3))
                .body("total.workersOverThreshold", equalTo(3))
                .body("total.percentOverThreshold", equalTo(50.0))
                .body("total.asyeWorkers", equalTo(1))
                .body("total.unallocatedCases", equalTo(3));
        // 83 / 5.9 = 14.07 -> 14.1; 3 / 7 = 42.86% -> 42.9
        summary(c.council)
                .body("node.nodeType", equalTo("council"))
                .body("teams.team.name", contains("Alpha Team", "Beta Team", "Delta Team", "Gamma Team"))
                .body("teams[2].figures.averageCaseload", nullValue())
                .body("teams[3].figures.averageCaseload", equalTo(18.8))
                .body("total.workersInPost", equalTo(10))
                .body("total.cases", equalTo(83))
                .body("total.caseHolders", equalTo(7))
                .body("total.caseHoldersFte", equalTo(5.9))
                .body("total.averageCaseload", equalTo(14.1))
                .body("total.workersOverThreshold", equalTo(3))
                .body("total.percentOverThreshold", equalTo(42.9))
                .body("total.unallocatedCases", equalTo(5));
    }

    @Test
    void eachWorkersCaseloadAgainstTheirThreshold() {
        Api.given().queryParam("asAt", AS_AT.toString())
                .get("/api/v1/organisation-nodes/{id}/worker-caseloads", c.alpha)
                .then().statusCode(200)
                .body("page", equalTo(0))
                .body("size", equalTo(50))
                .body("totalItems", equalTo(5))
                .body("items.worker.familyName", contains("Adams", "Brown", "Clarke", "Davies", "Evans"))
                // full-time social worker over 18, with cases by type
                .body("items[0].team.name", equalTo("Alpha Team"))
                .body("items[0].role", equalTo("social-worker"))
                .body("items[0].employmentType", equalTo("permanent"))
                .body("items[0].fte", equalTo(1.0))
                .body("items[0].cases", equalTo(20))
                .body("items[0].casesPerFte", equalTo(20.0))
                .body("items[0].snapshotDate", equalTo("2025-03-10"))
                .body("items[0].casesByType.childInNeed", equalTo(10))
                .body("items[0].casesByType.childProtection", equalTo(5))
                .body("items[0].caseloadThreshold", equalTo(18))
                .body("items[0].status", equalTo("over-threshold"))
                // part-time agency worker: 10 / 0.6 = 16.7 per FTE, within 18
                .body("items[1].employmentType", equalTo("agency"))
                .body("items[1].fte", equalTo(0.6))
                .body("items[1].casesPerFte", equalTo(16.7))
                .body("items[1].status", equalTo("within-threshold"))
                // ASYE worker over the ASYE threshold
                .body("items[2].asye", equalTo(true))
                .body("items[2].caseloadThreshold", equalTo(12))
                .body("items[2].status", equalTo("over-threshold"))
                // a role that should hold no case is flagged at two
                .body("items[3].role", equalTo("advanced-practitioner"))
                .body("items[3].caseloadThreshold", equalTo(0))
                .body("items[3].status", equalTo("over-threshold"))
                .body("items[4].status", equalTo("within-threshold"));
    }

    @Test
    void staleSnapshotIsNotRecordedAndAsyeEndsAfterTwelveMonths() {
        Api.given().queryParam("asAt", AS_AT.toString())
                .get("/api/v1/organisation-nodes/{id}/worker-caseloads", c.beta)
                .then().statusCode(200)
                .body("items.worker.familyName", contains("Foster", "Green", "Hill"))
                .body("items[0].casesPerFte", equalTo(18.0))
                .body("items[0].caseloadThreshold", equalTo(16))
                .body("items[1].status", equalTo("not-recorded"))
                .body("items[1].cases", nullValue())
                .body("items[1].snapshotDate", nullValue())
                .body("items[1].casesPerFte", nullValue())
                .body("items[2].asye", equalTo(false))
                .body("items[2].caseloadThreshold", equalTo(18))
                .body("items[2].status", equalTo("within-threshold"));
    }

    @Test
    void workerCaseloadsArePagedAcrossTeamsInOrder() {
        Api.given().queryParam("asAt", AS_AT.toString()).queryParam("page", 1).queryParam("size", 3)
                .get("/api/v1/organisation-nodes/{id}/worker-caseloads", c.s1)
                .then().statusCode(200)
                .body("page", equalTo(1))
                .body("size", equalTo(3))
                .body("totalItems", equalTo(9))
                .body("items.worker.familyName", contains("Davies", "Evans", "Foster"))
                .body("items.team.name", contains("Alpha Team", "Alpha Team", "Beta Team"));
        // staff assigned to the service itself come after its teams, with the service as team
        Api.given().queryParam("asAt", AS_AT.toString()).queryParam("page", 2).queryParam("size", 3)
                .get("/api/v1/organisation-nodes/{id}/worker-caseloads", c.s1)
                .then().statusCode(200)
                .body("items.worker.familyName", contains("Green", "Hill", "Owen"))
                .body("items[2].team.nodeType", equalTo("service"))
                .body("items[2].status", equalTo("not-recorded"));
        Api.given().queryParam("asAt", AS_AT.toString()).queryParam("page", 5).queryParam("size", 3)
                .get("/api/v1/organisation-nodes/{id}/worker-caseloads", c.s1)
                .then().statusCode(200)
                .body("totalItems", equalTo(9))
                .body("items", hasSize(0));
    }

    @Test
    void sizeAbove200IsRefusedNamingSize() {
        Api.given().queryParam("size", 201)
                .get("/api/v1/organisation-nodes/{id}/worker-caseloads", c.s1)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("violations.field", contains("size"));
    }

    @Test
    void unknownNodeIsNotFound() {
        Api.given().get("/api/v1/organisation-nodes/{id}/caseload-summary", UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Not Found"));
    }

    @Test
    void asAtDefaultsToToday() {
        Api.given().get("/api/v1/organisation-nodes/{id}/caseload-summary", c.council)
                .then().statusCode(200)
                .body("asAt", equalTo(java.time.LocalDate.now().toString()));
    }

    @Test
    void firstAndLastDatesOfTheRangeAreServed() {
        for (String asAt : new String[] {"0001-01-01", "9999-12-31"}) {
            Api.given().queryParam("asAt", asAt)
                    .get("/api/v1/organisation-nodes/{id}/caseload-summary", c.council)
                    .then().statusCode(200)
                    .body("asAt", equalTo(asAt))
                    .body("total.cases", equalTo(0));
            Api.given().queryParam("asAt", asAt)
                    .get("/api/v1/organisation-nodes/{id}/worker-caseloads", c.council)
                    .then().statusCode(200);
        }
    }
}

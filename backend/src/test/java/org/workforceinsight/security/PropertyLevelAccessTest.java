package org.workforceinsight.security;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.workforceinsight.testsupport.Api;
import org.workforceinsight.testsupport.SmallCouncil;
import org.workforceinsight.testsupport.TestData;

/**
 * Property-level rules, checked on the JSON: health detail (sicknessReason, bradfordFactor) only for the
 * workforce lead and the HR absence officer; agency charges (chargeRate, hourlyCharge, cost) only for the
 * workforce lead and senior managers. The same JSON paths are the ones exports must leave out.
 */
@QuarkusTest
class PropertyLevelAccessTest {

    static final List<String> HEALTH = List.of("sicknessReason", "bradfordFactor");
    static final List<String> CHARGES = List.of("chargeRate", "hourlyCharge", "cost");

    static SmallCouncil c;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void seed() {
        if (c != null) {
            return;
        }
        TestData data = TestData.using(dataSource).reset();
        c = SmallCouncil.create(data);
        data.absence(c.adams, "sickness", LocalDate.of(2025, 2, 3), LocalDate.of(2025, 2, 7), "5", "infections");
        data.absence(c.clarke, "sickness", LocalDate.of(2025, 1, 6), LocalDate.of(2025, 2, 7), "25",
                "musculoskeletal");
        UUID agency = data.assignment(data.worker("Quinn", "Quade").create(), c.alpha, "social-worker", "agency",
                "1.00", LocalDate.of(2024, 6, 1), null);
        data.agencyTerms(agency, "Acme Social Care", "social-worker", "hourly", "42.50", "2.0", 14, null, null);
        data.timesheet(agency, LocalDate.of(2025, 2, 7), "37.0", "42.50");
    }

    private static ValidatableResponse absences() {
        return Api.given().queryParam("from", "2025-01-01").queryParam("to", "2025-03-12")
                .queryParam("nodeId", c.alpha.toString()).get("/api/v1/absences").then().statusCode(200);
    }

    private static ValidatableResponse agencyAssignments() {
        return Api.given().queryParam("activeOn", "2025-03-12").queryParam("nodeId", c.alpha.toString())
                .get("/api/v1/agency-assignments").then().statusCode(200);
    }

    private static ValidatableResponse explanation(String measure) {
        return Api.given().queryParam("asAt", "2025-03-12").queryParam("periodStart", "2025-01-01")
                .get("/api/v1/organisation-nodes/{id}/measures/{m}/explanation", c.alpha, measure)
                .then().statusCode(200);
    }

    private static void hasNone(ValidatableResponse response, List<String> properties) {
        for (String property : properties) {
            response.body("items", everyItem(not(hasKey(property))));
        }
    }

    @Test
    @TestSecurity(user = SmallCouncil.LEAD, roles = Roles.WORKFORCE_LEAD)
    void theWorkforceLeadSeesHealthDetailAndCharges() {
        absences().body("items", hasItem(hasKey("sicknessReason")));
        explanation("sicknessDaysPerFte").body("items", hasItem(hasKey("sicknessReason")))
                .body("items", hasItem(hasKey("bradfordFactor")));
        agencyAssignments().body("items", hasItem(hasKey("chargeRate")));
        explanation("agencyCost").body("items", hasItem(hasKey("cost")));
    }

    @Test
    @TestSecurity(user = "hr.officer", roles = Roles.HR_ABSENCE_OFFICER)
    void theHrAbsenceOfficerSeesHealthDetailButNoCharges() {
        absences().body("items", hasItem(hasKey("sicknessReason")));
        explanation("sicknessDaysPerFte").body("items", hasItem(hasKey("sicknessReason")))
                .body("items", hasItem(hasKey("bradfordFactor")));
        hasNone(explanation("agencyCost"), CHARGES);
        // agency assignments are not theirs to read at all
        Api.given().get("/api/v1/agency-assignments").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = SmallCouncil.HEAD_OF_S1, roles = Roles.SENIOR_MANAGER)
    void aSeniorManagerSeesChargesButNoHealthDetail() {
        hasNone(absences(), HEALTH);
        hasNone(explanation("sicknessDaysPerFte"), HEALTH);
        agencyAssignments().body("items", hasItem(hasKey("chargeRate")));
        explanation("agencyCost").body("items", hasItem(hasKey("cost")));
    }

    @Test
    @TestSecurity(user = SmallCouncil.TEAM_MANAGER_ALPHA, roles = Roles.TEAM_MANAGER)
    void aTeamManagerSeesNeither() {
        hasNone(absences(), HEALTH);
        hasNone(explanation("sicknessDaysPerFte"), HEALTH);
        hasNone(agencyAssignments(), CHARGES);
        hasNone(explanation("agencyCost"), CHARGES);
    }

    @Test
    @TestSecurity(user = "machine.client", roles = {Roles.MACHINE_READ, Roles.MACHINE_WRITE})
    void aMachineClientSeesNeither() {
        hasNone(absences(), HEALTH);
        hasNone(explanation("sicknessDaysPerFte"), HEALTH);
        hasNone(agencyAssignments(), CHARGES);
        hasNone(explanation("agencyCost"), CHARGES);
    }

    @Test
    @TestSecurity(user = "viewer.user", roles = Roles.VIEWER)
    void theViewerGetsNoPersonLevelDataAtAll() {
        for (String path : List.of("/api/v1/absences", "/api/v1/agency-assignments", "/api/v1/workers",
                "/api/v1/organisation-nodes/" + c.alpha + "/measures/sicknessDaysPerFte/explanation",
                "/api/v1/organisation-nodes/" + c.alpha + "/worker-caseloads")) {
            Api.given().get(path).then().statusCode(403).contentType("application/problem+json");
        }
        Api.given().get("/api/v1/organisation-nodes/{id}/measures", c.council).then().statusCode(200);
        Api.given().get("/api/v1/benchmarks").then().statusCode(org.hamcrest.Matchers.not(403));
    }
}

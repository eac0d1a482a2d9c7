package org.workforceinsight.agency;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
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
 * Agency assignments of the small council, placed in the West Midlands (hourly caps from 2024: social
 * worker 40.00, senior social worker 44.00; 7.4 hours in a charged day; minimum PQE 3 years, notice 28
 * days, cool-off 3 months). Ben Brown's agency assignment has no recorded terms, so it is not listed.
 * <ul>
 * <li>Quinn Quade, Alpha, from 1 Jun 2024, 42.50 an hour, 2 years' PQE, 14 days' notice: under the minimum
 *     experience, above the cap (42.50 &gt; 40.00), notice too short.</li>
 * <li>Rita Reed, Beta, from 1 Sep 2024, 290.00 a day = 290 / 7.4 = 39.189 -&gt; 39.19 an hour (under the cap);
 *     her permanent post in Gamma ended 15 Jul 2024, within the 3 months from 1 Jun 2024: within cool-off.</li>
 * <li>Sam Shaw, Gamma, from 6 Jan 2025, 44.00 an hour as a senior social worker (at the cap, not above);
 *     declared a permanent post elsewhere in the region ending 20 Dec 2024, after 6 Oct 2024: within cool-off.</li>
 * <li>Tom Tate, Alpha, 1 Oct to 31 Dec 2024, 38.00 an hour, 4 years, 28 days: no flag; not active on 12 Mar 2025.</li>
 * </ul>
 */
@QuarkusTest
@TestSecurity(user = SmallCouncil.LEAD, roles = "workforce-lead")
class AgencyAssignmentsApiTest {

    static SmallCouncil c;
    static UUID alphaPost;
    static UUID quadeAssignment;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void seed() {
        if (c == null) {
            TestData data = TestData.using(dataSource).reset();
            c = SmallCouncil.create(data);
            data.councilArea(c.council, "E10000034", "West Midlands");
            alphaPost = data.post(c.alpha, "social-worker", "1.00", LocalDate.of(2024, 1, 1), null);

            UUID quade = data.worker("Quinn", "Quade").create();
            quadeAssignment = data.assignment(quade, c.alpha, "social-worker", "agency", "1.00",
                    LocalDate.of(2024, 6, 1), null);
            data.agencyTerms(quadeAssignment, "Acme Social Care", "social-worker", "hourly", "42.50", "2.0", 14,
                    alphaPost, null);

            UUID reed = data.worker("Rita", "Reed").create();
            data.assignment(reed, c.gamma, "social-worker", "permanent", "1.00", LocalDate.of(2024, 1, 1),
                    LocalDate.of(2024, 7, 15));
            UUID reedAgency = data.assignment(reed, c.beta, "social-worker", "agency", "0.80",
                    LocalDate.of(2024, 9, 1), null);
            data.agencyTerms(reedAgency, "Bright Locums", "social-worker", "daily", "290.00", "5.0", 28, null, null);

            UUID shaw = data.worker("Sam", "Shaw").create();
            UUID shawAgency = data.assignment(shaw, c.gamma, "senior-practitioner", "agency", "1.00",
                    LocalDate.of(2025, 1, 6), null);
            data.agencyTerms(shawAgency, "Acme Social Care", "senior-social-worker", "hourly", "44.00", "8.0", 30, null,
                    LocalDate.of(2024, 12, 20));

            UUID tate = data.worker("Tom", "Tate").create();
            UUID tateAgency = data.assignment(tate, c.alpha, "social-worker", "agency", "1.00",
                    LocalDate.of(2024, 10, 1), LocalDate.of(2024, 12, 31));
            data.agencyTerms(tateAgency, "Bright Locums", "social-worker", "hourly", "38.00", "4.0", 28, null, null);
        }
    }

    @Test
    void aLeadSeesEveryAssignmentWithChargesAndTheRulesItBreaks() {
        Api.given().queryParam("activeOn", SmallCouncil.AS_AT.toString()).get("/api/v1/agency-assignments")
                .then().statusCode(200)
                .body("totalItems", equalTo(3))
                .body("items.worker.familyName", contains("Quade", "Reed", "Shaw"))
                .body("items[0].assignmentId", equalTo(quadeAssignment.toString()))
                .body("items[0].node.name", equalTo("Alpha Team"))
                .body("items[0].role", equalTo("social-worker"))
                .body("items[0].fte", equalTo(1.0))
                .body("items[0].startDate", equalTo("2024-06-01"))
                .body("items[0].endDate", nullValue())
                .body("items[0].agencyName", equalTo("Acme Social Care"))
                .body("items[0].jobType", equalTo("social-worker"))
                .body("items[0].chargeBasis", equalTo("hourly"))
                .body("items[0].chargeRate", equalTo(42.5))
                .body("items[0].hourlyCharge", equalTo(42.5))
                .body("items[0].pqeYearsAtStart", equalTo(2.0))
                .body("items[0].noticePeriodDays", equalTo(14))
                .body("items[0].coversPostId", equalTo(alphaPost.toString()))
                .body("items[0].ruleFlags", contains("under-minimum-experience", "above-price-cap", "notice-too-short"))
                .body("items[1].chargeBasis", equalTo("daily"))
                .body("items[1].chargeRate", equalTo(290.0))
                .body("items[1].hourlyCharge", equalTo(39.19))
                .body("items[1].ruleFlags", contains("within-cool-off"))
                .body("items[2].role", equalTo("senior-practitioner"))
                .body("items[2].jobType", equalTo("senior-social-worker"))
                .body("items[2].hourlyCharge", equalTo(44.0))
                .body("items[2].ruleFlags", contains("within-cool-off"));
    }

    @Test
    void filtersByDateAndNodeAndPages() {
        Api.given().queryParam("activeOn", "2024-11-01").get("/api/v1/agency-assignments").then().statusCode(200)
                .body("items.worker.familyName", contains("Quade", "Reed", "Tate"))
                .body("items[2].ruleFlags", empty());
        Api.given().queryParam("activeOn", SmallCouncil.AS_AT.toString()).queryParam("nodeId", c.beta.toString())
                .get("/api/v1/agency-assignments").then().statusCode(200)
                .body("items.worker.familyName", contains("Reed"));
        Api.given().queryParam("activeOn", SmallCouncil.AS_AT.toString()).queryParam("page", 1).queryParam("size", 2)
                .get("/api/v1/agency-assignments").then().statusCode(200)
                .body("totalItems", equalTo(3)).body("page", equalTo(1)).body("size", equalTo(2))
                .body("items.worker.familyName", contains("Shaw"));
        Api.given().queryParam("nodeId", UUID.randomUUID().toString()).get("/api/v1/agency-assignments")
                .then().statusCode(404);
        Api.given().queryParam("activeOn", "12/03/2025").get("/api/v1/agency-assignments").then().statusCode(400)
                .body("violations.field", contains("activeOn"));
    }

    @Test
    @TestSecurity(user = SmallCouncil.TEAM_MANAGER_ALPHA, roles = "team-manager")
    void aTeamManagerSeesTheirTeamWithoutCharges() {
        Api.given().queryParam("activeOn", SmallCouncil.AS_AT.toString()).get("/api/v1/agency-assignments")
                .then().statusCode(200)
                .body("items.worker.familyName", contains("Quade"))
                .body("items[0].ruleFlags", contains("under-minimum-experience", "above-price-cap", "notice-too-short"))
                .body("items[0].chargeBasis", equalTo("hourly"))
                .body("items", everyItem(not(hasKey("chargeRate"))))
                .body("items", everyItem(not(hasKey("hourlyCharge"))));
        Api.given().queryParam("nodeId", c.gamma.toString()).get("/api/v1/agency-assignments").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = SmallCouncil.HEAD_OF_S1, roles = "senior-manager")
    void aSeniorManagerSeesChargesInTheirService() {
        Api.given().queryParam("activeOn", SmallCouncil.AS_AT.toString()).get("/api/v1/agency-assignments")
                .then().statusCode(200)
                .body("items.worker.familyName", contains("Quade", "Reed"))
                .body("items.hourlyCharge", contains(42.5, 39.19));
    }

    @Test
    @TestSecurity(user = "machine.client", roles = "machine-read")
    void theMachineClientGetsNoCharges() {
        Api.given().queryParam("activeOn", SmallCouncil.AS_AT.toString()).get("/api/v1/agency-assignments")
                .then().statusCode(200)
                .body("totalItems", equalTo(3))
                .body("items", everyItem(not(hasKey("chargeRate"))));
    }
}

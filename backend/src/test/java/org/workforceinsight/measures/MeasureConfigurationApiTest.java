package org.workforceinsight.measures;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;
import org.workforceinsight.testsupport.Api;

/** The configuration in force is the V2 migration's defaults (no test changes these tables). */
@QuarkusTest
@TestSecurity(user = "config.reader", roles = "team-manager")
class MeasureConfigurationApiTest {

    @Test
    void theDefaultsAsTheContractShapesThem() {
        Api.given().get("/api/v1/measure-configuration").then().statusCode(200)
                .body("asyeCaseloadThreshold", equalTo(12))
                .body("caseloadThresholds", hasSize(11))
                .body("caseloadThresholds[0].role", equalTo("social-worker"))
                .body("caseloadThresholds[0].maxCases", equalTo(18))
                .body("caseloadThresholds[1].role", equalTo("senior-practitioner"))
                .body("caseloadThresholds[1].maxCases", equalTo(16))
                .body("caseWeights.caseType", contains("child-in-need", "child-protection", "child-looked-after",
                        "care-leaver", "pre-proceedings", "other"))
                .body("caseWeights.points", contains(5.0, 6.5, 6.0, 4.0, 8.0, 5.0))
                .body("supervisionPolicy.intervalDays", contains(7, 14, 31))
                .body("supervisionPolicy.asyeFromDay", contains(0, 42, null))
                .body("supervisionPolicy.asyeToDay", contains(42, 183, null))
                .body("supervisionPolicy[2].role", nullValue())
                .body("supervisionPolicy.supervised", contains(true, true, true))
                .body("settings", hasSize(11))
                .body("settings[0].key", equalTo("absence.bradford-trigger"))
                .body("settings.find { it.key == 'supervision.minimum-minutes' }.value", equalTo(90.0))
                .body("settings.find { it.key == 'agency.hours-per-day' }.value", equalTo(7.4))
                .body("settings.find { it.key == 'agency.cool-off-months' }.description",
                        equalTo("DfE agency rule: months before a permanent worker may rejoin the region as agency."))
                // 11 regions x 5 job types, by region then job type
                .body("agencyPriceCaps", hasSize(55))
                .body("agencyPriceCaps[0].region", equalTo("East Midlands"))
                .body("agencyPriceCaps[0].jobType", equalTo("advanced-practitioner"))
                .body("agencyPriceCaps[0].validFrom", equalTo("2024-01-01"))
                .body("agencyPriceCaps[0].hourlyCap", equalTo(48.0))
                .body("agencyPriceCaps.find { it.region == 'West Midlands' && it.jobType == 'social-worker' }.hourlyCap",
                        equalTo(40.0));
    }
}

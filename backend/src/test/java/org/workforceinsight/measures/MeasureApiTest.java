package org.workforceinsight.measures;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.workforceinsight.testsupport.MeasureCouncil.AS_AT;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.workforceinsight.testsupport.Api;
import org.workforceinsight.testsupport.MeasureCouncil;
import org.workforceinsight.testsupport.TestData;

/** Measures through HTTP on the hand-worked {@link MeasureCouncil}, as at 12 March 2025. */
@QuarkusTest
@TestSecurity(user = MeasureCouncil.LEAD, roles = "workforce-lead")
class MeasureApiTest {

    static MeasureCouncil c;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void seed() {
        if (c == null) {
            // the figures here are checked without the migration's default targets; TargetApiTest covers RAG
            c = MeasureCouncil.create(TestData.using(dataSource).reset().withoutTargets());
        }
    }

    private static ValidatableResponse nodeMeasures(UUID node) {
        return Api.given().queryParam("asAt", AS_AT.toString())
                .get("/api/v1/organisation-nodes/{id}/measures", node)
                .then().statusCode(200);
    }

    private static String value(String measure) {
        return "measures.find { it.measure == '" + measure + "' }.value";
    }

    @Test
    void teamFiguresFromItsWorkers() {
        nodeMeasures(c.teamA)
                .body("node.id", equalTo(c.teamA.toString()))
                .body("asAt", equalTo("2025-03-12"))
                .body("periodStart", equalTo("2024-03-13"))
                .body("measures", hasSize(Measure.values().length))
                .body("measures[0].measure", equalTo("inPostFte"))
                // Archer 1.0 + Cole 1.0 employed; Baker 0.5 agency: 0.5 / 2.5 = 20.0%
                .body(value("inPostFte"), equalTo(2.0))
                .body(value("inPostHeadcount"), equalTo(2.0))
                .body(value("agencyFte"), equalTo(0.5))
                .body(value("agencyRate"), equalTo(20.0))
                .body("measures.find { it.measure == 'agencyRate' }.numerator", equalTo(0.5))
                .body("measures.find { it.measure == 'agencyRate' }.denominator", equalTo(2.5))
                .body("measures.find { it.measure == 'agencyRate' }.rag", equalTo("none"))
                // 20 + 10 + 13 = 43 cases over 1.0 + 0.5 + 1.0 = 2.5 FTE = 17.2
                .body(value("cases"), equalTo(43.0))
                .body(value("caseHoldersFte"), equalTo(2.5))
                .body(value("averageCaseload"), equalTo(17.2))
                // Archer 20 > 18, Cole (ASYE) 13 > 12; Baker 10 is not: 2 of 3 case holders = 66.7%
                .body(value("workersOverThreshold"), equalTo(2.0))
                .body(value("percentOverThreshold"), equalTo(66.7))
                .body(value("asyeOverThreshold"), equalTo(1.0))
                .body(value("percentAsyeOverThreshold"), equalTo(100.0))
                // Archer's two sickness absences, 5 + 2 days at FTE 1.0
                .body(value("workingDaysLost"), equalTo(7.0))
                // 18.5 h and 20 h at 45.00 = 832.50 + 900.00
                .body(value("agencyCost"), equalTo(1732.5))
                // under 3 years' PQE and under 28 days' notice
                .body(value("agencyAssignmentsFlagged"), equalTo(1.0));
    }

    @Test
    void serviceFigureIsComputedFromItsWorkersNotAveragedFromItsTeams() {
        // Team A 20.0% and Team B 0.0% would average 10.0%. From the workers: employed SW in S1 are
        // Shaw 1.0 (head of service, on S1 itself), Archer 1.0, Cole 1.0, Dunn 0.5 = 3.5; agency 0.5:
        // 0.5 / 4.0 = 12.5%. Average caseload: Team A 17.2 and Team B 4.0 (2 / 0.5) average 10.6;
        // from the workers 45 cases / 3.0 FTE = 15.0.
        nodeMeasures(c.s1)
                .body(value("inPostFte"), equalTo(3.5))
                .body(value("agencyRate"), equalTo(12.5))
                .body(value("averageCaseload"), equalTo(15.0))
                // East's run ended 31 Dec 2024: 1.0 leaver FTE / 3.5 in post = 28.57% -> 28.6
                .body(value("leaversHeadcount"), equalTo(1.0))
                .body(value("leaversFte"), equalTo(1.0))
                .body(value("turnoverRate"), equalTo(28.6));

        Api.given().queryParam("asAt", AS_AT.toString())
                .get("/api/v1/organisation-nodes/{id}/child-measures", c.s1)
                .then().statusCode(200)
                .body(value("agencyRate"), equalTo(12.5))
                .body("children.node.name", contains("Team A", "Team B"))
                .body("children[0].measures.find { it.measure == 'agencyRate' }.value", equalTo(20.0))
                .body("children[1].measures.find { it.measure == 'agencyRate' }.value", equalTo(0.0))
                .body("children[0].measures.find { it.measure == 'averageCaseload' }.value", equalTo(17.2))
                .body("children[1].measures.find { it.measure == 'averageCaseload' }.value", equalTo(4.0))
                .body("children[1].measures.find { it.measure == 'leaversHeadcount' }.value", equalTo(1.0));

        // the council: 4.5 employed (Ford 1.0 too) and 0.5 agency = 10.0%; 60 cases / 4.0 FTE = 15.0
        Api.given().queryParam("asAt", AS_AT.toString()).queryParam("measure", "averageCaseload")
                .queryParam("measure", "agencyRate")
                .get("/api/v1/organisation-nodes/{id}/child-measures", c.council)
                .then().statusCode(200)
                .body("measures.measure", contains("agencyRate", "averageCaseload"))
                .body("measures[0].value", equalTo(10.0))
                .body("measures[1].value", equalTo(15.0))
                .body("children.node.name", contains("Children in Care", "Family Help"))
                .body("children[0].measures[1].value", equalTo(15.0));
    }

    @Test
    void aTeamHasNoChildRows() {
        Api.given().queryParam("asAt", AS_AT.toString())
                .get("/api/v1/organisation-nodes/{id}/child-measures", c.teamC)
                .then().statusCode(200)
                .body("children", hasSize(0))
                .body(value("inPostFte"), equalTo(1.0));
    }

    @Test
    void aPeriodStartNarrowsPeriodMeasuresOnly() {
        // from 1 January 2025, East's leaving on 31 December 2024 is outside the period
        Api.given().queryParam("asAt", AS_AT.toString()).queryParam("periodStart", "2025-01-01")
                .get("/api/v1/organisation-nodes/{id}/measures", c.s1)
                .then().statusCode(200)
                .body("periodStart", equalTo("2025-01-01"))
                .body(value("leaversHeadcount"), equalTo(0.0))
                .body(value("inPostFte"), equalTo(3.5));
    }

    @Test
    void monthlySeriesWithAPartialLastPoint() {
        // buckets ending 30 Nov, 31 Dec, 31 Jan, 28 Feb, then March cut short at the 12th;
        // East left on 31 December: one leaver in December's bucket only
        Api.given().queryParam("from", "2024-11-01").queryParam("to", "2025-03-12").queryParam("granularity", "month")
                .get("/api/v1/organisation-nodes/{id}/measures/{m}/series", c.s1, "leaversHeadcount")
                .then().statusCode(200)
                .body("measure", equalTo("leaversHeadcount"))
                .body("granularity", equalTo("month"))
                .body("points.periodStart", contains("2024-11-01", "2024-12-01", "2025-01-01", "2025-02-01", "2025-03-01"))
                .body("points.asAt", contains("2024-11-30", "2024-12-31", "2025-01-31", "2025-02-28", "2025-03-12"))
                .body("points.partial", contains(false, false, false, false, true))
                .body("points.value", contains(0.0, 1.0, 0.0, 0.0, 0.0))
                .body("points.rag", contains("none", "none", "none", "none", "none"))
                .body("$", not(hasKey("target")));
    }

    @Test
    void weeklySeriesOfAStockMeasure() {
        // ISO weeks ending Sunday 2 and 9 March, then Monday 10 to Wednesday 12 March (partial);
        // Team B's in-post FTE is Dunn's 0.5 throughout (East left in December)
        Api.given().queryParam("from", "2025-02-24").queryParam("to", "2025-03-12").queryParam("granularity", "week")
                .get("/api/v1/organisation-nodes/{id}/measures/{m}/series", c.teamB, "inPostFte")
                .then().statusCode(200)
                .body("points.asAt", contains("2025-03-02", "2025-03-09", "2025-03-12"))
                .body("points.periodStart", contains("2025-02-24", "2025-03-03", "2025-03-10"))
                .body("points.partial", contains(false, false, true))
                .body("points.value", contains(0.5, 0.5, 0.5));
    }

    @Test
    void explanationIsPagedInNameOrder() {
        String path = "/api/v1/organisation-nodes/{id}/measures/{m}/explanation";
        Api.given().queryParam("asAt", AS_AT.toString()).queryParam("size", 1)
                .get(path, c.teamA, "workersOverThreshold")
                .then().statusCode(200)
                .body("measure", equalTo("workersOverThreshold"))
                .body("totalItems", equalTo(2))
                .body("page", equalTo(0))
                .body("size", equalTo(1))
                .body("items", hasSize(1))
                .body("items[0].worker.familyName", equalTo("Archer"))
                .body("items[0].node.name", equalTo("Team A"))
                .body("items[0].cases", equalTo(20))
                .body("items[0].caseloadThreshold", equalTo(18));
        Api.given().queryParam("asAt", AS_AT.toString()).queryParam("size", 1).queryParam("page", 1)
                .get(path, c.teamA, "workersOverThreshold")
                .then().statusCode(200)
                .body("items[0].worker.familyName", equalTo("Cole"))
                .body("items[0].asye", equalTo(true))
                .body("items[0].caseloadThreshold", equalTo(12));
        Api.given().queryParam("asAt", AS_AT.toString()).queryParam("page", 2).queryParam("size", 1)
                .get(path, c.teamA, "workersOverThreshold")
                .then().statusCode(200)
                .body("items", hasSize(0))
                .body("totalItems", equalTo(2));
    }

    @Test
    void aWorkforceLeadSeesHealthDetailAndCharges() {
        // Bradford factor over the 52 weeks to 12 March: 2 spells, 7 days: 2 x 2 x 7 = 28
        Api.given().queryParam("asAt", AS_AT.toString())
                .get("/api/v1/organisation-nodes/{id}/measures/{m}/explanation", c.teamA, "workingDaysLost")
                .then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.absenceFirstDay", contains("2025-01-06", "2025-02-03"))
                .body("items.sicknessReason", contains("infections", "stomach-digestive"))
                .body("items.bradfordFactor", contains(28.0, 28.0));
        Api.given().queryParam("asAt", AS_AT.toString())
                .get("/api/v1/organisation-nodes/{id}/measures/{m}/explanation", c.teamA, "agencyFte")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].agencyName", equalTo("Acme Social Care"))
                .body("items[0].agencyJobType", equalTo("social-worker"))
                .body("items[0].ruleFlags", contains("under-minimum-experience", "notice-too-short"))
                .body("items[0].hourlyCharge", equalTo(45.0))
                .body("items[0].cost", equalTo(1732.5));
    }

    @Test
    @TestSecurity(user = MeasureCouncil.MANAGER_A, roles = "team-manager")
    void aTeamManagerSeesNoHealthDetailNorCharges() {
        Api.given().queryParam("asAt", AS_AT.toString())
                .get("/api/v1/organisation-nodes/{id}/measures/{m}/explanation", c.teamA, "workingDaysLost")
                .then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items[0].workingDaysLost", equalTo(5.0))
                .body("items[0]", not(hasKey("sicknessReason")))
                .body("items[0]", not(hasKey("bradfordFactor")))
                .body("items[1]", not(hasKey("sicknessReason")));
        Api.given().queryParam("asAt", AS_AT.toString())
                .get("/api/v1/organisation-nodes/{id}/measures/{m}/explanation", c.teamA, "agencyFte")
                .then().statusCode(200)
                .body("items[0].agencyName", equalTo("Acme Social Care"))
                .body("items[0]", not(hasKey("hourlyCharge")))
                .body("items[0]", not(hasKey("cost")));
    }

    @Test
    @TestSecurity(user = MeasureCouncil.HEAD_OF_S1, roles = "senior-manager")
    void aSeniorManagerSeesChargesButNoHealthDetail() {
        Api.given().queryParam("asAt", AS_AT.toString())
                .get("/api/v1/organisation-nodes/{id}/measures/{m}/explanation", c.teamA, "agencyCost")
                .then().statusCode(200)
                .body("items[0].hourlyCharge", equalTo(45.0))
                .body("items[0].cost", equalTo(1732.5));
        Api.given().queryParam("asAt", AS_AT.toString())
                .get("/api/v1/organisation-nodes/{id}/measures/{m}/explanation", c.s1, "workingDaysLost")
                .then().statusCode(200)
                .body("items[0]", not(hasKey("sicknessReason")));
        // Team C is in another service
        Api.given().get("/api/v1/organisation-nodes/{id}/measures", c.teamC).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = MeasureCouncil.MANAGER_B, roles = "team-manager")
    void aTeamManagerCannotSeeAnotherTeam() {
        Api.given().get("/api/v1/organisation-nodes/{id}/measures", c.teamA)
                .then().statusCode(403).contentType("application/problem+json");
        Api.given().get("/api/v1/organisation-nodes/{id}/child-measures", c.s1).then().statusCode(403);
        Api.given().get("/api/v1/organisation-nodes/{id}/measures/{m}/explanation", c.teamA, "cases")
                .then().statusCode(403);
        Api.given().queryParam("from", "2025-01-01")
                .get("/api/v1/organisation-nodes/{id}/measures/{m}/series", c.teamA, "cases")
                .then().statusCode(403);
        // their own team: Dunn 0.5 FTE
        Api.given().queryParam("asAt", AS_AT.toString()).queryParam("measure", "inPostFte")
                .get("/api/v1/organisation-nodes/{id}/measures", c.teamB)
                .then().statusCode(200)
                .body("measures", hasSize(1))
                .body("measures[0].value", equalTo(0.5));
    }

    @Test
    void unknownNodeIs404() {
        UUID unknown = UUID.randomUUID();
        Api.given().get("/api/v1/organisation-nodes/{id}/measures", unknown)
                .then().statusCode(404).contentType("application/problem+json");
        Api.given().get("/api/v1/organisation-nodes/{id}/child-measures", unknown).then().statusCode(404);
        Api.given().get("/api/v1/organisation-nodes/{id}/measures/{m}/explanation", unknown, "cases")
                .then().statusCode(404);
        Api.given().queryParam("from", "2025-01-01")
                .get("/api/v1/organisation-nodes/{id}/measures/{m}/series", unknown, "cases")
                .then().statusCode(404);
    }

    private static void badField(io.restassured.response.Response response, String field) {
        response.then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(field));
    }

    @Test
    void badDatesGranularityAndMeasuresAreNamed() {
        String measures = "/api/v1/organisation-nodes/{id}/measures";
        String series = "/api/v1/organisation-nodes/{id}/measures/{m}/series";
        badField(Api.given().queryParam("asAt", "2025-02-30").get(measures, c.teamA), "asAt");
        badField(Api.given().queryParam("asAt", "2025-03-12").queryParam("periodStart", "2025-03-13")
                .get(measures, c.teamA), "periodStart");
        badField(Api.given().queryParam("measure", "notAMeasure").get(measures, c.teamA), "measure");
        badField(Api.given().get(series, c.teamA, "cases"), "from");
        badField(Api.given().queryParam("from", "2025-03-01").queryParam("to", "2025-02-01").get(series, c.teamA, "cases"),
                "from");
        badField(Api.given().queryParam("from", "2025-01-01").queryParam("granularity", "fortnight")
                .get(series, c.teamA, "cases"), "granularity");
        // 2000 to 2025 weekly is over 1,300 points
        badField(Api.given().queryParam("from", "2000-01-01").queryParam("to", "2025-03-12")
                .queryParam("granularity", "week").get(series, c.teamA, "cases"), "from");
        badField(Api.given().queryParam("from", "2025-01-01").queryParam("to", "+10000-01-01")
                .get(series, c.teamA, "cases"), "to");
        // a path segment that is no measure names no resource
        Api.given().get("/api/v1/organisation-nodes/{id}/measures/{m}/explanation", c.teamA, "notAMeasure")
                .then().statusCode(404).body("violations.field", hasItem("measureId"));
    }

    @Test
    void everyMeasureHasADefinition() {
        Api.given().get("/api/v1/measures").then().statusCode(200)
                .body("", hasSize(Measure.values().length))
                .body("[0].id", equalTo("inPostFte"))
                .body("[0].unit", equalTo("fte"))
                .body("[0].kind", equalTo("stock"))
                .body("[0].dfe", equalTo(true))
                .body("find { it.id == 'agencyCost' }.unit", equalTo("money"))
                .body("find { it.id == 'agencyCost' }.kind", equalTo("period"))
                .body("find { it.id == 'sicknessDaysPerFte' }.kind", equalTo("trailing-year"))
                .body("find { it.id == 'supervisionCompliance' }.defaultDirection", equalTo("higher-is-better"))
                .body("findAll { it.definition == null || it.definition.length() < 20 }", hasSize(0));
        for (Measure measure : Measure.values()) {
            assertEquals(true, MeasureDefinitions.of(measure).endsWith("."), measure.id);
        }
    }

    @Test
    void valuesForTheBenchmarksAreTheEnginesFigures() {
        // called by the benchmarks with the caller's scope; same figures as through HTTP
        assertEquals(0, new java.math.BigDecimal("10.0").compareTo(
                measureService.valuesFor(c.council, AS_AT, null).get(Measure.AGENCY_RATE).value()));
    }

    @Inject
    MeasureService measureService;

    @Test
    void measureValuesHaveNoRagWithoutTargets() {
        nodeMeasures(c.teamC)
                .body("measures.find { it.measure == 'inPostFte' }", not(hasKey("target")))
                .body("measures.find { it.measure == 'agencyRate' }.value", equalTo(0.0))
                .body("measures.find { it.measure == 'agencyRate' }.rag", equalTo("none"));
    }
}

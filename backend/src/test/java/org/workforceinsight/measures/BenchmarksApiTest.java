package org.workforceinsight.measures;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.workforceinsight.testsupport.Api;
import org.workforceinsight.testsupport.SmallCouncil;
import org.workforceinsight.testsupport.TestData;

/**
 * Benchmarks for the small council, placed in Worcestershire (E10000034, West Midlands) so that the DfE
 * file has a published row for it. Published figures are read from the shipped file in the test.
 *
 * <p>The council's own figures for census year 2025 (as at 30 September 2025, flows from 1 October 2024),
 * worked out by hand from SmallCouncil: employed social workers in post are Owen 1.0, Adams 1.0, Clarke 1.0,
 * Davies 1.0, Foster 0.5, Green 1.0, Hill 1.0, Irwin 0.8 and King 1.0 (from 1 April 2025): 8.3 FTE, 9 people
 * (Evans is a family support worker). Agency: Brown 0.6, so the agency rate is 0.6 / (0.6 + 8.3) = 6.74 ->
 * 6.7. Jones left on 1 March 2025 (1.0 FTE) and King started on 1 April 2025 (1.0): turnover 1.0 / 8.3 =
 * 12.05 -> 12.0. No caseload is recorded in the week to 30 September 2025, so no average caseload (null).
 */
@QuarkusTest
@TestSecurity(user = SmallCouncil.LEAD, roles = "workforce-lead")
class BenchmarksApiTest {

    static final String ATTRIBUTION = "Contains public sector information licensed under the Open Government"
            + " Licence v3.0. Source: Department for Education, Children's social work workforce";

    static SmallCouncil c;
    static TestData data;
    static final DfeIndicatorFile FILE = DfeIndicatorFile.shipped();

    @Inject
    DataSource dataSource;

    @BeforeEach
    void seed() {
        if (c == null) {
            data = TestData.using(dataSource).reset();
            c = SmallCouncil.create(data);
            data.councilArea(c.council, "E10000034", "West Midlands");
        }
        // Sunderland and Kirklees: Sunderland's 2025 agency figures are suppressed ("low")
        data.comparators("E08000024", "E08000034");
    }

    private static Double number(java.math.BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }

    @Test
    void theCouncilBesideEnglandItsRegionAndItsComparators() {
        DfeIndicatorRow england = FILE.england(2025).orElseThrow();
        DfeIndicatorRow westMidlands = FILE.region(2025, "E12000005").orElseThrow();
        DfeIndicatorRow worcestershire = FILE.localAuthority(2025, "E10000034").orElseThrow();
        DfeIndicatorRow kirklees = FILE.localAuthority(2025, "E08000034").orElseThrow();
        Api.given().queryParam("censusYear", 2025).get("/api/v1/benchmarks").then().statusCode(200)
                .body("censusYear", equalTo(2025))
                .body("asAt", equalTo("2025-09-30"))
                .body("attribution", equalTo(ATTRIBUTION))
                .body("england.level", equalTo("england"))
                .body("england.name", equalTo("England"))
                .body("england", not(hasKey("code")))
                .body("england.indicators.agencyRate", equalTo(number(england.agencyRateFte())))
                .body("england.indicators.agencyRate", equalTo(13.0))
                .body("england.indicators.inPostFte", equalTo(36186.3))
                .body("england.indicators.averageCaseload", equalTo(number(england.caseloadFte())))
                .body("region.level", equalTo("region"))
                .body("region.code", equalTo("E12000005"))
                .body("region.name", equalTo("West Midlands"))
                .body("region.indicators.turnoverRate", equalTo(number(westMidlands.turnoverRateFte())))
                .body("region.indicators.vacancyRate", equalTo(number(westMidlands.vacancyRateFte())))
                .body("councilPublished.level", equalTo("local-authority"))
                .body("councilPublished.code", equalTo("E10000034"))
                .body("councilPublished.name", equalTo("Worcestershire"))
                .body("councilPublished.indicators.inPostFte", equalTo(number(worcestershire.inpostFte())))
                .body("councilPublished.indicators.absenceRate", equalTo(number(worcestershire.absenceRateFte())))
                .body("councilPublished.indicators.cases", equalTo(number(worcestershire.cases())))
                .body("comparators.name", contains("Kirklees", "Sunderland"))
                .body("comparators.level", contains("local-authority", "local-authority"))
                .body("comparators[0].indicators.workingDaysLost", equalTo(number(kirklees.workingDaysLostFte())))
                // suppressed figures are sent as null, not left out and never 0
                .body("comparators[1].indicators", hasKey("agencyFte"))
                .body("comparators[1].indicators.agencyFte", nullValue())
                .body("comparators[1].indicators.agencyRate", nullValue())
                .body("comparators[0].indicators.agencyCoverRate", nullValue());
        assertTrue(FILE.localAuthority(2025, "E08000024").orElseThrow().agencyFte() == null,
                "Sunderland's 2025 agency FTE is suppressed in the file");
    }

    @Test
    void theCouncilsOwnFiguresComeFromTheEngine() {
        Api.given().queryParam("censusYear", 2025).get("/api/v1/benchmarks").then().statusCode(200)
                .body("council.level", equalTo("council"))
                .body("council.name", equalTo("Testshire Council"))
                .body("council.code", equalTo("E10000034"))
                .body("council.indicators.inPostFte", equalTo(8.3))
                .body("council.indicators.inPostHeadcount", equalTo(9.0))
                .body("council.indicators.agencyFte", equalTo(0.6))
                .body("council.indicators.agencyRate", equalTo(6.7))
                .body("council.indicators.startersFte", equalTo(1.0))
                .body("council.indicators.leaversFte", equalTo(1.0))
                .body("council.indicators.turnoverRate", equalTo(12.0))
                .body("council.indicators", hasKey("averageCaseload"))
                .body("council.indicators.averageCaseload", nullValue());
    }

    @Test
    void aCensusYearNotInTheFileIsNotFoundAndABadOneIsNamed() {
        Api.given().queryParam("censusYear", 2016).get("/api/v1/benchmarks")
                .then().statusCode(404).contentType("application/problem+json");
        Api.given().get("/api/v1/benchmarks").then().statusCode(400).body("violations.field", contains("censusYear"));
        Api.given().queryParam("censusYear", 1999).get("/api/v1/benchmarks")
                .then().statusCode(400).body("violations.field", contains("censusYear"));
        Api.given().queryParam("censusYear", "last").get("/api/v1/benchmarks")
                .then().statusCode(400).body("violations.field", contains("censusYear"));
    }

    @Test
    void comparatorsAreStoredAsTheFileSpellsThemAndReadBackByName() {
        Api.given().contentType("application/json").body(Map.of("laCodes", List.of("e10000034", "E08000024")))
                .put("/api/v1/benchmark-comparators").then().statusCode(200)
                .body("localAuthorities.laCode", contains("E08000024", "E10000034"))
                .body("localAuthorities.name", contains("Sunderland", "Worcestershire"))
                .body("localAuthorities.regionName", contains("North East", "West Midlands"));
        Api.given().get("/api/v1/benchmark-comparators").then().statusCode(200)
                .body("localAuthorities.laCode", contains("E08000024", "E10000034"));
        Api.given().queryParam("censusYear", 2025).get("/api/v1/benchmarks").then().statusCode(200)
                .body("comparators.name", contains("Sunderland", "Worcestershire"));
        Api.given().contentType("application/json").body(Map.of("laCodes", List.of()))
                .put("/api/v1/benchmark-comparators").then().statusCode(200)
                .body("localAuthorities", hasSize(0));
    }

    @Test
    void aCodeThatIsNotALocalAuthorityInTheFileIsNamedAndNothingChanges() {
        Api.given().contentType("application/json")
                .body(Map.of("laCodes", List.of("E10000034", "E12000005", "E08000024", "NOPE")))
                .put("/api/v1/benchmark-comparators").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("laCodes[1]", "laCodes[3]"));
        Api.given().get("/api/v1/benchmark-comparators").then().statusCode(200)
                .body("localAuthorities.laCode", contains("E08000034", "E08000024"));
        Api.given().contentType("application/json").body(Map.of())
                .put("/api/v1/benchmark-comparators").then().statusCode(400)
                .body("violations.field", contains("laCodes"));
    }

    @Test
    @TestSecurity(user = SmallCouncil.HEAD_OF_S1, roles = "senior-manager")
    void onlyAWorkforceLeadChoosesComparators() {
        Api.given().contentType("application/json").body(Map.of("laCodes", List.of("E10000034")))
                .put("/api/v1/benchmark-comparators").then().statusCode(403);
        Api.given().get("/api/v1/benchmark-comparators").then().statusCode(200)
                .body("localAuthorities.laCode", contains("E08000034", "E08000024"));
    }

    @Test
    @TestSecurity(user = SmallCouncil.TEAM_MANAGER_ALPHA, roles = "team-manager")
    void aTeamManagerCannotSeeTheCouncilsFiguresButMayListAuthorities() {
        Api.given().queryParam("censusYear", 2025).get("/api/v1/benchmarks").then().statusCode(403);
        Api.given().get("/api/v1/local-authorities").then().statusCode(200);
    }

    @Test
    void localAuthoritiesOfTheLatestYearByName() {
        int latest = FILE.years().stream().max(Integer::compare).orElseThrow();
        List<String> expected = FILE.rowsFor(latest).stream()
                .filter(row -> row.geographicLevel() == GeographicLevel.LOCAL_AUTHORITY)
                .map(DfeIndicatorRow::laName)
                .sorted(java.util.Comparator.comparing(name -> name.toLowerCase(Locale.ROOT)))
                .toList();
        Api.given().get("/api/v1/local-authorities").then().statusCode(200)
                .body("", hasSize(expected.size()))
                .body("name", equalTo(expected))
                .body("find { it.laCode == 'E10000034' }.name", equalTo("Worcestershire"))
                .body("find { it.laCode == 'E10000034' }.regionName", equalTo("West Midlands"));
    }
}

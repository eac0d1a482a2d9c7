package org.workforceinsight.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.workforceinsight.testsupport.Api;
import org.workforceinsight.testsupport.SmallCouncil;
import org.workforceinsight.testsupport.TestData;

/**
 * The property rules of PropertyLevelAccessTest, in the files and the reports: health detail (sicknessReason,
 * bradfordFactor) only for the workforce lead and the HR absence officer, agency charges (chargeRate,
 * hourlyCharge, cost) only for the workforce lead and senior managers, in every CSV and XLSX export (the XLSX
 * unzipped and every part of it read, not only the Data sheet) and never in the weekly report, the monthly
 * report or the workers behind the DfE return, which are aggregates and counts for everyone.
 */
@QuarkusTest
class ExportPropertyLevelAccessTest {

    static final List<String> HEALTH = PropertyLevelAccessTest.HEALTH;
    static final List<String> CHARGES = PropertyLevelAccessTest.CHARGES;
    /** The sickness reasons seeded: their codes must not be anywhere in a file the caller may not read them in. */
    static final List<String> REASONS = List.of("infections", "musculoskeletal");

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

    @Test
    @TestSecurity(user = SmallCouncil.LEAD, roles = Roles.WORKFORCE_LEAD)
    void theWorkforceLeadsFilesHaveHealthDetailAndCharges() {
        assertPersonLevelFiles(true, true, true);
        assertReportsHoldNeither(true);
    }

    @Test
    @TestSecurity(user = "hr.officer", roles = Roles.HR_ABSENCE_OFFICER)
    void theHrAbsenceOfficersFilesHaveHealthDetailButNoCharges() {
        assertPersonLevelFiles(true, false, false);
        assertReportsHoldNeither(false);
    }

    @Test
    @TestSecurity(user = SmallCouncil.HEAD_OF_S1, roles = Roles.SENIOR_MANAGER)
    void aSeniorManagersFilesHaveChargesButNoHealthDetail() {
        assertPersonLevelFiles(false, true, true);
        assertReportsHoldNeither(false);
    }

    @Test
    @TestSecurity(user = SmallCouncil.TEAM_MANAGER_ALPHA, roles = Roles.TEAM_MANAGER)
    void aTeamManagersFilesHaveNeither() {
        assertPersonLevelFiles(false, false, true);
        assertReportsHoldNeither(false);
    }

    @Test
    @TestSecurity(user = "machine.client", roles = {Roles.MACHINE_READ, Roles.MACHINE_WRITE})
    void aMachineClientsFilesHaveNeither() {
        assertPersonLevelFiles(false, false, true);
        assertReportsHoldNeither(false);
    }

    @Test
    @TestSecurity(user = "viewer.user", roles = Roles.VIEWER)
    void theViewerGetsReportsWithNeitherAndNoPersonLevelFile() {
        for (String format : ExportedFile.FORMATS) {
            for (String path : List.of("absences", "agency-assignments", "measure-explanation")) {
                Api.given().queryParam("format", format).queryParam("nodeId", c.alpha.toString())
                        .queryParam("measureId", "sicknessDaysPerFte").get("/api/v1/exports/" + path).then()
                        .statusCode(403).contentType("application/problem+json");
            }
        }
        assertReportsHoldNeither(false);
    }

    private static void assertPersonLevelFiles(boolean health, boolean charges, boolean readsAgency) {
        for (String format : ExportedFile.FORMATS) {
            ExportedFile absences = file("absences", format, Map.of("nodeId", c.alpha.toString(),
                    "from", "2025-01-01", "to", "2025-03-12"));
            assertHealth(absences, health, "absences");
            assertCharges(absences, false, "absences");
            // an explanation file has the columns of every explanation item, whichever measure it explains: the
            // columns follow the caller's role, the values the measure
            ExportedFile sickness = file("measure-explanation", format, explanation("sicknessDaysPerFte"));
            assertHealth(sickness, health, "sickness explanation");
            assertCharges(sickness, charges, "sickness explanation");
            ExportedFile cost = file("measure-explanation", format, explanation("agencyCost"));
            assertCharges(cost, charges, "agency cost explanation");
            assertHealthColumns(cost, health, "agency cost explanation");
            assertNoReason(cost.text(), "agency cost explanation as " + format);
            Map<String, String> agencyFilter = Map.of("nodeId", c.alpha.toString(), "activeOn", "2025-03-12");
            if (readsAgency) {
                ExportedFile agency = file("agency-assignments", format, agencyFilter);
                assertCharges(agency, charges, "agency assignments");
                assertTrue(agency.mentions("Quade"), format + ": the agency worker is listed");
            } else {
                Api.given().queryParams(agencyFilter).queryParam("format", format)
                        .get("/api/v1/exports/agency-assignments").then().statusCode(403);
            }
            // person-level files with no health or charge property of their own carry none for anyone
            for (String path : List.of("workers", "supervision-sessions", "appraisals", "leavers")) {
                ExportedFile other = fileIfAllowed(path, format, Map.of("from", "2025-01-01"));
                if (other != null) {
                    assertHealth(other, false, path);
                    assertCharges(other, false, path);
                }
            }
        }
    }

    private static void assertReportsHoldNeither(boolean lead) {
        Set<String> forbidden = new TreeSet<>(HEALTH);
        forbidden.addAll(CHARGES);
        Map<String, Map<String, String>> reports = Map.of(
                "/api/v1/reports/weekly", Map.of("nodeId", c.alpha.toString(), "asAt", "2025-03-12"),
                "/api/v1/reports/monthly", Map.of("nodeId", c.alpha.toString(), "month", "2025-03"));
        for (Map.Entry<String, Map<String, String>> report : reports.entrySet()) {
            Response json = Api.given().queryParams(report.getValue()).get(report.getKey());
            assertEquals(200, json.statusCode(), report.getKey() + ": " + json.asString());
            Set<String> keys = keys(json.jsonPath().get("$"));
            keys.retainAll(forbidden);
            assertTrue(keys.isEmpty(), report.getKey() + " has " + keys);
            assertNoReason(json.asString(), report.getKey());
        }
        for (String format : ExportedFile.FORMATS) {
            for (String path : List.of("weekly-report", "monthly-report")) {
                ExportedFile file = file(path, format, Map.of("nodeId", c.alpha.toString(), "asAt", "2025-03-12",
                        "month", "2025-03"));
                assertHealth(file, false, path);
                assertCharges(file, false, path);
            }
        }
        // the workers behind the DfE return: the lead's only, and counts, never health detail or charges
        Map<String, String> census = Map.of("censusYear", "2025");
        Response workers = Api.given().queryParams(census).get("/api/v1/reports/dfe-return/workers");
        if (lead) {
            assertEquals(200, workers.statusCode(), workers.asString());
            assertFalse(workers.jsonPath().getList("items").isEmpty(), "the return counts someone");
            Set<String> keys = keys(workers.jsonPath().get("$"));
            keys.retainAll(forbidden);
            assertTrue(keys.isEmpty(), "the DfE workers have " + keys);
            assertNoReason(workers.asString(), "DfE workers");
        } else {
            assertEquals(403, workers.statusCode());
        }
        for (String format : ExportedFile.FORMATS) {
            if (lead) {
                ExportedFile file = file("dfe-return-workers", format, census);
                assertHealth(file, false, "DfE workers");
                assertCharges(file, false, "DfE workers");
            } else {
                Api.given().queryParams(census).queryParam("format", format)
                        .get("/api/v1/exports/dfe-return-workers").then().statusCode(403);
            }
        }
    }

    private static Map<String, String> explanation(String measure) {
        return Map.of("nodeId", c.alpha.toString(), "measureId", measure, "asAt", "2025-03-12",
                "periodStart", "2025-01-01");
    }

    /** The health columns iff the role may read them, and the reasons themselves in the file iff so too. */
    private static void assertHealth(ExportedFile file, boolean shown, String what) {
        assertHealthColumns(file, shown, what);
        if (shown) {
            assertTrue(REASONS.stream().anyMatch(file::mentions), what + " as " + file.format() + " has reasons");
        } else {
            assertNoReason(file.text(), what + " as " + file.format());
        }
    }

    private static void assertHealthColumns(ExportedFile file, boolean shown, String what) {
        for (String property : HEALTH) {
            if (!shown) {
                assertFalse(file.hasColumn(property), what + " as " + file.format() + " has " + property);
            }
        }
        if (shown) {
            assertTrue(file.hasColumn("sicknessReason"), what + " as " + file.format() + " shows the reason");
        }
    }

    private static void assertCharges(ExportedFile file, boolean shown, String what) {
        List<String> present = new ArrayList<>(CHARGES.stream().filter(file::hasColumn).toList());
        if (shown) {
            assertFalse(present.isEmpty(), what + " as " + file.format() + " shows the charges");
        } else {
            assertTrue(present.isEmpty(), what + " as " + file.format() + " has " + present);
        }
    }

    private static void assertNoReason(String text, String what) {
        for (String reason : REASONS) {
            assertFalse(text.contains(reason), what + " mentions the sickness reason " + reason);
        }
    }

    private static ExportedFile file(String path, String format, Map<String, String> filters) {
        ExportedFile file = fileIfAllowed(path, format, filters);
        assertTrue(file != null, path + " as " + format + " was refused");
        return file;
    }

    private static ExportedFile fileIfAllowed(String path, String format, Map<String, String> filters) {
        Response response = Api.given().queryParams(filters).queryParam("format", format)
                .get("/api/v1/exports/" + path);
        if (response.statusCode() == 403) {
            return null;
        }
        assertEquals(200, response.statusCode(), path + " as " + format + ": " + response.asString());
        return ExportedFile.read(format, response.asByteArray());
    }

    /** Every property name anywhere in a JSON document. */
    private static Set<String> keys(Object json) {
        Set<String> keys = new TreeSet<>();
        if (json instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                keys.add(String.valueOf(entry.getKey()));
                keys.addAll(keys(entry.getValue()));
            }
        } else if (json instanceof List<?> list) {
            for (Object item : list) {
                keys.addAll(keys(item));
            }
        }
        return keys;
    }
}

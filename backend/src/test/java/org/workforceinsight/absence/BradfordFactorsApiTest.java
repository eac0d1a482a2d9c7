package org.workforceinsight.absence;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
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
 * Bradford factors of the small council as at 12 March 2025 (the 52 weeks run from 13 March 2024):
 * Hugo Hill four spells of 4 days, 4 x 4 x 16 = 256 (at or above the trigger of 200); Gina Green three
 * spells: Mon 11 to Fri 15 March 2024 (5 days, 3 of whose weekdays are inside the weeks), and 1 day twice,
 * 3 x 3 x 5 = 45; Ava Adams 2 spells, 5 + 2 days, 2 x 2 x 7 = 28; Cara Clarke one of 25 days, 25.
 * Not listed: Isla Irwin (compassionate leave, and sickness before the weeks), Jack Jones (sick, but left
 * on 1 March) and everyone without sickness.
 */
@QuarkusTest
@TestSecurity(user = SmallCouncil.LEAD, roles = "workforce-lead")
class BradfordFactorsApiTest {

    static SmallCouncil c;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void seed() {
        if (c == null) {
            TestData data = TestData.using(dataSource).reset();
            c = SmallCouncil.create(data);
            data.absence(c.adams, "sickness", LocalDate.of(2025, 2, 3), LocalDate.of(2025, 2, 7), "5", "infections");
            data.absence(c.adams, "sickness", LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 2), "2", null);
            data.absence(c.clarke, "sickness", LocalDate.of(2025, 1, 6), LocalDate.of(2025, 2, 7), "25",
                    "musculoskeletal");
            data.absence(c.green, "sickness", LocalDate.of(2024, 3, 11), LocalDate.of(2024, 3, 15), "5", null);
            data.absence(c.green, "sickness", LocalDate.of(2024, 6, 3), LocalDate.of(2024, 6, 3), "1", null);
            data.absence(c.green, "sickness", LocalDate.of(2024, 9, 2), LocalDate.of(2024, 9, 2), "1", null);
            for (int month = 4; month <= 10; month += 2) {
                LocalDate monday = LocalDate.of(2024, month, 1).with(java.time.DayOfWeek.MONDAY).plusWeeks(1);
                data.absence(c.hill, "sickness", monday, monday.plusDays(3), "4", null);
            }
            data.absence(c.irwin, "compassionate-leave", LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 4), "2", null);
            data.absence(c.irwin, "sickness", LocalDate.of(2024, 1, 10), LocalDate.of(2024, 1, 12), "3", null);
            data.absence(c.jones, "sickness", LocalDate.of(2025, 2, 10), LocalDate.of(2025, 2, 10), "1", null);
        }
    }

    private static RequestSpecification asAt() {
        return Api.given().queryParam("asAt", SmallCouncil.AS_AT.toString());
    }

    private static String path(UUID nodeId) {
        return "/api/v1/organisation-nodes/" + nodeId + "/bradford-factors";
    }

    @Test
    void aLeadSeesEachWorkerWithSicknessHighestFactorFirst() {
        asAt().get(path(c.council)).then().statusCode(200)
                .body("asAt", equalTo("2025-03-12"))
                .body("from", equalTo("2024-03-13"))
                .body("trigger", equalTo(200.0))
                .body("totalItems", equalTo(4))
                .body("items.worker.familyName", contains("Hill", "Green", "Adams", "Clarke"))
                .body("items.node.name", contains("Beta Team", "Beta Team", "Alpha Team", "Alpha Team"))
                .body("items.spells", contains(4, 3, 2, 1))
                .body("items.daysLost", contains(16.0, 5.0, 7.0, 25.0))
                .body("items.bradfordFactor", contains(256.0, 45.0, 28.0, 25.0))
                .body("items.atOrAboveTrigger", contains(true, false, false, false));
    }

    @Test
    @TestSecurity(user = "hr.officer", roles = "hr-absence-officer")
    void anHrAbsenceOfficerSeesTheWholeCouncilAndCanNarrowToATeam() {
        asAt().get(path(c.alpha)).then().statusCode(200)
                .body("node.name", equalTo("Alpha Team"))
                .body("items.worker.familyName", contains("Adams", "Clarke"));
        asAt().queryParam("size", 1).queryParam("page", 1).get(path(c.council)).then().statusCode(200)
                .body("totalItems", equalTo(4)).body("size", equalTo(1))
                .body("items.worker.familyName", contains("Green"));
        asAt().get(path(c.s2)).then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    @TestSecurity(user = SmallCouncil.HEAD_OF_S1, roles = "senior-manager")
    void aSeniorManagerIsRefusedEvenForTheirOwnService() {
        asAt().get(path(c.alpha)).then().statusCode(403);
        asAt().get(path(c.s1)).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "machine.client", roles = {"machine-read", "machine-write"})
    void machineClientsAreRefused() {
        asAt().get(path(c.council)).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "dpo.user", roles = "data-protection-officer")
    void theDataProtectionOfficerIsRefused() {
        asAt().get(path(c.council)).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = SmallCouncil.TEAM_MANAGER_ALPHA, roles = "team-manager")
    void aTeamManagerIsRefusedEvenForTheirOwnTeam() {
        asAt().get(path(c.alpha)).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "viewer.user", roles = "viewer")
    void theViewerIsRefused() {
        asAt().get(path(c.council)).then().statusCode(403);
    }

    @Test
    void anUnknownNodeIsNotFoundAndBadParametersAreNamed() {
        asAt().get(path(UUID.randomUUID())).then().statusCode(404);
        Api.given().queryParam("asAt", "2025-02-30").get(path(c.council)).then().statusCode(400)
                .body("violations.field", contains("asAt"));
        asAt().queryParam("size", 201).get(path(c.council)).then().statusCode(400)
                .body("violations.field", contains("size"));
    }

    @Test
    void withoutADateItIsAsAtToday() {
        Api.given().get(path(c.council)).then().statusCode(200)
                .body("asAt", equalTo(LocalDate.now().toString()));
    }

    @Test
    @TestSecurity(user = "audit.bradford.reader", roles = "hr-absence-officer")
    void everyReadIsAuditedWithTheWorkersShown() {
        asAt().queryParam("size", 2).get(path(c.council)).then().statusCode(200);
        AuditRows.Row row = AuditRows.using(dataSource).only("audit.bradford.reader", "listBradfordFactors");
        assertEquals("READ", row.action().toUpperCase());
        assertEquals(List.of(c.hill, c.green), row.workerIds());
    }

    @Test
    void aSpellStartingBeforeTheWeeksCountsItsWeekdaysInside() {
        // the 52 weeks to Wed 12 March 2025 start on Wed 13 March 2024: Wed to Fri of the spell fall inside
        org.workforceinsight.measures.BradfordFactors.Spells spells = org.workforceinsight.measures.BradfordFactors.of(
                List.of(new org.workforceinsight.measures.WorkforceFacts.AbsenceFact(null, "sickness",
                        LocalDate.of(2024, 3, 11), LocalDate.of(2024, 3, 15), new BigDecimal("5"), null)),
                LocalDate.of(2025, 3, 12));
        assertEquals(1, spells.count());
        assertEquals(0, spells.daysLost().compareTo(new BigDecimal("3")));
        assertEquals(0, spells.factor().compareTo(new BigDecimal("3.0")));
    }
}

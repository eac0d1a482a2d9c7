package org.workforceinsight.security;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.workforceinsight.testsupport.Api;
import org.workforceinsight.testsupport.SmallCouncil;
import org.workforceinsight.testsupport.TestData;

/**
 * Imports from outside, by HTTP: an import changes every team's records, so no scoped role may run one. A
 * machine-write client (and the workforce lead) imports and reads the import history, its runs and their row
 * errors; a machine-read client, a team manager (whatever team the file names), a senior manager, an HR
 * absence officer, a viewer and the data protection officer get 403 for the upload, the list, a run and its
 * errors, for a run that exists as for one that does not, and a refused upload writes nothing.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImportAccessTest {

    static SmallCouncil c;
    /** An accepted run and a rejected one, made by the machine client in the first test. */
    static String accepted;
    static String rejected;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void seed() {
        if (c != null) {
            return;
        }
        TestData data = TestData.using(dataSource).reset();
        c = SmallCouncil.create(data);
    }

    static final String WORKERS = "externalId,givenName,familyName\nIMP-1,Ivy,Imported\n";
    static final String BAD_WORKERS = "externalId,givenName,familyName\nIMP-2,,Nameless\n";

    private static ValidatableResponse upload(String dataSet, String csv) {
        return Api.given().contentType("text/csv; charset=UTF-8").queryParam("dataSet", dataSet)
                .body(csv.getBytes(StandardCharsets.UTF_8)).post("/api/v1/imports").then();
    }

    @Test
    @Order(1)
    @TestSecurity(user = "import.client", roles = Roles.MACHINE_WRITE)
    void aMachineWriteClientImportsAndReadsTheHistory() {
        accepted = upload("workers", WORKERS).statusCode(200).body("outcome", equalTo("accepted"))
                .extract().path("id");
        rejected = upload("workers", BAD_WORKERS).statusCode(422).body("outcome", equalTo("rejected"))
                .extract().path("id");
        assertNotNull(accepted);
        Api.given().get("/api/v1/imports").then().statusCode(200).body("totalItems", greaterThanOrEqualTo(2));
        Api.given().get("/api/v1/imports/{id}", accepted).then().statusCode(200).body("id", equalTo(accepted));
        Api.given().get("/api/v1/imports/{id}/errors", rejected).then().statusCode(200)
                .body("totalItems", equalTo(1));
        Api.given().get("/api/v1/import-formats").then().statusCode(200);
        // an id that exists nowhere: 404 for a caller who may read imports at all
        Api.given().get("/api/v1/imports/{id}", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    @Order(2)
    @TestSecurity(user = SmallCouncil.LEAD, roles = Roles.WORKFORCE_LEAD)
    void theWorkforceLeadReadsEveryRunToo() {
        Api.given().get("/api/v1/imports/{id}", accepted).then().statusCode(200);
        Api.given().get("/api/v1/imports/{id}/errors", rejected).then().statusCode(200);
    }

    @Test
    @Order(3)
    @TestSecurity(user = "read.client", roles = Roles.MACHINE_READ)
    void aMachineReadClientMayNotImport() {
        assertRefusedEverything();
    }

    @Test
    @Order(3)
    @TestSecurity(user = SmallCouncil.TEAM_MANAGER_ALPHA, roles = Roles.TEAM_MANAGER)
    void aTeamManagerMayNotImportEvenForTheirOwnTeam() {
        assertRefusedEverything();
    }

    @Test
    @Order(3)
    @TestSecurity(user = SmallCouncil.TEAM_MANAGER_BETA, roles = {Roles.TEAM_MANAGER, Roles.MACHINE_READ})
    void aTeamManagerWhoIsAlsoAReadingClientMayNotImport() {
        assertRefusedEverything();
    }

    @Test
    @Order(3)
    @TestSecurity(user = SmallCouncil.HEAD_OF_S1, roles = Roles.SENIOR_MANAGER)
    void aSeniorManagerMayNotImport() {
        assertRefusedEverything();
    }

    @Test
    @Order(3)
    @TestSecurity(user = "hr.officer", roles = Roles.HR_ABSENCE_OFFICER)
    void anHrAbsenceOfficerMayNotImport() {
        assertRefusedEverything();
    }

    @Test
    @Order(3)
    @TestSecurity(user = "viewer.user", roles = Roles.VIEWER)
    void aViewerMayNotImport() {
        assertRefusedEverything();
    }

    @Test
    @Order(3)
    @TestSecurity(user = "dpo.user", roles = Roles.DATA_PROTECTION_OFFICER)
    void theDataProtectionOfficerMayNotImport() {
        assertRefusedEverything();
    }

    @Test
    @Order(4)
    void withoutATokenEverythingIsUnauthorised() {
        upload("workers", WORKERS).statusCode(401);
        Api.given().get("/api/v1/imports").then().statusCode(401);
        Api.given().get("/api/v1/imports/{id}", accepted).then().statusCode(401);
    }

    private void assertRefusedEverything() {
        long runsBefore = count("SELECT count(*) FROM import_run");
        long workersBefore = count("SELECT count(*) FROM worker");
        // a file naming the caller's own team is refused all the same: the role decides, not the rows
        String assignment = "externalId,workerExternalId,team,role,employmentType,fte,startDate\n"
                + "A-1,IMP-1," + c.alpha + ",social-worker,permanent,1.0,2025-01-01\n";
        for (String[] file : List.of(new String[] {"workers", WORKERS}, new String[] {"assignments", assignment},
                new String[] {"absences", "externalId,workerExternalId,absenceType,firstDay,lastDay,workingDaysLost\n"
                        + "AB-1,IMP-1,sickness,2025-02-03,2025-02-04,2\n"})) {
            upload(file[0], file[1]).statusCode(403).contentType("application/problem+json");
        }
        Api.given().contentType("text/csv").queryParam("dataSet", "workers").queryParam("dryRun", true)
                .body(WORKERS).post("/api/v1/imports").then().statusCode(403);
        Api.given().get("/api/v1/imports").then().statusCode(403).contentType("application/problem+json");
        Api.given().get("/api/v1/import-formats").then().statusCode(403);
        // a run that exists and one that does not answer alike: the role is refused before any lookup
        for (String id : List.of(accepted, rejected, UUID.randomUUID().toString())) {
            Api.given().get("/api/v1/imports/{id}", id).then().statusCode(403).contentType("application/problem+json");
            Api.given().get("/api/v1/imports/{id}/errors", id).then().statusCode(403);
        }
        assertEquals(runsBefore, count("SELECT count(*) FROM import_run"), "a refused upload records no run");
        assertEquals(workersBefore, count("SELECT count(*) FROM worker"), "a refused upload writes no row");
    }

    private long count(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

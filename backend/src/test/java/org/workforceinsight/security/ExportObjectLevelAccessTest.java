package org.workforceinsight.security;

import static org.hamcrest.Matchers.equalTo;
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
import java.util.UUID;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.workforceinsight.testsupport.Api;
import org.workforceinsight.testsupport.SmallCouncil;
import org.workforceinsight.testsupport.TestData;

/**
 * Broken object level authorisation through the files: each team manager (Alpha Team's and Beta Team's,
 * SmallCouncil) downloads every /api/v1/exports/* data set as CSV and as XLSX. A file of their own scope holds
 * none of the other team's people; a filter naming the other team or one of its workers is 403, an id that
 * exists nowhere 404, both as problem+json before any byte of a file; the council's DfE files are not theirs
 * at all. The JSON side of the same rules is ObjectLevelAccessTest.
 */
@QuarkusTest
class ExportObjectLevelAccessTest {

    static SmallCouncil c;
    static UUID reed;
    static UUID left;

    @Inject
    DataSource dataSource;

    /**
     * One export: its path, the filter that names a node (null when it has none), whether that filter is
     * required, and the filter that names a worker (null when it has none).
     */
    record DataSet(String path, String nodeFilter, boolean nodeRequired, String workerFilter) {
    }

    static final List<DataSet> SCOPED = List.of(
            new DataSet("workers", "teamId", false, null),
            new DataSet("worker-caseloads", "nodeId", true, null),
            new DataSet("supervision-sessions", "nodeId", false, "workerId"),
            new DataSet("appraisals", "nodeId", false, "workerId"),
            new DataSet("absences", "nodeId", false, "workerId"),
            new DataSet("leavers", "nodeId", false, null),
            new DataSet("agency-assignments", "nodeId", false, null),
            new DataSet("posts", "nodeId", false, null),
            new DataSet("node-measures", "nodeId", true, null),
            new DataSet("child-measures", "nodeId", true, null),
            new DataSet("measure-series", "nodeId", true, null),
            new DataSet("measure-explanation", "nodeId", true, null),
            new DataSet("weekly-report", "nodeId", true, null),
            new DataSet("monthly-report", "nodeId", true, null));

    /** The council's DfE return and the workers behind it: the workforce lead's alone. */
    static final List<String> LEAD_ONLY = List.of("dfe-return", "dfe-return-workers");

    /** The people a persona must never see in a file, by id and by family name. */
    record Others(UUID ownTeam, UUID otherTeam, List<UUID> workers, List<String> familyNames, String ownFamilyName) {
    }

    @BeforeEach
    void seed() {
        if (c != null) {
            return;
        }
        TestData data = TestData.using(dataSource).reset();
        c = SmallCouncil.create(data);
        data.supervision(c.adams, c.alphaManager, LocalDate.of(2025, 2, 10), 90, "one-to-one");
        data.supervision(c.green, c.betaManager, LocalDate.of(2025, 2, 11), 60, "one-to-one");
        data.appraisal(c.adams, LocalDate.of(2025, 2, 20), c.alphaManager);
        data.appraisal(c.hill, LocalDate.of(2025, 2, 21), c.betaManager);
        data.absence(c.adams, "sickness", LocalDate.of(2025, 2, 3), LocalDate.of(2025, 2, 7), "5", "infections");
        data.absence(c.green, "sickness", LocalDate.of(2025, 2, 3), LocalDate.of(2025, 2, 4), "2", "infections");
        data.post(c.alpha, "social-worker", "1.00", LocalDate.of(2024, 1, 1), null);
        data.post(c.beta, "social-worker", "1.00", LocalDate.of(2024, 1, 1), null);
        reed = data.worker("Rita", "Reed").create();
        UUID betaAgency = data.assignment(reed, c.beta, "social-worker", "agency", "1.00", LocalDate.of(2024, 9, 1),
                null);
        data.agencyTerms(betaAgency, "Bright Locums", "social-worker", "daily", "290.00", "5.0", 28, null, null);
        left = data.worker("Lou", "Left").in(c.beta, "social-worker", "permanent", "1.00", LocalDate.of(2023, 1, 1));
        data.leaving(left, LocalDate.of(2025, 2, 28), null, false);
    }

    private static Others alphaAgainstBeta() {
        return new Others(c.alpha, c.beta, List.of(c.green, c.hill, reed, left), List.of("Green", "Hill", "Reed"),
                "Adams");
    }

    private static Others betaAgainstAlpha() {
        return new Others(c.beta, c.alpha, List.of(c.adams, c.brown, c.clarke, c.davies, c.evans),
                List.of("Adams", "Brown", "Clarke", "Davies", "Evans"), "Green");
    }

    @Test
    @TestSecurity(user = SmallCouncil.TEAM_MANAGER_ALPHA, roles = Roles.TEAM_MANAGER)
    void alphaManagersFilesHoldNothingOfBetaTeam() {
        assertFilesStayInScope(alphaAgainstBeta());
    }

    @Test
    @TestSecurity(user = SmallCouncil.TEAM_MANAGER_BETA, roles = Roles.TEAM_MANAGER)
    void betaManagersFilesHoldNothingOfAlphaTeam() {
        assertFilesStayInScope(betaAgainstAlpha());
    }

    @Test
    @TestSecurity(user = SmallCouncil.TEAM_MANAGER_ALPHA, roles = {Roles.TEAM_MANAGER, Roles.VIEWER})
    void aViewerRoleDoesNotWidenATeamManagersPersonLevelFiles() {
        Others others = alphaAgainstBeta();
        for (String format : ExportedFile.FORMATS) {
            for (DataSet set : SCOPED.subList(0, 7)) {
                assertRefused(set, Map.of(set.nodeFilter(), others.otherTeam()), format, 403);
                if (!set.nodeRequired()) {
                    assertHoldsNoneOf(download(set, Map.of(), format), others, set);
                }
            }
        }
    }

    @Test
    @TestSecurity(user = SmallCouncil.HEAD_OF_S1, roles = Roles.SENIOR_MANAGER)
    void aSeniorManagersFilesStopAtTheirService() {
        // Assessment and Intervention holds Alpha and Beta; Gamma Team is in the other service
        for (String format : ExportedFile.FORMATS) {
            for (DataSet set : SCOPED) {
                assertRefused(set, Map.of(set.nodeFilter(), c.gamma), format, 403);
            }
            ExportedFile workers = download(new DataSet("workers", "teamId", false, null), Map.of(), format);
            assertTrue(workers.mentions(c.adams.toString()) && workers.mentions(c.green.toString()), format);
            assertFalse(workers.mentions(c.irwin.toString()), format + ": Isla Irwin is in Gamma Team");
        }
    }

    @Test
    @TestSecurity(user = "viewer.user", roles = Roles.VIEWER)
    void aViewerGetsNoPersonLevelFileWhateverTheFilter() {
        for (String format : ExportedFile.FORMATS) {
            for (DataSet set : SCOPED.subList(0, 6)) {
                Api.given().queryParams(query(set, Map.of(set.nodeFilter(), c.alpha), format))
                        .get("/api/v1/exports/" + set.path()).then().statusCode(403)
                        .contentType("application/problem+json");
            }
            Api.given().queryParams(query(SCOPED.get(8), Map.of("nodeId", c.council), format))
                    .get("/api/v1/exports/node-measures").then().statusCode(200);
        }
    }

    private void assertFilesStayInScope(Others others) {
        for (String format : ExportedFile.FORMATS) {
            for (DataSet set : SCOPED) {
                // the other team, and a node that exists nowhere
                assertRefused(set, Map.of(set.nodeFilter(), others.otherTeam()), format, 403);
                assertRefused(set, Map.of(set.nodeFilter(), UUID.randomUUID()), format, 404);
                // their own team answers, with none of the other team in it
                ExportedFile own = download(set, Map.of(set.nodeFilter(), others.ownTeam()), format);
                assertHoldsNoneOf(own, others, set);
                if (!set.nodeRequired()) {
                    assertHoldsNoneOf(download(set, Map.of(), format), others, set);
                }
                if (set.workerFilter() != null) {
                    for (UUID worker : others.workers()) {
                        assertRefused(set, Map.of(set.workerFilter(), worker), format, 403);
                    }
                    assertRefused(set, Map.of(set.workerFilter(), UUID.randomUUID()), format, 404);
                }
            }
            // the refusals are about scope: the manager's own people are in their files
            for (String path : List.of("workers", "supervision-sessions", "absences")) {
                ExportedFile own = download(new DataSet(path, null, false, null), Map.of(), format);
                assertTrue(own.mentions(others.ownFamilyName()), format + " " + path + " holds "
                        + others.ownFamilyName());
            }
            for (String path : LEAD_ONLY) {
                Api.given().queryParam("format", format).queryParam("censusYear", 2025)
                        .get("/api/v1/exports/" + path).then().statusCode(403)
                        .contentType("application/problem+json");
            }
        }
    }

    private static Map<String, Object> query(DataSet set, Map<String, UUID> filters, String format) {
        Map<String, Object> query = new java.util.LinkedHashMap<>();
        query.put("format", format);
        query.put("from", "2025-01-01");
        query.put("to", "2025-03-12");
        if (set.path().startsWith("measure-")) {
            query.put("measureId", "agencyRate");
        }
        if (set.path().equals("monthly-report")) {
            query.put("month", "2025-03");
        }
        query.putAll(filters);
        return query;
    }

    private static void assertRefused(DataSet set, Map<String, UUID> filters, String format, int status) {
        Response response = Api.given().queryParams(query(set, filters, format)).get("/api/v1/exports/" + set.path());
        assertEquals(status, response.statusCode(), set.path() + " " + filters + " as " + format);
        response.then().contentType("application/problem+json").body("status", equalTo(status));
        assertEquals(null, response.header("Content-Disposition"), set.path() + ": no file is started");
    }

    private static ExportedFile download(DataSet set, Map<String, UUID> filters, String format) {
        Response response = Api.given().queryParams(query(set, filters, format)).get("/api/v1/exports/" + set.path());
        assertEquals(200, response.statusCode(), set.path() + " " + filters + " " + format + ": "
                + response.asString());
        return ExportedFile.read(format, response.asByteArray());
    }

    private static void assertHoldsNoneOf(ExportedFile file, Others others, DataSet set) {
        List<String> found = new ArrayList<>();
        for (UUID worker : others.workers()) {
            if (file.mentions(worker.toString())) {
                found.add(worker.toString());
            }
        }
        for (String name : others.familyNames()) {
            if (Pattern.compile("\\b" + name + "\\b").matcher(file.text()).find()) {
                found.add(name);
            }
        }
        if (file.mentions(others.otherTeam().toString())) {
            found.add("the other team's id");
        }
        assertTrue(found.isEmpty(), set.path() + " as " + file.format() + " holds the other team's " + found);
    }
}

package org.workforceinsight.security;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.workforceinsight.testsupport.Api;
import org.workforceinsight.testsupport.TestData;

/**
 * The retention job anonymises exactly the people whose employment ended more than six years (the default)
 * before today, keeps the rows the measures count so that past figures do not change, purges audit records
 * older than seven years, and audits itself. One test runs it end to end, because each run changes the
 * whole database.
 */
@QuarkusTest
class RetentionRunApiTest {

    private static final String LEAD = "retention.lead";

    @Inject
    DataSource dataSource;

    static final LocalDate TODAY = LocalDate.now();
    static final LocalDate LEFT_BEFORE = TODAY.minusYears(6);
    /** A day when the people to be anonymised were in post: the measures as at it must not change. */
    static final LocalDate PAST = TODAY.minusYears(8);

    UUID council;
    UUID olive;
    UUID adam;
    UUID rita;
    UUID bea;
    UUID ron;
    UUID cara;
    UUID oliveSickness;

    private void seed() {
        TestData data = TestData.using(dataSource).reset();
        council = data.council("Retentionshire Council");
        UUID service = data.service(council, "Family Help");
        UUID team = data.team(service, "Team R");
        data.worker("Lena", "Lead").username(LEAD).create();

        // left one day before the cut-off, with health data, a user name, an SWE number and a change history
        olive = data.worker("Olive", "Oldham").username("olive.oldham").sweRegistrationNumber("SW900001").create();
        data.assignment(olive, team, "social-worker", "permanent", "1.00", TODAY.minusYears(12), LEFT_BEFORE.minusDays(1));
        data.leaving(olive, LEFT_BEFORE.minusDays(1), "pay", true);
        oliveSickness = data.absence(olive, "sickness", PAST.minusMonths(1).withDayOfMonth(5),
                PAST.minusMonths(1).withDayOfMonth(9), "5", "musculoskeletal");
        data.snapshot(olive, PAST, 17);
        data.supervision(olive, TODAY.minusYears(8).minusDays(10), 90, "one-to-one");
        execute("UPDATE supervision_session SET recorded_by = 'olive.oldham' WHERE supervisee_worker_id = ?", olive);
        execute("INSERT INTO record_change (record_type, record_id, version, change_type, changed_by, channel, after) "
                + "VALUES ('worker', ?, 1, 'created', 'olive.oldham', 'api', ?::jsonb)", olive.toString(),
                "{\"id\":\"" + olive + "\",\"givenName\":\"Olive\",\"familyName\":\"Oldham\"}");

        // agency, engagement ended long ago, no leaving record
        adam = data.worker("Adam", "Agency").create();
        data.assignment(adam, team, "social-worker", "agency", "1.00", TODAY.minusYears(10), TODAY.minusYears(8));

        // left recently; left exactly on the cut-off day; left long ago but came back; never left
        rita = data.worker("Rita", "Recent").sweRegistrationNumber("SW900002").create();
        data.assignment(rita, team, "social-worker", "permanent", "1.00", TODAY.minusYears(9), TODAY.minusYears(2));
        data.leaving(rita, TODAY.minusYears(2), "relocation", false);
        bea = data.worker("Bea", "Boundary").create();
        data.assignment(bea, team, "social-worker", "permanent", "1.00", TODAY.minusYears(9), LEFT_BEFORE);
        data.leaving(bea, LEFT_BEFORE, "pay", false);
        ron = data.worker("Ron", "Returner").create();
        data.assignment(ron, team, "social-worker", "permanent", "1.00", TODAY.minusYears(12), TODAY.minusYears(8));
        data.leaving(ron, TODAY.minusYears(8), "pay", false);
        data.assignment(ron, team, "social-worker", "permanent", "1.00", TODAY.minusYears(1), null);
        cara = data.worker("Cara", "Current").in(team, "social-worker", "permanent", "1.00", TODAY.minusYears(10));
        data.absence(cara, "sickness", PAST.minusMonths(1).withDayOfMonth(12),
                PAST.minusMonths(1).withDayOfMonth(13), "2", "infections");

        execute("INSERT INTO audit_record (occurred_at, principal, operation_id, action) "
                + "VALUES (now() - interval '8 years', 'retention.old.reader', 'getWorker', 'read')");
        execute("INSERT INTO audit_record (occurred_at, principal, operation_id, action) "
                + "VALUES (now() - interval '2 years', 'retention.old.reader', 'getWorker', 'read')");
    }

    @Test
    @TestSecurity(user = LEAD, roles = "workforce-lead")
    void aRunAnonymisesExactlyThePeoplePastTheLimitKeepsPastMeasuresAndAuditsItself() {
        seed();
        String asAt = PAST.toString();
        String measuresBefore = Api.given().queryParam("asAt", asAt)
                .get("/api/v1/organisation-nodes/" + council + "/measures").then().statusCode(200)
                // the people about to be anonymised are counted then: the comparison below means something
                .body("measures.find { it.measure == 'sicknessDaysPerFte' }.numerator", greaterThan(0.0))
                .body("measures.find { it.measure == 'averageCaseload' }.numerator", equalTo(17.0))
                .extract().asString();

        String runId = Api.given().post("/api/v1/retention-runs").then().statusCode(200)
                .body("triggeredBy", equalTo("api"))
                .body("requestedBy", equalTo(LEAD))
                .body("yearsAfterLeaving", equalTo(6))
                .body("leftBefore", equalTo(LEFT_BEFORE.toString()))
                .body("workersAnonymised", equalTo(2))
                .body("anonymisedWorkerIds", containsInAnyOrder(olive.toString(), adam.toString()))
                .body("auditYears", equalTo(7))
                .body("auditRecordsPurged", equalTo(1))
                .extract().path("id");

        // who they were is gone; what the measures count is kept
        assertEquals(Arrays.asList("Former", "worker (anonymised)", "anonymised-" + olive, null, null),
                row("SELECT given_name, family_name, external_id, username, swe_registration_number FROM worker "
                        + "WHERE id = ?", olive));
        assertEquals("Former", row("SELECT given_name FROM worker WHERE id = ?", adam).get(0));
        assertEquals(List.of(0L), row("SELECT count(*) FROM absence_sickness_reason WHERE absence_id = ?", oliveSickness));
        assertEquals(List.of(1L), row("SELECT count(*) FROM absence WHERE id = ?", oliveSickness));
        assertEquals(List.of(1L), row("SELECT count(*) FROM leaving WHERE worker_id = ?", olive));
        assertEquals(Arrays.asList((Object) null),
                row("SELECT recorded_by FROM supervision_session WHERE supervisee_worker_id = ?", olive));
        assertEquals(Arrays.asList("anonymised", null),
                row("SELECT changed_by, after::text FROM record_change WHERE record_id = ?", olive.toString()));

        // everyone else as they were
        for (UUID kept : List.of(rita, bea, ron, cara)) {
            assertTrue(!"Former".equals(row("SELECT given_name FROM worker WHERE id = ?", kept).get(0)), kept.toString());
        }
        assertEquals(List.of("SW900002"), row("SELECT swe_registration_number FROM worker WHERE id = ?", rita));
        assertEquals(List.of(1L), row("SELECT count(*) FROM absence_sickness_reason asr JOIN absence a "
                + "ON a.id = asr.absence_id WHERE a.worker_id = ?", cara));

        String measuresAfter = Api.given().queryParam("asAt", asAt)
                .get("/api/v1/organisation-nodes/" + council + "/measures").then().statusCode(200).extract().asString();
        assertEquals(measuresBefore, measuresAfter);

        // the audit trail older than seven years is purged, the rest kept
        assertEquals(List.of(1L), row("SELECT count(*) FROM audit_record WHERE principal = ?", "retention.old.reader"));

        // the run is audited: who was anonymised (ids), which fields, and the purge
        List<List<Object>> audit = rows("SELECT action, operation_id, record_type, record_id, worker_ids::text, "
                + "changed_fields::text FROM audit_record WHERE principal = ? AND operation_id = 'createRetentionRun' "
                + "ORDER BY id", LEAD);
        assertEquals(2, audit.size(), audit.toString());
        assertEquals(List.of("anonymise", "createRetentionRun", "retention-run", runId), audit.get(0).subList(0, 4));
        Set<String> audited = new HashSet<>(Arrays.asList(audit.get(0).get(4).toString().replaceAll("[{}]", "")
                .split(",")));
        assertEquals(Set.of(olive.toString(), adam.toString()), audited);
        assertEquals("{givenName,familyName,externalId,sweRegistrationNumber,username,sicknessReason}",
                audit.get(0).get(5));
        assertEquals("purge", audit.get(1).get(0));

        // a second run finds nobody left to anonymise
        Api.given().post("/api/v1/retention-runs").then().statusCode(200)
                .body("workersAnonymised", equalTo(0))
                .body("anonymisedWorkerIds", empty())
                .body("auditRecordsPurged", equalTo(0));
        assertEquals(List.of(2L), row("SELECT count(*) FROM retention_run WHERE requested_by = ?", LEAD));
    }

    @Test
    @TestSecurity(user = "retention.dpo", roles = "data-protection-officer")
    void theDataProtectionOfficerMayNotRunIt() {
        Api.given().post("/api/v1/retention-runs").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "retention.senior", roles = "senior-manager")
    void aSeniorManagerMayNotRunIt() {
        Api.given().post("/api/v1/retention-runs").then().statusCode(403);
    }

    @Test
    void withoutATokenItIsRefused() {
        Api.given().post("/api/v1/retention-runs").then().statusCode(401);
    }

    // --- JDBC helpers ---------------------------------------------------------------------------------------

    private void execute(String sql, Object... values) {
        rows(sql, values);
    }

    private List<Object> row(String sql, Object... values) {
        List<List<Object>> rows = rows(sql, values);
        assertEquals(1, rows.size(), sql);
        return rows.get(0);
    }

    private List<List<Object>> rows(String sql, Object... values) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            List<List<Object>> result = new ArrayList<>();
            if (!statement.execute()) {
                return result;
            }
            try (ResultSet rs = statement.getResultSet()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int c = 1; c <= columns; c++) {
                        row.add(rs.getObject(c));
                    }
                    result.add(row);
                }
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}

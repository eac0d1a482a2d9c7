package org.workforceinsight.testsupport;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * Small builders for test data, written straight to the database with JDBC (each call commits).
 * Obtain one with {@code TestData.using(dataSource)} from an injected {@code DataSource}.
 */
public final class TestData {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final DataSource dataSource;

    private TestData(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public static TestData using(DataSource dataSource) {
        return new TestData(dataSource);
    }

    /**
     * Removes every organisation node, worker and everything recorded about them (roles and configuration
     * stay), and puts back the migration's council-wide targets: truncating org_node cascades to
     * measure_target, and a test may have changed a council-wide target.
     */
    public TestData reset() {
        execute("TRUNCATE unallocated_cases, caseload_snapshot, assignment, org_node, worker CASCADE");
        // the history of kept records (issue 4) goes with the records
        execute("TRUNCATE record_change");
        execute("TRUNCATE import_run CASCADE");
        execute("DELETE FROM measure_target");
        execute(MIGRATION_DEFAULT_TARGETS);
        return this;
    }

    /** Removes every target, the council-wide defaults too, for tests whose figures must carry no RAG status. */
    public TestData withoutTargets() {
        execute("DELETE FROM measure_target");
        return this;
    }

    /** The migration's INSERT of the council-wide targets, read from the migration itself so that it is one source. */
    private static final String MIGRATION_DEFAULT_TARGETS = defaultTargetsInsert();

    private static String defaultTargetsInsert() {
        String resource = "/db/migration/V2__measures_data.sql";
        try (var in = TestData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            String migration = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            int start = migration.indexOf("INSERT INTO measure_target");
            int end = migration.indexOf(';', start);
            if (start < 0 || end < 0) {
                throw new IllegalStateException(resource + " has no INSERT INTO measure_target");
            }
            return migration.substring(start, end);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public UUID council(String name) {
        UUID id = UUID.randomUUID();
        update("INSERT INTO org_node (id, node_type, parent_id, name, la_code, region) VALUES (?, 'council', NULL, ?, ?, ?)",
                id, name, "E0999" + String.format("%04d", SEQUENCE.incrementAndGet() % 10000), "Test Region");
        return id;
    }

    public UUID service(UUID parent, String name) {
        UUID id = UUID.randomUUID();
        update("INSERT INTO org_node (id, node_type, parent_id, name) VALUES (?, 'service', ?, ?)", id, parent, name);
        return id;
    }

    public UUID team(UUID parent, String name, String teamType) {
        UUID id = UUID.randomUUID();
        update("INSERT INTO org_node (id, node_type, parent_id, name, team_type) VALUES (?, 'team', ?, ?, ?)",
                id, parent, name, teamType);
        return id;
    }

    public UUID team(UUID parent, String name) {
        return team(parent, name, "assessment-and-intervention");
    }

    /** Makes the worker the manager of the node (team manager of a team, head of service of a service). */
    public void manager(UUID nodeId, UUID workerId) {
        update("UPDATE org_node SET manager_worker_id = ? WHERE id = ?", workerId, nodeId);
    }

    public WorkerBuilder worker(String givenName, String familyName) {
        return new WorkerBuilder(givenName, familyName);
    }

    public UUID assignment(UUID workerId, UUID teamId, String roleCode, String employmentType, String fte,
                           LocalDate start, LocalDate end) {
        UUID id = UUID.randomUUID();
        update("INSERT INTO assignment (id, worker_id, team_id, role_code, employment_type, fte, start_date, end_date) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", id, workerId, teamId, roleCode, employmentType,
                new BigDecimal(fte), start, end);
        return id;
    }

    public void snapshot(UUID workerId, LocalDate date, int cases) {
        update("INSERT INTO caseload_snapshot (worker_id, snapshot_date, cases) VALUES (?, ?, ?)", workerId, date, cases);
    }

    public void snapshot(UUID workerId, LocalDate date, int childInNeed, int childProtection, int childLookedAfter,
                         int careLeaver, int other) {
        update("INSERT INTO caseload_snapshot (worker_id, snapshot_date, cases, child_in_need, child_protection, "
                        + "child_looked_after, care_leaver, other) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", workerId, date,
                childInNeed + childProtection + childLookedAfter + careLeaver + other, childInNeed, childProtection,
                childLookedAfter, careLeaver, other);
    }

    public void unallocated(UUID teamId, LocalDate date, int cases) {
        update("INSERT INTO unallocated_cases (team_id, snapshot_date, cases) VALUES (?, ?, ?)", teamId, date, cases);
    }

    // --- Records behind the measures (V2 tables) ------------------------------------------------

    /** A funded post in a team; {@code end} null while it continues. */
    public UUID post(UUID teamId, String roleCode, String fte, LocalDate start, LocalDate end) {
        UUID id = UUID.randomUUID();
        update("INSERT INTO post (id, team_id, role_code, fte, start_date, end_date) VALUES (?, ?, ?, ?, ?, ?)", id,
                teamId, roleCode, new BigDecimal(fte), start, end);
        return id;
    }

    /** The agency terms of an existing agency assignment. */
    public void agencyTerms(UUID assignmentId, String agencyName, String jobType, String chargeBasis, String chargeRate,
                            String pqeYearsAtStart, int noticePeriodDays, UUID coversPostId,
                            LocalDate previousRegionalEmploymentEnd) {
        update("INSERT INTO agency_assignment (assignment_id, agency_name, job_type, charge_basis, charge_rate, "
                        + "pqe_years_at_start, notice_period_days, covers_post_id, previous_regional_employment_end) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", assignmentId, agencyName, jobType, chargeBasis,
                new BigDecimal(chargeRate), new BigDecimal(pqeYearsAtStart), noticePeriodDays, coversPostId,
                previousRegionalEmploymentEnd);
    }

    public void timesheet(UUID assignmentId, LocalDate weekEnding, String units, String rate) {
        update("INSERT INTO agency_timesheet (id, assignment_id, week_ending, units, rate) VALUES (?, ?, ?, ?, ?)",
                UUID.randomUUID(), assignmentId, weekEnding, new BigDecimal(units), new BigDecimal(rate));
    }

    /** An imported supervision session (no recorded_by); {@code supervisorId} may be null. */
    public UUID supervision(UUID superviseeId, UUID supervisorId, LocalDate date, int minutes, String sessionType) {
        UUID id = UUID.randomUUID();
        update("INSERT INTO supervision_session (id, supervisee_worker_id, supervisor_worker_id, session_date, "
                + "duration_minutes, session_type) VALUES (?, ?, ?, ?, ?, ?)", id, superviseeId, supervisorId, date,
                minutes, sessionType);
        return id;
    }

    /** An imported appraisal (no recorded_by); {@code reviewerId} may be null. */
    public UUID appraisal(UUID workerId, LocalDate completedOn, UUID reviewerId) {
        UUID id = UUID.randomUUID();
        update("INSERT INTO appraisal (id, worker_id, completed_on, reviewer_worker_id) VALUES (?, ?, ?, ?)", id,
                workerId, completedOn, reviewerId);
        return id;
    }

    /** An absence; a sickness absence with a {@code sicknessReason} also gets its (health data) reason row. */
    public UUID absence(UUID workerId, String absenceType, LocalDate firstDay, LocalDate lastDay, String workingDaysLost,
                        String sicknessReason) {
        UUID id = UUID.randomUUID();
        update("INSERT INTO absence (id, worker_id, absence_type, first_day, last_day, working_days_lost) "
                + "VALUES (?, ?, ?, ?, ?, ?)", id, workerId, absenceType, firstDay, lastDay, new BigDecimal(workingDaysLost));
        if (sicknessReason != null) {
            update("INSERT INTO absence_sickness_reason (absence_id, reason_code) VALUES (?, ?)", id, sicknessReason);
        }
        return id;
    }

    /** The end of a worker's employment; {@code reasonCode} may be null. */
    public UUID leaving(UUID workerId, LocalDate leavingDate, String reasonCode, boolean exitInterviewHeld) {
        UUID id = UUID.randomUUID();
        update("INSERT INTO leaving (id, worker_id, leaving_date, reason_code, exit_interview_held) VALUES (?, ?, ?, ?, ?)",
                id, workerId, leavingDate, reasonCode, exitInterviewHeld);
        return id;
    }

    /** A supervision session with no supervisor (the measures tests' shorthand). */
    public void supervision(UUID superviseeId, LocalDate date, int durationMinutes, String sessionType) {
        supervision(superviseeId, null, date, durationMinutes, sessionType);
    }

    /** An appraisal with no reviewer (the measures tests' shorthand). */
    public void appraisal(UUID workerId, LocalDate completedOn) {
        appraisal(workerId, completedOn, null);
    }

    /** A measure target, council-wide when {@code nodeId} is null. */
    public void target(String measure, UUID nodeId, String target, String direction, String amberTolerance) {
        update("INSERT INTO measure_target (id, measure, node_id, target, direction, amber_tolerance) "
                + "VALUES (?, ?, ?, ?, ?, ?)", UUID.randomUUID(), measure, nodeId, new BigDecimal(target), direction,
                new BigDecimal(amberTolerance));
    }

    /** Sets the council's DfE local authority code and region name. */
    public void councilArea(UUID councilId, String laCode, String region) {
        update("UPDATE org_node SET la_code = ?, region = ? WHERE id = ?", laCode, region, councilId);
    }

    /** Replaces the benchmark comparator group (DfE local authority codes). */
    public void comparators(String... laCodes) {
        execute("DELETE FROM benchmark_comparator");
        for (String code : laCodes) {
            update("INSERT INTO benchmark_comparator (la_code) VALUES (?)", code);
        }
    }

    /** Rows in a table, to check that a refused request wrote nothing. */
    public long count(String table) {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException(table);
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             java.sql.ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(table, e);
        }
    }

    public final class WorkerBuilder {
        private final String givenName;
        private final String familyName;
        private String username;
        private LocalDate asyeStartDate;
        private String sweRegistrationNumber;

        private WorkerBuilder(String givenName, String familyName) {
            this.givenName = givenName;
            this.familyName = familyName;
        }

        public WorkerBuilder username(String value) {
            this.username = value;
            return this;
        }

        public WorkerBuilder asyeStartDate(LocalDate value) {
            this.asyeStartDate = value;
            return this;
        }

        public WorkerBuilder sweRegistrationNumber(String value) {
            this.sweRegistrationNumber = value;
            return this;
        }

        public UUID create() {
            UUID id = UUID.randomUUID();
            update("INSERT INTO worker (id, external_id, given_name, family_name, swe_registration_number, "
                    + "asye_start_date, username) VALUES (?, ?, ?, ?, ?, ?, ?)", id,
                    "TEST-" + id.toString().substring(0, 8), givenName, familyName, sweRegistrationNumber,
                    asyeStartDate, username);
            return id;
        }

        /** Creates the worker with one open-ended assignment. */
        public UUID in(UUID teamId, String roleCode, String employmentType, String fte, LocalDate start) {
            UUID id = create();
            assignment(id, teamId, roleCode, employmentType, fte, start, null);
            return id;
        }
    }

    private void execute(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private void update(String sql, Object... values) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                Object value = values[i];
                if (value == null) {
                    statement.setNull(i + 1, Types.OTHER);
                } else if (value instanceof LocalDate date) {
                    statement.setDate(i + 1, Date.valueOf(date));
                } else {
                    statement.setObject(i + 1, value);
                }
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}

package org.workforceinsight.measures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.workforceinsight.shared.Dates;
import org.workforceinsight.measures.WorkforceFacts.AbsenceFact;
import org.workforceinsight.measures.WorkforceFacts.AgencyTerms;
import org.workforceinsight.measures.WorkforceFacts.CaseloadFact;
import org.workforceinsight.measures.WorkforceFacts.ChargeBasis;
import org.workforceinsight.measures.WorkforceFacts.EmploymentType;
import org.workforceinsight.measures.WorkforceFacts.LeavingFact;
import org.workforceinsight.measures.WorkforceFacts.PostFact;
import org.workforceinsight.measures.WorkforceFacts.Stint;
import org.workforceinsight.measures.WorkforceFacts.SupervisionFact;
import org.workforceinsight.measures.WorkforceFacts.Timesheet;
import org.workforceinsight.measures.WorkforceFacts.UnallocatedFact;
import org.workforceinsight.measures.WorkforceFacts.Window;
import org.workforceinsight.measures.WorkforceFacts.WorkerHistory;

/**
 * Loads {@link WorkforceFacts} for a set of organisation nodes and a {@link Window}: one set-based query
 * per table, whatever the number of workers, so that a whole council loads in a handful of round trips.
 * Plain JDBC on the request's connection (the caller's transaction): the rows go straight into the
 * engine's records without an entity or a tuple in between.
 *
 * <p>Only the tables the measures asked for are read ({@link Part}); a table that is read is read in
 * full for the window, as the {@link WorkforceFacts} Javadoc says, with one narrowing: caseload snapshots
 * are read from six days before the first as-at date only, since every caseload measure is a stock
 * measure that looks at the 7 days up to its as-at date (a year of weekly snapshots for a large council
 * would otherwise be most of the rows read); and two reductions that no figure can see: supervision
 * sessions shorter than the minimum are not read, and caseload case-type counts only with
 * {@link Part#CASELOAD_TYPES}.
 */
@ApplicationScoped
public class MeasureFactsRepository {

    /** The tables beside assignments (always read) that some measures need. */
    public enum Part {
        CASELOADS,
        /**
         * Caseloads with their case-type counts (weighted caseload, and every caseload explanation row,
         * which shows a weighted load); implies {@link #CASELOADS}. Without it the counts are null.
         */
        CASELOAD_TYPES,
        SUPERVISIONS, APPRAISALS, ABSENCES, LEAVINGS, POSTS, UNALLOCATED, TIMESHEETS
    }

    /**
     * What to load.
     *
     * @param nodeIds the nodes (a node and everything beneath it)
     * @param window the dates the facts cover
     * @param firstAsAt the earliest as-at date a measure is computed for (caseloads are read from 6 days before it)
     * @param parts the tables to read beside assignments
     * @param sicknessReasons whether to read sickness reasons (health data; only for callers who may see them)
     * @param supervisionMinimumMinutes the shortest session that counts; the latest one before the window
     *        that counts is read, as it is the one a worker's next supervision is due from
     */
    public record Request(Set<UUID> nodeIds, Window window, LocalDate firstAsAt, Set<Part> parts,
            boolean sicknessReasons, int supervisionMinimumMinutes) {
    }

    /**
     * The read model's request: every node and every date. Its node array is not matched row by row (a
     * thousand-node {@code = ANY} per assignment, post and unallocated count costs seconds on a large
     * council); the conditions are replaced by ones that always hold, so the statements keep their shape.
     */
    private static final String WHOLE_WORKERS = "WITH ws AS (SELECT DISTINCT a.worker_id FROM assignment a "
            + "WHERE ?::uuid[] IS NOT NULL AND ?::date IS NOT NULL AND ?::date IS NOT NULL) ";

    /** Workers with an assignment in the nodes that overlaps the window. */
    private static final String WORKERS_IN_NODES = "WITH ws AS (SELECT DISTINCT a.worker_id FROM assignment a "
            + "WHERE a.team_id = ANY(?) AND a.start_date <= ? AND (a.end_date IS NULL OR a.end_date >= ?)) ";

    /**
     * Rows fetched per round trip for the tables that can run to hundreds of thousands of rows (a series'
     * caseloads and supervisions): the driver otherwise holds the whole result in memory before the first row.
     */
    private static final int BIG_FETCH = 20_000;

    @Inject
    DataSource dataSource;

    /** The tables a measure's figure (and with {@code explanation}, its explanation rows) is computed from. */
    public static Set<Part> partsFor(Measure measure, boolean explanation) {
        EnumSet<Part> parts = EnumSet.noneOf(Part.class);
        switch (measure) {
            case VACANCY_FTE, VACANCY_RATE, AGENCY_COVER_FTE, AGENCY_COVER_RATE, VACANCY_AGENCY_COVER_RATE ->
                    parts.add(Part.POSTS);
            case CASES, CASE_HOLDERS_FTE, AVERAGE_CASELOAD, WORKERS_OVER_THRESHOLD, PERCENT_OVER_THRESHOLD,
                    ASYE_OVER_THRESHOLD, PERCENT_ASYE_OVER_THRESHOLD -> {
                parts.add(Part.CASELOADS);
                if (explanation) {
                    parts.add(Part.CASELOAD_TYPES);
                }
            }
            case WEIGHTED_CASELOAD -> {
                parts.add(Part.CASELOADS);
                parts.add(Part.CASELOAD_TYPES);
            }
            case UNALLOCATED_CASES -> parts.add(Part.UNALLOCATED);
            case SUPERVISION_COMPLIANCE, SUPERVISIONS_OVERDUE, SUPERVISIONS_HELD_VS_EXPECTED ->
                    parts.add(Part.SUPERVISIONS);
            case APPRAISAL_COMPLIANCE, APPRAISALS_OVERDUE -> parts.add(Part.APPRAISALS);
            case WORKING_DAYS_LOST, ABSENCE_RATE, SICKNESS_DAYS_PER_FTE, SHORT_TERM_SICKNESS_DAYS_PER_FTE,
                    LONG_TERM_SICKNESS_DAYS_PER_FTE -> parts.add(Part.ABSENCES);
            case LOCAL_TURNOVER_RATE, LOCAL_TURNOVER_RATE_FTE, SOCIAL_WORKER_TURNOVER_RATE, EXIT_INTERVIEWS,
                    EXIT_INTERVIEW_RATE, LEAVERS_INSIDE_CONTROL_RATE -> parts.add(Part.LEAVINGS);
            case AGENCY_COST -> parts.add(Part.TIMESHEETS);
            default -> {
                // stints alone
            }
        }
        // agency explanation rows show each assignment's cost in the period
        if (explanation && switch (measure) {
            case AGENCY_FTE, AGENCY_HEADCOUNT, AGENCY_RATE, AGENCY_COVER_FTE, AGENCY_COVER_RATE,
                    VACANCY_AGENCY_COVER_RATE, AGENCY_ASSIGNMENTS_FLAGGED -> true;
            default -> false;
        }) {
            parts.add(Part.TIMESHEETS);
        }
        return parts;
    }

    public static Set<Part> partsFor(Collection<Measure> measures) {
        EnumSet<Part> parts = EnumSet.noneOf(Part.class);
        measures.forEach(m -> parts.addAll(partsFor(m, false)));
        return parts;
    }

    /**
     * Everything the measures read about the whole organisation, whatever its date: every worker with an
     * assignment, every event, post and unallocated count, caseloads with their case-type counts. Sickness
     * reasons are left out (health data; a caller who may see them loads them for the request). The read
     * model keeps this in memory and narrows it to a request's nodes and dates.
     */
    public WorkforceFacts loadWhole(int supervisionMinimumMinutes) {
        Set<UUID> nodeIds = new LinkedHashSet<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("SELECT id FROM org_node");
                ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                nodeIds.add(uuid(rs, 1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the organisation nodes", e);
        }
        Request request = new Request(nodeIds, new Window(Dates.EARLIEST, Dates.LATEST), Dates.EARLIEST,
                EnumSet.allOf(Part.class), false, supervisionMinimumMinutes);
        try (Connection connection = dataSource.getConnection()) {
            return new Loader(connection, request, true).load();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load the workforce facts", e);
        }
    }

    public WorkforceFacts load(Request request) {
        if (request.nodeIds().isEmpty()) {
            return new WorkforceFacts(request.window(), List.of(), List.of(), List.of());
        }
        try (Connection connection = dataSource.getConnection()) {
            return new Loader(connection, request, false).load();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load the workforce facts", e);
        }
    }

    /** One load: the connection, the request and the rows gathered so far, by worker. */
    private static final class Loader {

        private final Connection connection;
        private final Request request;
        private final Window window;
        private final Array nodes;
        private final Map<UUID, WorkerRows> workers = new LinkedHashMap<>();
        private final Map<UUID, List<Timesheet>> timesheetsByAssignment = new HashMap<>();
        /**
         * One instance per distinct date and text (a session type, an absence type) across the rows: a whole
         * council's history repeats a few thousand dates and a handful of codes across a million rows, and
         * the read model keeps them all.
         */
        private final Map<LocalDate, LocalDate> dates = new HashMap<>();
        private final Map<String, String> texts = new HashMap<>();

        private final boolean whole;

        Loader(Connection connection, Request request, boolean whole) throws SQLException {
            this.whole = whole;
            this.connection = connection;
            this.request = request;
            this.window = request.window();
            this.nodes = connection.createArrayOf("uuid", request.nodeIds().toArray());
        }

        WorkforceFacts load() throws SQLException {
            loadStints();
            Set<Part> parts = request.parts();
            if (workers.isEmpty() && !parts.contains(Part.POSTS) && !parts.contains(Part.UNALLOCATED)) {
                return new WorkforceFacts(window, List.of(), List.of(), List.of());
            }
            if (!workers.isEmpty()) {
                if (parts.contains(Part.CASELOADS) || parts.contains(Part.CASELOAD_TYPES)) {
                    loadCaseloads(parts.contains(Part.CASELOAD_TYPES));
                }
                if (parts.contains(Part.SUPERVISIONS)) {
                    loadSupervisions();
                }
                if (parts.contains(Part.APPRAISALS)) {
                    loadAppraisals();
                }
                if (parts.contains(Part.ABSENCES)) {
                    loadAbsences();
                }
                if (parts.contains(Part.LEAVINGS)) {
                    loadLeavings();
                }
                if (parts.contains(Part.TIMESHEETS)) {
                    loadTimesheets();
                }
            }
            List<PostFact> posts = parts.contains(Part.POSTS) ? loadPosts() : List.of();
            List<UnallocatedFact> unallocated = parts.contains(Part.UNALLOCATED) ? loadUnallocated() : List.of();
            List<WorkerHistory> histories = new ArrayList<>(workers.size());
            for (WorkerRows rows : workers.values()) {
                histories.add(rows.toHistory(timesheetsByAssignment));
            }
            return new WorkforceFacts(window, histories, posts, unallocated);
        }

        private LocalDate day(ResultSet rs, int column) throws SQLException {
            LocalDate value = date(rs, column);
            return value == null ? null : dates.computeIfAbsent(value, d -> d);
        }

        private String text(ResultSet rs, int column) throws SQLException {
            String value = rs.getString(column);
            return value == null ? null : texts.computeIfAbsent(value, t -> t);
        }

        private PreparedStatement workersStatement(String sql) throws SQLException {
            PreparedStatement statement = connection.prepareStatement((whole ? WHOLE_WORKERS : WORKERS_IN_NODES) + sql);
            statement.setArray(1, nodes);
            statement.setDate(2, Date.valueOf(window.to()));
            statement.setDate(3, Date.valueOf(window.from()));
            return statement;
        }

        private void loadStints() throws SQLException {
            String sql = "SELECT a.worker_id, w.given_name, w.family_name, w.asye_start_date, a.id, a.team_id, "
                    + "a.role_code, r.qualified_social_work, r.holds_cases, a.employment_type, a.fte, a.start_date, "
                    + "a.end_date, aa.agency_name, aa.job_type, aa.charge_basis, aa.charge_rate, aa.pqe_years_at_start, "
                    + "aa.notice_period_days, aa.covers_post_id, aa.previous_regional_employment_end "
                    + "FROM ws JOIN assignment a ON a.worker_id = ws.worker_id JOIN worker w ON w.id = a.worker_id "
                    + "JOIN role r ON r.code = a.role_code LEFT JOIN agency_assignment aa ON aa.assignment_id = a.id "
                    + "ORDER BY a.start_date, a.id";
            try (PreparedStatement statement = workersStatement(sql); ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    UUID workerId = uuid(rs, 1);
                    WorkerRows worker = workers.get(workerId);
                    if (worker == null) {
                        worker = new WorkerRows(workerId, rs.getString(2), rs.getString(3), date(rs, 4));
                        workers.put(workerId, worker);
                    }
                    StintRow stint = new StintRow(uuid(rs, 5), uuid(rs, 6), rs.getString(7), rs.getBoolean(8),
                            rs.getBoolean(9), employmentType(rs.getString(10)), rs.getBigDecimal(11), date(rs, 12),
                            date(rs, 13));
                    String agencyName = rs.getString(14);
                    if (agencyName != null) {
                        stint.agency = new AgencyRow(agencyName, rs.getString(15),
                                "daily".equals(rs.getString(16)) ? ChargeBasis.DAILY : ChargeBasis.HOURLY,
                                rs.getBigDecimal(17), rs.getBigDecimal(18), rs.getInt(19), uuid(rs, 20), date(rs, 21));
                    }
                    worker.stints.add(stint);
                }
            }
        }

        /**
         * One row per worker with their snapshots as arrays (dates as epoch days), read through the
         * (worker_id, snapshot_date) key: a 5-year weekly series needs well over a million snapshots, and
         * a row each (with its uuid and date to parse) cost seconds where arrays cost a fraction of that.
         * The case-type counts only when asked for: only weighted caseload and explanation rows use them.
         */
        private void loadCaseloads(boolean withTypes) throws SQLException {
            LocalDate from = request.firstAsAt().minusDays(6);
            String types = withTypes ? ", array_agg(cs.child_in_need), array_agg(cs.child_protection), "
                    + "array_agg(cs.child_looked_after), array_agg(cs.care_leaver), array_agg(cs.pre_proceedings), "
                    + "array_agg(cs.other)" : "";
            String sql = "SELECT ws.worker_id, c.* FROM ws CROSS JOIN LATERAL (SELECT array_agg(cs.snapshot_date - "
                    + "DATE '1970-01-01') AS days, array_agg(cs.cases)" + types + " FROM caseload_snapshot cs "
                    + "WHERE cs.worker_id = ws.worker_id AND cs.snapshot_date BETWEEN ? AND ?) c WHERE c.days IS NOT NULL";
            try (PreparedStatement statement = workersStatement(sql)) {
                statement.setFetchSize(BIG_FETCH / 100);
                statement.setDate(4, Date.valueOf(notBeforeEarliest(from)));
                statement.setDate(5, Date.valueOf(window.to()));
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        Integer[] days = integers(rs, 2);
                        Integer[] cases = integers(rs, 3);
                        Integer[][] counts = withTypes ? new Integer[6][] : null;
                        for (int k = 0; withTypes && k < counts.length; k++) {
                            counts[k] = integers(rs, 4 + k);
                        }
                        workers.get(uuid(rs, 1)).caseloads = columns(days, cases, counts);
                    }
                }
            }
        }

        private void loadSupervisions() throws SQLException {
            // the counting sessions in the window, and each worker's latest counting session before it (a
            // lateral lookup per worker on the supervisee index, rather than a scan of all their past sessions).
            // Shorter sessions are left out: no measure counts them or dates a due date from them.
            String sql = "SELECT s.supervisee_worker_id, s.session_date, s.duration_minutes, s.session_type "
                    + "FROM supervision_session s JOIN ws ON ws.worker_id = s.supervisee_worker_id "
                    + "WHERE s.session_date BETWEEN ? AND ? AND s.duration_minutes >= ? "
                    + "UNION ALL SELECT ws.worker_id, p.session_date, p.duration_minutes, p.session_type FROM ws "
                    + "CROSS JOIN LATERAL (SELECT s.session_date, s.duration_minutes, s.session_type "
                    + "FROM supervision_session s WHERE s.supervisee_worker_id = ws.worker_id AND s.session_date < ? "
                    + "AND s.duration_minutes >= ? ORDER BY s.session_date DESC LIMIT 1) p";
            try (PreparedStatement statement = workersStatement(sql)) {
                statement.setFetchSize(BIG_FETCH);
                statement.setDate(4, Date.valueOf(window.from()));
                statement.setDate(5, Date.valueOf(window.to()));
                statement.setInt(6, request.supervisionMinimumMinutes());
                statement.setDate(7, Date.valueOf(window.from()));
                statement.setInt(8, request.supervisionMinimumMinutes());
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        workers.get(uuid(rs, 1)).supervisions.add(
                                new SupervisionFact(day(rs, 2), rs.getInt(3), text(rs, 4)));
                    }
                }
            }
            for (WorkerRows worker : workers.values()) {
                sortByDate(worker.supervisions, SupervisionFact::date);
            }
        }

        private void loadAppraisals() throws SQLException {
            String sql = "SELECT ap.worker_id, ap.completed_on FROM appraisal ap JOIN ws ON ws.worker_id = ap.worker_id "
                    + "WHERE ap.completed_on BETWEEN ? AND ? "
                    + "UNION ALL SELECT ws.worker_id, p.completed_on FROM ws CROSS JOIN LATERAL (SELECT ap.completed_on "
                    + "FROM appraisal ap WHERE ap.worker_id = ws.worker_id AND ap.completed_on < ? "
                    + "ORDER BY ap.completed_on DESC LIMIT 1) p ORDER BY 2";
            try (PreparedStatement statement = workersStatement(sql)) {
                statement.setDate(4, Date.valueOf(window.from()));
                statement.setDate(5, Date.valueOf(window.to()));
                statement.setDate(6, Date.valueOf(window.from()));
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        workers.get(uuid(rs, 1)).appraisals.add(date(rs, 2));
                    }
                }
            }
        }

        private void loadAbsences() throws SQLException {
            // sickness reasons are health data: joined only when the caller may see them
            String reason = request.sicknessReasons() ? "asr.reason_code" : "NULL";
            String reasonJoin = request.sicknessReasons()
                    ? "LEFT JOIN absence_sickness_reason asr ON asr.absence_id = ab.id " : "";
            String sql = "SELECT ab.worker_id, ab.id, ab.absence_type, ab.first_day, ab.last_day, ab.working_days_lost, "
                    + reason + " FROM absence ab JOIN ws ON ws.worker_id = ab.worker_id " + reasonJoin
                    + "WHERE ab.first_day <= ? AND ab.last_day >= ? ORDER BY ab.first_day, ab.id";
            try (PreparedStatement statement = workersStatement(sql)) {
                statement.setDate(4, Date.valueOf(window.to()));
                statement.setDate(5, Date.valueOf(window.from()));
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        workers.get(uuid(rs, 1)).absences.add(new AbsenceFact(uuid(rs, 2), text(rs, 3),
                                day(rs, 4), day(rs, 5), rs.getBigDecimal(6), text(rs, 7)));
                    }
                }
            }
        }

        private void loadLeavings() throws SQLException {
            String sql = "SELECT l.worker_id, l.leaving_date, l.reason_code, lr.inside_council_control, "
                    + "l.exit_interview_held FROM leaving l JOIN ws ON ws.worker_id = l.worker_id "
                    + "LEFT JOIN leaving_reason lr ON lr.code = l.reason_code "
                    + "WHERE l.leaving_date BETWEEN ? AND ? ORDER BY l.leaving_date";
            try (PreparedStatement statement = workersStatement(sql)) {
                statement.setDate(4, Date.valueOf(window.from()));
                statement.setDate(5, Date.valueOf(window.to()));
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        boolean inside = rs.getBoolean(4);
                        Boolean insideControl = rs.wasNull() ? null : inside;
                        workers.get(uuid(rs, 1)).leavings.add(new LeavingFact(date(rs, 2), rs.getString(3),
                                insideControl, rs.getBoolean(5)));
                    }
                }
            }
        }

        /**
         * The timesheets of the loaded workers' assignments (only agency assignments have any), found
         * through the worker set rather than an array of assignment ids: a large array parameter is matched
         * element by element against every timesheet of the window under a generic plan.
         */
        private void loadTimesheets() throws SQLException {
            String sql = "SELECT t.assignment_id, t.week_ending, t.units, t.rate FROM agency_timesheet t "
                    + "JOIN assignment a ON a.id = t.assignment_id JOIN ws ON ws.worker_id = a.worker_id "
                    + "WHERE t.week_ending BETWEEN ? AND ?";
            try (PreparedStatement statement = workersStatement(sql)) {
                statement.setFetchSize(BIG_FETCH);
                statement.setDate(4, Date.valueOf(window.from()));
                statement.setDate(5, Date.valueOf(window.to()));
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        timesheetsByAssignment.computeIfAbsent(uuid(rs, 1), k -> new ArrayList<>())
                                .add(new Timesheet(day(rs, 2), rs.getBigDecimal(3), rs.getBigDecimal(4)));
                    }
                }
            }
            for (List<Timesheet> timesheets : timesheetsByAssignment.values()) {
                sortByDate(timesheets, Timesheet::weekEnding);
            }
        }

        private List<PostFact> loadPosts() throws SQLException {
            // posts in the nodes, and the posts the loaded agency assignments cover wherever they are
            // (agency cover counts a covered post active on the date in any node)
            Set<UUID> covered = new LinkedHashSet<>();
            for (WorkerRows worker : workers.values()) {
                for (StintRow stint : worker.stints) {
                    if (stint.agency != null && stint.agency.coversPostId() != null) {
                        covered.add(stint.agency.coversPostId());
                    }
                }
            }
            String sql = "SELECT p.id, p.team_id, p.role_code, r.qualified_social_work, p.fte, p.start_date, p.end_date "
                    + "FROM post p JOIN role r ON r.code = p.role_code "
                    + "WHERE (p.team_id = ANY(?) OR p.id = ANY(?)) AND p.start_date <= ? "
                    + "AND (p.end_date IS NULL OR p.end_date >= ?) ORDER BY p.start_date, p.id";
            List<PostFact> posts = new ArrayList<>();
            if (whole) {
                sql = sql.replace("p.team_id = ANY(?)", "?::uuid[] IS NOT NULL");
            }
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setArray(1, nodes);
                statement.setArray(2, connection.createArrayOf("uuid", covered.toArray()));
                statement.setDate(3, Date.valueOf(window.to()));
                statement.setDate(4, Date.valueOf(window.from()));
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        posts.add(new PostFact(uuid(rs, 1), uuid(rs, 2), rs.getString(3), rs.getBoolean(4),
                                rs.getBigDecimal(5), date(rs, 6), date(rs, 7)));
                    }
                }
            }
            return posts;
        }

        private List<UnallocatedFact> loadUnallocated() throws SQLException {
            String sql = "SELECT u.team_id, u.snapshot_date, u.cases FROM unallocated_cases u "
                    + "WHERE u.team_id = ANY(?) AND u.snapshot_date BETWEEN ? AND ? ORDER BY u.snapshot_date, u.team_id";
            if (whole) {
                sql = sql.replace("u.team_id = ANY(?)", "?::uuid[] IS NOT NULL");
            }
            List<UnallocatedFact> result = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setArray(1, nodes);
                statement.setDate(2, Date.valueOf(notBeforeEarliest(window.from().minusDays(6))));
                statement.setDate(3, Date.valueOf(window.to()));
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        result.add(new UnallocatedFact(uuid(rs, 1), day(rs, 2), rs.getInt(3)));
                    }
                }
            }
            return result;
        }
    }

    private static final class WorkerRows {
        final UUID id;
        final String givenName;
        final String familyName;
        final LocalDate asyeStartDate;
        final List<StintRow> stints = new ArrayList<>(2);
        List<CaseloadFact> caseloads = List.of();
        final List<SupervisionFact> supervisions = new ArrayList<>();
        final List<LocalDate> appraisals = new ArrayList<>();
        final List<AbsenceFact> absences = new ArrayList<>();
        final List<LeavingFact> leavings = new ArrayList<>();

        WorkerRows(UUID id, String givenName, String familyName, LocalDate asyeStartDate) {
            this.id = id;
            this.givenName = givenName;
            this.familyName = familyName;
            this.asyeStartDate = asyeStartDate;
        }

        WorkerHistory toHistory(Map<UUID, List<Timesheet>> timesheets) {
            List<Stint> built = new ArrayList<>(stints.size());
            for (StintRow row : stints) {
                AgencyTerms terms = null;
                if (row.agency != null) {
                    AgencyRow a = row.agency;
                    terms = new AgencyTerms(a.agencyName(), a.jobType(), a.chargeBasis(), a.chargeRate(),
                            a.pqeYearsAtStart(), a.noticePeriodDays(), a.coversPostId(),
                            a.previousRegionalEmploymentEnd(), timesheets.getOrDefault(row.assignmentId, List.of()));
                }
                built.add(new Stint(row.assignmentId, row.nodeId, row.roleCode, row.qualifiedSocialWork, row.holdsCases,
                        row.employmentType, row.fte, row.start, row.end, terms));
            }
            return new WorkerHistory(id, givenName, familyName, asyeStartDate, built, caseloads, supervisions,
                    appraisals, absences, leavings);
        }
    }

    private static final class StintRow {
        final UUID assignmentId;
        final UUID nodeId;
        final String roleCode;
        final boolean qualifiedSocialWork;
        final boolean holdsCases;
        final EmploymentType employmentType;
        final BigDecimal fte;
        final LocalDate start;
        final LocalDate end;
        AgencyRow agency;

        StintRow(UUID assignmentId, UUID nodeId, String roleCode, boolean qualifiedSocialWork, boolean holdsCases,
                EmploymentType employmentType, BigDecimal fte, LocalDate start, LocalDate end) {
            this.assignmentId = assignmentId;
            this.nodeId = nodeId;
            this.roleCode = roleCode;
            this.qualifiedSocialWork = qualifiedSocialWork;
            this.holdsCases = holdsCases;
            this.employmentType = employmentType;
            this.fte = fte;
            this.start = start;
            this.end = end;
        }
    }

    private record AgencyRow(String agencyName, String jobType, ChargeBasis chargeBasis, BigDecimal chargeRate,
            BigDecimal pqeYearsAtStart, int noticePeriodDays, UUID coversPostId,
            LocalDate previousRegionalEmploymentEnd) {
    }

    /** A look-back from the first day the database can hold would leave the years it holds. */
    private static LocalDate notBeforeEarliest(LocalDate date) {
        return date.isBefore(Dates.EARLIEST) ? Dates.EARLIEST : date;
    }

    static EmploymentType employmentType(String value) {
        return switch (value) {
            case "permanent" -> EmploymentType.PERMANENT;
            case "fixed-term" -> EmploymentType.FIXED_TERM;
            case "agency" -> EmploymentType.AGENCY;
            default -> throw new IllegalStateException("Unknown employment type " + value);
        };
    }

    /**
     * Orders one worker's events by date. The big event tables are read unordered: sorting a few hundred
     * thousand rows in the database (spilling to disk past work_mem) costs far more than sorting each
     * worker's few dozen rows here, which arrive mostly in order already (TimSort is linear on those).
     */
    static <T> void sortByDate(List<T> events, java.util.function.Function<T, LocalDate> dateOf) {
        for (int i = 1; i < events.size(); i++) {
            if (dateOf.apply(events.get(i)).isBefore(dateOf.apply(events.get(i - 1)))) {
                events.sort(java.util.Comparator.comparing(dateOf));
                return;
            }
        }
    }

    /**
     * A worker's snapshots (arrays in one order, not necessarily by date: the rows are aggregated
     * unordered) as columns in date order.
     */
    static CaseloadColumns columns(Integer[] days, Integer[] cases, Integer[][] counts) {
        int n = days.length;
        Integer[] order = new Integer[n];
        boolean sorted = true;
        for (int i = 0; i < n; i++) {
            order[i] = i;
            sorted &= i == 0 || days[i - 1] <= days[i];
        }
        if (!sorted) {
            java.util.Arrays.sort(order, java.util.Comparator.comparingInt(i -> days[i]));
        }
        int[] dayColumn = new int[n];
        int[] caseColumn = new int[n];
        int[][] typeColumns = counts == null ? null : new int[counts.length][n];
        for (int i = 0; i < n; i++) {
            int from = order[i];
            dayColumn[i] = days[from];
            caseColumn[i] = cases[from];
            for (int k = 0; typeColumns != null && k < typeColumns.length; k++) {
                Integer count = counts[k][from];
                typeColumns[k][i] = count == null ? CaseloadColumns.NONE : count;
            }
        }
        return new CaseloadColumns(dayColumn, caseColumn, typeColumns);
    }

    private static Integer[] integers(ResultSet rs, int column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? new Integer[0] : (Integer[]) array.getArray();
    }

    private static UUID uuid(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}

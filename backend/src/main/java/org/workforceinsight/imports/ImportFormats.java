package org.workforceinsight.imports;

import static org.workforceinsight.imports.Column.bool;
import static org.workforceinsight.imports.Column.code;
import static org.workforceinsight.imports.Column.date;
import static org.workforceinsight.imports.Column.decimal;
import static org.workforceinsight.imports.Column.externalId;
import static org.workforceinsight.imports.Column.integer;
import static org.workforceinsight.imports.Column.reference;
import static org.workforceinsight.imports.Column.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.workforceinsight.api.model.ImportDataSet;

/**
 * The CSV format of each data set: the table it fills, its columns and how a row is matched to a
 * record already kept (its key). docs/imports.md describes the same formats for people.
 */
final class ImportFormats {

    /** How rows are matched to kept records. */
    enum KeyKind {
        /** By the source system's id ({@code external_id}); the record has a uuid {@code id} of this system. */
        EXTERNAL_ID,
        /** By the key columns themselves, which are the table's primary key. */
        NATURAL
    }

    /** A check across the columns of one row; returns the column at fault and why, or null. */
    interface RowCheck {
        String[] check(Map<String, Object> row);
    }

    record Format(ImportDataSet dataSet, String table, String recordType, KeyKind keyKind, String description,
                  List<Column> columns, List<List<String>> uniqueColumns, RowCheck rowCheck, boolean recordedBy,
                  String example) {

        List<Column> keyColumns() {
            return columns.stream().filter(Column::key).toList();
        }

        Column column(String name) {
            return columns.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
        }
    }

    private static final List<String> EMPLOYMENT_TYPES = List.of("permanent", "fixed-term", "agency");
    private static final List<String> SESSION_TYPES = List.of("one-to-one", "group", "observed");
    private static final List<String> ABSENCE_TYPES = List.of("sickness", "compassionate-leave", "dependants-leave",
            "industrial-injury", "unpaid-leave", "other");
    private static final List<String> JOB_TYPES = List.of("social-worker", "senior-social-worker",
            "advanced-practitioner", "team-manager", "iro-cp-chair");

    private static final Map<ImportDataSet, Format> FORMATS = new EnumMap<>(ImportDataSet.class);

    static {
        add(new Format(ImportDataSet.WORKERS, "worker", "worker", KeyKind.EXTERNAL_ID,
                "Workers' identity, one row per worker. Their team, role and FTE over time are the assignments data set.",
                List.of(externalId("The worker's id in the source (HR) system.", "W001234"),
                        text("givenName", "given_name", 100, true, "Given name.", "Amira"),
                        text("familyName", "family_name", 100, true, "Family name.", "Okafor"),
                        text("sweRegistrationNumber", "swe_registration_number", 16, false,
                                "Social Work England registration number; unique.", "SW123456"),
                        date("asyeStartDate", "asye_start_date", false,
                                "First day of the Assessed and Supported Year in Employment, if any.", "2025-09-01")),
                List.of(List.of("swe_registration_number")), null, false,
                "externalId,givenName,familyName,sweRegistrationNumber,asyeStartDate\n"
                        + "W001234,Amira,Okafor,SW123456,2025-09-01\n"
                        + "W001235,\"O'Neill, Jo\",Smith,,\n"));
        add(new Format(ImportDataSet.ASSIGNMENTS, "assignment", "assignment", KeyKind.EXTERNAL_ID,
                "Each worker's dated history: one row per period in one team, role, FTE and employment type. "
                        + "A move, an FTE change or a promotion ends one row (endDate) and starts another.",
                List.of(externalId("The assignment's id in the source system.", "A-0001"),
                        reference("workerExternalId", "worker_id", true, Column.Ref.WORKER, "The worker.", "W001234"),
                        reference("team", "team_id", true, Column.Ref.TEAM, "The team.", "T-ALPHA"),
                        code("role", "role_code", true, Column.Codes.ROLE, "The role.", "social-worker"),
                        code("employmentType", "employment_type", true, EMPLOYMENT_TYPES, "Employment type.", "permanent"),
                        decimal("fte", "fte", true, "0", true, "1", 2, "Full-time equivalent, above 0 and at most 1.", "0.8"),
                        date("startDate", "start_date", true, "First day.", "2024-04-01"),
                        date("endDate", "end_date", false, "Last day; empty while it continues.", "")),
                List.of(), ImportFormats::endNotBeforeStart, false,
                "externalId,workerExternalId,team,role,employmentType,fte,startDate,endDate\n"
                        + "A-0001,W001234,T-ALPHA,social-worker,permanent,1,2024-04-01,31/03/2025\n"
                        + "A-0002,W001234,T-ALPHA,senior-practitioner,permanent,0.8,2025-04-01,\n"));
        add(new Format(ImportDataSet.CASELOAD_SNAPSHOTS, "caseload_snapshot", "caseload-snapshot", KeyKind.NATURAL,
                "Cases held by a worker on a date (weekly from the case management system). Keyed by worker and date.",
                List.of(reference("workerExternalId", "worker_id", true, Column.Ref.WORKER, "The worker.", "W001234").asKey(),
                        date("snapshotDate", "snapshot_date", true, "The date of the count.", "2025-06-30").asKey(),
                        integer("cases", "cases", true, 0, 100000, "Cases held in all.", "17"),
                        integer("childInNeed", "child_in_need", false, 0, 100000, "Child in need cases.", "6"),
                        integer("childProtection", "child_protection", false, 0, 100000, "Child protection cases.", "5"),
                        integer("childLookedAfter", "child_looked_after", false, 0, 100000, "Children looked after.", "4"),
                        integer("careLeaver", "care_leaver", false, 0, 100000, "Care leavers.", "1"),
                        integer("preProceedings", "pre_proceedings", false, 0, 100000, "Pre-proceedings cases.", "1"),
                        integer("other", "other", false, 0, 100000, "Other cases.", "0")),
                List.of(), null, false,
                "workerExternalId,snapshotDate,cases,childInNeed,childProtection,childLookedAfter,careLeaver,preProceedings,other\n"
                        + "W001234,2025-06-30,17,6,5,4,1,1,0\n"
                        + "W001235,30/06/2025,12,,,,,,\n"));
        add(new Format(ImportDataSet.SUPERVISION_SESSIONS, "supervision_session", "supervision-session",
                KeyKind.EXTERNAL_ID, "Supervision sessions held.",
                List.of(externalId("The session's id in the source system.", "S-1001"),
                        reference("superviseeExternalId", "supervisee_worker_id", true, Column.Ref.WORKER,
                                "The worker supervised.", "W001234"),
                        reference("supervisorExternalId", "supervisor_worker_id", false, Column.Ref.WORKER,
                                "The supervisor, if recorded.", "W000100"),
                        date("sessionDate", "session_date", true, "The date of the session.", "2025-06-12"),
                        integer("durationMinutes", "duration_minutes", true, 1, 1440, "Length in minutes.", "90"),
                        code("sessionType", "session_type", true, SESSION_TYPES, "Kind of session.", "one-to-one")),
                List.of(), null, true,
                "externalId,superviseeExternalId,supervisorExternalId,sessionDate,durationMinutes,sessionType\n"
                        + "S-1001,W001234,W000100,2025-06-12,90,one-to-one\n"));
        add(new Format(ImportDataSet.APPRAISALS, "appraisal", "appraisal", KeyKind.EXTERNAL_ID, "Appraisals completed.",
                List.of(externalId("The appraisal's id in the source system.", "AP-77"),
                        reference("workerExternalId", "worker_id", true, Column.Ref.WORKER, "The worker appraised.", "W001234"),
                        date("completedOn", "completed_on", true, "The date it was completed.", "2025-05-20"),
                        reference("reviewerExternalId", "reviewer_worker_id", false, Column.Ref.WORKER,
                                "The reviewer, if recorded.", "W000100")),
                List.of(), null, true,
                "externalId,workerExternalId,completedOn,reviewerExternalId\nAP-77,W001234,2025-05-20,W000100\n"));
        add(new Format(ImportDataSet.ABSENCES, "absence", "absence", KeyKind.EXTERNAL_ID,
                "Absences. The sickness reason is health data: accepted only from workforce leads, HR absence "
                        + "officers and machine-write clients, kept apart, never in the change history.",
                List.of(externalId("The absence's id in the source system.", "AB-501"),
                        reference("workerExternalId", "worker_id", true, Column.Ref.WORKER, "The worker.", "W001234"),
                        code("absenceType", "absence_type", true, ABSENCE_TYPES, "Kind of absence.", "sickness"),
                        date("firstDay", "first_day", true, "First day absent.", "2025-03-03"),
                        date("lastDay", "last_day", true, "Last day absent.", "2025-03-07"),
                        decimal("workingDaysLost", "working_days_lost", true, "0", false, "9999.99", 2,
                                "Working days lost (half days allowed).", "5"),
                        code("sicknessReason", "reason_code", false, Column.Codes.SICKNESS_REASON,
                                "Sickness reason (health data), only with absenceType sickness. Empty removes it; "
                                        + "without this column kept reasons stay as they are.", "infections")
                                .asHealthDetail()),
                List.of(), ImportFormats::absenceCheck, false,
                "externalId,workerExternalId,absenceType,firstDay,lastDay,workingDaysLost,sicknessReason\n"
                        + "AB-501,W001234,sickness,2025-03-03,2025-03-07,5,infections\n"
                        + "AB-502,W001235,dependants-leave,45726,45726,1,\n"));
        add(new Format(ImportDataSet.LEAVERS, "leaving", "leaving", KeyKind.EXTERNAL_ID,
                "Ends of employment with the council. End the worker's assignments on the same date (assignments data set).",
                List.of(externalId("The leaving record's id in the source system.", "L-31"),
                        reference("workerExternalId", "worker_id", true, Column.Ref.WORKER, "The worker.", "W001234"),
                        date("leavingDate", "leaving_date", true, "Last day of employment.", "2025-08-31"),
                        code("reasonCode", "reason_code", false, Column.Codes.LEAVING_REASON, "Reason for leaving.", "pay"),
                        bool("exitInterviewHeld", "exit_interview_held", Boolean.FALSE,
                                "Whether an exit interview was held; empty is false.", "yes")),
                List.of(List.of("worker_id", "leaving_date")), null, false,
                "externalId,workerExternalId,leavingDate,reasonCode,exitInterviewHeld\nL-31,W001234,2025-08-31,pay,yes\n"));
        add(new Format(ImportDataSet.AGENCY_ASSIGNMENTS, "agency_assignment", "agency-assignment", KeyKind.NATURAL,
                "The agency terms of assignments whose employment type is agency (import the assignments first).",
                List.of(reference("assignmentExternalId", "assignment_id", true, Column.Ref.AGENCY_EMPLOYMENT,
                                "The agency assignment.", "A-0101").asKey(),
                        text("agencyName", "agency_name", 200, true, "The agency.", "Example Recruitment Ltd"),
                        code("jobType", "job_type", true, JOB_TYPES, "Job type for price caps.", "social-worker"),
                        code("chargeBasis", "charge_basis", true, List.of("hourly", "daily"), "How it is charged.", "hourly"),
                        decimal("chargeRate", "charge_rate", true, "0", true, "999999.99", 2, "Rate charged.", "42.50"),
                        decimal("pqeYearsAtStart", "pqe_years_at_start", true, "0", false, "999.9", 1,
                                "Post-qualifying experience in years on the first day.", "4.5"),
                        integer("noticePeriodDays", "notice_period_days", true, 0, 10000, "Notice period in days.", "28"),
                        reference("coversPostExternalId", "covers_post_id", false, Column.Ref.POST,
                                "The post it covers, if any.", "P-0042"),
                        date("previousRegionalEmploymentEnd", "previous_regional_employment_end", false,
                                "Last day of a permanent post in the region, if declared.", "")),
                List.of(), null, false,
                "assignmentExternalId,agencyName,jobType,chargeBasis,chargeRate,pqeYearsAtStart,noticePeriodDays,"
                        + "coversPostExternalId,previousRegionalEmploymentEnd\n"
                        + "A-0101,Example Recruitment Ltd,social-worker,hourly,42.50,4.5,28,P-0042,\n"));
        add(new Format(ImportDataSet.AGENCY_TIMESHEETS, "agency_timesheet", "agency-timesheet", KeyKind.EXTERNAL_ID,
                "What agencies charged: one row per timesheet week, in the assignment's charge basis.",
                List.of(externalId("The timesheet's id in the source system.", "TS-9001"),
                        reference("assignmentExternalId", "assignment_id", true, Column.Ref.AGENCY_ASSIGNMENT,
                                "The agency assignment (with its agency terms imported).", "A-0101"),
                        date("weekEnding", "week_ending", true, "The last day of the week charged.", "2025-06-06"),
                        decimal("units", "units", true, "0", false, "9999.99", 2, "Hours (hourly) or days (daily).", "37"),
                        decimal("rate", "rate", true, "0", false, "999999.99", 2, "Rate per unit.", "42.50")),
                List.of(List.of("assignment_id", "week_ending")), null, false,
                "externalId,assignmentExternalId,weekEnding,units,rate\nTS-9001,A-0101,2025-06-06,37,42.50\n"));
        add(new Format(ImportDataSet.POSTS, "post", "post", KeyKind.EXTERNAL_ID,
                "The establishment: funded posts per team and role over time.",
                List.of(externalId("The post's id in the source (finance) system.", "P-0042"),
                        reference("team", "team_id", true, Column.Ref.TEAM, "The team.", "T-ALPHA"),
                        code("role", "role_code", true, Column.Codes.ROLE, "The role.", "social-worker"),
                        decimal("fte", "fte", true, "0", true, "100", 2, "Funded FTE, above 0 and at most 100.", "3"),
                        date("startDate", "start_date", true, "First day funded.", "2024-04-01"),
                        date("endDate", "end_date", false, "Last day funded; empty while it continues.", "")),
                List.of(), ImportFormats::endNotBeforeStart, false,
                "externalId,team,role,fte,startDate,endDate\nP-0042,T-ALPHA,social-worker,3,2024-04-01,\n"));
    }

    private ImportFormats() {
    }

    private static void add(Format format) {
        FORMATS.put(format.dataSet(), format);
    }

    static Format of(ImportDataSet dataSet) {
        return FORMATS.get(dataSet);
    }

    static List<Format> all() {
        return new ArrayList<>(FORMATS.values());
    }

    private static String[] endNotBeforeStart(Map<String, Object> row) {
        if (row.get("endDate") instanceof LocalDate end && row.get("startDate") instanceof LocalDate start
                && end.isBefore(start)) {
            return new String[] {"endDate", "must not be before startDate"};
        }
        return null;
    }

    private static String[] absenceCheck(Map<String, Object> row) {
        if (row.get("lastDay") instanceof LocalDate last && row.get("firstDay") instanceof LocalDate first
                && last.isBefore(first)) {
            return new String[] {"lastDay", "must not be before firstDay"};
        }
        if (row.get("sicknessReason") != null && !"sickness".equals(row.get("absenceType"))) {
            return new String[] {"sicknessReason", "is only given for absenceType sickness"};
        }
        return null;
    }
}

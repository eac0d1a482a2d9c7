package org.workforceinsight.security;

import static org.workforceinsight.security.Roles.DATA_PROTECTION_OFFICER;
import static org.workforceinsight.security.Roles.HR_ABSENCE_OFFICER;
import static org.workforceinsight.security.Roles.MACHINE_READ;
import static org.workforceinsight.security.Roles.MACHINE_WRITE;
import static org.workforceinsight.security.Roles.SENIOR_MANAGER;
import static org.workforceinsight.security.Roles.TEAM_MANAGER;
import static org.workforceinsight.security.Roles.VIEWER;
import static org.workforceinsight.security.Roles.WORKFORCE_LEAD;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one table of who may call which operation of the contract, keyed by operationId (the generated
 * interfaces name each method after its operationId, so the table is checked against the method that
 * serves the request by {@link OperationAccessFilter}). An operation that is not in the table is refused
 * to everyone: adding an operation to the contract means adding one line here, and
 * ContractSecurityMatrixTest fails until it is there.
 *
 * <p>Who may call an operation is only half of the rule: what the caller then sees inside it (which teams,
 * which properties) is the data scope of {@link AccessScope}, computed from the roles this table grants for
 * the operation. docs/access-rules.md is generated from this table (OperationRulesDocTest).
 */
public final class OperationRules {

    /** Who may call an operation. */
    public enum Kind {
        /** Anyone, without a token. */
        PUBLIC,
        /** Any caller with a valid token, whatever their roles. */
        SIGNED_IN,
        /** A caller with one of the listed roles. */
        ROLES
    }

    /**
     * @param kind        public, any signed-in caller, or a role list
     * @param roles       the product roles allowed (empty unless {@code ROLES})
     * @param personLevel the operation takes or returns a person (so never a viewer, and always data-scoped)
     */
    public record Rule(Kind kind, Set<String> roles, boolean personLevel) {

        public boolean allows(Set<String> callerRoles) {
            return switch (kind) {
                case PUBLIC, SIGNED_IN -> true;
                case ROLES -> callerRoles.stream().anyMatch(roles::contains);
            };
        }
    }

    /** Aggregates: measures, benchmarks, caseload totals, establishment, reference data. No person. */
    static final Set<String> AGGREGATES = Set.of(WORKFORCE_LEAD, SENIOR_MANAGER, TEAM_MANAGER, HR_ABSENCE_OFFICER,
            VIEWER, MACHINE_READ);
    /** Person-level records of the managers' teams (never the viewer; HR only where listed). */
    static final Set<String> PEOPLE = Set.of(WORKFORCE_LEAD, SENIOR_MANAGER, TEAM_MANAGER, MACHINE_READ);
    /** People, and the HR absence officer (absence records and the workers they belong to). */
    static final Set<String> PEOPLE_AND_HR = union(PEOPLE, Set.of(HR_ABSENCE_OFFICER));
    /** Recording a person's record: managers for their teams, machine clients with the write scope. */
    static final Set<String> RECORD_WRITERS = Set.of(WORKFORCE_LEAD, SENIOR_MANAGER, TEAM_MANAGER, MACHINE_WRITE);
    /** Council-wide settings. */
    static final Set<String> LEAD = Set.of(WORKFORCE_LEAD);
    /** Imports of data files (issue 4): the workforce lead and machine clients with the write scope. */
    static final Set<String> IMPORTERS = Set.of(WORKFORCE_LEAD, MACHINE_WRITE);
    /** The audit trail (issue 5): the data protection officer and the workforce lead. */
    static final Set<String> AUDIT_READERS = Set.of(DATA_PROTECTION_OFFICER, WORKFORCE_LEAD);

    /** People-level reads that a machine-write client also makes (it reads a record's ETag to correct it). */
    static final Set<String> PEOPLE_AND_MACHINE_WRITE = union(PEOPLE, Set.of(MACHINE_WRITE));

    /** Absences and their health detail are written by leads, HR absence officers and machine clients. */
    static final Set<String> ABSENCE_WRITERS = Set.of(WORKFORCE_LEAD, HR_ABSENCE_OFFICER, MACHINE_WRITE);

    static final Set<String> PEOPLE_HR_AND_MACHINE_WRITE = union(PEOPLE_AND_HR, Set.of(MACHINE_WRITE));

    /** Agency timesheets are charges (commercial detail); machine clients write and re-read them. */
    static final Set<String> TIMESHEET_READERS = Set.of(WORKFORCE_LEAD, SENIOR_MANAGER, MACHINE_WRITE);

    static final Set<String> AGGREGATES_AND_MACHINE_WRITE = union(AGGREGATES, Set.of(MACHINE_WRITE));

    private static final Map<String, Rule> RULES = new LinkedHashMap<>();

    static {
        // One line per operation of openapi/workforce-insight.yaml, in the contract's order.
        open("getClientConfiguration");
        signedIn("getCurrentUser");
        signedIn("getOrganisationTree");
        aggregate("listRoles", AGGREGATES);
        person("listWorkers", PEOPLE_AND_HR);
        person("getWorker", PEOPLE_AND_HR);
        aggregate("getCaseloadSummary", AGGREGATES);
        person("listWorkerCaseloads", PEOPLE);
        aggregate("listMeasureDefinitions", AGGREGATES);
        aggregate("getNodeMeasures", AGGREGATES);
        aggregate("getChildMeasures", AGGREGATES);
        aggregate("getMeasureSeries", AGGREGATES);
        person("getMeasureExplanation", PEOPLE_AND_HR);
        aggregate("listMeasureTargets", AGGREGATES);
        aggregate("setMeasureTarget", LEAD);
        aggregate("deleteMeasureTarget", LEAD);
        aggregate("getBenchmarks", AGGREGATES);
        aggregate("getBenchmarkComparators", AGGREGATES);
        aggregate("setBenchmarkComparators", LEAD);
        aggregate("listLocalAuthorities", AGGREGATES);
        aggregate("listPosts", AGGREGATES);
        person("listAgencyAssignments", PEOPLE);
        person("listSupervisionSessions", PEOPLE);
        person("createSupervisionSession", RECORD_WRITERS);
        person("getSupervisionSession", PEOPLE_AND_MACHINE_WRITE);
        person("listAppraisals", PEOPLE);
        person("createAppraisal", RECORD_WRITERS);
        person("getAppraisal", PEOPLE_AND_MACHINE_WRITE);
        person("listAbsences", PEOPLE_AND_HR);
        person("listLeavers", PEOPLE);
        aggregate("listLeavingReasons", AGGREGATES);
        aggregate("getMeasureConfiguration", AGGREGATES);
        // --- rules: recording (issue 4): person("updateWorker", RECORD_WRITERS); and so on ---
        person("updateSupervisionSession", RECORD_WRITERS);
        person("deleteSupervisionSession", RECORD_WRITERS);
        person("getSupervisionSessionHistory", PEOPLE_AND_MACHINE_WRITE);
        person("updateAppraisal", RECORD_WRITERS);
        person("deleteAppraisal", RECORD_WRITERS);
        person("getAppraisalHistory", PEOPLE_AND_MACHINE_WRITE);
        person("createAbsence", ABSENCE_WRITERS);
        person("updateAbsence", ABSENCE_WRITERS);
        person("deleteAbsence", ABSENCE_WRITERS);
        person("getAbsence", PEOPLE_HR_AND_MACHINE_WRITE);
        person("getAbsenceHistory", PEOPLE_HR_AND_MACHINE_WRITE);
        person("createLeaver", IMPORTERS);
        person("updateLeaver", IMPORTERS);
        person("deleteLeaver", IMPORTERS);
        person("getLeaver", PEOPLE_AND_MACHINE_WRITE);
        person("getLeaverHistory", PEOPLE_AND_MACHINE_WRITE);
        person("createAgencyAssignment", IMPORTERS);
        person("updateAgencyAssignment", IMPORTERS);
        person("deleteAgencyAssignment", IMPORTERS);
        person("getAgencyAssignment", PEOPLE_AND_MACHINE_WRITE);
        person("getAgencyAssignmentHistory", PEOPLE_AND_MACHINE_WRITE);
        aggregate("createPost", IMPORTERS);
        aggregate("updatePost", IMPORTERS);
        aggregate("deletePost", IMPORTERS);
        aggregate("getPost", AGGREGATES_AND_MACHINE_WRITE);
        aggregate("getPostHistory", AGGREGATES_AND_MACHINE_WRITE);
        aggregate("createAgencyTimesheet", IMPORTERS);
        aggregate("updateAgencyTimesheet", IMPORTERS);
        aggregate("deleteAgencyTimesheet", IMPORTERS);
        aggregate("getAgencyTimesheet", TIMESHEET_READERS);
        aggregate("getAgencyTimesheetHistory", TIMESHEET_READERS);
        aggregate("createMeasureTargetRecord", LEAD);
        aggregate("updateMeasureTargetRecord", LEAD);
        aggregate("deleteMeasureTargetRecord", LEAD);
        aggregate("getMeasureTargetRecord", AGGREGATES);
        aggregate("getMeasureTargetRecordHistory", AGGREGATES);
        aggregate("updateMeasureSetting", LEAD);
        aggregate("getMeasureSetting", AGGREGATES);
        aggregate("getMeasureSettingHistory", AGGREGATES);
        aggregate("updateCaseloadThreshold", LEAD);
        aggregate("getCaseloadThreshold", AGGREGATES);
        aggregate("getCaseloadThresholdHistory", AGGREGATES);
        aggregate("createAgencyPriceCap", LEAD);
        aggregate("updateAgencyPriceCap", LEAD);
        aggregate("deleteAgencyPriceCap", LEAD);
        aggregate("getAgencyPriceCap", AGGREGATES);
        aggregate("getAgencyPriceCapHistory", AGGREGATES);
        // --- rules: imports (issue 4): aggregate("createImport", IMPORTERS); and so on ---
        // person-level: an import's rows and errors quote workers' source ids
        person("importFile", IMPORTERS);
        person("getImport", IMPORTERS);
        person("listImportErrors", IMPORTERS);
        aggregate("listImports", IMPORTERS);
        aggregate("listImportFormats", IMPORTERS);
        // --- rules: exports and reports (issue 4): person-level exports use PEOPLE, aggregate ones AGGREGATES ---
        // an export has the rule of the list or measure table it downloads
        person("exportWorkers", PEOPLE_AND_HR);
        person("exportWorkerCaseloads", PEOPLE);
        person("exportSupervisionSessions", PEOPLE);
        person("exportAppraisals", PEOPLE);
        person("exportAbsences", PEOPLE_AND_HR);
        person("exportLeavers", PEOPLE);
        person("exportAgencyAssignments", PEOPLE);
        aggregate("exportPosts", AGGREGATES);
        aggregate("exportNodeMeasures", AGGREGATES);
        aggregate("exportChildMeasures", AGGREGATES);
        aggregate("exportMeasureSeries", AGGREGATES);
        person("exportMeasureExplanation", PEOPLE_AND_HR);
        aggregate("getWeeklyReport", AGGREGATES);
        aggregate("exportWeeklyReport", AGGREGATES);
        aggregate("getMonthlyReport", AGGREGATES);
        aggregate("exportMonthlyReport", AGGREGATES);
        aggregate("getReportCommentary", AGGREGATES);
        aggregate("setReportCommentary", LEAD);
        // the DfE return is the council's submission: the workforce lead prepares it
        aggregate("getDfeReturn", LEAD);
        person("listDfeReturnWorkers", LEAD);
        aggregate("exportDfeReturn", LEAD);
        person("exportDfeReturnWorkers", LEAD);
        // --- rules: audit (issue 5): aggregate("listAuditEvents", AUDIT_READERS); and so on ---
        person("listAuditRecords", AUDIT_READERS);
        person("createRetentionRun", LEAD);
        // --- rules: recording more (issue 4, session 4) ---
        // the whole council's records of a data set in its import format, for a round trip; who sees charges and
        // health detail is AccessScope's, checked by ImportFiles
        person("exportImportFile", Set.of(WORKFORCE_LEAD, MACHINE_READ, MACHINE_WRITE));
        // --- rules: team and worker pages (issue 6) ---
        person("listWorkerCompliance", PEOPLE);
        person("getWorkerCaseloadHistory", PEOPLE);
        // --- rules: agency and absence pages (issue 6) ---
        // Bradford factors are health detail: only the roles AccessScope.seesHealthDetail allows
        person("listBradfordFactors", Set.of(WORKFORCE_LEAD, HR_ABSENCE_OFFICER));
        // --- rules: reports and settings pages (issue 6) ---
        aggregate("getSupervisionPolicy", AGGREGATES);
        aggregate("updateSupervisionPolicy", LEAD);
        aggregate("getSupervisionPolicyHistory", AGGREGATES);
        aggregate("getCaseWeight", AGGREGATES);
        aggregate("updateCaseWeight", LEAD);
        aggregate("getCaseWeightHistory", AGGREGATES);
        // --- rules: agency cost by team (session 5) ---
        // agency charges are commercial detail: the roles AccessScope.seesAgencyCharges allows
        aggregate("getAgencyCostByMonth", Set.of(WORKFORCE_LEAD, SENIOR_MANAGER));
    }

    private OperationRules() {
    }

    /** The rule for an operation; empty when the operation has none (and is therefore refused). */
    public static Optional<Rule> rule(String operationId) {
        return Optional.ofNullable(RULES.get(operationId));
    }

    /** Every rule, in the table's order. */
    public static Map<String, Rule> all() {
        return Collections.unmodifiableMap(RULES);
    }

    private static void open(String operationId) {
        put(operationId, new Rule(Kind.PUBLIC, Set.of(), false));
    }

    private static void signedIn(String operationId) {
        put(operationId, new Rule(Kind.SIGNED_IN, Set.of(), false));
    }

    private static void aggregate(String operationId, Set<String> roles) {
        put(operationId, new Rule(Kind.ROLES, roles, false));
    }

    private static void person(String operationId, Set<String> roles) {
        if (roles.contains(VIEWER)) {
            // the viewer's whole point: aggregates only, never a person
            throw new IllegalStateException(operationId + " returns people: the viewer may not call it");
        }
        put(operationId, new Rule(Kind.ROLES, roles, true));
    }

    private static void put(String operationId, Rule rule) {
        if (RULES.putIfAbsent(operationId, rule) != null) {
            throw new IllegalStateException("Two rules for " + operationId);
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

}

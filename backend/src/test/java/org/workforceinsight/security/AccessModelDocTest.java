package org.workforceinsight.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The role × capability table of docs/access.md is written by hand, for people; this test holds it to the code.
 * Each capability row names the operations it stands for: a role's cell is filled exactly when at least one of
 * them lets that role in ({@link OperationRules}), and the health-detail and agency-charge rows are filled
 * exactly for the roles {@link AccessScope} shows them to. A rule changed without the table (or the reverse)
 * fails here.
 */
class AccessModelDocTest {

    static final Path DOC = Path.of("..", "docs", "access.md");

    /** The start of each capability row's first cell, and the operations it stands for. */
    static final Map<String, List<String>> ROWS = new LinkedHashMap<>();

    static {
        ROWS.put("Organisation tree", List.of("getOrganisationTree", "getCurrentUser"));
        ROWS.put("Aggregates:", List.of("getNodeMeasures", "getChildMeasures", "getMeasureSeries", "listMeasureTargets",
                "getBenchmarks", "getCaseloadSummary", "listPosts", "listRoles", "getPost", "getPostHistory",
                "getMeasureSetting", "getCaseloadThreshold", "getAgencyPriceCap", "listLeavingReasons"));
        ROWS.put("Weekly and monthly reports", List.of("getWeeklyReport", "getMonthlyReport", "exportWeeklyReport",
                "exportMonthlyReport", "getReportCommentary"));
        ROWS.put("Workers, measure explanations", List.of("listWorkers", "getWorker", "getMeasureExplanation"));
        ROWS.put("Worker caseloads", List.of("listWorkerCaseloads"));
        ROWS.put("Absences (read)", List.of("listAbsences", "getAbsence", "getAbsenceHistory"));
        ROWS.put("Supervision, appraisals, agency assignments, leavers (read)", List.of("listSupervisionSessions",
                "getSupervisionSession", "getSupervisionSessionHistory", "listAppraisals", "getAppraisal",
                "listAgencyAssignments", "getAgencyAssignment", "listLeavers", "getLeaver"));
        ROWS.put("Record supervision sessions and appraisals", List.of("createSupervisionSession",
                "updateSupervisionSession", "deleteSupervisionSession", "createAppraisal", "updateAppraisal",
                "deleteAppraisal"));
        ROWS.put("Record absences", List.of("createAbsence", "updateAbsence", "deleteAbsence"));
        ROWS.put("Record leavers, agency assignments and timesheets, posts", List.of("createLeaver", "updateLeaver",
                "deleteLeaver", "createAgencyAssignment", "updateAgencyAssignment", "deleteAgencyAssignment",
                "createAgencyTimesheet", "updateAgencyTimesheet", "deleteAgencyTimesheet", "createPost", "updatePost",
                "deletePost"));
        ROWS.put("Agency timesheets (read)", List.of("getAgencyTimesheet", "getAgencyTimesheetHistory"));
        ROWS.put("Imports:", List.of("importFile", "listImports", "getImport", "listImportErrors",
                "listImportFormats"));
        ROWS.put("Exports (CSV, XLSX) of person-level", List.of("exportWorkers", "exportWorkerCaseloads",
                "exportSupervisionSessions", "exportAppraisals", "exportAbsences", "exportLeavers",
                "exportAgencyAssignments", "exportMeasureExplanation"));
        ROWS.put("Exports of aggregates", List.of("exportNodeMeasures", "exportChildMeasures", "exportMeasureSeries",
                "exportPosts"));
        ROWS.put("DfE return", List.of("getDfeReturn", "listDfeReturnWorkers", "exportDfeReturn",
                "exportDfeReturnWorkers"));
        ROWS.put("Targets, comparator group", List.of("setMeasureTarget", "deleteMeasureTarget",
                "setBenchmarkComparators", "updateMeasureSetting", "updateCaseloadThreshold", "createAgencyPriceCap",
                "setReportCommentary", "createMeasureTargetRecord"));
        ROWS.put("Audit trail", List.of("listAuditRecords"));
        ROWS.put("Retention run", List.of("createRetentionRun"));
    }

    record Table(List<String> roles, Map<String, List<String>> rows) {
    }

    static Table table() throws IOException {
        List<String> lines = Files.readAllLines(DOC, StandardCharsets.UTF_8);
        int header = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("| Capability |")) {
                header = i;
                break;
            }
        }
        assertTrue(header >= 0, "docs/access.md has the role x capability table");
        List<String> roles = cells(lines.get(header)).subList(1, cells(lines.get(header)).size());
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (int i = header + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            List<String> cells = cells(lines.get(i));
            assertEquals(roles.size() + 1, cells.size(), "as many cells as roles: " + lines.get(i));
            rows.put(cells.get(0), cells.subList(1, cells.size()));
        }
        return new Table(roles, rows);
    }

    private static List<String> cells(String line) {
        String inner = line.substring(1, line.lastIndexOf('|'));
        List<String> cells = new ArrayList<>();
        for (String cell : inner.split("\\|", -1)) {
            cells.add(cell.trim());
        }
        return cells;
    }

    private static List<String> row(Table table, String start) {
        return table.rows().entrySet().stream().filter(e -> e.getKey().replace("**", "").startsWith(start))
                .map(Map.Entry::getValue).findFirst()
                .orElseThrow(() -> new AssertionError("docs/access.md has no row starting " + start));
    }

    @Test
    void theTableHasAColumnForEveryRole() throws IOException {
        assertEquals(Set.copyOf(Roles.ALL), Set.copyOf(table().roles()));
    }

    @Test
    void eachCapabilityIsFilledExactlyForTheRolesTheRuleTableLetsIn() throws IOException {
        Table table = table();
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, List<String>> capability : ROWS.entrySet()) {
            List<String> cells = row(table, capability.getKey());
            for (int r = 0; r < table.roles().size(); r++) {
                String role = table.roles().get(r);
                boolean allowed = capability.getValue().stream().anyMatch(operation -> OperationRules.rule(operation)
                        .orElseThrow(() -> new AssertionError("no rule for " + operation))
                        .allows(Set.of(role)));
                if (allowed == cells.get(r).isEmpty()) {
                    wrong.add(capability.getKey() + " / " + role + ": the table says '" + cells.get(r)
                            + "', the rules " + (allowed ? "allow" : "refuse"));
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void thePropertyRowsAreAccessScopesRules() throws IOException {
        Table table = table();
        assertPropertyRow(table, "Health detail", AccessScope::seesHealthDetail);
        assertPropertyRow(table, "Agency charges", AccessScope::seesAgencyCharges);
    }

    private static void assertPropertyRow(Table table, String start, Predicate<AccessScope> sees) {
        List<String> cells = row(table, start);
        for (int r = 0; r < table.roles().size(); r++) {
            String role = table.roles().get(r);
            AccessScope scope = new AccessScope("someone", List.of(role), false, List.of(), Set.of(), null);
            assertEquals(sees.test(scope), !cells.get(r).isEmpty(), start + " / " + role);
        }
    }
}

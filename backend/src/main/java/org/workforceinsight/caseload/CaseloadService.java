package org.workforceinsight.caseload;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.workforceinsight.api.model.CaseloadSummaryReport;
import org.workforceinsight.api.model.CasesByType;
import org.workforceinsight.api.model.EmploymentType;
import org.workforceinsight.api.model.RoleCode;
import org.workforceinsight.api.model.TeamCaseloadSummary;
import org.workforceinsight.api.model.TeamType;
import org.workforceinsight.api.model.WorkerCaseload;
import org.workforceinsight.api.model.WorkerCaseloadPage;
import org.workforceinsight.api.model.WorkerRef;
import org.workforceinsight.organisation.OrgNode;
import org.workforceinsight.organisation.OrgTree;
import org.workforceinsight.organisation.OrganisationService;
import org.workforceinsight.security.AccessScope;
import org.workforceinsight.security.AuditTrail;
import org.workforceinsight.shared.Paging;

/** Caseloads of a council, service or team as at a date. */
@ApplicationScoped
public class CaseloadService {

    @Inject
    CaseloadRepository caseloads;

    @Inject
    CaseloadThresholdRepository thresholdRepository;

    @Inject
    AuditTrail audit;

    /** Totals for the node and one row per team in it, every figure computed from the workers. */
    @Transactional
    public CaseloadSummaryReport summary(AccessScope scope, UUID nodeId, LocalDate asAt) {
        OrgNode node = scope.requireNode(nodeId);
        OrgTree tree = scope.tree();
        List<OrgNode> teams = tree.teamsUnder(node.id);
        List<UUID> teamIds = teams.stream().map(t -> t.id).toList();
        CaseloadThresholds thresholds = thresholdRepository.current();
        Map<UUID, Integer> unallocated = caseloads.unallocatedByTeam(teamIds, asAt);

        Map<UUID, List<CaseloadRules.Assessed>> byTeam = new LinkedHashMap<>();
        teams.forEach(team -> byTeam.put(team.id, new ArrayList<>()));
        List<CaseloadRules.Assessed> all = new ArrayList<>();
        // The totals take everyone in the node, including staff assigned to a service itself
        // (a head of service); the team rows take the teams' own workers.
        for (CaseloadRepository.Row row : caseloads.workersIn(tree.subtree(node.id), asAt)) {
            CaseloadRules.Assessed assessed = CaseloadRules.assess(row, thresholds, asAt);
            all.add(assessed);
            List<CaseloadRules.Assessed> teamWorkers = byTeam.get(row.teamId());
            if (teamWorkers != null) {
                teamWorkers.add(assessed);
            }
        }

        List<TeamCaseloadSummary> teamRows = new ArrayList<>();
        int totalUnallocated = 0;
        for (OrgNode team : teams) {
            int teamUnallocated = unallocated.getOrDefault(team.id, 0);
            totalUnallocated += teamUnallocated;
            teamRows.add(new TeamCaseloadSummary()
                    .team(OrganisationService.ref(team))
                    .teamType(team.teamType == null ? null : TeamType.fromValue(team.teamType))
                    .figures(CaseloadRules.figures(byTeam.get(team.id), teamUnallocated, thresholds.asye())));
        }
        return new CaseloadSummaryReport()
                .node(OrganisationService.ref(node))
                .asAt(asAt)
                .total(CaseloadRules.figures(all, totalUnallocated, thresholds.asye()))
                .teams(teamRows);
    }

    /**
     * Workers in post in the node, ordered by team name, family name, given name; staff assigned
     * to a service itself come after the teams.
     */
    @Transactional
    public WorkerCaseloadPage workerCaseloads(AccessScope scope, UUID nodeId, LocalDate asAt, Paging paging) {
        OrgNode node = scope.requireNode(nodeId);
        OrgTree tree = scope.tree();
        List<OrgNode> teams = tree.teamsUnder(node.id);
        CaseloadThresholds thresholds = thresholdRepository.current();
        // A node has at most a few hundred workers: they are read in one query and paged here,
        // in the same order as the summary's teams.
        Map<UUID, Integer> teamOrder = new LinkedHashMap<>();
        teams.forEach(team -> teamOrder.put(team.id, teamOrder.size()));
        List<CaseloadRepository.Row> rows = new ArrayList<>(caseloads.workersIn(tree.subtree(node.id), asAt));
        rows.sort(Comparator.<CaseloadRepository.Row>comparingInt(r -> teamOrder.getOrDefault(r.teamId(), teams.size()))
                .thenComparing(r -> r.familyName().toLowerCase(java.util.Locale.ROOT))
                .thenComparing(r -> r.givenName().toLowerCase(java.util.Locale.ROOT))
                .thenComparing(CaseloadRepository.Row::workerId));
        List<WorkerCaseload> items = rows.stream()
                .skip(paging.offset())
                .limit(paging.size())
                .map(row -> toApi(CaseloadRules.assess(row, thresholds, asAt), tree))
                .toList();
        audit.recordRead("listWorkerCaseloads", AuditTrail.idsOf(items, c -> c.getWorker().getId()), List.of(nodeId));
        return new WorkerCaseloadPage().items(items).page(paging.page()).size(paging.size())
                .totalItems((long) rows.size());
    }

    private static WorkerCaseload toApi(CaseloadRules.Assessed assessed, OrgTree tree) {
        CaseloadRepository.Row row = assessed.row();
        OrgNode team = tree.node(row.teamId()).orElseThrow();
        WorkerCaseload result = new WorkerCaseload()
                .worker(new WorkerRef().id(row.workerId()).givenName(row.givenName()).familyName(row.familyName()))
                .team(OrganisationService.ref(team))
                .role(RoleCode.fromValue(row.roleCode()))
                .employmentType(EmploymentType.fromValue(row.employmentType()))
                .fte(row.fte().doubleValue())
                .asye(assessed.asye())
                .caseloadThreshold(assessed.threshold())
                .status(assessed.status());
        if (assessed.recorded()) {
            result.snapshotDate(row.snapshotDate()).cases(row.cases()).casesPerFte(assessed.casesPerFte());
            if (row.childInNeed() != null || row.childProtection() != null || row.childLookedAfter() != null
                    || row.careLeaver() != null || row.other() != null) {
                result.casesByType(new CasesByType().childInNeed(row.childInNeed())
                        .childProtection(row.childProtection()).childLookedAfter(row.childLookedAfter())
                        .careLeaver(row.careLeaver()).other(row.other()));
            }
        }
        return result;
    }
}

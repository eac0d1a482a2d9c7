package org.workforceinsight.workers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.workforceinsight.api.model.DfeRoleGroup;
import org.workforceinsight.api.model.EmploymentType;
import org.workforceinsight.api.model.OrganisationNodeRef;
import org.workforceinsight.api.model.RoleCode;
import org.workforceinsight.api.model.WorkerDetail;
import org.workforceinsight.api.model.WorkerPage;
import org.workforceinsight.api.model.WorkerSummary;
import org.workforceinsight.caseload.CaseloadThresholdRepository;
import org.workforceinsight.caseload.CaseloadThresholds;
import org.workforceinsight.organisation.OrgTree;
import org.workforceinsight.organisation.OrganisationService;
import org.workforceinsight.security.AccessScope;
import org.workforceinsight.security.AuditTrail;
import org.workforceinsight.shared.Paging;
import org.workforceinsight.shared.ProblemException;

@ApplicationScoped
public class WorkerService {

    @Inject
    WorkerRepository workers;

    @Inject
    AssignmentRepository assignments;

    @Inject
    RoleRepository roles;

    @Inject
    CaseloadThresholdRepository thresholds;

    @Inject
    AuditTrail audit;

    @Transactional
    public List<org.workforceinsight.api.model.Role> roles() {
        CaseloadThresholds current = thresholds.current();
        return roles.listInDisplayOrder().stream().map(role -> new org.workforceinsight.api.model.Role()
                .code(RoleCode.fromValue(role.code))
                .name(role.name)
                .dfeRoleGroup(DfeRoleGroup.fromValue(role.dfeRoleGroup))
                .qualifiedSocialWork(role.qualifiedSocialWork)
                .holdsCases(role.holdsCases)
                .caseloadThreshold(current.forRole(role.code))).toList();
    }

    /**
     * Workers with an assignment on the date in the caller's scope; a team filter outside it is refused (403),
     * and one that names no node at all is 404, as everywhere else.
     */
    @Transactional
    public WorkerPage list(AccessScope scope, UUID teamId, RoleCode roleCode, EmploymentType employmentType,
                           LocalDate activeOn, Paging paging) {
        if (teamId != null) {
            scope.requireNode(teamId);
        }
        Set<UUID> nodesInScope = scope.nodesOrNullForAll();
        WorkerRepository.Filter filter = new WorkerRepository.Filter(activeOn, nodesInScope, teamId,
                roleCode == null ? null : roleCode.toString(),
                employmentType == null ? null : employmentType.toString());
        long total = workers.countActive(filter);
        List<WorkerSummary> items = total <= paging.offset() ? List.of()
                : workers.pageActive(filter, paging).stream().map(row -> summary(row, scope.tree(), activeOn)).toList();
        audit.recordRead("listWorkers", AuditTrail.idsOf(items, WorkerSummary::getId), AuditTrail.ids(teamId));
        return new WorkerPage().items(items).page(paging.page()).size(paging.size()).totalItems(total);
    }

    /**
     * One worker with their whole history. A caller who is not scoped to everything may see a
     * worker who has at any time been assigned to one of their teams.
     */
    @Transactional
    public WorkerDetail detail(AccessScope scope, UUID workerId, LocalDate today) {
        Worker worker = workers.findByIdOptional(workerId)
                .orElseThrow(() -> ProblemException.notFound("There is no worker " + workerId + "."));
        List<Assignment> history = assignments.historyOf(workerId);
        if (!scope.allNodes() && history.stream().noneMatch(a -> scope.canOpen(a.teamId))) {
            throw ProblemException.forbidden("The worker " + workerId + " is outside your access scope.");
        }
        WorkerDetail detail = new WorkerDetail()
                .id(worker.id)
                .externalId(worker.externalId)
                .givenName(worker.givenName)
                .familyName(worker.familyName)
                .sweRegistrationNumber(worker.sweRegistrationNumber)
                .asyeStartDate(worker.asyeStartDate)
                .asye(Worker.inAsye(worker.asyeStartDate, today));
        detail.setAssignments(history.stream().map(a -> assignment(a.id, a.teamId, a.roleCode, a.employmentType,
                a.fte, a.startDate, a.endDate, scope.tree())).toList());
        audit.recordRead("getWorker", List.of(workerId), List.of());
        return detail;
    }

    private static WorkerSummary summary(WorkerRepository.Row row, OrgTree tree, LocalDate activeOn) {
        return new WorkerSummary()
                .id(row.workerId())
                .externalId(row.externalId())
                .givenName(row.givenName())
                .familyName(row.familyName())
                .sweRegistrationNumber(row.sweRegistrationNumber())
                .asye(Worker.inAsye(row.asyeStartDate(), activeOn))
                .currentAssignment(assignment(row.assignmentId(), row.teamId(), row.roleCode(), row.employmentType(),
                        row.fte(), row.startDate(), row.endDate(), tree));
    }

    private static org.workforceinsight.api.model.Assignment assignment(UUID id, UUID teamId, String roleCode,
            String employmentType, java.math.BigDecimal fte, LocalDate start, LocalDate end, OrgTree tree) {
        OrganisationNodeRef team = tree.node(teamId).map(OrganisationService::ref)
                .orElseGet(() -> new OrganisationNodeRef().id(teamId).name("Unknown team")
                        .nodeType(org.workforceinsight.api.model.NodeType.TEAM));
        return new org.workforceinsight.api.model.Assignment()
                .id(id)
                .team(team)
                .role(RoleCode.fromValue(roleCode))
                .employmentType(EmploymentType.fromValue(employmentType))
                .fte(fte.doubleValue())
                .startDate(start)
                .endDate(end);
    }

}

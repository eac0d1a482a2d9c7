package org.workforceinsight.measures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.workforceinsight.api.model.AppraisalPosition;
import org.workforceinsight.api.model.ComplianceStatus;
import org.workforceinsight.api.model.EmploymentType;
import org.workforceinsight.api.model.RoleCode;
import org.workforceinsight.api.model.SupervisionPosition;
import org.workforceinsight.api.model.WorkerCompliance;
import org.workforceinsight.api.model.WorkerCompliancePage;
import org.workforceinsight.api.model.WorkerRef;
import org.workforceinsight.organisation.OrgNode;
import org.workforceinsight.organisation.OrgTree;
import org.workforceinsight.organisation.OrganisationService;
import org.workforceinsight.security.AccessScope;
import org.workforceinsight.security.AuditTrail;
import org.workforceinsight.shared.Dates;
import org.workforceinsight.shared.Paging;

/**
 * The team manager's supervision and appraisal list for a node in the caller's scope (403 outside it, 404
 * unknown), from the same facts and engine as the measures (see {@link WorkerComplianceCalculation}).
 */
@ApplicationScoped
public class WorkerComplianceService {

    /** A due date this many days after the as-at date or sooner is "due soon" (a fortnight's notice). */
    public static final int DUE_SOON_DAYS = 14;

    @Inject
    MeasureReadModel readModel;

    @Inject
    AuditTrail audit;

    @Transactional
    public WorkerCompliancePage list(AccessScope scope, UUID nodeId, LocalDate asAt, Paging paging) {
        OrgNode node = scope.requireNode(nodeId);
        OrgTree tree = scope.tree();
        Set<UUID> nodeIds = tree.subtree(node.id);
        MeasureReadModel.Reading reading = readModel.read();
        MeasureEngine engine = reading.engine();
        LocalDate from = MeasureEngine.yearBefore(asAt);
        WorkforceFacts facts = reading.facts(new MeasureFactsRepository.Request(nodeIds,
                new WorkforceFacts.Window(from.isBefore(Dates.EARLIEST) ? Dates.EARLIEST : from, asAt), asAt,
                EnumSet.of(MeasureFactsRepository.Part.SUPERVISIONS, MeasureFactsRepository.Part.APPRAISALS), false,
                engine.config().supervisionMinimumMinutes()));
        List<WorkerComplianceCalculation.Item> all = WorkerComplianceCalculation.compute(engine, facts, nodeIds,
                asAt, DUE_SOON_DAYS);
        List<WorkerCompliance> items = all.stream()
                .skip(paging.offset())
                .limit(paging.size())
                .map(item -> item(item, tree, node))
                .toList();
        audit.recordRead("listWorkerCompliance", AuditTrail.idsOf(items, c -> c.getWorker().getId()),
                List.of(nodeId));
        return new WorkerCompliancePage()
                .node(OrganisationService.ref(node))
                .asAt(asAt)
                .dueSoonDays(DUE_SOON_DAYS)
                .supervisionOverdue((int) all.stream().filter(i -> overdue(i.supervision())).count())
                .appraisalOverdue((int) all.stream().filter(i -> overdue(i.appraisal())).count())
                .items(items)
                .page(paging.page())
                .size(paging.size())
                .totalItems((long) all.size());
    }

    private static boolean overdue(WorkerComplianceCalculation.Position position) {
        return position != null && position.status() == WorkerComplianceCalculation.Status.OVERDUE;
    }

    private static WorkerCompliance item(WorkerComplianceCalculation.Item item, OrgTree tree, OrgNode asked) {
        OrgNode team = tree.node(item.nodeId()).orElse(asked);
        WorkerComplianceCalculation.Position s = item.supervision();
        WorkerComplianceCalculation.Position a = item.appraisal();
        return new WorkerCompliance()
                .worker(new WorkerRef().id(item.workerId()).givenName(item.givenName()).familyName(item.familyName()))
                .team(OrganisationService.ref(team))
                .role(RoleCode.fromValue(item.roleCode()))
                .employmentType(employmentType(item.employmentType()))
                .supervision(s == null ? null : new SupervisionPosition()
                        .status(status(s.status()))
                        .lastSessionDate(s.last())
                        .intervalDays(s.intervalDays())
                        .dueDate(s.due())
                        .daysOverdue(s.daysOverdue()))
                .appraisal(a == null ? null : new AppraisalPosition()
                        .status(status(a.status()))
                        .lastAppraisalDate(a.last())
                        .dueDate(a.due())
                        .daysOverdue(a.daysOverdue()));
    }

    private static ComplianceStatus status(WorkerComplianceCalculation.Status status) {
        return switch (status) {
            case OVERDUE -> ComplianceStatus.OVERDUE;
            case DUE_SOON -> ComplianceStatus.DUE_SOON;
            case UP_TO_DATE -> ComplianceStatus.UP_TO_DATE;
            case NOT_DUE -> ComplianceStatus.NOT_DUE;
        };
    }

    private static EmploymentType employmentType(WorkforceFacts.EmploymentType type) {
        return switch (type) {
            case PERMANENT -> EmploymentType.PERMANENT;
            case FIXED_TERM -> EmploymentType.FIXED_TERM;
            case AGENCY -> EmploymentType.AGENCY;
        };
    }
}

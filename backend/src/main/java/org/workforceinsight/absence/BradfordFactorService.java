package org.workforceinsight.absence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.workforceinsight.api.model.BradfordFactor;
import org.workforceinsight.api.model.BradfordFactorPage;
import org.workforceinsight.api.model.OrganisationNodeRef;
import org.workforceinsight.api.model.WorkerRef;
import org.workforceinsight.measures.BradfordFactors;
import org.workforceinsight.measures.WorkforceFacts;
import org.workforceinsight.organisation.OrgNode;
import org.workforceinsight.organisation.OrganisationService;
import org.workforceinsight.security.AccessScope;
import org.workforceinsight.security.AuditTrail;
import org.workforceinsight.shared.Dates;
import org.workforceinsight.shared.Paging;
import org.workforceinsight.shared.ProblemException;
import org.workforceinsight.shared.Rows;

/**
 * Bradford factors per worker (metrics.md: spells x spells x days over the 52 weeks to the as-at date), for
 * the absence page. The figures follow the measure engine's rule for the factor it shows beside each
 * absence (a spell is a sickness absence overlapping the weeks; one that starts before them counts the
 * share of its days that falls inside them, by weekdays), so both pages show the same number.
 */
@ApplicationScoped
public class BradfordFactorService {

    static final String TRIGGER_SETTING = "absence.bradford-trigger";
    static final BigDecimal DEFAULT_TRIGGER = new BigDecimal("200");

    @Inject
    EntityManager em;

    @Inject
    AuditTrail audit;

    /**
     * The workers assigned to the node or beneath it on the as-at date with sickness in the 52 weeks to it,
     * highest factor first: 404 for an unknown node, 403 for one outside the caller's scope, and 403 when the
     * caller may not see health detail (the operation rule already refuses them; this keeps the service safe
     * when called from elsewhere).
     */
    @Transactional
    public BradfordFactorPage list(AccessScope scope, UUID nodeId, LocalDate asAtParameter, Paging paging) {
        if (!scope.seesHealthDetail()) {
            throw ProblemException.forbidden("Bradford factors are health data, which your role may not see.");
        }
        OrgNode node = scope.requireNode(nodeId);
        LocalDate asAt = Dates.orToday(asAtParameter, "asAt");
        LocalDate from = BradfordFactors.weeksFrom(asAt);
        Set<UUID> nodes = scope.tree().subtree(nodeId);
        if (!scope.allNodes()) {
            nodes.retainAll(scope.accessibleNodes());
        }
        BigDecimal trigger = trigger();
        List<BradfordFactor> all = nodes.isEmpty() ? List.of() : compute(nodes, from, asAt, trigger);
        int start = (int) Math.min(all.size(), paging.offset());
        int end = Math.min(all.size(), start + paging.size());
        List<BradfordFactor> items = List.copyOf(all.subList(start, end));
        audit.recordRead("listBradfordFactors", AuditTrail.idsOf(items, item -> item.getWorker().getId()),
                AuditTrail.ids(nodeId));
        return new BradfordFactorPage().node(OrganisationService.ref(node)).asAt(asAt).from(from)
                .trigger(trigger.doubleValue()).items(items).page(paging.page()).size(paging.size())
                .totalItems((long) all.size());
    }

    @SuppressWarnings("unchecked")
    private List<BradfordFactor> compute(Set<UUID> nodes, LocalDate from, LocalDate asAt, BigDecimal trigger) {
        // the worker's team is their first assignment in the nodes on the as-at date, so each worker is one row
        List<Tuple> rows = em.createNativeQuery("SELECT w.id AS worker_id, w.given_name, w.family_name, "
                        + "n.id AS node_id, n.node_type, n.name AS node_name, ab.first_day, ab.last_day, "
                        + "ab.working_days_lost "
                        + "FROM absence ab JOIN worker w ON w.id = ab.worker_id "
                        + "JOIN LATERAL (SELECT sa.team_id FROM assignment sa WHERE sa.worker_id = w.id "
                        + "  AND sa.team_id IN (:nodes) AND sa.start_date <= :asAt "
                        + "  AND (sa.end_date IS NULL OR sa.end_date >= :asAt) "
                        + "  ORDER BY sa.start_date, sa.id LIMIT 1) a ON true "
                        + "JOIN org_node n ON n.id = a.team_id "
                        + "WHERE ab.absence_type = 'sickness' AND ab.first_day <= :asAt AND ab.last_day >= :from "
                        + "ORDER BY w.id, ab.first_day", Tuple.class)
                .setParameter("nodes", nodes)
                .setParameter("asAt", asAt)
                .setParameter("from", from)
                .getResultList();
        Map<UUID, Sickness> byWorker = new LinkedHashMap<>();
        for (Tuple t : rows) {
            Sickness sickness = byWorker.computeIfAbsent(Rows.uuid(t.get("worker_id")), id -> new Sickness(
                    new WorkerRef().id(id).givenName(Rows.string(t.get("given_name")))
                            .familyName(Rows.string(t.get("family_name"))),
                    new OrganisationNodeRef().id(Rows.uuid(t.get("node_id")))
                            .nodeType(org.workforceinsight.api.model.NodeType.fromValue(Rows.string(t.get("node_type"))))
                            .name(Rows.string(t.get("node_name")))));
            sickness.absences.add(new WorkforceFacts.AbsenceFact(null, "sickness", Rows.date(t.get("first_day")),
                    Rows.date(t.get("last_day")), Rows.decimal(t.get("working_days_lost")), null));
        }
        List<BradfordFactor> result = new ArrayList<>();
        for (Sickness sickness : byWorker.values()) {
            // the measures' own definition, so the list and the figure beside each absence always agree
            BradfordFactors.Spells spells = BradfordFactors.of(sickness.absences, asAt);
            result.add(new BradfordFactor().worker(sickness.worker).node(sickness.node).spells(spells.count())
                    .daysLost(spells.daysLost().setScale(1, RoundingMode.HALF_UP).doubleValue())
                    .bradfordFactor(spells.factor().doubleValue())
                    .atOrAboveTrigger(spells.factor().compareTo(trigger) >= 0));
        }
        result.sort(Comparator.comparing(BradfordFactor::getBradfordFactor).reversed()
                .thenComparing(item -> item.getWorker().getFamilyName())
                .thenComparing(item -> item.getWorker().getGivenName())
                .thenComparing(item -> item.getWorker().getId()));
        return result;
    }

    private BigDecimal trigger() {
        List<?> values = em.createNativeQuery("SELECT value FROM measure_setting WHERE key = :key")
                .setParameter("key", TRIGGER_SETTING).getResultList();
        return values.isEmpty() ? DEFAULT_TRIGGER : Rows.decimal(values.get(0));
    }

    /** A worker's sickness absences in the weeks, as they are read. */
    private static final class Sickness {
        final WorkerRef worker;
        final OrganisationNodeRef node;
        final List<WorkforceFacts.AbsenceFact> absences = new ArrayList<>();

        Sickness(WorkerRef worker, OrganisationNodeRef node) {
            this.worker = worker;
            this.node = node;
        }
    }
}

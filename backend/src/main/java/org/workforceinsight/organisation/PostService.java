package org.workforceinsight.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.workforceinsight.api.model.Post;
import org.workforceinsight.api.model.PostPage;
import org.workforceinsight.api.model.RoleCode;
import org.workforceinsight.security.AccessScope;
import org.workforceinsight.shared.Paging;
import org.workforceinsight.shared.Rows;
import org.workforceinsight.workers.RecordQuery;

/** The establishment: funded posts active on a date, in the caller's scope. */
@ApplicationScoped
public class PostService {

    @Inject
    EntityManager em;

    @Transactional
    public PostPage list(AccessScope scope, UUID nodeId, LocalDate activeOn, Paging paging) {
        Set<UUID> nodes = nodeId != null ? subtreeOf(scope, nodeId) : scope.nodesOrNullForAll();
        PostPage page = new PostPage().page(paging.page()).size(paging.size()).items(List.of()).totalItems(0L);
        if (nodes != null && nodes.isEmpty()) {
            return page;
        }
        RecordQuery query = new RecordQuery("post p JOIN org_node n ON n.id = p.team_id JOIN role r ON r.code = p.role_code")
                .where("p.start_date <= :on AND (p.end_date IS NULL OR p.end_date >= :on)", "on", activeOn);
        if (nodes != null) {
            query.where("p.team_id IN (:nodes)", "nodes", nodes);
        }
        long total = query.count(em);
        if (total <= paging.offset()) {
            return page.totalItems(total);
        }
        List<Tuple> rows = query.page(em, "p.id, p.external_id, p.team_id, p.role_code, p.fte, p.start_date, p.end_date",
                "lower(n.name), n.id, r.display_order, p.role_code, p.start_date, p.id", paging);
        return page.totalItems(total).items(rows.stream().map(t -> toApi(t, scope)).toList());
    }

    private static Set<UUID> subtreeOf(AccessScope scope, UUID nodeId) {
        scope.requireNode(nodeId);
        return scope.tree().subtree(nodeId);
    }

    private static Post toApi(Tuple t, AccessScope scope) {
        UUID teamId = Rows.uuid(t.get("team_id"));
        return new Post()
                .id(Rows.uuid(t.get("id")))
                .externalId(Rows.string(t.get("external_id")))
                .node(scope.tree().node(teamId).map(OrganisationService::ref).orElseThrow())
                .role(RoleCode.fromValue(Rows.string(t.get("role_code"))))
                .fte(Rows.decimal(t.get("fte")).doubleValue())
                .startDate(Rows.date(t.get("start_date")))
                .endDate(Rows.date(t.get("end_date")));
    }
}

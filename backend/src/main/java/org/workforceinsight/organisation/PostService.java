package org.workforceinsight.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.workforceinsight.api.model.Post;
import org.workforceinsight.api.model.PostInput;
import org.workforceinsight.api.model.PostPage;
import org.workforceinsight.api.model.RecordChangePage;
import org.workforceinsight.api.model.Violation;
import org.workforceinsight.api.model.RoleCode;
import org.workforceinsight.security.AccessScope;
import org.workforceinsight.shared.KeptRecordService;
import org.workforceinsight.shared.KeptRecords;
import org.workforceinsight.shared.Paging;
import org.workforceinsight.shared.ProblemException;
import org.workforceinsight.shared.Rows;
import org.workforceinsight.shared.Versioned;
import org.workforceinsight.workers.RecordQuery;

/** The establishment: funded posts active on a date, in the caller's scope. */
@ApplicationScoped
public class PostService implements KeptRecordService<Post, PostInput> {

    @Inject
    EntityManager em;

    @Inject
    KeptRecords records;

    /** The record type in history, as the contract names it. */
    public static final String RECORD_TYPE = "post";

    private static final KeptRecords.Kind<Post> KIND = KeptRecords.Kind.of(RECORD_TYPE, "post", "post", "id");

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

    /** One post with its version: 404 when unknown, 403 when its team is outside the caller's scope. */
    @Override
    @Transactional
    public Versioned<Post> get(AccessScope scope, UUID postId) {
        return records.shown(KIND, read(scope, postId));
    }

    @SuppressWarnings("unchecked")
    private Versioned<Post> read(AccessScope scope, UUID postId) {
        List<Tuple> rows = em.createNativeQuery("SELECT p.id, p.version, p.external_id, p.team_id, p.role_code, "
                + "p.fte, p.start_date, p.end_date FROM post p WHERE p.id = :id", Tuple.class)
                .setParameter("id", postId).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("There is no post " + postId + ".");
        }
        Tuple t = rows.get(0);
        if (!scope.canOpen(Rows.uuid(t.get("team_id")))) {
            throw ProblemException.forbidden("The post " + postId + " is outside your access scope.");
        }
        return new Versioned<>(toApi(t, scope), Rows.count(t.get("version")));
    }

    /** The post's changes, newest first. */
    @Override
    @Transactional
    public RecordChangePage history(AccessScope scope, UUID postId, Paging paging) {
        return records.history(KIND, scope, postId, paging, () -> read(scope, postId));
    }

    /** Records a post after checking every field (400 naming each); a second post with the same external id is 409. */
    @Override
    @Transactional
    public Versioned<Post> record(AccessScope scope, PostInput input) {
        check(scope, input, null);
        UUID id = UUID.randomUUID();
        records.insert(KIND, id, columns(input));
        return records.created(KIND, id, read(scope, id), input);
    }

    /** Corrects a post (every field) under the checks of {@link #record}; 412 when the version is stale. */
    @Override
    @Transactional
    public Versioned<Post> update(AccessScope scope, UUID postId, long expectedVersion, PostInput input) {
        return records.update(KIND, postId, expectedVersion, () -> read(scope, postId), before -> {
            check(scope, input, postId);
            return columns(input);
        });
    }

    /** Deletes a post: 409 while an agency assignment covers it, 412 when the version is stale. */
    @Override
    @Transactional
    public void delete(AccessScope scope, UUID postId, long expectedVersion) {
        records.delete(KIND, postId, expectedVersion, () -> read(scope, postId),
                before -> records.requireUnreferenced("agency_assignment", "covers_post_id", postId,
                        covering -> "The post " + postId + " is covered by " + covering
                                + " agency assignment(s); change or delete them first."));
    }

    private static KeptRecords.Columns columns(PostInput input) {
        return new KeptRecords.Columns()
                .set("external_id", input.getExternalId())
                .set("team_id", input.getNodeId())
                .set("role_code", input.getRole().toString())
                .set("fte", BigDecimal.valueOf(input.getFte()))
                .set("start_date", input.getStartDate())
                .set("end_date", input.getEndDate());
    }

    private void check(AccessScope scope, PostInput input, UUID self) {
        List<Violation> violations = new ArrayList<>();
        if (input.getNodeId() != null) {
            var node = scope.tree().node(input.getNodeId());
            if (node.isEmpty()) {
                violations.add(new Violation().field("nodeId").detail("is not a known organisation node"));
            } else if (!node.get().isTeam()) {
                violations.add(new Violation().field("nodeId").detail("must be a team"));
            }
        }
        if (input.getStartDate() != null && input.getEndDate() != null
                && input.getEndDate().isBefore(input.getStartDate())) {
            violations.add(new Violation().field("endDate")
                    .detail("must not be before startDate (" + input.getStartDate() + ")"));
        }
        if (input.getFte() != null && BigDecimal.valueOf(input.getFte()).scale() > 2) {
            violations.add(new Violation().field("fte").detail("must have at most two decimal places"));
        }
        if (input.getExternalId() != null && input.getExternalId().isBlank()) {
            violations.add(new Violation().field("externalId").detail("must not be blank"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalidFields(violations);
        }
        if (input.getExternalId() != null && Rows.count(em.createNativeQuery("SELECT count(*) FROM post "
                        + "WHERE external_id = :external AND (CAST(:self AS uuid) IS NULL OR id <> CAST(:self AS uuid))")
                .setParameter("external", input.getExternalId())
                .setParameter("self", self == null ? null : self.toString()).getSingleResult()) > 0) {
            throw ProblemException.conflict("Another post already has the external id " + input.getExternalId() + ".");
        }
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

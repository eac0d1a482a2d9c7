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
import org.workforceinsight.shared.ETags;
import org.workforceinsight.shared.Paging;
import org.workforceinsight.shared.ProblemException;
import org.workforceinsight.shared.RecordHistory;
import org.workforceinsight.shared.Rows;
import org.workforceinsight.shared.Versioned;
import org.workforceinsight.shared.VersionedRows;
import org.workforceinsight.workers.RecordQuery;

/** The establishment: funded posts active on a date, in the caller's scope. */
@ApplicationScoped
public class PostService {

    @Inject
    EntityManager em;

    @Inject
    RecordHistory history;

    /** The record type in history, as the contract names it. */
    public static final String RECORD_TYPE = "post";

    private static final String NOUN = "post";

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
    @Transactional
    public Versioned<Post> get(AccessScope scope, UUID postId) {
        return read(scope, postId);
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
    @Transactional
    public RecordChangePage history(AccessScope scope, UUID postId, Paging paging) {
        if (!exists(postId)) {
            return history.pageOfDeleted(scope, RECORD_TYPE, postId, NOUN, paging);
        }
        read(scope, postId);
        return history.page(RECORD_TYPE, postId, paging);
    }

    /** Records a post after checking every field (400 naming each); a second post with the same external id is 409. */
    @Transactional
    public Versioned<Post> record(AccessScope scope, PostInput input) {
        check(scope, input, null);
        UUID id = UUID.randomUUID();
        em.createNativeQuery("INSERT INTO post (id, external_id, team_id, role_code, fte, start_date, end_date, "
                        + "version) VALUES (:id, :external, :team, :role, :fte, :start, :end, 1)")
                .setParameter("id", id)
                .setParameter("external", input.getExternalId())
                .setParameter("team", input.getNodeId())
                .setParameter("role", input.getRole().toString())
                .setParameter("fte", BigDecimal.valueOf(input.getFte()))
                .setParameter("start", input.getStartDate())
                .setParameter("end", input.getEndDate())
                .executeUpdate();
        Versioned<Post> created = read(scope, id);
        history.api(RECORD_TYPE, id, created.version(), RecordHistory.ChangeType.CREATED, null, created.body());
        return created;
    }

    /** Corrects a post (every field) under the checks of {@link #record}; 412 when the version is stale. */
    @Transactional
    public Versioned<Post> update(AccessScope scope, UUID postId, long expectedVersion, PostInput input) {
        Versioned<Post> before = read(scope, postId);
        ETags.requireCurrent(before.version(), expectedVersion, NOUN);
        check(scope, input, postId);
        int rows = em.createNativeQuery("UPDATE post SET external_id = :external, team_id = :team, role_code = :role, "
                        + "fte = :fte, start_date = :start, end_date = :end, version = version + 1 "
                        + "WHERE id = :id AND version = :version")
                .setParameter("external", input.getExternalId())
                .setParameter("team", input.getNodeId())
                .setParameter("role", input.getRole().toString())
                .setParameter("fte", BigDecimal.valueOf(input.getFte()))
                .setParameter("start", input.getStartDate())
                .setParameter("end", input.getEndDate())
                .setParameter("id", postId)
                .setParameter("version", expectedVersion)
                .executeUpdate();
        VersionedRows.requireChanged(em, rows, "post", "id", postId, NOUN);
        Versioned<Post> after = read(scope, postId);
        history.api(RECORD_TYPE, postId, after.version(), RecordHistory.ChangeType.UPDATED, before.body(),
                after.body());
        return after;
    }

    /** Deletes a post: 409 while an agency assignment covers it, 412 when the version is stale. */
    @Transactional
    public void delete(AccessScope scope, UUID postId, long expectedVersion) {
        Versioned<Post> before = read(scope, postId);
        ETags.requireCurrent(before.version(), expectedVersion, NOUN);
        long covering = Rows.count(em.createNativeQuery("SELECT count(*) FROM agency_assignment WHERE covers_post_id = :id")
                .setParameter("id", postId).getSingleResult());
        if (covering > 0) {
            throw ProblemException.conflict("The post " + postId + " is covered by " + covering
                    + " agency assignment(s); change or delete them first.");
        }
        int rows = em.createNativeQuery("DELETE FROM post WHERE id = :id AND version = :version")
                .setParameter("id", postId).setParameter("version", expectedVersion).executeUpdate();
        VersionedRows.requireChanged(em, rows, "post", "id", postId, NOUN);
        history.api(RECORD_TYPE, postId, before.version(), RecordHistory.ChangeType.DELETED, before.body(), null);
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

    private boolean exists(UUID postId) {
        return Rows.count(em.createNativeQuery("SELECT count(*) FROM post WHERE id = :id")
                .setParameter("id", postId).getSingleResult()) > 0;
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

package org.workforceinsight.recording;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.workforceinsight.api.model.MeasureId;
import org.workforceinsight.api.model.MeasureTargetRecord;
import org.workforceinsight.api.model.MeasureTargetRecordInput;
import org.workforceinsight.api.model.RecordChangePage;
import org.workforceinsight.api.model.TargetDirection;
import org.workforceinsight.organisation.OrgNode;
import org.workforceinsight.organisation.OrganisationService;
import org.workforceinsight.security.AccessScope;
import org.workforceinsight.shared.ETags;
import org.workforceinsight.shared.Paging;
import org.workforceinsight.shared.ProblemException;
import org.workforceinsight.shared.RecordHistory;
import org.workforceinsight.shared.Rows;
import org.workforceinsight.shared.Versioned;
import org.workforceinsight.shared.VersionedRows;

/**
 * Measure targets as kept records (table {@code measure_target}): one per measure council-wide and at most
 * one per measure and service or team. Written by workforce leads only, versioned, with history.
 */
@ApplicationScoped
public class MeasureTargetRecordService {

    /** The record type in history, as the contract names it. */
    public static final String RECORD_TYPE = "measure-target";

    private static final String NOUN = "measure target";

    @Inject
    EntityManager em;

    @Inject
    RecordHistory history;

    /** One target with its version; 404 when unknown. Targets are configuration, readable by every reading role. */
    @Transactional
    public Versioned<MeasureTargetRecord> get(AccessScope scope, UUID targetId) {
        return read(scope, targetId);
    }

    @SuppressWarnings("unchecked")
    private Versioned<MeasureTargetRecord> read(AccessScope scope, UUID targetId) {
        List<Tuple> rows = em.createNativeQuery("SELECT id, measure, node_id, target, direction, amber_tolerance, "
                        + "updated_by, updated_at, version FROM measure_target WHERE id = :id", Tuple.class)
                .setParameter("id", targetId).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("There is no measure target " + targetId + ".");
        }
        Tuple t = rows.get(0);
        UUID nodeId = Rows.uuid(t.get("node_id"));
        return new Versioned<>(new MeasureTargetRecord()
                .id(Rows.uuid(t.get("id")))
                .measure(MeasureId.fromValue(Rows.string(t.get("measure"))))
                .node(nodeId == null ? null : scope.tree().node(nodeId).map(OrganisationService::ref).orElse(null))
                .target(Rows.decimal(t.get("target")).doubleValue())
                .direction(TargetDirection.fromValue(Rows.string(t.get("direction"))))
                .amberTolerance(Rows.decimal(t.get("amber_tolerance")).doubleValue())
                .updatedBy(Rows.string(t.get("updated_by")))
                .updatedAt(Rows.timestamp(t.get("updated_at"))),
                Rows.count(t.get("version")));
    }

    /** The target's changes, newest first. */
    @Transactional
    public RecordChangePage history(AccessScope scope, UUID targetId, Paging paging) {
        if (!exists(targetId)) {
            return history.pageOfDeleted(scope, RECORD_TYPE, targetId, NOUN, paging);
        }
        read(scope, targetId);
        return history.page(RECORD_TYPE, targetId, paging);
    }

    /** Creates a target: 400 for an unknown node, 409 when the measure already has one for the node. */
    @Transactional
    public Versioned<MeasureTargetRecord> record(AccessScope scope, MeasureTargetRecordInput input) {
        UUID node = storedNode(scope, input.getNodeId());
        requireNoOther(input.getMeasure(), node, null);
        UUID id = UUID.randomUUID();
        em.createNativeQuery("INSERT INTO measure_target (id, measure, node_id, target, direction, amber_tolerance, "
                        + "updated_by, updated_at, version) VALUES (:id, :measure, :node, :target, :direction, "
                        + ":tolerance, :by, now(), 1)")
                .setParameter("id", id)
                .setParameter("measure", input.getMeasure().toString())
                .setParameter("node", node)
                .setParameter("target", BigDecimal.valueOf(input.getTarget()))
                .setParameter("direction", input.getDirection().toString())
                .setParameter("tolerance", BigDecimal.valueOf(input.getAmberTolerance()))
                .setParameter("by", scope.username())
                .executeUpdate();
        Versioned<MeasureTargetRecord> created = read(scope, id);
        history.api(RECORD_TYPE, id, created.version(), RecordHistory.ChangeType.CREATED, null, created.body());
        return created;
    }

    /** Corrects a target (every field) under the checks of {@link #record}; 412 when the version is stale. */
    @Transactional
    public Versioned<MeasureTargetRecord> update(AccessScope scope, UUID targetId, long expectedVersion,
                                                 MeasureTargetRecordInput input) {
        Versioned<MeasureTargetRecord> before = read(scope, targetId);
        ETags.requireCurrent(before.version(), expectedVersion, NOUN);
        UUID node = storedNode(scope, input.getNodeId());
        requireNoOther(input.getMeasure(), node, targetId);
        int rows = em.createNativeQuery("UPDATE measure_target SET measure = :measure, node_id = :node, "
                        + "target = :target, direction = :direction, amber_tolerance = :tolerance, updated_by = :by, "
                        + "updated_at = now(), version = version + 1 WHERE id = :id AND version = :version")
                .setParameter("measure", input.getMeasure().toString())
                .setParameter("node", node)
                .setParameter("target", BigDecimal.valueOf(input.getTarget()))
                .setParameter("direction", input.getDirection().toString())
                .setParameter("tolerance", BigDecimal.valueOf(input.getAmberTolerance()))
                .setParameter("by", scope.username())
                .setParameter("id", targetId)
                .setParameter("version", expectedVersion)
                .executeUpdate();
        VersionedRows.requireChanged(em, rows, "measure_target", "id", targetId, NOUN);
        Versioned<MeasureTargetRecord> after = read(scope, targetId);
        history.api(RECORD_TYPE, targetId, after.version(), RecordHistory.ChangeType.UPDATED, before.body(),
                after.body());
        return after;
    }

    /** Deletes a target (a node then uses its nearest ancestor's); 412 when the version is stale. */
    @Transactional
    public void delete(AccessScope scope, UUID targetId, long expectedVersion) {
        Versioned<MeasureTargetRecord> before = read(scope, targetId);
        ETags.requireCurrent(before.version(), expectedVersion, NOUN);
        int rows = em.createNativeQuery("DELETE FROM measure_target WHERE id = :id AND version = :version")
                .setParameter("id", targetId).setParameter("version", expectedVersion).executeUpdate();
        VersionedRows.requireChanged(em, rows, "measure_target", "id", targetId, NOUN);
        history.api(RECORD_TYPE, targetId, before.version(), RecordHistory.ChangeType.DELETED, before.body(), null);
    }

    /**
     * Sets the measure's target on a node (council-wide when the input has no node) from the version the caller
     * read: {@code 0} when the node had no target of its own, which creates one; otherwise a correction as
     * {@link #update}. This is the path of {@code PUT /measure-targets/{measureId}} too, so a target changed there
     * is versioned and kept in the history like one changed here.
     */
    @Transactional
    public Versioned<MeasureTargetRecord> set(AccessScope scope, MeasureTargetRecordInput input, long expectedVersion) {
        Optional<UUID> existing = idOf(input.getMeasure(), storedNode(scope, input.getNodeId()));
        if (existing.isPresent()) {
            return update(scope, existing.get(), expectedVersion, input);
        }
        if (expectedVersion != 0) {
            throw ProblemException.preconditionFailed("The " + NOUN + " you read has been removed since; read the "
                    + "targets again and repeat the change (If-Match \"0\" sets a new one).");
        }
        return record(scope, input);
    }

    /** Deletes the measure's target on a node (council-wide when null): 404 when it has none of its own. */
    @Transactional
    public void remove(AccessScope scope, MeasureId measure, UUID nodeId, long expectedVersion) {
        UUID node = storedNode(scope, nodeId);
        UUID id = idOf(measure, node).orElseThrow(() -> ProblemException.notFound("There is no "
                + (node == null ? "council-wide " : "") + "target for " + measure
                + (node == null ? "." : " set on node " + node + ".")));
        delete(scope, id, expectedVersion);
    }

    private Optional<UUID> idOf(MeasureId measure, UUID node) {
        List<?> ids = em.createNativeQuery("SELECT CAST(id AS text) FROM measure_target WHERE measure = :measure "
                        + "AND node_id IS NOT DISTINCT FROM CAST(:node AS uuid)")
                .setParameter("measure", measure.toString())
                .setParameter("node", node == null ? null : node.toString()).getResultList();
        return ids.stream().findFirst().map(id -> UUID.fromString(id.toString()));
    }

    /** The node_id to store: null for council-wide (no node, or the council itself); 400 for an unknown node. */
    private static UUID storedNode(AccessScope scope, UUID nodeId) {
        if (nodeId == null) {
            return null;
        }
        OrgNode node = scope.tree().node(nodeId).orElseThrow(
                () -> ProblemException.invalidField("nodeId", "is not a known organisation node"));
        return node.parentId == null ? null : node.id;
    }

    private void requireNoOther(MeasureId measure, UUID node, UUID self) {
        long others = Rows.count(em.createNativeQuery("SELECT count(*) FROM measure_target WHERE measure = :measure "
                        + "AND node_id IS NOT DISTINCT FROM CAST(:node AS uuid) "
                        + "AND (CAST(:self AS uuid) IS NULL OR id <> CAST(:self AS uuid))")
                .setParameter("measure", measure.toString())
                .setParameter("node", node == null ? null : node.toString())
                .setParameter("self", self == null ? null : self.toString()).getSingleResult());
        if (others > 0) {
            throw ProblemException.conflict("There is already a " + (node == null ? "council-wide " : "")
                    + "target for " + measure + (node == null ? "" : " on node " + node) + ".");
        }
    }

    private boolean exists(UUID targetId) {
        return Rows.count(em.createNativeQuery("SELECT count(*) FROM measure_target WHERE id = :id")
                .setParameter("id", targetId).getSingleResult()) > 0;
    }
}

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
import org.workforceinsight.shared.KeptRecordService;
import org.workforceinsight.shared.KeptRecords;
import org.workforceinsight.shared.Paging;
import org.workforceinsight.shared.ProblemException;
import org.workforceinsight.shared.Rows;
import org.workforceinsight.shared.Versioned;

/**
 * Measure targets as kept records (table {@code measure_target}): one per measure council-wide and at most
 * one per measure and service or team. Written by workforce leads only, versioned, with history.
 */
@ApplicationScoped
public class MeasureTargetRecordService
        implements KeptRecordService<MeasureTargetRecord, MeasureTargetRecordInput> {

    /** The record type in history, as the contract names it. */
    public static final String RECORD_TYPE = "measure-target";

    private static final String NOUN = "measure target";

    private static final KeptRecords.Kind<MeasureTargetRecord> KIND = KeptRecords.Kind.of(RECORD_TYPE, NOUN,
            "measure_target", "id");

    @Inject
    EntityManager em;

    @Inject
    KeptRecords records;

    /** One target with its version; 404 when unknown. Targets are configuration, readable by every reading role. */
    @Override
    @Transactional
    public Versioned<MeasureTargetRecord> get(AccessScope scope, UUID targetId) {
        return records.shown(KIND, read(scope, targetId));
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
    @Override
    @Transactional
    public RecordChangePage history(AccessScope scope, UUID targetId, Paging paging) {
        return records.history(KIND, scope, targetId, paging, () -> read(scope, targetId));
    }

    /** Creates a target: 400 for an unknown node, 409 when the measure already has one for the node. */
    @Override
    @Transactional
    public Versioned<MeasureTargetRecord> record(AccessScope scope, MeasureTargetRecordInput input) {
        UUID node = storedNode(scope, input.getNodeId());
        requireNoOther(input.getMeasure(), node, null);
        UUID id = UUID.randomUUID();
        records.insert(KIND, id, columns(scope, input, node));
        return records.created(KIND, id, read(scope, id), input);
    }

    /** Corrects a target (every field) under the checks of {@link #record}; 412 when the version is stale. */
    @Override
    @Transactional
    public Versioned<MeasureTargetRecord> update(AccessScope scope, UUID targetId, long expectedVersion,
                                                 MeasureTargetRecordInput input) {
        return records.update(KIND, targetId, expectedVersion, () -> read(scope, targetId), before -> {
            UUID node = storedNode(scope, input.getNodeId());
            requireNoOther(input.getMeasure(), node, targetId);
            return columns(scope, input, node);
        });
    }

    /** Deletes a target (a node then uses its nearest ancestor's); 412 when the version is stale. */
    @Override
    @Transactional
    public void delete(AccessScope scope, UUID targetId, long expectedVersion) {
        records.delete(KIND, targetId, expectedVersion, () -> read(scope, targetId));
    }

    /** Who changed it last and when are the target's own columns; the history keeps every change. */
    private static KeptRecords.Columns columns(AccessScope scope, MeasureTargetRecordInput input, UUID node) {
        return new KeptRecords.Columns()
                .set("measure", input.getMeasure().toString())
                .set("node_id", node)
                .set("target", BigDecimal.valueOf(input.getTarget()))
                .set("direction", input.getDirection().toString())
                .set("amber_tolerance", BigDecimal.valueOf(input.getAmberTolerance()))
                .set("updated_by", scope.username())
                .setSql("updated_at", "now()");
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
}

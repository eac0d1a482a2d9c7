package org.workforceinsight.measures;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;
import org.workforceinsight.api.TargetsApi;
import org.workforceinsight.api.model.MeasureId;
import org.workforceinsight.api.model.MeasureTarget;
import org.workforceinsight.api.model.MeasureTargetInput;
import org.workforceinsight.api.model.MeasureTargetRecord;
import org.workforceinsight.api.model.MeasureTargetRecordInput;
import org.workforceinsight.organisation.OrgNode;
import org.workforceinsight.organisation.OrgTree;
import org.workforceinsight.organisation.OrganisationService;
import org.workforceinsight.security.AccessScope;
import org.workforceinsight.recording.MeasureTargetRecordService;
import org.workforceinsight.security.ScopeService;
import org.workforceinsight.shared.ETags;
import org.workforceinsight.shared.ProblemException;
import org.workforceinsight.shared.Versioned;

/**
 * Targets per measure: council-wide, overridden per service or team. Every product role may read them (a
 * target is not personal data, and managers need them to read their RAG status); only workforce leads may
 * change them. The council's own id stands for the council-wide target.
 */
// Who may call each operation: security/OperationRules, checked by security/OperationAccessFilter.
@Authenticated
public class TargetsResource implements TargetsApi {

    @Inject
    MeasureTargetRepository targets;

    @Inject
    ScopeService scopes;

    @Inject
    MeasureTargetRecordService records;

    @Override
    @Transactional
    public RestResponse<List<MeasureTarget>> listMeasureTargets(UUID nodeId) {
        OrgTree tree = scopes.current().tree();
        OrgNode node = nodeOrCouncil(tree, nodeId);
        Map<Measure, List<MeasureTargetRepository.StoredTarget>> stored = targets.all();
        List<UUID> chain = MeasureService.nodeAndAncestors(tree, node.id);
        List<MeasureTarget> result = new ArrayList<>();
        for (Measure measure : Measure.values()) {
            List<MeasureTargetRepository.StoredTarget> rows = stored.getOrDefault(measure, List.of());
            Optional<Rag.Target> effective = Rag.resolve(rows.stream().map(MeasureTargetRepository.StoredTarget::target)
                    .toList(), chain);
            if (effective.isEmpty()) {
                continue;
            }
            MeasureTargetRepository.StoredTarget source = rows.stream()
                    .filter(row -> row.target() == effective.get()).findFirst().orElseThrow();
            UUID sourceNode = source.target().nodeId();
            boolean councilAsked = node.parentId == null;
            boolean inherited = sourceNode == null ? !councilAsked : !sourceNode.equals(node.id);
            result.add(toApi(source, tree, inherited));
        }
        return RestResponse.ok(result);
    }

    /** One code path with /measure-target-records: versioned, If-Match checked, kept in the history. */
    @Override
    @Transactional
    public RestResponse<MeasureTarget> setMeasureTarget(MeasureId measureId, String ifMatch, MeasureTargetInput input,
                                                        UUID nodeId) {
        long expected = ETags.expectedVersion(ifMatch);
        AccessScope scope = scopes.current();
        UUID stored = storedNodeId(scope.tree(), nodeId);
        Versioned<MeasureTargetRecord> saved = records.set(scope, new MeasureTargetRecordInput()
                .measure(measureId).nodeId(stored).target(input.getTarget()).direction(input.getDirection())
                .amberTolerance(input.getAmberTolerance()), expected);
        MeasureTargetRecord record = saved.body();
        return RestResponse.ResponseBuilder.ok(new MeasureTarget()
                        .measure(record.getMeasure())
                        .node(record.getNode())
                        .target(record.getTarget())
                        .direction(record.getDirection())
                        .amberTolerance(record.getAmberTolerance())
                        .inherited(false)
                        .updatedBy(record.getUpdatedBy())
                        .updatedAt(record.getUpdatedAt())
                        .id(record.getId())
                        .version(saved.version()))
                .header("ETag", saved.etag()).build();
    }

    /**
     * The generated interface lets this operation produce only problem+json (its success has no body), so a
     * client accepting application/json, as most do, would get 406 before its role or the target was even
     * looked at. Re-declaring the operation here (JAX-RS then ignores the interface's annotations for it)
     * accepts both; the path and parameters are the contract's.
     */
    @Override
    @DELETE
    @Path("/{measureId}")
    @Produces({"application/json", "application/problem+json"})
    @Transactional
    public RestResponse<Void> deleteMeasureTarget(@PathParam("measureId") MeasureId measureId,
                                                  @HeaderParam("If-Match") String ifMatch,
                                                  @QueryParam("nodeId") UUID nodeId) {
        long expected = ETags.expectedVersion(ifMatch);
        AccessScope scope = scopes.current();
        records.remove(scope, measureId, storedNodeId(scope.tree(), nodeId), expected);
        return RestResponse.noContent();
    }

    private static OrgNode nodeOrCouncil(OrgTree tree, UUID nodeId) {
        if (nodeId == null) {
            return tree.council().orElseThrow(() -> ProblemException.notFound("No organisation has been loaded yet."));
        }
        return tree.node(nodeId)
                .orElseThrow(() -> ProblemException.notFound("There is no organisation node " + nodeId + "."));
    }

    /** The node_id to store: null for the council-wide target (no node, or the council itself). */
    private static UUID storedNodeId(OrgTree tree, UUID nodeId) {
        if (nodeId == null) {
            return null;
        }
        OrgNode node = nodeOrCouncil(tree, nodeId);
        return node.parentId == null ? null : node.id;
    }

    private static MeasureTarget toApi(MeasureTargetRepository.StoredTarget stored, OrgTree tree, boolean inherited) {
        Rag.Target target = stored.target();
        return new MeasureTarget()
                .measure(MeasureService.measureId(stored.measure()))
                .node(target.nodeId() == null ? null : tree.node(target.nodeId()).map(OrganisationService::ref).orElse(null))
                .target(target.target().doubleValue())
                .direction(MeasureService.direction(target.direction()))
                .amberTolerance(target.amberTolerance().doubleValue())
                .inherited(inherited)
                .updatedBy(stored.updatedBy())
                .updatedAt(stored.updatedAt())
                .id(stored.id())
                .version(stored.version());
    }
}

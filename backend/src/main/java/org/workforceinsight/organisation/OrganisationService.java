package org.workforceinsight.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.function.Predicate;
import java.util.UUID;
import org.workforceinsight.api.model.NodeType;
import org.workforceinsight.api.model.OrganisationNode;
import org.workforceinsight.api.model.OrganisationNodeRef;
import org.workforceinsight.api.model.TeamType;
import org.workforceinsight.shared.DataVersion;
import org.workforceinsight.shared.ProblemException;

@ApplicationScoped
public class OrganisationService {

    @Inject
    OrgNodeRepository nodes;

    @Inject
    DataVersion dataVersion;

    /** The tree as last read, with the data version it was read at (nodes are never changed through it). */
    private record KeptTree(DataVersion.Seen seen, OrgTree tree) {
    }

    private volatile KeptTree kept;

    /**
     * The organisation tree, read again only when the data version has moved: every request checks its
     * caller's scope against the tree, and reading 900 nodes through Hibernate each time was a tenth of a
     * measures request's time. A transaction that has written reads its own tree (it may have changed a node).
     */
    @Transactional
    public OrgTree tree() {
        DataVersion.Seen seen = dataVersion.read();
        KeptTree current = kept;
        if (current != null && seen.answeredBy(current.seen())) {
            return current.tree();
        }
        OrgTree tree = new OrgTree(nodes.listTree());
        if (!seen.wroteInTransaction()) {
            kept = new KeptTree(seen, tree);
        }
        return tree;
    }

    /** The council with its descendants, each saying whether the caller may open it. */
    public OrganisationNode describe(OrgTree tree, Predicate<UUID> accessible) {
        OrgNode council = tree.council()
                .orElseThrow(() -> ProblemException.notFound("No organisation has been loaded yet."));
        return describe(tree, council, accessible);
    }

    private OrganisationNode describe(OrgTree tree, OrgNode node, Predicate<UUID> accessible) {
        OrganisationNode result = new OrganisationNode()
                .id(node.id)
                .nodeType(NodeType.fromValue(node.nodeType))
                .name(node.name)
                .teamType(node.teamType == null ? null : TeamType.fromValue(node.teamType))
                .locality(node.locality)
                .laCode(node.laCode)
                .region(node.region)
                .accessible(accessible.test(node.id));
        result.setChildren(tree.children(node.id).stream().map(child -> describe(tree, child, accessible)).toList());
        return result;
    }

    public static OrganisationNodeRef ref(OrgNode node) {
        return new OrganisationNodeRef().id(node.id).nodeType(NodeType.fromValue(node.nodeType)).name(node.name);
    }
}

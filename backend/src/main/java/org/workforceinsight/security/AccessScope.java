package org.workforceinsight.security;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.workforceinsight.organisation.OrgNode;
import org.workforceinsight.organisation.OrgTree;
import org.workforceinsight.shared.ProblemException;

/**
 * The part of the organisation a caller may see.
 *
 * @param username         the caller's sign-in name (preferred_username)
 * @param roles            the caller's product roles
 * @param allNodes         the caller sees the whole council (see {@link Roles#COUNCIL_WIDE})
 * @param responsibleNodes the services and teams the caller manages (empty when {@code allNodes})
 * @param accessibleNodes  those nodes and every node beneath them
 * @param tree             the organisation tree the scope was computed from
 */
public record AccessScope(String username, List<String> roles, boolean allNodes, List<UUID> responsibleNodes,
                          Set<UUID> accessibleNodes, OrgTree tree) {

    /** Health detail (sickness reasons, Bradford factors): workforce leads and HR absence officers only. */
    public boolean seesHealthDetail() {
        return roles.contains(Roles.WORKFORCE_LEAD) || roles.contains(Roles.HR_ABSENCE_OFFICER);
    }

    /** Agency charges and costs (commercial detail): workforce leads and senior managers only. */
    public boolean seesAgencyCharges() {
        return roles.contains(Roles.WORKFORCE_LEAD) || roles.contains(Roles.SENIOR_MANAGER);
    }

    public boolean canOpen(UUID nodeId) {
        return allNodes ? tree.node(nodeId).isPresent() : accessibleNodes.contains(nodeId);
    }

    /** The node, if it exists (else 404) and the caller may open it (else 403). */
    public OrgNode requireNode(UUID nodeId) {
        OrgNode node = tree.node(nodeId)
                .orElseThrow(() -> ProblemException.notFound("There is no organisation node " + nodeId + "."));
        if (!canOpen(nodeId)) {
            throw ProblemException.forbidden("The organisation node " + nodeId + " is outside your access scope.");
        }
        return node;
    }

    /**
     * The nodes whose workers the caller may see (their teams, and for a head of service the service
     * itself, where staff such as the head of service are assigned); null when they see every node.
     */
    public Set<UUID> nodesOrNullForAll() {
        return allNodes ? null : accessibleNodes;
    }
}

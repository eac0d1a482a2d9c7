package org.workforceinsight.organisation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** An in-memory view of the organisation tree, children ordered by name (ignoring case). */
public final class OrgTree {

    private final Map<UUID, OrgNode> byId = new LinkedHashMap<>();
    private final Map<UUID, List<OrgNode>> children = new LinkedHashMap<>();
    private final List<OrgNode> roots = new ArrayList<>();

    /** Display order of nodes: by name, ignoring case, then by id. */
    public static final java.util.Comparator<OrgNode> BY_NAME = (a, b) -> {
        int byName = a.name.compareToIgnoreCase(b.name);
        return byName != 0 ? byName : a.id.compareTo(b.id);
    };

    public OrgTree(List<OrgNode> nodes) {
        List<OrgNode> nodesOrderedByName = new ArrayList<>(nodes);
        nodesOrderedByName.sort(BY_NAME);
        for (OrgNode node : nodesOrderedByName) {
            byId.put(node.id, node);
        }
        for (OrgNode node : nodesOrderedByName) {
            if (node.parentId == null || !byId.containsKey(node.parentId)) {
                roots.add(node);
            } else {
                children.computeIfAbsent(node.parentId, k -> new ArrayList<>()).add(node);
            }
        }
    }

    public Optional<OrgNode> node(UUID id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    public List<OrgNode> children(UUID id) {
        return children.getOrDefault(id, List.of());
    }

    /** The council: the root of the tree (the first by name should there be several). */
    public Optional<OrgNode> council() {
        return roots.stream().filter(n -> OrgNode.COUNCIL.equals(n.nodeType)).findFirst()
                .or(() -> roots.stream().findFirst());
    }

    public Collection<OrgNode> all() {
        return byId.values();
    }

    /** The node and every node beneath it. */
    public Set<UUID> subtree(UUID id) {
        Set<UUID> result = new LinkedHashSet<>();
        Deque<UUID> pending = new ArrayDeque<>();
        if (byId.containsKey(id)) {
            pending.add(id);
        }
        while (!pending.isEmpty()) {
            UUID current = pending.poll();
            if (result.add(current)) {
                for (OrgNode child : children(current)) {
                    pending.add(child.id);
                }
            }
        }
        return result;
    }

    /** The teams in the node (the node itself for a team), ordered by name. */
    public List<OrgNode> teamsUnder(UUID id) {
        return subtree(id).stream().map(byId::get).filter(OrgNode::isTeam).sorted(BY_NAME).toList();
    }
}

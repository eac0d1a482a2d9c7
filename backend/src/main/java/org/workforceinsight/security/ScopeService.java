package org.workforceinsight.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.workforceinsight.organisation.OrgNode;
import org.workforceinsight.organisation.OrgTree;
import org.workforceinsight.organisation.OrganisationService;
import org.workforceinsight.workers.Worker;
import org.workforceinsight.workers.WorkerRepository;

/**
 * Computes the caller's access scope from the organisation data, not from a token claim: the
 * caller's worker record is the one whose {@code username} equals the principal name (the token's
 * preferred_username, or the {@code @TestSecurity} user). A workforce lead, an HR absence officer, a
 * viewer or a machine client sees every node (what they may call there is in {@link OperationRules});
 * a senior manager sees every node under the services they head; a team manager sees the teams they
 * manage and the teams below them. Anyone else sees nothing.
 */
@ApplicationScoped
public class ScopeService {

    @Inject
    SecurityIdentity identity;

    @Inject
    OrganisationService organisation;

    @Inject
    WorkerRepository workers;

    @Inject
    CurrentOperation operation;

    /**
     * The caller's scope for the operation being served: only the roles that the operation's rule grants
     * count, so a role that opens aggregates council-wide (viewer) never widens a person-level list.
     */
    @Transactional
    public AccessScope current() {
        String username = identity.isAnonymous() ? null : identity.getPrincipal().getName();
        OperationRules.Rule rule = operation.rule().orElse(null);
        List<String> roles = Roles.ALL.stream()
                .filter(identity::hasRole)
                .filter(role -> rule == null || rule.kind() != OperationRules.Kind.ROLES || rule.roles().contains(role))
                .toList();
        return scopeFor(username, roles, organisation.tree());
    }

    @Transactional
    public AccessScope scopeFor(String username, List<String> roles, OrgTree tree) {
        if (roles.stream().anyMatch(Roles.COUNCIL_WIDE::contains)) {
            return new AccessScope(username, roles, true, List.of(), Set.of(), tree);
        }
        List<UUID> responsible = new ArrayList<>();
        Set<UUID> accessible = new LinkedHashSet<>();
        UUID workerId = workers.findByUsername(username).map(w -> w.id).orElse(null);
        if (workerId != null) {
            for (OrgNode node : tree.all()) {
                if (!workerId.equals(node.managerWorkerId)) {
                    continue;
                }
                boolean headsService = OrgNode.SERVICE.equals(node.nodeType) && roles.contains(Roles.SENIOR_MANAGER);
                boolean managesTeam = node.isTeam() && roles.contains(Roles.TEAM_MANAGER);
                if (headsService || managesTeam) {
                    responsible.add(node.id);
                    accessible.addAll(tree.subtree(node.id));
                }
            }
        }
        return new AccessScope(username, roles, false, List.copyOf(responsible), Set.copyOf(accessible), tree);
    }

    /** The caller's worker record, if their sign-in name is linked to one. */
    @Transactional
    public java.util.Optional<Worker> currentWorker() {
        return identity.isAnonymous() ? java.util.Optional.empty()
                : workers.findByUsername(identity.getPrincipal().getName());
    }
}

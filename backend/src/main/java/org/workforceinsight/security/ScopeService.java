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
 * preferred_username, or the {@code @TestSecurity} user). A workforce lead or a machine client sees
 * everything; a senior manager sees every node under the services they head; a team manager sees
 * the teams they manage. Anyone else sees nothing.
 */
@ApplicationScoped
public class ScopeService {

    @Inject
    SecurityIdentity identity;

    @Inject
    OrganisationService organisation;

    @Inject
    WorkerRepository workers;

    @Transactional
    public AccessScope current() {
        String username = identity.isAnonymous() ? null : identity.getPrincipal().getName();
        List<String> roles = Roles.ALL.stream().filter(identity::hasRole).toList();
        return scopeFor(username, roles, organisation.tree());
    }

    @Transactional
    public AccessScope scopeFor(String username, List<String> roles, OrgTree tree) {
        if (roles.contains(Roles.WORKFORCE_LEAD) || roles.contains(Roles.MACHINE_READ)) {
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

package org.workforceinsight.recording;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.workforceinsight.organisation.OrganisationService;
import org.workforceinsight.security.AccessScope;
import org.workforceinsight.security.Roles;
import org.workforceinsight.security.ScopeService;

/**
 * Who may write kept records, from the caller's roles. Some roles act for the whole council although
 * {@link ScopeService} gives them no nodes (a machine client that writes, an HR absence officer): for
 * them the scope covers every node, and the roles they hold are kept in it so services can check them.
 */
@ApplicationScoped
public class RecordAccess {

    /** Every product role a record rule may name. */
    private static final List<String> KNOWN_ROLES = List.of(Roles.WORKFORCE_LEAD, Roles.SENIOR_MANAGER,
            Roles.TEAM_MANAGER, Roles.MACHINE_READ, Roles.HR_ABSENCE_OFFICER, Roles.VIEWER, Roles.MACHINE_WRITE,
            Roles.DATA_PROTECTION_OFFICER);

    /** Roles that may write every kept record, whatever node it belongs to. */
    public static final Set<String> WRITE_EVERYTHING = Set.of(Roles.WORKFORCE_LEAD, Roles.MACHINE_WRITE);

    @Inject
    SecurityIdentity identity;

    @Inject
    ScopeService scopes;

    @Inject
    OrganisationService organisation;

    public boolean has(String role) {
        return !identity.isAnonymous() && identity.hasRole(role);
    }

    public boolean hasAny(Set<String> roles) {
        return roles.stream().anyMatch(this::has);
    }

    /** The caller may write every record (workforce lead, machine-write client). */
    public boolean writesEverything() {
        return hasAny(WRITE_EVERYTHING);
    }

    /**
     * The caller's scope: every node when they hold one of {@code wholeCouncil} (or are a workforce lead or
     * machine client, as {@link ScopeService} already has it), otherwise the nodes they manage.
     */
    public AccessScope scope(Set<String> wholeCouncil) {
        if (hasAny(wholeCouncil)) {
            List<String> roles = KNOWN_ROLES.stream().filter(this::has).toList();
            return new AccessScope(identity.getPrincipal().getName(), roles, true, List.of(), Set.of(),
                    organisation.tree());
        }
        AccessScope managed = scopes.current();
        // keep the roles ScopeService leaves out, so a service can tell e.g. an HR absence officer
        List<String> roles = Stream.concat(managed.roles().stream(),
                KNOWN_ROLES.stream().filter(r -> !managed.roles().contains(r)).filter(this::has)).toList();
        return new AccessScope(managed.username(), roles, managed.allNodes(), managed.responsibleNodes(),
                managed.accessibleNodes(), managed.tree());
    }

    /** The caller's scope, where workforce leads and machine-write clients see every node. */
    public AccessScope writerScope() {
        return scope(WRITE_EVERYTHING);
    }
}

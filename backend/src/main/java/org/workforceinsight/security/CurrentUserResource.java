package org.workforceinsight.security;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.RestResponse;
import org.workforceinsight.api.CurrentUserApi;
import org.workforceinsight.api.model.AccessRole;
import org.workforceinsight.api.model.CurrentUser;

/**
 * Who the caller is. Any signed-in user may ask, including one with no product role, so that the
 * front end can tell them they have no access rather than fail.
 */
@Authenticated
public class CurrentUserResource implements CurrentUserApi {

    @Inject
    SecurityIdentity identity;

    @Inject
    ScopeService scopes;

    @Override
    public RestResponse<CurrentUser> getCurrentUser() {
        AccessScope scope = scopes.current();
        String displayName = null;
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            displayName = token.getClaim("name");
        }
        if (displayName == null || displayName.isBlank()) {
            displayName = scopes.currentWorker().map(w -> w.givenName + " " + w.familyName).orElse(null);
        }
        CurrentUser user = new CurrentUser()
                .username(scope.username())
                .displayName(displayName)
                .roles(scope.roles().stream().map(AccessRole::fromValue).toList())
                .allNodes(scope.allNodes())
                .nodeIds(scope.responsibleNodes());
        return RestResponse.ok(user);
    }
}

package org.workforceinsight.organisation;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.jboss.resteasy.reactive.RestResponse;
import org.workforceinsight.api.OrganisationApi;
import org.workforceinsight.api.model.OrganisationNode;
import org.workforceinsight.security.AccessScope;
import org.workforceinsight.security.ScopeService;
import org.workforceinsight.shared.Dates;

/**
 * The organisation tree. Any signed-in user may read it, including one with no product role: it
 * holds no personal data, and the front end needs it to show what the user may open
 * ({@code accessible} is false everywhere for such a user).
 */
@Authenticated
public class OrganisationResource implements OrganisationApi {

    @Inject
    OrganisationService organisation;

    @Inject
    ScopeService scopes;

    @Override
    public RestResponse<OrganisationNode> getOrganisationTree(LocalDate asAt) {
        // The tree has no dated history yet: asAt is accepted (and validated) for the contract's sake.
        Dates.orToday(asAt, "asAt");
        AccessScope scope = scopes.current();
        return RestResponse.ok(organisation.describe(scope.tree(), scope::canOpen));
    }
}

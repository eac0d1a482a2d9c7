package org.workforceinsight.security;

import jakarta.annotation.security.PermitAll;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestResponse;
import org.workforceinsight.api.ClientConfigurationApi;
import org.workforceinsight.api.model.ClientConfiguration;

/**
 * Public: where the browser signs in and with which scopes (WORKFORCE_WEB_OIDC_AUTHORITY,
 * WORKFORCE_WEB_OIDC_CLIENT_ID, WORKFORCE_WEB_OIDC_SCOPES).
 */
@PermitAll
public class ClientConfigurationResource implements ClientConfigurationApi {

    @ConfigProperty(name = "workforce.web.oidc-authority")
    String authority;

    @ConfigProperty(name = "workforce.web.oidc-client-id")
    String clientId;

    @ConfigProperty(name = "workforce.web.oidc-scopes")
    String scopes;

    @Override
    public RestResponse<ClientConfiguration> getClientConfiguration() {
        return RestResponse.ok(new ClientConfiguration().oidcAuthority(authority).oidcClientId(clientId)
                .scopes(scopes.trim().replaceAll("\\s+", " ")));
    }
}

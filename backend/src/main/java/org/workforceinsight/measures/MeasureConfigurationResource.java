package org.workforceinsight.measures;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import org.jboss.resteasy.reactive.RestResponse;
import org.workforceinsight.api.ConfigurationApi;
import org.workforceinsight.api.model.MeasureConfiguration;

/** The configuration in force: council-wide, holds no personal data, readable by every product role. */
// Who may call each operation: security/OperationRules, checked by security/OperationAccessFilter.
@Authenticated
public class MeasureConfigurationResource implements ConfigurationApi {

    @Inject
    MeasureConfigurationService configuration;

    @Override
    public RestResponse<MeasureConfiguration> getMeasureConfiguration() {
        return RestResponse.ok(configuration.current());
    }
}

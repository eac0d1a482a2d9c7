package org.workforceinsight.security;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.jboss.resteasy.reactive.RestResponse;
import org.workforceinsight.api.RetentionApi;
import org.workforceinsight.api.model.RetentionRun;

/** Runs the retention job at once, for workforce leads (it also runs on its schedule). */
@Authenticated
public class RetentionRunsResource implements RetentionApi {

    @Inject
    RetentionService retention;

    @Inject
    AuditTrail audit;

    @Override
    public RestResponse<RetentionRun> createRetentionRun() {
        return RestResponse.ok(retention.run(RetentionService.Trigger.API, audit.currentActor(), LocalDate.now()));
    }
}

package org.workforceinsight.measures;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;
import org.workforceinsight.api.AgencyCostApi;
import org.workforceinsight.api.model.AgencyCostByMonth;
import org.workforceinsight.security.ScopeService;
import org.workforceinsight.shared.Dates;

/**
 * The agency cost by month of a node and its children in one answer, so that the agency page does not ask
 * for one series per child. Commercial detail: workforce leads and senior managers, within their scope.
 */
// Who may call each operation: security/OperationRules, checked by security/OperationAccessFilter.
@Authenticated
public class AgencyCostResource implements AgencyCostApi {

    @Inject
    MeasureService measures;

    @Inject
    ScopeService scopes;

    @Override
    public RestResponse<AgencyCostByMonth> getAgencyCostByMonth(UUID nodeId, LocalDate from, LocalDate to) {
        return RestResponse.ok(measures.agencyCostByMonth(scopes.current(), nodeId, from, Dates.orToday(to, "to")));
    }
}

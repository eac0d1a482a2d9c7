package org.workforceinsight.absence;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;
import org.workforceinsight.api.BradfordFactorsApi;
import org.workforceinsight.api.model.BradfordFactorPage;
import org.workforceinsight.security.ScopeService;
import org.workforceinsight.shared.Paging;

/** Each worker's Bradford factor in a node: health data, for workforce leads and HR absence officers. */
// Who may call it: security/OperationRules (listBradfordFactors), checked by security/OperationAccessFilter.
@Authenticated
public class BradfordFactorsResource implements BradfordFactorsApi {

    @Inject
    BradfordFactorService factors;

    @Inject
    ScopeService scopes;

    @Override
    public RestResponse<BradfordFactorPage> listBradfordFactors(UUID nodeId, LocalDate asAt, Integer page,
                                                               Integer size) {
        return RestResponse.ok(factors.list(scopes.current(), nodeId, asAt, Paging.of(page, size)));
    }
}

package org.workforceinsight.appraisal;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;
import org.workforceinsight.api.AppraisalsApi;
import org.workforceinsight.api.model.Appraisal;
import org.workforceinsight.api.model.AppraisalInput;
import org.workforceinsight.api.model.AppraisalPage;
import org.workforceinsight.security.ScopeService;
import org.workforceinsight.shared.Paging;
import org.workforceinsight.workers.WorkerRecordScope;

/** Appraisals. Reading is for every product role; recording is for leads and managers. */
// Who may call each operation: security/OperationRules, checked by security/OperationAccessFilter.
@Authenticated
public class AppraisalsResource implements AppraisalsApi {

    @Inject
    AppraisalService appraisals;

    @Inject
    ScopeService scopes;

    @Override
    public RestResponse<AppraisalPage> listAppraisals(UUID workerId, UUID nodeId, LocalDate from, LocalDate to,
                                                      Integer page, Integer size) {
        return RestResponse.ok(appraisals.list(scopes.current(), workerId, nodeId,
                WorkerRecordScope.Range.of(from, to), Paging.of(page, size)));
    }

    @Override
    public RestResponse<Appraisal> getAppraisal(UUID appraisalId) {
        return RestResponse.ok(appraisals.get(scopes.current(), appraisalId));
    }

    @Override
    public RestResponse<Appraisal> createAppraisal(AppraisalInput input) {
        Appraisal created = appraisals.record(scopes.current(), input);
        return RestResponse.ResponseBuilder.<Appraisal>created(URI.create("/api/v1/appraisals/" + created.getId()))
                .entity(created).build();
    }
}

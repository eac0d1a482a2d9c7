package org.workforceinsight.recording;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import org.jboss.resteasy.reactive.RestResponse;
import org.workforceinsight.api.PolicyRecordsApi;
import org.workforceinsight.api.model.CaseWeightInput;
import org.workforceinsight.api.model.CaseWeightRecord;
import org.workforceinsight.api.model.RecordChangePage;
import org.workforceinsight.api.model.SupervisionPolicyInput;
import org.workforceinsight.api.model.SupervisionPolicyRecord;
import org.workforceinsight.shared.ETags;
import org.workforceinsight.shared.Paging;
import org.workforceinsight.shared.Versioned;

/** The supervision policy and case weights one at a time: read by every reading role, changed by workforce leads. */
// Who may call each operation: security/OperationRules, checked by security/OperationAccessFilter.
@Authenticated
public class PolicyRecordsResource implements PolicyRecordsApi {

    @Inject
    PolicyRecordService policies;

    @Override
    public RestResponse<SupervisionPolicyRecord> getSupervisionPolicy(String policyKey) {
        return withETag(policies.supervisionPolicy(policyKey));
    }

    @Override
    public RestResponse<RecordChangePage> getSupervisionPolicyHistory(String policyKey, Integer page, Integer size) {
        return RestResponse.ok(policies.supervisionPolicyHistory(policyKey, Paging.of(page, size)));
    }

    @Override
    public RestResponse<SupervisionPolicyRecord> updateSupervisionPolicy(String policyKey, String ifMatch,
                                                                         SupervisionPolicyInput input) {
        return withETag(policies.updateSupervisionPolicy(policyKey, ETags.expectedVersion(ifMatch), input));
    }

    @Override
    public RestResponse<CaseWeightRecord> getCaseWeight(String caseType) {
        return withETag(policies.caseWeight(caseType));
    }

    @Override
    public RestResponse<RecordChangePage> getCaseWeightHistory(String caseType, Integer page, Integer size) {
        return RestResponse.ok(policies.caseWeightHistory(caseType, Paging.of(page, size)));
    }

    @Override
    public RestResponse<CaseWeightRecord> updateCaseWeight(String caseType, String ifMatch, CaseWeightInput input) {
        return withETag(policies.updateCaseWeight(caseType, ETags.expectedVersion(ifMatch), input));
    }

    private static <T> RestResponse<T> withETag(Versioned<T> record) {
        return RestResponse.ResponseBuilder.ok(record.body()).header("ETag", record.etag()).build();
    }
}

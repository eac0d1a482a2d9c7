package org.workforceinsight.security;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;
import org.workforceinsight.api.AuditApi;
import org.workforceinsight.api.model.AuditAction;
import org.workforceinsight.api.model.AuditRecordPage;
import org.workforceinsight.shared.Paging;

/** The audit trail: who may read it is OperationRules' (workforce leads and the data protection officer). */
@Authenticated
public class AuditRecordsResource implements AuditApi {

    @Inject
    AuditRecordService records;

    @Override
    public RestResponse<AuditRecordPage> listAuditRecords(UUID workerId, String user, UUID nodeId, AuditAction action,
                                                          LocalDate from, LocalDate to, Integer page, Integer size) {
        return RestResponse.ok(records.list(workerId, user, nodeId, action, from, to, Paging.of(page, size)));
    }
}

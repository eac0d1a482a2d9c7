package org.workforceinsight.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.function.Function;
import org.jboss.resteasy.reactive.RestResponse;
import org.workforceinsight.api.model.RecordChangePage;
import org.workforceinsight.security.ScopeService;

/**
 * The HTTP side of a kept record, for the resources that implement the contract's interfaces: every GET and
 * PUT answers the record with its ETag, a POST 201 with its URL in Location and its ETag, a DELETE 204; a
 * PUT or DELETE without If-Match is 428 and one with a tag that cannot be ours 412, before the service runs
 * ({@link ETags#expectedVersion}). Each resource method stays, with its generated signature, and hands its
 * service to one of these.
 */
@ApplicationScoped
public class KeptRecordEndpoints {

    @Inject
    ScopeService scopes;

    public <T> RestResponse<T> get(KeptRecordService<T, ?> service, UUID id) {
        return service.get(scopes.current(), id).ok();
    }

    public RestResponse<RecordChangePage> history(KeptRecordService<?, ?> service, UUID id, Integer page,
                                                  Integer size) {
        return RestResponse.ok(service.history(scopes.current(), id, Paging.of(page, size)));
    }

    /** {@code location}: the new record's URL, from the record as created. */
    public <T, I> RestResponse<T> create(KeptRecordService<T, I> service, I input, Function<T, String> location) {
        Versioned<T> created = service.record(scopes.current(), input);
        return created.created(location.apply(created.body()));
    }

    public <T, I> RestResponse<T> update(KeptRecordService<T, I> service, UUID id, String ifMatch, I input) {
        return service.update(scopes.current(), id, ETags.expectedVersion(ifMatch), input).ok();
    }

    public RestResponse<Void> delete(KeptRecordService<?, ?> service, UUID id, String ifMatch) {
        service.delete(scopes.current(), id, ETags.expectedVersion(ifMatch));
        return RestResponse.noContent();
    }
}

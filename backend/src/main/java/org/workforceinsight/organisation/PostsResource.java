package org.workforceinsight.organisation;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;
import org.workforceinsight.api.EstablishmentApi;
import org.workforceinsight.api.model.PostPage;
import org.workforceinsight.security.ScopeService;
import org.workforceinsight.shared.Dates;
import org.workforceinsight.shared.Paging;

/** Funded posts in the caller's scope (a node outside it is 403). */
// Who may call each operation: security/OperationRules, checked by security/OperationAccessFilter.
@Authenticated
public class PostsResource implements EstablishmentApi {

    @Inject
    PostService posts;

    @Inject
    ScopeService scopes;

    @Override
    public RestResponse<PostPage> listPosts(UUID nodeId, LocalDate activeOn, Integer page, Integer size) {
        return RestResponse.ok(posts.list(scopes.current(), nodeId, Dates.orToday(activeOn, "activeOn"),
                Paging.of(page, size)));
    }
}

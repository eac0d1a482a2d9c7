package org.workforceinsight.organisation;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import java.time.LocalDate;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;
import org.workforceinsight.api.EstablishmentApi;
import org.workforceinsight.api.model.Post;
import org.workforceinsight.api.model.PostInput;
import org.workforceinsight.api.model.PostPage;
import org.workforceinsight.api.model.RecordChangePage;
import org.workforceinsight.security.ScopeService;
import org.workforceinsight.shared.Dates;
import org.workforceinsight.shared.KeptRecordEndpoints;
import org.workforceinsight.shared.Paging;

/** Funded posts in the caller's scope (a node outside it is 403); leads and machine-write clients keep them. */
// Who may call each operation: security/OperationRules, checked by security/OperationAccessFilter.
@Authenticated
public class PostsResource implements EstablishmentApi {

    @Inject
    PostService posts;

    @Inject
    ScopeService scopes;

    @Inject
    KeptRecordEndpoints endpoints;

    @Override
    public RestResponse<PostPage> listPosts(UUID nodeId, LocalDate activeOn, Integer page, Integer size) {
        return RestResponse.ok(posts.list(scopes.current(), nodeId, Dates.orToday(activeOn, "activeOn"),
                Paging.of(page, size)));
    }

    @Override
    public RestResponse<Post> getPost(UUID postId) {
        return endpoints.get(posts, postId);
    }

    @Override
    public RestResponse<RecordChangePage> getPostHistory(UUID postId, Integer page, Integer size) {
        return endpoints.history(posts, postId, page, size);
    }

    @Override
    public RestResponse<Post> createPost(PostInput input) {
        return endpoints.create(posts, input, created -> "/api/v1/posts/" + created.getId());
    }

    @Override
    public RestResponse<Post> updatePost(UUID postId, String ifMatch, PostInput input) {
        return endpoints.update(posts, postId, ifMatch, input);
    }

    @Override
    @DELETE
    @Path("/{postId}")
    // the contract's 204 has no body, so the generated interface would refuse clients that accept JSON (406)
    @Produces({"application/json", "application/problem+json"})
    public RestResponse<Void> deletePost(@PathParam("postId") UUID postId, @HeaderParam("If-Match") String ifMatch) {
        return endpoints.delete(posts, postId, ifMatch);
    }
}

package org.workforceinsight.organisation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;
import org.workforceinsight.api.EstablishmentApi;
import org.workforceinsight.api.model.Post;
import org.workforceinsight.api.model.PostInput;
import org.workforceinsight.api.model.PostPage;
import org.workforceinsight.api.model.RecordChangePage;
import org.workforceinsight.recording.RecordAccess;
import org.workforceinsight.shared.Dates;
import org.workforceinsight.shared.ETags;
import org.workforceinsight.shared.Paging;
import org.workforceinsight.shared.Versioned;

/** Funded posts in the caller's scope (a node outside it is 403); leads and machine-write clients keep them. */
@RolesAllowed({"workforce-lead", "senior-manager", "team-manager", "machine-read", "machine-write"})
public class PostsResource implements EstablishmentApi {

    @Inject
    PostService posts;

    @Inject
    RecordAccess access;

    @Override
    public RestResponse<PostPage> listPosts(UUID nodeId, LocalDate activeOn, Integer page, Integer size) {
        return RestResponse.ok(posts.list(access.writerScope(), nodeId, Dates.orToday(activeOn, "activeOn"),
                Paging.of(page, size)));
    }

    @Override
    public RestResponse<Post> getPost(UUID postId) {
        Versioned<Post> post = posts.get(access.writerScope(), postId);
        return RestResponse.ResponseBuilder.ok(post.body()).header("ETag", post.etag()).build();
    }

    @Override
    public RestResponse<RecordChangePage> getPostHistory(UUID postId, Integer page, Integer size) {
        return RestResponse.ok(posts.history(access.writerScope(), postId, Paging.of(page, size)));
    }

    @Override
    @RolesAllowed({"workforce-lead", "machine-write"})
    public RestResponse<Post> createPost(PostInput input) {
        Versioned<Post> created = posts.record(access.writerScope(), input);
        return RestResponse.ResponseBuilder.<Post>created(URI.create("/api/v1/posts/" + created.body().getId()))
                .header("ETag", created.etag()).entity(created.body()).build();
    }

    @Override
    @RolesAllowed({"workforce-lead", "machine-write"})
    public RestResponse<Post> updatePost(UUID postId, String ifMatch, PostInput input) {
        Versioned<Post> updated = posts.update(access.writerScope(), postId, ETags.expectedVersion(ifMatch), input);
        return RestResponse.ResponseBuilder.ok(updated.body()).header("ETag", updated.etag()).build();
    }

    @Override
    @DELETE
    @Path("/{postId}")
    // the contract's 204 has no body, so the generated interface would refuse clients that accept JSON (406)
    @Produces({"application/json", "application/problem+json"})
    @RolesAllowed({"workforce-lead", "machine-write"})
    public RestResponse<Void> deletePost(@PathParam("postId") UUID postId, @HeaderParam("If-Match") String ifMatch) {
        posts.delete(access.writerScope(), postId, ETags.expectedVersion(ifMatch));
        return RestResponse.noContent();
    }
}

package org.workforceinsight.shared;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Test only: an endpoint that fails unexpectedly, to check what a 500 tells the caller. */
@Path("/api/test-only/failure")
@PermitAll
public class FailingTestResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String fail() {
        throw new IllegalStateException("secret internal detail at org.example.Secret");
    }
}

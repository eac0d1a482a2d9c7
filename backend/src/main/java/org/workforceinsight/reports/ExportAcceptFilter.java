package org.workforceinsight.reports;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Lets an export request that accepts only other media types (say {@code application/json}) through content
 * negotiation with a low-weight {@code *}{@code /*}. Negotiation runs before the resource's role check, so
 * without this such a request would be 406 even without a token or a product role, where every other
 * operation answers 401 or 403; and the file format is chosen by {@code format} in any case (RFC 9110 lets
 * a server send a representation the Accept header did not name).
 */
@Provider
@PreMatching
public class ExportAcceptFilter implements ContainerRequestFilter {

    static final String EXPORTS_PATH = "/api/v1/exports/";

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getRequestUri().getPath();
        if (path == null || !path.startsWith(EXPORTS_PATH)) {
            return;
        }
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        if (accept != null && !accept.isBlank() && !accept.contains("*/*")) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, accept + ", */*;q=0.01");
        }
    }
}

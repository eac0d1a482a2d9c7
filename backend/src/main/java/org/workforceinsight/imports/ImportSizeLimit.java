package org.workforceinsight.imports;

import jakarta.ws.rs.container.ContainerRequestContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.workforceinsight.shared.ProblemException;

/**
 * Refuses an import whose declared length is over {@code workforce.imports.max-bytes} before its body
 * is read. A body sent without a length is measured once received (ImportsResource). The HTTP
 * server's own limit (quarkus.http.limits.max-body-size) is set above this one, so that the caller
 * gets this problem+json answer rather than the server's bare 413.
 */
public class ImportSizeLimit {

    @ConfigProperty(name = "workforce.imports.max-bytes")
    long maxBytes;

    @ServerRequestFilter
    public void checkDeclaredLength(ContainerRequestContext request) {
        if (!"POST".equals(request.getMethod()) || !request.getUriInfo().getPath().endsWith("api/v1/imports")) {
            return;
        }
        if (request.getLength() > maxBytes) {
            throw tooLarge(maxBytes);
        }
    }

    static ProblemException tooLarge(long maxBytes) {
        return new ProblemException(413, "The file is larger than the " + maxBytes + " bytes an import may have.");
    }
}

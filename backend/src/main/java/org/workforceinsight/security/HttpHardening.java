package org.workforceinsight.security;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.workforceinsight.shared.ProblemMappers;

/**
 * A request whose Content-Length is over quarkus.http.limits.max-body-size is refused before its body is
 * read. Quarkus does that with an empty 413 (its route at order -2); this route runs just before it and
 * answers the same status with the problem+json body every other error has. A chunked body without a
 * length is cut off by Quarkus while it is read, and that 413 reaches shared/ProblemMappers.
 */
@ApplicationScoped
public class HttpHardening {

    /** Just before Quarkus's own limit check (io.quarkus.vertx.http.runtime.RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT). */
    static final int ORDER = -3;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> maxBodySize;

    void install(@Observes Router router) {
        if (maxBodySize.isEmpty()) {
            return;
        }
        long limit = maxBodySize.get().asLongValue();
        router.route().order(ORDER).handler(context -> {
            String length = context.request().getHeader("Content-Length");
            if (length != null && isOver(length, limit)) {
                context.response().setStatusCode(413)
                        .putHeader("Content-Type", ProblemMappers.PROBLEM_JSON)
                        .putHeader("Connection", "close")
                        .end(ProblemMappers.payloadTooLargeBody(context.request().path()));
                return;
            }
            context.next();
        });
    }

    private static boolean isOver(String length, long limit) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException e) {
            // not a length: Quarkus and Vert.x refuse the request themselves
            return false;
        }
    }
}

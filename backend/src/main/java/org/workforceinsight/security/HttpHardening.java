package org.workforceinsight.security;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.workforceinsight.shared.ProblemMappers;

/**
 * A request body over quarkus.http.limits.max-body-size is refused by the HTTP layer before any resource
 * runs, as a bare 413; this gives it the same problem+json body as every other error.
 */
@ApplicationScoped
public class HttpHardening {

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(context -> {
            if (context.statusCode() != 413 || context.response().ended()) {
                context.next();
                return;
            }
            context.response().setStatusCode(413)
                    .putHeader("Content-Type", ProblemMappers.PROBLEM_JSON)
                    .putHeader("Connection", "close")
                    .end(ProblemMappers.payloadTooLargeBody(context.request().path()));
        });
    }
}

package org.workforceinsight.shared;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jboss.logging.Logger;

/**
 * Serves the single-page app's {@code index.html} for browser routes such as {@code /teams/{id}}:
 * GET requests whose path is not under {@code /api} or {@code /q} and whose last segment has no
 * file extension. Does nothing when the build holds no front end. Also answers unknown {@code /api}
 * paths with a problem+json 404.
 */
@ApplicationScoped
public class SpaFallback {

    static final String INDEX = "META-INF/resources/index.html";

    private static final Logger LOG = Logger.getLogger(SpaFallback.class);

    void install(@Observes Router router) {
        // Paths under /api that no operation matches: problem+json rather than the server's plain 404.
        router.route("/api/*").order(Integer.MAX_VALUE - 10).handler(context -> {
            if (context.response().ended()) {
                return;
            }
            String body = "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,"
                    + "\"detail\":\"There is no such API resource.\"}";
            context.response().setStatusCode(404)
                    .putHeader("Content-Type", ProblemMappers.PROBLEM_JSON)
                    .end(body);
        });
        Buffer index = readIndex();
        if (index == null) {
            LOG.debug("No front end in this build: no single-page app fallback");
            return;
        }
        router.route().order(-100).handler(context -> {
            HttpMethod method = context.request().method();
            if ((method == HttpMethod.GET || method == HttpMethod.HEAD) && isAppRoute(context.normalizedPath())) {
                context.response()
                        .putHeader("Content-Type", "text/html; charset=utf-8")
                        .putHeader("Cache-Control", "no-cache");
                if (method == HttpMethod.HEAD) {
                    context.response().putHeader("Content-Length", String.valueOf(index.length())).end();
                } else {
                    context.response().end(index);
                }
            } else {
                context.next();
            }
        });
    }

    static boolean isAppRoute(String path) {
        if (path == null || path.isEmpty()) {
            return false;
        }
        if (path.equals("/api") || path.startsWith("/api/") || path.equals("/q") || path.startsWith("/q/")) {
            return false;
        }
        String lastSegment = path.substring(path.lastIndexOf('/') + 1);
        return !lastSegment.contains(".");
    }

    private static Buffer readIndex() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader.getResourceAsStream(INDEX)) {
            return in == null ? null : Buffer.buffer(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.workforceinsight.security;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.workforceinsight.shared.ProblemMappers;

/**
 * A request whose Content-Length is over its limit is refused before its body is read: CSV imports may be
 * as large as quarkus.http.limits.max-body-size (the imports enforce their own, lower file limit), every
 * other request only workforce.security.max-request-body-size, because no JSON body needs more. Quarkus does that with an empty 413 (its route at order -2); this route runs just before it and
 * answers the same status with the problem+json body every other error has. A chunked body without a
 * length is cut off by Quarkus while it is read, and that 413 reaches shared/ProblemMappers.
 */
@ApplicationScoped
public class HttpHardening {

    /** Just before Quarkus's own limit check (io.quarkus.vertx.http.runtime.RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT). */
    static final int ORDER = -3;

    /**
     * The policy header goes on before any route can answer: the single-page app's own route (shared/SpaFallback,
     * order -100) ends the response itself, and the page is where the policy matters most.
     */
    static final int POLICY_ORDER = -1000;

    /** The path of the one operation that takes a file; everything else is a small JSON body. */
    static final String IMPORTS_PATH = "/api/v1/imports";

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> maxBodySize;

    @Inject
    SecurityConfig config;

    @ConfigProperty(name = "workforce.web.oidc-authority")
    String oidcAuthority;

    /**
     * The policy for the single-page app: everything from this origin, and the identity provider's origin
     * for sign-in. An origin, not the authority's URL: a source with a path matches only that path, and
     * providers such as Entra ID serve their token endpoint outside the authority's path.
     */
    static String contentSecurityPolicy(String oidcAuthority) {
        String identityProvider = origin(oidcAuthority);
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
                + "connect-src 'self' " + identityProvider + "; frame-src " + identityProvider + "; "
                + "frame-ancestors 'none'; base-uri 'self'; form-action 'self' " + identityProvider + "; "
                + "object-src 'none'";
    }

    static String origin(String url) {
        java.net.URI uri = java.net.URI.create(url.trim());
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalArgumentException("workforce.web.oidc-authority is not an absolute URL: " + url);
        }
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }

    void install(@Observes Router router) {
        String policy = contentSecurityPolicy(oidcAuthority);
        router.route().order(POLICY_ORDER).handler(context -> {
            context.response().putHeader("Content-Security-Policy", policy);
            context.next();
        });
        long uploadLimit = maxBodySize.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
        long requestLimit = Math.min(uploadLimit, config.maxRequestBodySize().asLongValue());
        router.route().order(ORDER).handler(context -> {
            String length = context.request().getHeader("Content-Length");
            long limit = context.request().path().equals(IMPORTS_PATH) ? uploadLimit : requestLimit;
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

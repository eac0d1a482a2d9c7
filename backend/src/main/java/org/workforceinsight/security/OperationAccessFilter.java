package org.workforceinsight.security;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * Applies {@link OperationRules} to every request for an operation of the contract (a method of a resource
 * that implements a generated interface, named after its operationId) before the resource runs: a caller
 * without a valid token gets 401 (unless the operation is public), a caller without a role the rule lists
 * gets 403, and so does everyone for an operation with no rule. Also takes the caller's token from the
 * {@link RateLimiter}. The resources carry {@code @Authenticated} too
 * (quarkus.security.jaxrs.deny-unannotated-endpoints refuses any endpoint without an annotation).
 */
public class OperationAccessFilter {

    private static final Logger LOG = Logger.getLogger(OperationAccessFilter.class);

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    CurrentOperation current;

    @Inject
    RateLimiter rateLimiter;

    /** Generated from the contract: its interfaces name each method after the operation's operationId. */
    static final String CONTRACT_PACKAGE = "org.workforceinsight.api";

    private final Map<String, Boolean> contractMethods = new ConcurrentHashMap<>();

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
    public Uni<Void> authorise(SimpleResourceInfo resource, HttpServerRequest request) {
        String operationId = resource.getMethodName();
        if (!servesContractOperation(resource.getResourceClass(), operationId)) {
            // not an operation of the contract (a test-only resource): its own security annotation decides
            return Uni.createFrom().voidItem();
        }
        Optional<OperationRules.Rule> rule = OperationRules.rule(operationId);
        rule.ifPresent(r -> current.set(operationId, r));
        if (rule.isPresent() && rule.get().kind() == OperationRules.Kind.PUBLIC) {
            rateLimiter.acquire("address:" + (request.remoteAddress() == null ? "?" : request.remoteAddress().host()));
            return Uni.createFrom().voidItem();
        }
        return identities.getDeferredIdentity().invoke(identity -> check(operationId, rule, identity)).replaceWithVoid();
    }

    private boolean servesContractOperation(Class<?> resourceClass, String methodName) {
        return contractMethods.computeIfAbsent(resourceClass.getName() + "#" + methodName, key -> {
            for (Class<?> type = resourceClass; type != null; type = type.getSuperclass()) {
                for (Class<?> contract : type.getInterfaces()) {
                    if (contract.getPackageName().equals(CONTRACT_PACKAGE)
                            && Arrays.stream(contract.getMethods()).anyMatch(m -> m.getName().equals(methodName))) {
                        return true;
                    }
                }
            }
            return false;
        });
    }

    private void check(String operationId, Optional<OperationRules.Rule> rule, SecurityIdentity identity) {
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        rateLimiter.acquire("principal:" + identity.getPrincipal().getName());
        if (rule.isEmpty()) {
            LOG.warnf("Operation %s has no rule in OperationRules: refused", operationId);
            throw new ForbiddenException();
        }
        if (!rule.get().allows(identity.getRoles())) {
            throw new ForbiddenException();
        }
    }
}

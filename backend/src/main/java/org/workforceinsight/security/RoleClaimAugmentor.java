package org.workforceinsight.security;

import io.quarkus.oidc.runtime.OidcJwtCallerPrincipal;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Turns the token's role or scope names into product roles, so that Keycloak (realm roles), Microsoft
 * Entra ID (app roles in {@code roles}, delegated scopes in {@code scp}) or a provider that only issues
 * {@code scope} to machine clients all work by configuration: {@code workforce.security.role-claim-paths}
 * says where to look, {@code workforce.security.role-mapping} what the names mean. The identity keeps only
 * product roles, so a name that means something else at the provider never matches a rule by accident.
 */
@ApplicationScoped
public class RoleClaimAugmentor implements SecurityIdentityAugmentor {

    @Inject
    SecurityConfig config;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        Set<String> roles = productRoles(claims(token), config.roleClaimPaths(), config.roleMapping(),
                config.productRoleNamesPassThrough());
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .addRoles(roles)
                .addPermissionChecker(identity::checkPermission)
                .setAnonymous(false);
        return Uni.createFrom().item(builder.build());
    }

    private static Map<String, Object> claims(JsonWebToken token) {
        if (token instanceof OidcJwtCallerPrincipal oidc) {
            return oidc.getClaims().getClaimsMap();
        }
        Map<String, Object> claims = new java.util.HashMap<>();
        for (String name : token.getClaimNames()) {
            claims.put(name, token.getClaim(name));
        }
        return claims;
    }

    /** The product roles that the names found at the claim paths map to. */
    static Set<String> productRoles(Map<String, Object> claims, List<String> paths, Map<String, List<String>> mapping,
                                    boolean passThrough) {
        Set<String> roles = new LinkedHashSet<>();
        for (String path : paths) {
            for (String name : namesAt(claims, path)) {
                List<String> mapped = mapping.get(name);
                if (mapped != null) {
                    mapped.stream().map(String::trim).filter(Roles.ALL::contains).forEach(roles::add);
                } else if (passThrough && Roles.ALL.contains(name)) {
                    roles.add(name);
                }
            }
        }
        return roles;
    }

    /** The strings at a claim path: an array's strings, or a string split at white space. */
    static List<String> namesAt(Map<String, Object> claims, String path) {
        Object value = claims;
        for (String segment : segments(path.trim())) {
            if (!(value instanceof Map<?, ?> map)) {
                return List.of();
            }
            value = map.get(segment);
        }
        List<String> names = new ArrayList<>();
        if (value instanceof String text) {
            for (String part : text.trim().split("\\s+")) {
                if (!part.isEmpty()) {
                    names.add(part);
                }
            }
        } else if (value instanceof Collection<?> list) {
            for (Object item : list) {
                if (item instanceof String text) {
                    names.add(text);
                } else if (item instanceof jakarta.json.JsonString json) {
                    names.add(json.getString());
                }
            }
        } else if (value instanceof jakarta.json.JsonString json) {
            names.add(json.getString());
        }
        return names;
    }

    /** Splits a path at {@code /}, except inside double quotes (claim names such as URLs hold slashes). */
    static List<String> segments(String path) {
        List<String> segments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : path.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '/' && !quoted) {
                segments.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        segments.add(current.toString());
        return segments;
    }
}

package org.workforceinsight.security;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/** Settings of the access model and the rate limit ({@code workforce.security.*}, see docs/access.md). */
@ConfigMapping(prefix = "workforce.security")
public interface SecurityConfig {

    /**
     * Where the roles are in the access token, each a path of claim names separated by {@code /} (a name
     * holding a {@code /} in double quotes). Every path is read; a claim that is a string (such as
     * {@code scope}) is split at spaces.
     */
    @WithDefault("realm_access/roles")
    List<String> roleClaimPaths();

    /**
     * The identity provider's role or scope names mapped to product roles, for example
     * {@code workforce.security.role-mapping."api://workforce/Workforce.Read"=machine-read}. A name that is
     * already a product role needs no entry (see {@link #productRoleNamesPassThrough()}).
     */
    Map<String, List<String>> roleMapping();

    /** Whether a claim value equal to a product role's name grants that role without a mapping entry. */
    @WithDefault("true")
    boolean productRoleNamesPassThrough();

    /**
     * The largest request body other than a CSV import (whose ceiling is quarkus.http.limits.max-body-size):
     * no JSON body needs more, and a low limit stops a caller tying up memory with one.
     */
    @WithDefault("1M")
    MemorySize maxRequestBodySize();

    RateLimit rateLimit();

    /** A token bucket per principal (per client address for the public operation), in each instance. */
    interface RateLimit {

        @WithDefault("true")
        boolean enabled();

        /** The sustained rate: tokens added per minute. */
        @WithDefault("600")
        int requestsPerMinute();

        /** The bucket's size: how many requests may come at once; the requests per minute when not set. */
        OptionalInt burst();
    }
}

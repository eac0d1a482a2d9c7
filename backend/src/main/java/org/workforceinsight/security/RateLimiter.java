package org.workforceinsight.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Requests per minute per principal: one token bucket per caller in this process. It holds
 * {@code burst} tokens and gains {@code requests-per-minute} of them a minute; a request takes one, and
 * a caller whose bucket is empty gets 429 with the seconds until the next token in Retry-After. Several
 * instances each keep their own buckets, so behind a load balancer a caller may make up to the limit
 * times the number of instances (set the limit per instance accordingly, see docs/access.md).
 */
@ApplicationScoped
public class RateLimiter {

    /** Buckets idle this long are full again and can be forgotten. */
    private static final long IDLE_NANOS = TimeUnit.MINUTES.toNanos(5);
    private static final int SWEEP_ABOVE = 10_000;

    @Inject
    SecurityConfig config;

    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** Takes a token for the caller, or throws {@link RateLimitExceededException}. */
    public void acquire(String key) {
        SecurityConfig.RateLimit limit = config.rateLimit();
        if (!limit.enabled()) {
            return;
        }
        double perNano = limit.requestsPerMinute() / (double) TimeUnit.MINUTES.toNanos(1);
        int capacity = Math.max(1, limit.burst().orElse(limit.requestsPerMinute()));
        long now = System.nanoTime();
        if (buckets.size() > SWEEP_ABOVE) {
            buckets.values().removeIf(bucket -> bucket.idleSince(now) > IDLE_NANOS);
        }
        long waitNanos = buckets.computeIfAbsent(key, k -> new Bucket(capacity, now)).take(now, capacity, perNano);
        if (waitNanos > 0) {
            throw new RateLimitExceededException(Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L));
        }
    }

    private static final class Bucket {
        private double tokens;
        private long updated;

        Bucket(int capacity, long now) {
            this.tokens = capacity;
            this.updated = now;
        }

        /** Takes a token and answers 0, or answers the nanoseconds until one is there. */
        synchronized long take(long now, int capacity, double perNano) {
            tokens = Math.min(capacity, tokens + (now - updated) * perNano);
            updated = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return perNano <= 0 ? TimeUnit.MINUTES.toNanos(1) : (long) Math.ceil((1 - tokens) / perNano);
        }

        synchronized long idleSince(long now) {
            return now - updated;
        }
    }
}

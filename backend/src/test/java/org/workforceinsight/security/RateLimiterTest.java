package org.workforceinsight.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.runtime.configuration.MemorySize;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The token bucket on its own: burst, refill, one bucket per caller, and the switch. */
class RateLimiterTest {

    private static RateLimiter limiter(boolean enabled, int perMinute, int burst) {
        RateLimiter limiter = new RateLimiter();
        limiter.config = new SecurityConfig() {
            @Override
            public List<String> roleClaimPaths() {
                return List.of();
            }

            @Override
            public Map<String, List<String>> roleMapping() {
                return Map.of();
            }

            @Override
            public boolean productRoleNamesPassThrough() {
                return true;
            }

            @Override
            public MemorySize maxRequestBodySize() {
                return new MemorySize(java.math.BigInteger.valueOf(1 << 20));
            }

            @Override
            public RateLimit rateLimit() {
                return new RateLimit() {
                    @Override
                    public boolean enabled() {
                        return enabled;
                    }

                    @Override
                    public int requestsPerMinute() {
                        return perMinute;
                    }

                    @Override
                    public OptionalInt burst() {
                        return OptionalInt.of(burst);
                    }
                };
            }
        };
        return limiter;
    }

    @Test
    void theRequestAfterTheBurstWaitsForTheNextToken() {
        RateLimiter limiter = limiter(true, 2, 2);
        limiter.acquire("principal:a");
        limiter.acquire("principal:a");
        RateLimitExceededException refused = assertThrows(RateLimitExceededException.class,
                () -> limiter.acquire("principal:a"));
        // two a minute: the next token comes within thirty seconds
        assertEquals(true, refused.retryAfterSeconds() > 25 && refused.retryAfterSeconds() <= 30,
                "Retry-After " + refused.retryAfterSeconds());
        // another caller has their own bucket
        limiter.acquire("principal:b");
    }

    @Test
    void tokensComeBackAtTheConfiguredRate() throws InterruptedException {
        RateLimiter limiter = limiter(true, 1200, 1);
        limiter.acquire("principal:a");
        assertThrows(RateLimitExceededException.class, () -> limiter.acquire("principal:a"));
        // 1200 a minute is one every 50 ms
        Thread.sleep(120);
        limiter.acquire("principal:a");
    }

    @Test
    void aDisabledLimitNeverRefuses() {
        RateLimiter limiter = limiter(false, 1, 1);
        for (int i = 0; i < 100; i++) {
            limiter.acquire("principal:a");
        }
    }
}

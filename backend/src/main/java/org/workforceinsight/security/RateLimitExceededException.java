package org.workforceinsight.security;

/** A caller went over their requests per minute; shared/ProblemMappers answers 429 with Retry-After. */
public class RateLimitExceededException extends RuntimeException {

    private final long retryAfterSeconds;

    public RateLimitExceededException(long retryAfterSeconds) {
        super("Too many requests: try again in " + retryAfterSeconds + " s.", null, false, false);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}

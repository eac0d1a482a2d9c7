package org.workforceinsight.security;

/**
 * Who did something: the token's principal (a user name, or a machine client's principal), its subject and
 * the client that called. A scheduled job has no token: its principal is {@code system:<job>}.
 *
 * @param principal the principal claim's value (never null)
 * @param subject   the token's {@code sub}, when there is a token
 * @param clientId  the token's {@code azp}, else its {@code client_id}, when there is a token
 * @param channel   {@code api}, {@code import} or {@code scheduler}
 */
public record AuditActor(String principal, String subject, String clientId, String channel) {

    public static final String API = "api";
    public static final String IMPORT = "import";
    public static final String SCHEDULER = "scheduler";

    /** A job started by the application itself, not by a request. */
    public static AuditActor system(String job) {
        return new AuditActor("system:" + job, null, null, SCHEDULER);
    }

    /** The same caller, reaching the data through another channel (an import run on their behalf). */
    public AuditActor via(String otherChannel) {
        return new AuditActor(principal, subject, clientId, otherChannel);
    }
}

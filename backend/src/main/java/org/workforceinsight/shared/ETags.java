package org.workforceinsight.shared;

/**
 * The ETag of a kept record is its version, quoted ({@code "3"}). A change must name the version it was
 * made from in If-Match, so that two people correcting the same record cannot silently overwrite each other.
 */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version an If-Match header names: 428 when there is none, 412 when it cannot be one of ours (a
     * weak or malformed tag can never match the current version, which is what 412 says).
     */
    public static long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.preconditionRequired(
                    "A change to this record needs an If-Match header with the ETag last read.");
        }
        String tag = ifMatch.trim();
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw ProblemException.preconditionFailed("The If-Match header " + ifMatch
                    + " is not an ETag of this record; read the record again.");
        }
    }

    /** 412 unless the record is still at the version the caller read. */
    public static void requireCurrent(long current, long expected, String noun) {
        if (current != expected) {
            throw ProblemException.preconditionFailed("The " + noun + " has changed since you read it (it is now at "
                    + of(current) + ", you sent " + of(expected) + "); read it again and repeat the change.");
        }
    }
}

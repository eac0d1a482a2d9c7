package org.workforceinsight.shared;

/**
 * An expected failure that the API reports as problem+json with the given status, for example a
 * caller asking for a node outside their scope (403) or a worker that does not exist (404).
 */
public class ProblemException extends RuntimeException {

    private final int status;

    public ProblemException(int status, String detail) {
        super(detail);
        this.status = status;
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, detail);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, detail);
    }

    public int status() {
        return status;
    }
}

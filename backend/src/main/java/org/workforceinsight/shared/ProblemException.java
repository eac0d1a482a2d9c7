package org.workforceinsight.shared;

import java.util.List;
import org.workforceinsight.api.model.Violation;

/**
 * An expected failure that the API reports as problem+json with the given status, for example a
 * caller asking for a node outside their scope (403), a worker that does not exist (404) or a
 * parameter whose value is well formed but out of range (400, naming the parameter).
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final List<Violation> violations;

    public ProblemException(int status, String detail) {
        this(status, detail, List.of());
    }

    private ProblemException(int status, String detail, List<Violation> violations) {
        super(detail);
        this.status = status;
        this.violations = List.copyOf(violations);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, detail);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, detail);
    }

    /** 409: the change conflicts with what is stored (a duplicate, or a record others depend on). */
    public static ProblemException conflict(String detail) {
        return new ProblemException(409, detail);
    }

    /** 412: the If-Match ETag is not the record's current version. */
    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(412, detail);
    }

    /** 428: a change to an existing record came without If-Match. */
    public static ProblemException preconditionRequired(String detail) {
        return new ProblemException(428, detail);
    }

    /** 400 naming one request field (the contract's parameter name). */
    public static ProblemException invalidField(String field, String detail) {
        return new ProblemException(400, null, List.of(new Violation().field(field).detail(detail)));
    }

    /** 400 naming every request field at fault (at least one). */
    public static ProblemException invalidFields(List<Violation> violations) {
        return new ProblemException(400, null, violations);
    }

    public int status() {
        return status;
    }

    /** The fields at fault; empty unless the problem is about the request's fields. */
    public List<Violation> violations() {
        return violations;
    }
}

package org.workforceinsight.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.workforceinsight.api.model.Problem;
import org.workforceinsight.api.model.Violation;
import org.workforceinsight.security.RateLimitExceededException;

/**
 * The one place where failures become {@code application/problem+json} (RFC 9457) responses.
 * Field names in {@code violations} are the contract's: query and path parameter names (taken
 * from the generated interfaces' {@code @QueryParam}/{@code @PathParam}) and JSON property names.
 * A 500 never carries internal detail; it carries a reference that is also in the log.
 */
public class ProblemMappers {

    public static final String PROBLEM_JSON = "application/problem+json";

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    /** PostgreSQL's SQLSTATE for a unique constraint violated. */
    private static final String UNIQUE_VIOLATION = "23505";

    /** PostgreSQL's SQLSTATE for a foreign key constraint violated. */
    private static final String FOREIGN_KEY_VIOLATION = "23503";

    @Inject
    ObjectMapper objectMapper;

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException exception, UriInfo uriInfo) {
        if (exception.getConstraintViolations().stream().anyMatch(ProblemMappers::isReturnValue)) {
            return unexpected(exception, uriInfo);
        }
        if (exception.getConstraintViolations().stream().anyMatch(ProblemMappers::isIfMatchHeader)) {
            // the contract makes If-Match required on changes; without it the answer is 428, not 400 (RFC 6585)
            return respond(428, "A change to this record needs an If-Match header with the ETag last read.", null,
                    uriInfo);
        }
        List<Violation> violations = exception.getConstraintViolations().stream()
                .map(v -> new Violation().field(fieldOf(v)).detail(v.getMessage()))
                .sorted(Comparator.comparing(Violation::getField).thenComparing(Violation::getDetail))
                .collect(Collectors.toList());
        return badRequest(violations, uriInfo);
    }

    @ServerExceptionMapper
    public Response problem(ProblemException exception, UriInfo uriInfo) {
        if (exception.status() == 400 && !exception.violations().isEmpty()) {
            return badRequest(exception.violations(), uriInfo);
        }
        return respond(exception.status(), exception.getMessage(), exception.violations(), uriInfo);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class})
    public Response unauthorized(RuntimeException exception, UriInfo uriInfo) {
        LOG.debugf("Unauthenticated request to %s: %s", uriInfo.getPath(), exception.getMessage());
        Response response = respond(401, "A valid bearer token is required.", null, uriInfo);
        return Response.fromResponse(response).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException exception, UriInfo uriInfo) {
        return respond(403, "You do not have a role that allows this.", null, uriInfo);
    }

    /** The caller's rate limit (security/RateLimiter): 429 saying when to try again. */
    @ServerExceptionMapper
    public Response tooManyRequests(RateLimitExceededException exception, UriInfo uriInfo) {
        Response response = respond(429, exception.getMessage(), null, uriInfo);
        return Response.fromResponse(response)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(exception.retryAfterSeconds())).build();
    }

    /**
     * A body over quarkus.http.limits.max-body-size refused before any resource runs (security/HttpHardening
     * catches it at the HTTP layer and writes this body, so that it is problem+json like every other error).
     */
    public static String payloadTooLargeBody(String path) {
        return "{\"type\":\"about:blank\",\"title\":\"Payload Too Large\",\"status\":413,"
                + "\"detail\":\"The request body is larger than this server accepts.\""
                + (path == null ? "" : ",\"instance\":\"" + path.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                + "}";
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException exception, UriInfo uriInfo, ResourceInfo resourceInfo) {
        int status = exception.getResponse() == null ? 500 : exception.getResponse().getStatus();
        // A parameter that cannot be converted (a bad date, number, enum or uuid) surfaces as a 404
        // (JAX-RS 3.3.2) or a 400. A bad query parameter is a bad request naming every bad field; a
        // path id that is not a uuid names no resource, so it stays 404, naming the path parameter.
        if ((status == 404 || status == 400) && exception.getCause() != null) {
            List<Violation> query = ParameterNames.invalidParameters(resourceInfo, uriInfo, true);
            List<Violation> path = ParameterNames.invalidParameters(resourceInfo, uriInfo, false);
            if (!query.isEmpty()) {
                List<Violation> all = new ArrayList<>(path);
                all.addAll(query);
                return badRequest(all, uriInfo);
            }
            if (!path.isEmpty()) {
                return respond(404, "No resource has this id.", path, uriInfo);
            }
        }
        if (status == 400 && exception.getCause() instanceof JsonProcessingException json) {
            return badRequest(List.of(jsonViolation(json)), uriInfo);
        }
        if (status >= 500) {
            return unexpected(exception, uriInfo);
        }
        return respond(status, null, null, uriInfo);
    }

    /**
     * A body property of the wrong type or form (a bad uuid, date or enum value). Mapped here because
     * Quarkus has its own mapper for this exception, which answers plain JSON without the field's name.
     */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException exception, UriInfo uriInfo) {
        return badRequest(List.of(jsonViolation(exception)), uriInfo);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException exception, UriInfo uriInfo) {
        return badRequest(List.of(jsonViolation(exception)), uriInfo);
    }

    /**
     * A write the database refused for a unique or foreign key constraint: two requests raced past the
     * service's own duplicate or dependency check (which answers 409 with a precise detail), so the loser
     * gets the same 409, not a 500. Any other database failure stays unexpected.
     */
    @ServerExceptionMapper
    public Response persistence(PersistenceException exception, UriInfo uriInfo) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return respond(409, "The record conflicts with one stored meanwhile (a duplicate); read again.",
                        null, uriInfo);
            }
            if (cause instanceof SQLException sql && FOREIGN_KEY_VIOLATION.equals(sql.getSQLState())) {
                return respond(409, "Another record depends on this one, or one it refers to is gone; read again.",
                        null, uriInfo);
            }
        }
        return unexpected(exception, uriInfo);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable exception, UriInfo uriInfo) {
        String reference = UUID.randomUUID().toString();
        LOG.errorf(exception, "Unexpected error %s on %s", reference, uriInfo == null ? "?" : uriInfo.getPath());
        return respond(500, "An unexpected error occurred. Reference: " + reference + ".", null, uriInfo);
    }

    private Response badRequest(List<Violation> violations, UriInfo uriInfo) {
        String detail = violations.size() == 1 ? "The request has 1 invalid field."
                : "The request has " + violations.size() + " invalid fields.";
        return respond(400, detail, violations, uriInfo);
    }

    private Response respond(int status, String detail, List<Violation> violations, UriInfo uriInfo) {
        Response.Status known = Response.Status.fromStatusCode(status);
        Problem problem = new Problem()
                .type("about:blank")
                .title(known == null ? "Error" : known.getReasonPhrase())
                .status(status)
                .detail(detail)
                .instance(uriInfo == null ? null : uriInfo.getRequestUri().getRawPath())
                .violations(violations == null || violations.isEmpty() ? null : new ArrayList<>(violations));
        String body;
        try {
            body = objectMapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"title\":\"Error\",\"status\":" + status + "}";
        }
        return Response.status(status).type(PROBLEM_JSON).entity(body).build();
    }

    private static Violation jsonViolation(JsonProcessingException exception) {
        String field = "body";
        if (exception instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            field = mapping.getPath().stream()
                    .map(reference -> reference.getFieldName() != null ? reference.getFieldName()
                            : String.valueOf(reference.getIndex()))
                    .collect(Collectors.joining("."));
        }
        return new Violation().field(field).detail("is not valid JSON for this field");
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        try {
            return ParameterNames.fieldOf(violation);
        } catch (RuntimeException e) {
            LOG.debug("Could not name the field of a violation", e);
            return String.valueOf(violation.getPropertyPath());
        }
    }

    /** A violation of the If-Match header parameter (the generated interfaces name it {@code ifMatch}). */
    private static boolean isIfMatchHeader(ConstraintViolation<?> violation) {
        String last = null;
        for (Path.Node node : violation.getPropertyPath()) {
            last = node.getKind() == ElementKind.PARAMETER ? node.getName() : null;
        }
        return "ifMatch".equals(last);
    }

    private static boolean isReturnValue(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }
}

package org.workforceinsight.security;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MultivaluedMap;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Writes an audit record with the action {@code refused} for every 403 on an operation that takes or returns
 * a person, or on any request that names a person, a team or a person's record by id: the attempt to reach a
 * record outside one's scope (or without the role for it) is part of "who looked at this person's record",
 * although nothing was read. The refused request's own transaction has rolled back by now, so this record
 * is written in a transaction of its own.
 *
 * <p>The record names what was asked for, from the request itself: {@code workerId} (path or query) as the
 * worker, {@code nodeId} and {@code teamId} as nodes, and a record's id in the path (a supervision session,
 * an absence, an import...) as the record, with the worker the record belongs to when it is a person's record
 * (looked up here: the refused request never read it), so that "who tried to reach this person" finds it.
 */
public class RefusedAttemptAudit {

    private static final Logger LOG = Logger.getLogger(RefusedAttemptAudit.class);

    /** Path parameters that name a record, and the record type the trail gives them (as record_change does). */
    static final Map<String, String> RECORD_PARAMETERS = Map.ofEntries(
            Map.entry("sessionId", "supervision-session"),
            Map.entry("appraisalId", "appraisal"),
            Map.entry("absenceId", "absence"),
            Map.entry("leaverId", "leaver"),
            Map.entry("assignmentId", "agency-assignment"),
            Map.entry("timesheetId", "agency-timesheet"),
            Map.entry("postId", "post"),
            Map.entry("importId", "import"));

    /** Whose record it is, for the record types that belong to one person. */
    static final Map<String, String> WORKER_OF_RECORD = Map.of(
            "supervision-session", "SELECT supervisee_worker_id FROM supervision_session WHERE id = ?",
            "appraisal", "SELECT worker_id FROM appraisal WHERE id = ?",
            "absence", "SELECT worker_id FROM absence WHERE id = ?",
            "leaver", "SELECT worker_id FROM leaving WHERE id = ?",
            "agency-assignment", "SELECT worker_id FROM assignment WHERE id = ?");

    static final List<String> WORKER_PARAMETERS = List.of("workerId");
    static final List<String> NODE_PARAMETERS = List.of("nodeId", "teamId");

    @Inject
    CurrentOperation current;

    @Inject
    AuditTrail audit;

    @Inject
    DataSource dataSource;

    @ServerResponseFilter
    public Uni<Void> recordRefusal(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != 403) {
            return Uni.createFrom().voidItem();
        }
        Optional<String> operationId = current.operationId();
        if (operationId.isEmpty()) {
            // not an operation of the contract (or refused before it was matched): nothing to name
            return Uni.createFrom().voidItem();
        }
        MultivaluedMap<String, String> path = request.getUriInfo().getPathParameters();
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        List<UUID> workers = uuids(WORKER_PARAMETERS, path, query);
        List<UUID> nodes = uuids(NODE_PARAMETERS, path, query);
        String recordType = null;
        String recordId = null;
        for (Map.Entry<String, String> parameter : RECORD_PARAMETERS.entrySet()) {
            UUID id = uuid(path.getFirst(parameter.getKey()));
            if (id != null) {
                recordType = parameter.getValue();
                recordId = id.toString();
            }
        }
        boolean personLevel = current.rule().map(OperationRules.Rule::personLevel).orElse(false);
        if (!personLevel && workers.isEmpty() && nodes.isEmpty() && recordId == null) {
            // an aggregate refused for want of a role, naming nobody: not about a person or a team
            return Uni.createFrom().voidItem();
        }
        // the caller is read here, on the request's thread; the row is written on a worker thread, because a
        // refusal by the access filter can reach this filter on the event loop, where no transaction may block
        AuditActor actor = audit.currentActor();
        String type = recordType;
        String id = recordId;
        return Uni.createFrom().item(() -> {
            try {
                List<UUID> named = new ArrayList<>(workers);
                UUID owner = ownerOf(type, id);
                if (owner != null && !named.contains(owner)) {
                    named.add(owner);
                }
                audit.record(new AuditEntry(actor, operationId.get(), AuditAction.REFUSED, type, id, named, nodes,
                        List.of()));
            } catch (RuntimeException e) {
                // the answer is a refusal either way; the type only, as a database message can quote values
                LOG.errorf("Could not write the audit record of a refused %s: %s", operationId.get(),
                        e.getClass().getName());
            }
            return (Void) null;
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private UUID ownerOf(String recordType, String recordId) {
        String query = recordType == null ? null : WORKER_OF_RECORD.get(recordType);
        if (query == null) {
            return null;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(query)) {
            select.setObject(1, UUID.fromString(recordId));
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getObject(1, UUID.class) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not look up whose " + recordType + " was asked for", e);
        }
    }

    private static List<UUID> uuids(List<String> names, MultivaluedMap<String, String> path,
                                    MultivaluedMap<String, String> query) {
        List<UUID> ids = new ArrayList<>();
        for (String name : names) {
            for (MultivaluedMap<String, String> parameters : List.of(path, query)) {
                List<String> values = parameters.get(name);
                if (values != null) {
                    values.stream().map(RefusedAttemptAudit::uuid).filter(java.util.Objects::nonNull)
                            .forEach(ids::add);
                }
            }
        }
        return ids;
    }

    private static UUID uuid(String text) {
        if (text == null) {
            return null;
        }
        try {
            return UUID.fromString(text.trim());
        } catch (IllegalArgumentException e) {
            // not an id: the request was malformed, and names nobody
            return null;
        }
    }
}

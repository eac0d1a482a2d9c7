package org.workforceinsight.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.hibernate.Session;

/**
 * Writes the audit trail: one {@code audit_record} row per read or change of person-level data, in the
 * caller's transaction (each method joins it, or starts one when called outside a transaction), so a
 * change and its audit record commit or roll back together. Call it from the service method that reads or
 * writes, once the ids are known; see docs/audit.md for the call-site rules.
 *
 * <p>The trail holds ids and field names only. Field names are checked against an identifier pattern so
 * that a value passed by mistake (a sickness reason, a name) is refused rather than stored.
 */
@ApplicationScoped
public class AuditTrail {

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9.\\-]{0,99}");

    @Inject
    EntityManager em;

    @Inject
    SecurityIdentity identity;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    CurrentOperation operation;

    /** The contract names every file download {@code export...}: the operationIds of the Exports tag. */
    static final String EXPORT_PREFIX = "export";

    /**
     * A read of person-level data by the current caller: the workers shown and the nodes asked about. When the
     * request is an export, which reads through the very service method of the JSON list it mirrors, the
     * record is the export's ({@code exportAbsences}, action {@code export}), so the trail tells a download
     * from a page on screen.
     */
    @Transactional
    public void recordRead(String operationId, Collection<UUID> workerIds, Collection<UUID> nodeIds) {
        String export = exportBeingServed();
        if (export != null) {
            record(new AuditEntry(currentActor(), export, AuditAction.EXPORT, null, null, workerIds, nodeIds, null));
            return;
        }
        record(new AuditEntry(currentActor(), operationId, AuditAction.READ, null, null, workerIds, nodeIds, null));
    }

    private String exportBeingServed() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        return operation.operationId().filter(id -> id.startsWith(EXPORT_PREFIX)).orElse(null);
    }

    /** An export of person-level data (a file or report naming people) by the current caller. */
    @Transactional
    public void recordExport(String operationId, Collection<UUID> workerIds, Collection<UUID> nodeIds) {
        record(new AuditEntry(currentActor(), operationId, AuditAction.EXPORT, null, null, workerIds, nodeIds, null));
    }

    /** A record created by the current caller; the fields are the non-null properties of {@code input}. */
    @Transactional
    public void recordCreate(String operationId, String recordType, Object recordId, Collection<UUID> workerIds,
                             Collection<UUID> nodeIds, Object input) {
        record(new AuditEntry(currentActor(), operationId, AuditAction.CREATE, recordType, idText(recordId),
                workerIds, nodeIds, fieldsSet(input)));
    }

    /** A record changed by the current caller; the fields are the properties whose values differ. */
    @Transactional
    public void recordUpdate(String operationId, String recordType, Object recordId, Collection<UUID> workerIds,
                             Collection<UUID> nodeIds, Object before, Object after) {
        record(new AuditEntry(currentActor(), operationId, AuditAction.UPDATE, recordType, idText(recordId),
                workerIds, nodeIds, changedFields(before, after)));
    }

    /** A record deleted by the current caller. */
    @Transactional
    public void recordDelete(String operationId, String recordType, Object recordId, Collection<UUID> workerIds,
                             Collection<UUID> nodeIds) {
        record(new AuditEntry(currentActor(), operationId, AuditAction.DELETE, recordType, idText(recordId),
                workerIds, nodeIds, null));
    }

    /** Any entry, with an explicit actor: for jobs and imports that run outside a request. */
    @Transactional
    public void record(AuditEntry entry) {
        Objects.requireNonNull(entry.actor(), "actor");
        requireName(entry.operationId(), "operationId");
        if (entry.recordType() != null) {
            requireName(entry.recordType(), "recordType");
        }
        List<String> fields = new ArrayList<>();
        for (String field : entry.changedFields()) {
            requireName(field, "changed field");
            fields.add(field);
        }
        UUID[] workers = distinct(entry.workerIds());
        UUID[] nodes = distinct(entry.nodeIds());
        AuditActor actor = entry.actor();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_record (principal, subject, "
                    + "client_id, operation_id, action, channel, record_type, record_id, worker_ids, node_ids, "
                    + "changed_fields) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, truncate(actor.principal()));
                insert.setString(2, truncate(actor.subject()));
                insert.setString(3, truncate(actor.clientId()));
                insert.setString(4, entry.operationId());
                insert.setString(5, entry.action().value());
                insert.setString(6, actor.channel());
                insert.setString(7, entry.recordType());
                insert.setString(8, entry.recordId());
                insert.setArray(9, connection.createArrayOf("uuid", workers));
                insert.setArray(10, connection.createArrayOf("uuid", nodes));
                insert.setArray(11, connection.createArrayOf("text", fields.toArray(String[]::new)));
                insert.executeUpdate();
            }
        });
    }

    /** The caller of the current request, from the verified token (or the test identity). */
    public AuditActor currentActor() {
        if (!Arc.container().requestContext().isActive()) {
            throw new IllegalStateException("No request: audit this with record(AuditEntry) and an explicit actor");
        }
        if (identity.isAnonymous()) {
            return new AuditActor("anonymous", null, null, AuditActor.API);
        }
        String subject = null;
        String client = null;
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            subject = token.getSubject();
            Object azp = token.getClaim("azp");
            client = claimText(azp != null ? azp : token.getClaim("client_id"));
        }
        return new AuditActor(identity.getPrincipal().getName(), subject, client, AuditActor.API);
    }

    private static String claimText(Object claim) {
        if (claim instanceof jakarta.json.JsonString json) {
            return json.getString();
        }
        return claim == null ? null : claim.toString();
    }

    /** The ids of the items (nulls skipped), for a list's audit record. */
    public static <T> List<UUID> idsOf(Collection<T> items, Function<T, UUID> id) {
        if (items == null) {
            return List.of();
        }
        return items.stream().map(id).filter(Objects::nonNull).distinct().toList();
    }

    /** The given ids without nulls, for a filter parameter that may be absent. */
    public static List<UUID> ids(UUID... ids) {
        return java.util.Arrays.stream(ids).filter(Objects::nonNull).distinct().toList();
    }

    /** The names of the properties {@code input} sets (non-null), as its JSON names them. */
    public List<String> fieldsSet(Object input) {
        if (input == null) {
            return List.of();
        }
        Set<String> names = new TreeSet<>();
        JsonNode tree = objectMapper.valueToTree(input);
        Iterator<String> it = tree.fieldNames();
        while (it.hasNext()) {
            String name = it.next();
            if (!tree.get(name).isNull()) {
                names.add(name);
            }
        }
        return List.copyOf(names);
    }

    /** The names of the top-level properties whose values differ between two views of a record. */
    public List<String> changedFields(Object before, Object after) {
        JsonNode a = before == null ? objectMapper.createObjectNode() : objectMapper.valueToTree(before);
        JsonNode b = after == null ? objectMapper.createObjectNode() : objectMapper.valueToTree(after);
        Set<String> names = new TreeSet<>();
        a.fieldNames().forEachRemaining(names::add);
        b.fieldNames().forEachRemaining(names::add);
        names.removeIf(name -> Objects.equals(a.get(name), b.get(name)) || "version".equals(name));
        return List.copyOf(names);
    }

    private static void requireName(String value, String what) {
        if (value == null || !NAME.matcher(value).matches()) {
            throw new IllegalArgumentException("An audit " + what + " must be a name (letters, digits, '.', '-')");
        }
    }

    private static UUID[] distinct(Collection<UUID> ids) {
        Set<UUID> unique = new LinkedHashSet<>();
        for (UUID id : ids) {
            if (id != null) {
                unique.add(id);
            }
        }
        return unique.toArray(UUID[]::new);
    }

    private static String idText(Object id) {
        return id == null ? null : truncateTo(id.toString(), 100);
    }

    private static String truncate(String value) {
        return value == null ? null : truncateTo(value, 200);
    }

    private static String truncateTo(String value, int length) {
        return value.length() <= length ? value : value.substring(0, length);
    }
}

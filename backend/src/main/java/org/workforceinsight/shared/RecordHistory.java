package org.workforceinsight.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.hibernate.Session;
import org.workforceinsight.api.model.RecordChange;
import org.workforceinsight.api.model.RecordChangePage;
import org.workforceinsight.api.model.RecordChangeType;
import org.workforceinsight.security.AccessScope;

/**
 * The history of kept records (table {@code record_change}): one row per creation, correction or deletion,
 * written in the transaction of the change itself, so a change and its history stand or fall together.
 * {@code before} and {@code after} are the record as the API shows it, serialised by the application's
 * ObjectMapper; callers leave health detail out of them (see docs/recording.md).
 */
@ApplicationScoped
public class RecordHistory {

    /** How a record changed. */
    public enum ChangeType {
        CREATED, UPDATED, DELETED;

        String column() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Where a change came from: the API, or an import run. */
    public enum Channel {
        API, IMPORT;

        String column() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    SecurityIdentity identity;

    /**
     * Keeps one change made by the signed-in caller. Must run inside the transaction that made the change
     * ({@link Transactional.TxType#MANDATORY}): history written apart from its change could outlive it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String recordType, String recordId, long version, ChangeType type, Object before,
                       Object after, Channel channel, UUID importId) {
        record(recordType, recordId, version, type, before, after, channel, importId, caller());
    }

    /** As {@link #record(String, String, long, ChangeType, Object, Object, Channel, UUID)}, naming who changed it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String recordType, String recordId, long version, ChangeType type, Object before,
                       Object after, Channel channel, UUID importId, String changedBy) {
        recordAll(recordType, List.of(new Change(recordId, version, type, before, after)), channel, importId,
                changedBy);
    }

    /** One change of a record, for {@link #recordAll}. */
    public record Change(String recordId, long version, ChangeType type, Object before, Object after) {
    }

    /**
     * Keeps many changes of one record type at once, in one statement (an import writes a batch of a thousand
     * rows at a time, and a statement per row would dominate its time). Every history row, one or many, is
     * written here, so there is one INSERT into {@code record_change} in the application.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAll(String recordType, List<Change> changes, Channel channel, UUID importId,
                          String changedBy) {
        if (changes.isEmpty()) {
            return;
        }
        String[] ids = new String[changes.size()];
        Long[] versions = new Long[changes.size()];
        String[] types = new String[changes.size()];
        String[] befores = new String[changes.size()];
        String[] afters = new String[changes.size()];
        for (int i = 0; i < changes.size(); i++) {
            Change change = changes.get(i);
            ids[i] = change.recordId();
            versions[i] = change.version();
            types[i] = change.type().column();
            befores[i] = json(change.before());
            afters[i] = json(change.after());
        }
        // as a native query would: entities persisted by the change go first, so that a refusal of theirs is
        // raised here, in the service's try, rather than at commit
        em.flush();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO record_change (record_type, "
                    + "record_id, version, change_type, changed_by, channel, import_id, before, after) "
                    + "SELECT ?, r, v, c, ?, ?, ?, b::jsonb, a::jsonb FROM unnest(?::varchar[], ?::bigint[], "
                    + "?::varchar[], ?::text[], ?::text[]) AS u(r, v, c, b, a)")) {
                insert.setString(1, recordType);
                insert.setString(2, changedBy);
                insert.setString(3, channel.column());
                insert.setObject(4, importId);
                insert.setArray(5, connection.createArrayOf("varchar", ids));
                insert.setArray(6, connection.createArrayOf("bigint", versions));
                insert.setArray(7, connection.createArrayOf("varchar", types));
                insert.setArray(8, connection.createArrayOf("text", befores));
                insert.setArray(9, connection.createArrayOf("text", afters));
                insert.executeUpdate();
            }
        });
    }

    /** A change made through the API by the signed-in caller. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void api(String recordType, Object recordId, long version, ChangeType type, Object before, Object after) {
        record(recordType, String.valueOf(recordId), version, type, before, after, Channel.API, null);
    }

    /** Whether the record has any history (a deleted record keeps its history). */
    @Transactional
    public boolean exists(String recordType, Object recordId) {
        return Rows.count(em.createNativeQuery(
                        "SELECT count(*) FROM record_change WHERE record_type = :type AND record_id = :id")
                .setParameter("type", recordType).setParameter("id", String.valueOf(recordId)).getSingleResult()) > 0;
    }

    /**
     * The history of a record that is no longer there: only for callers who see the whole council, since a
     * deleted record no longer says which node it belonged to; 404 for everyone else and for unknown ids.
     */
    @Transactional
    public RecordChangePage pageOfDeleted(AccessScope scope, String recordType, Object recordId, String noun,
                                          Paging paging) {
        requireDeletedReadable(scope, recordType, recordId, noun);
        return page(recordType, recordId, paging);
    }

    /** 404 unless the caller sees the whole council and the deleted record has a history. */
    @Transactional
    public void requireDeletedReadable(AccessScope scope, String recordType, Object recordId, String noun) {
        if (!scope.allNodes() || !exists(recordType, recordId)) {
            throw ProblemException.notFound("There is no " + noun + " " + recordId + ".");
        }
    }

    /** The record's changes, newest first. */
    @Transactional
    public RecordChangePage page(String recordType, Object recordId, Paging paging) {
        return page(recordType, recordId, paging, UnaryOperator.identity());
    }

    /**
     * The record's changes, newest first, each {@code before}/{@code after} passed through {@code redact} first
     * (for example to drop charges a caller may not read).
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public RecordChangePage page(String recordType, Object recordId, Paging paging, UnaryOperator<ObjectNode> redact) {
        String id = String.valueOf(recordId);
        long total = Rows.count(em.createNativeQuery(
                        "SELECT count(*) FROM record_change WHERE record_type = :type AND record_id = :id")
                .setParameter("type", recordType).setParameter("id", id).getSingleResult());
        List<Tuple> rows = total <= paging.offset() ? List.of() : em.createNativeQuery(
                        "SELECT id, version, change_type, changed_by, changed_at, channel, import_id, "
                                + "CAST(before AS text) AS before, CAST(after AS text) AS after FROM record_change "
                                + "WHERE record_type = :type AND record_id = :id ORDER BY id DESC LIMIT :limit OFFSET :offset",
                        Tuple.class)
                .setParameter("type", recordType).setParameter("id", id)
                .setParameter("limit", paging.size()).setParameter("offset", paging.offset())
                .getResultList();
        return new RecordChangePage().page(paging.page()).size(paging.size()).totalItems(total)
                .items(rows.stream().map(t -> new RecordChange()
                        .id(((Number) t.get("id")).longValue())
                        .recordType(recordType)
                        .recordId(id)
                        .version(((Number) t.get("version")).longValue())
                        .changeType(RecordChangeType.fromValue(Rows.string(t.get("change_type"))))
                        .changedBy(Rows.string(t.get("changed_by")))
                        .changedAt(Rows.timestamp(t.get("changed_at")))
                        .channel(RecordChange.ChannelEnum.fromValue(Rows.string(t.get("channel"))))
                        .importId(Rows.uuid(t.get("import_id")))
                        .before(map(Rows.string(t.get("before")), redact))
                        .after(map(Rows.string(t.get("after")), redact))).toList());
    }

    /**
     * The people a page of history names, for the audit trail: each property of {@code before}/{@code after}
     * that is a worker reference ({@code {"id": ...}}) or a worker id. Read from the stored views, so it also
     * works for a record that has been deleted.
     */
    public static List<UUID> workerIds(RecordChangePage page, String... properties) {
        java.util.Set<UUID> ids = new java.util.LinkedHashSet<>();
        for (RecordChange change : page.getItems()) {
            for (Map<String, Object> view : java.util.Arrays.asList(change.getBefore(), change.getAfter())) {
                if (view == null) {
                    continue;
                }
                for (String property : properties) {
                    Object value = view.get(property);
                    if (value instanceof Map<?, ?> ref) {
                        value = ref.get("id");
                    }
                    if (value instanceof String text) {
                        try {
                            ids.add(UUID.fromString(text));
                        } catch (IllegalArgumentException notAnId) {
                            // not a worker id: nothing to name
                        }
                    }
                }
            }
        }
        return List.copyOf(ids);
    }

    private String caller() {
        return identity == null || identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    private String json(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return objectMapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A record could not be written as JSON for its history", e);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> map(String json, UnaryOperator<ObjectNode> redact) {
        if (json == null) {
            return null;
        }
        try {
            JsonNode node = objectMapper.readTree(json);
            JsonNode shown = node instanceof ObjectNode object ? redact.apply(object.deepCopy()) : node;
            return objectMapper.convertValue(shown, Map.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored history entry is not JSON", e);
        }
    }
}

package org.workforceinsight.shared;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.workforceinsight.api.model.RecordChangePage;
import org.workforceinsight.security.AccessScope;
import org.workforceinsight.security.AuditTrail;

/**
 * The lifecycle every kept record shares (docs/recording.md): created at version 1; corrected or deleted only
 * from the version the caller read, checked first (412 before any other check of the change) and again by
 * the statement itself ({@code ... WHERE id = :id AND version = :version}), so that of two changes made
 * from one ETag only one succeeds; every change with one history row and, for a person-level record, one
 * audit row, in the transaction of the change.
 *
 * <p>A feature's service keeps what is its own and hands it to these methods: how it reads one record (and
 * who may), which columns its input fills, its checks (400, 403, 409), and the domain rules around a change
 * (a leaver ending assignments), as a {@link Kind} and lambdas. Each method must run in the service's
 * transaction, so that a refusal anywhere leaves nothing written.
 */
@ApplicationScoped
public class KeptRecords {

    private final EntityManager em;
    private final RecordHistory history;
    private final AuditTrail audit;

    @Inject
    public KeptRecords(EntityManager em, RecordHistory history, AuditTrail audit) {
        this.em = em;
        this.history = history;
        this.audit = audit;
    }

    /**
     * One kind of kept record: its record type in history (as the contract names it), what problem details
     * call it, and the table and id column its versioned statements go to.
     *
     * @param staleNamesId the record's id is a key people know (a setting's key, a case type), so the answer to
     *                     a stale version names it; a generated id would tell a person nothing
     * @param audited    null for a kind that shows no person (posts, timesheets, targets, configuration)
     */
    public record Kind<T>(String recordType, String noun, String table, String idColumn, boolean staleNamesId,
                          Audited<T> audited) {

        public static <T> Kind<T> of(String recordType, String noun, String table, String idColumn) {
            return new Kind<>(recordType, noun, table, idColumn, false, null);
        }

        public Kind<T> namedByKey() {
            return new Kind<>(recordType, noun, table, idColumn, true, audited);
        }

        /** A person-level kind: every read and change of it is audited (see {@link Audited}). */
        public Kind<T> audited(String operations, Function<T, List<UUID>> workers, Function<T, List<UUID>> nodes,
                               String... historyPeople) {
            return new Kind<>(recordType, noun, table, idColumn, staleNamesId,
                    new Audited<>(operations, workers, nodes, List.of(historyPeople)));
        }

        private String staleNoun(Object id) {
            return staleNamesId ? noun + " " + id : noun;
        }
    }

    /**
     * How a person-level kind is audited (docs/audit.md). The operation ids are the contract's, a verb and
     * {@code operations}: {@code getAppraisal}, {@code getAppraisalHistory}, {@code createAppraisal},
     * {@code updateAppraisal}, {@code deleteAppraisal}.
     *
     * @param workers       the workers a record is about
     * @param nodes         the nodes a change names (a read names only the workers it shows)
     * @param historyPeople the properties of a history entry that name workers, for the read of a history
     */
    public record Audited<T>(String operations, Function<T, List<UUID>> workers, Function<T, List<UUID>> nodes,
                             List<String> historyPeople) {

        private List<UUID> workersOf(List<T> records) {
            return records.stream().flatMap(r -> workers.apply(r).stream()).distinct().toList();
        }

        private List<UUID> nodesOf(List<T> records) {
            return records.stream().flatMap(r -> nodes.apply(r).stream()).distinct().toList();
        }
    }

    /**
     * The columns a kind's input fills, in order: the same list serves its INSERT and its versioned UPDATE,
     * so that creating and correcting a record cannot disagree on what the input means.
     */
    public static final class Columns {

        private final Map<String, String> expressions = new LinkedHashMap<>();
        private final Map<String, Object> values = new LinkedHashMap<>();

        public Columns set(String column, Object value) {
            expressions.put(column, ":" + column);
            values.put(column, value);
            return this;
        }

        /** A column the database sets ({@code now()}), so that its time is the transaction's, as in SQL elsewhere. */
        public Columns setSql(String column, String expression) {
            expressions.put(column, expression);
            return this;
        }

        private String names() {
            return String.join(", ", expressions.keySet());
        }

        private String expressions() {
            return String.join(", ", expressions.values());
        }

        private String assignments() {
            return String.join(", ", expressions.entrySet().stream().map(e -> e.getKey() + " = " + e.getValue())
                    .toList());
        }

        private Query bind(Query query) {
            values.forEach(query::setParameter);
            return query;
        }
    }

    /** One record as a caller reads it, audited as a read of its workers when the kind is person-level. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> Versioned<T> shown(Kind<T> kind, Versioned<T> record) {
        if (kind.audited() != null) {
            audit.recordRead("get" + kind.audited().operations(), kind.audited().workers().apply(record.body()),
                    List.of());
        }
        return record;
    }

    /** {@link #history(Kind, AccessScope, Object, Paging, Runnable, UnaryOperator)} showing every entry whole. */
    @Transactional(Transactional.TxType.MANDATORY)
    public RecordChangePage history(Kind<?> kind, AccessScope scope, Object id, Paging paging,
                                    Runnable requireReadable) {
        return history(kind, scope, id, paging, requireReadable, UnaryOperator.identity());
    }

    /**
     * A record's changes, newest first, each entry passed through {@code redact}: of a record still kept for
     * whoever may read it ({@code requireReadable}, the kind's rule for reading one record), of a deleted one
     * only for callers who see the whole council, since a deleted record no longer says which node it
     * belonged to ({@link RecordHistory#requireDeletedReadable}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public RecordChangePage history(Kind<?> kind, AccessScope scope, Object id, Paging paging,
                                    Runnable requireReadable, UnaryOperator<ObjectNode> redact) {
        if (exists(kind, id)) {
            requireReadable.run();
        } else {
            history.requireDeletedReadable(scope, kind.recordType(), id, kind.noun());
        }
        RecordChangePage page = history.page(kind.recordType(), id, paging, redact);
        if (kind.audited() != null) {
            // read from the stored entries, so that the history of a deleted record names its workers too
            audit.recordRead("get" + kind.audited().operations() + "History",
                    RecordHistory.workerIds(page, kind.audited().historyPeople().toArray(String[]::new)), List.of());
        }
        return page;
    }

    /** Inserts a new record of the kind at version 1; the caller has checked its input. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(Kind<?> kind, Object id, Columns columns) {
        columns.bind(em.createNativeQuery("INSERT INTO " + kind.table() + " (" + kind.idColumn() + ", "
                        + columns.names() + ", version) VALUES (:id, " + columns.expressions() + ", 1)"))
                .setParameter("id", id).executeUpdate();
    }

    /** Keeps the creation of a record (as {@code created} shows it) in its history, and audits it with its input. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> Versioned<T> created(Kind<T> kind, Object id, Versioned<T> created, Object input) {
        history.api(kind.recordType(), id, created.version(), RecordHistory.ChangeType.CREATED, null,
                created.body());
        if (kind.audited() != null) {
            audit.recordCreate("create" + kind.audited().operations(), kind.recordType(), id,
                    kind.audited().workers().apply(created.body()), kind.audited().nodes().apply(created.body()),
                    input);
        }
        return created;
    }

    /** {@link #update(Kind, Object, long, Supplier, Function, Runnable)} with nothing to write besides the record. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> Versioned<T> update(Kind<T> kind, Object id, long expectedVersion, Supplier<Versioned<T>> read,
                                   Function<Versioned<T>, Columns> corrected) {
        return update(kind, id, expectedVersion, read, corrected, () -> { });
    }

    /**
     * Corrects a record: {@code read} it (the feature's 404 and 403), 412 unless it is at
     * {@code expectedVersion}, then {@code corrected} checks the input against it (400, 403, 409) and gives the
     * columns to write; the versioned UPDATE, {@code afterWrite} (writes that go with it, in other tables),
     * the record read again, one history row and, for a person-level kind, one audit row naming the workers
     * and nodes before and after. The corrected record with its new version.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> Versioned<T> update(Kind<T> kind, Object id, long expectedVersion, Supplier<Versioned<T>> read,
                                   Function<Versioned<T>, Columns> corrected, Runnable afterWrite) {
        Versioned<T> before = current(kind, id, expectedVersion, read);
        write(kind, id, expectedVersion, corrected.apply(before));
        afterWrite.run();
        Versioned<T> after = read.get();
        history.api(kind.recordType(), id, after.version(), RecordHistory.ChangeType.UPDATED, before.body(),
                after.body());
        if (kind.audited() != null) {
            List<T> both = List.of(before.body(), after.body());
            audit.recordUpdate("update" + kind.audited().operations(), kind.recordType(), id,
                    kind.audited().workersOf(both), kind.audited().nodesOf(both), before.body(), after.body());
        }
        return after;
    }

    /** {@link #delete(Kind, Object, long, Supplier, Consumer, Runnable)} with no rule of the feature's own. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> void delete(Kind<T> kind, Object id, long expectedVersion, Supplier<Versioned<T>> read) {
        delete(kind, id, expectedVersion, read, before -> { }, () -> { });
    }

    /** {@link #delete(Kind, Object, long, Supplier, Consumer, Runnable)} with nothing to write besides the record. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> void delete(Kind<T> kind, Object id, long expectedVersion, Supplier<Versioned<T>> read,
                           Consumer<Versioned<T>> beforeDelete) {
        delete(kind, id, expectedVersion, read, beforeDelete, () -> { });
    }

    /**
     * Deletes a record: {@code read} it (404, 403), 412 unless it is at {@code expectedVersion},
     * {@code beforeDelete} (the feature's refusals, such as 409 while other records depend on it, and what
     * must be undone first), the versioned DELETE, {@code afterDelete}, one history row with the record as it
     * was and, for a person-level kind, one audit row.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> void delete(Kind<T> kind, Object id, long expectedVersion, Supplier<Versioned<T>> read,
                           Consumer<Versioned<T>> beforeDelete, Runnable afterDelete) {
        Versioned<T> before = current(kind, id, expectedVersion, read);
        beforeDelete.accept(before);
        remove(kind, id, expectedVersion);
        afterDelete.run();
        history.api(kind.recordType(), id, before.version(), RecordHistory.ChangeType.DELETED, before.body(), null);
        if (kind.audited() != null) {
            List<T> was = List.of(before.body());
            audit.recordDelete("delete" + kind.audited().operations(), kind.recordType(), id,
                    kind.audited().workersOf(was), kind.audited().nodesOf(was));
        }
    }

    /**
     * The record as {@code read} gives it, 412 unless it is still at the version the caller read. The first
     * step of every change, here for a feature (absences) whose history and audit of a change are its own.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> Versioned<T> current(Kind<T> kind, Object id, long expectedVersion, Supplier<Versioned<T>> read) {
        Versioned<T> record = read.get();
        ETags.requireCurrent(record.version(), expectedVersion, kind.staleNoun(id));
        return record;
    }

    /** The versioned UPDATE of the columns: the version goes up by one in the same statement; 412/404 when no row. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void write(Kind<?> kind, Object id, long expectedVersion, Columns columns) {
        int rows = columns.bind(em.createNativeQuery("UPDATE " + kind.table() + " SET " + columns.assignments()
                        + ", version = version + 1 WHERE " + kind.idColumn() + " = :id AND version = :version"))
                .setParameter("id", id).setParameter("version", expectedVersion).executeUpdate();
        VersionedRows.requireChanged(em, rows, kind.table(), kind.idColumn(), id, kind.noun());
    }

    /** The versioned DELETE; 412/404 when no row. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void remove(Kind<?> kind, Object id, long expectedVersion) {
        int rows = em.createNativeQuery("DELETE FROM " + kind.table() + " WHERE " + kind.idColumn()
                        + " = :id AND version = :version")
                .setParameter("id", id).setParameter("version", expectedVersion).executeUpdate();
        VersionedRows.requireChanged(em, rows, kind.table(), kind.idColumn(), id, kind.noun());
    }

    /**
     * 409 while rows of {@code table} refer to the record through {@code column}: a record others depend on is
     * not deleted (docs/recording.md); {@code why} says, from their number, what depends on it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireUnreferenced(String table, String column, Object id, LongFunction<String> why) {
        long referring = Rows.count(em.createNativeQuery("SELECT count(*) FROM " + table + " WHERE " + column
                + " = :id").setParameter("id", id).getSingleResult());
        if (referring > 0) {
            throw ProblemException.conflict(why.apply(referring));
        }
    }

    /** Whether the record is still kept (its history outlives it). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean exists(Kind<?> kind, Object id) {
        return Rows.count(em.createNativeQuery("SELECT count(*) FROM " + kind.table() + " WHERE " + kind.idColumn()
                + " = :id").setParameter("id", id).getSingleResult()) > 0;
    }
}

package org.workforceinsight.imports;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.workforceinsight.api.model.ImportDataSet;
import org.workforceinsight.api.model.ImportMode;
import org.workforceinsight.api.model.ImportOutcome;
import org.workforceinsight.api.model.ImportRowError;
import org.workforceinsight.api.model.ImportRun;
import org.workforceinsight.imports.ImportFormats.Format;
import org.workforceinsight.imports.ImportFormats.KeyKind;
import org.workforceinsight.security.AuditAction;
import org.workforceinsight.security.AuditActor;
import org.workforceinsight.security.AuditEntry;
import org.workforceinsight.security.AuditTrail;
import org.workforceinsight.shared.RecordHistory;

/**
 * Imports one CSV file in two passes. The first streams the file, checks every row (types, ranges,
 * codes, references, keys repeated in the file) and spools the good rows, typed, to a temporary
 * file; it holds only the keys seen. The second reads the spool in batches, matches each batch to
 * the kept records with one query, and writes creations and changes with JDBC batches, each with its
 * change history row, in one transaction for the whole file. Memory is bounded by the organisation's
 * size and the batch size, not by the file's.
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);
    static final int BATCH = 1000;

    @Inject
    DataSource dataSource;

    @Inject
    ImportRunRepository runs;

    @Inject
    RecordHistory history;

    @Inject
    AuditTrail audit;

    @ConfigProperty(name = "workforce.imports.transaction-timeout-seconds", defaultValue = "1800")
    int transactionTimeoutSeconds;

    /** What the caller asked for and who they are. */
    public record Request(ImportDataSet dataSet, boolean dryRun, ImportMode mode, String fileName, String principal,
                          boolean healthDetailAllowed, AuditActor actor) {

        /** A request whose audit records name only the principal (no token: tests and benchmarks). */
        public Request(ImportDataSet dataSet, boolean dryRun, ImportMode mode, String fileName, String principal,
                       boolean healthDetailAllowed) {
            this(dataSet, dryRun, mode, fileName, principal, healthDetailAllowed,
                    new AuditActor(principal, null, null, AuditActor.IMPORT));
        }
    }

    /** The progress of one import: counts and the errors found, spooled. */
    static final class Run implements AutoCloseable {
        final UUID id = UUID.randomUUID();
        final OffsetDateTime startedAt = OffsetDateTime.now(ZoneOffset.UTC);
        final Request request;
        final Format format;
        final Spool errors = new Spool("import-errors");
        final List<ImportRowError> firstErrors = new ArrayList<>();
        long rowsRead;
        long created;
        long updated;
        long unchanged;
        long rejected;
        boolean fileRejected;

        Run(Request request) {
            this.request = request;
            this.format = ImportFormats.of(request.dataSet());
        }

        boolean validRows() {
            return request.mode() == ImportMode.VALID_ROWS;
        }

        void error(long line, String column, String reason) {
            String text = reason.length() > 500 ? reason.substring(0, 497) + "..." : reason;
            // a header cell can be any text (even a whole row pasted in): the record keeps 64 characters of it
            String name = column != null && column.length() > 64 ? column.substring(0, 61) + "..." : column;
            errors.write(line, name, text);
            if (firstErrors.size() < ImportRunRepository.ERRORS_ON_RECORD) {
                firstErrors.add(new ImportRowError().line(line).column(name).reason(text));
            }
        }

        long errorCount() {
            return errors.written();
        }

        @Override
        public void close() {
            errors.close();
        }
    }

    public ImportRun importFile(Request request, Path file) {
        try (Run run = new Run(request); InputStream in = Files.newInputStream(file)) {
            return importStream(run, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ImportRun importStream(Request request, InputStream in) {
        try (Run run = new Run(request)) {
            return importStream(run, in);
        }
    }

    private ImportRun importStream(Run run, InputStream in) {
        try (Spool rows = new Spool("import-rows")) {
            boolean[] present = new RowValidator(run, new Lookups(dataSource)).validate(in, rows);
            boolean write = !run.request.dryRun() && (run.validRows() || run.errorCount() == 0);
            if (run.fileRejected || (!run.validRows() && run.errorCount() > 0)) {
                return finishRejected(run);
            }
            return QuarkusTransaction.requiringNew().timeout(transactionTimeoutSeconds).call(() -> {
                try (Connection connection = dataSource.getConnection()) {
                    new Writer(run, connection, present, write).writeAll(rows);
                }
                if (!run.validRows() && run.errorCount() > 0) {
                    // a clash found in the second pass: undo what this file wrote
                    throw new RolledBack();
                }
                return runs.save(run, outcome(run));
            });
        } catch (RolledBack rolledBack) {
            return finishRejected(run);
        } catch (DatabaseRefused refused) {
            run.error(refused.line, null, refused.getMessage());
            return finishRejected(run);
        }
    }

    private ImportRun finishRejected(Run run) {
        run.created = 0;
        run.updated = 0;
        run.unchanged = 0;
        run.fileRejected = true;
        return QuarkusTransaction.requiringNew().call(() -> runs.save(run, ImportOutcome.REJECTED));
    }

    private static ImportOutcome outcome(Run run) {
        return run.errorCount() == 0 ? ImportOutcome.ACCEPTED : ImportOutcome.ACCEPTED_VALID_ROWS;
    }

    /** Thrown to roll the file's transaction back; the import is then recorded as rejected. */
    private static final class RolledBack extends RuntimeException {
        RolledBack() {
            super(null, null, false, false);
        }
    }

    /** The database refused a change the checks let through (or a record changed meanwhile): the file is rejected. */
    static final class DatabaseRefused extends RuntimeException {
        final long line;

        DatabaseRefused(long line, String reason) {
            super(reason);
            this.line = line;
        }
    }

    /** The second pass: matches spooled rows to kept records and writes the differences. */
    private final class Writer {
        private final Run run;
        private final Format format;
        private final Connection connection;
        private final boolean[] present;
        private boolean writing;
        private final List<Column> columns;
        private final List<Column> keys;
        private final int healthIndex;

        Writer(Run run, Connection connection, boolean[] present, boolean writing) {
            this.run = run;
            this.format = run.format;
            this.connection = connection;
            this.present = present;
            this.writing = writing;
            this.columns = format.columns();
            this.keys = format.keyColumns();
            int health = -1;
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).healthDetail() && present[i]) {
                    health = i;
                }
            }
            this.healthIndex = health;
        }

        void writeAll(Spool rows) throws SQLException {
            List<Object[]> batch = new ArrayList<>(BATCH);
            Object[] row;
            while ((row = rows.read()) != null) {
                batch.add(row);
                if (batch.size() == BATCH) {
                    writeBatch(batch);
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                writeBatch(batch);
            }
        }

        /** A spooled row is [line, value of each column...]. */
        private Object value(Object[] row, int column) {
            return row[column + 1];
        }

        private String keyOf(Object[] row) {
            StringBuilder key = new StringBuilder();
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).key()) {
                    key.append(value(row, i)).append('\u0001');
                }
            }
            return key.toString();
        }

        private void writeBatch(List<Object[]> batch) throws SQLException {
            List<Object[]> accepted = checkUniqueColumns(batch);
            Map<String, Object[]> existing = existing(accepted);
            List<Object[]> inserts = new ArrayList<>();
            PreparedStatement update = null;
            List<RecordHistory.Change> changes = new ArrayList<>();
            Audited audited = new Audited();
            PreparedStatement healthUpsert = null;
            PreparedStatement healthDelete = null;
            List<Long> updateLines = new ArrayList<>();
            try {
                for (Object[] row : accepted) {
                    Object[] kept = existing.get(keyOf(row));
                    if (kept == null) {
                        run.created++;
                        if (!writing) {
                            continue;
                        }
                        UUID id = format.keyKind() == KeyKind.EXTERNAL_ID ? UUID.randomUUID() : null;
                        inserts.add(insertValues(id, row));
                        String recordId = id != null ? id.toString() : naturalId(row);
                        changes.add(new RecordHistory.Change(recordId, 1L, RecordHistory.ChangeType.CREATED, null,
                                snapshot(row, 1, false)));
                        audited.add(id, row, null);
                        if (healthIndex >= 0 && value(row, healthIndex) != null) {
                            healthUpsert = healthUpsert == null ? connection.prepareStatement(HEALTH_UPSERT) : healthUpsert;
                            healthUpsert.setObject(1, id);
                            healthUpsert.setObject(2, value(row, healthIndex));
                            healthUpsert.addBatch();
                        }
                    } else if (sameValues(row, kept)) {
                        run.unchanged++;
                    } else {
                        run.updated++;
                        if (!writing) {
                            continue;
                        }
                        long version = (Long) kept[1];
                        update = update == null ? connection.prepareStatement(updateSql()) : update;
                        bindUpdate(update, row, (String) kept[0], version);
                        update.addBatch();
                        updateLines.add((Long) row[0]);
                        String recordId = (String) kept[0];
                        boolean healthChanged = healthIndex >= 0 && !same(value(row, healthIndex), kept[2 + healthIndex]);
                        changes.add(new RecordHistory.Change(recordId, version + 1, RecordHistory.ChangeType.UPDATED,
                                keptSnapshot(kept), snapshot(row, version + 1, healthChanged)));
                        audited.add(format.keyKind() == KeyKind.EXTERNAL_ID ? UUID.fromString(recordId) : null, row,
                                kept);
                        if (healthChanged) {
                            UUID absenceId = UUID.fromString(recordId);
                            if (value(row, healthIndex) == null) {
                                healthDelete = healthDelete == null ? connection.prepareStatement(HEALTH_DELETE) : healthDelete;
                                healthDelete.setObject(1, absenceId);
                                healthDelete.addBatch();
                            } else {
                                healthUpsert = healthUpsert == null ? connection.prepareStatement(HEALTH_UPSERT) : healthUpsert;
                                healthUpsert.setObject(1, absenceId);
                                healthUpsert.setObject(2, value(row, healthIndex));
                                healthUpsert.addBatch();
                            }
                        }
                    }
                }
                long firstLine = batch.isEmpty() ? 0 : (Long) batch.get(0)[0];
                insertAll(inserts, firstLine);
                if (update != null) {
                    int[] counts = executeChecked(update, firstLine);
                    for (int i = 0; i < counts.length; i++) {
                        if (counts[i] == 0) {
                            throw new DatabaseRefused(updateLines.get(i),
                                    "the record was changed by someone else during the import; import the file again");
                        }
                    }
                }
                execute(healthDelete, firstLine);
                execute(healthUpsert, firstLine);
                history.recordAll(format.recordType(), changes, RecordHistory.Channel.IMPORT, run.id,
                        run.request.principal());
                audited.write();
            } finally {
                for (PreparedStatement statement : new PreparedStatement[] {update, healthUpsert, healthDelete}) {
                    if (statement != null) {
                        statement.close();
                    }
                }
            }
        }

        private void execute(PreparedStatement statement, long line) {
            if (statement != null) {
                executeChecked(statement, line);
            }
        }

        private int[] executeChecked(PreparedStatement statement, long line) {
            try {
                return statement.executeBatch();
            } catch (SQLException e) {
                throw refused(e, line);
            }
        }

        private RuntimeException refused(SQLException e, long line) {
            SQLException cause = e.getNextException() != null ? e.getNextException() : e;
            LOG.debugf(cause, "Import %s refused by the database", run.id);
            String state = cause.getSQLState() == null ? "" : cause.getSQLState();
            if (state.startsWith("23")) {
                return new DatabaseRefused(line, "the database refused a row of the batch from this line on "
                        + "(a value clashes with another record; constraint " + constraintOf(cause) + ")");
            }
            return new IllegalStateException(cause);
        }

        private String constraintOf(SQLException e) {
            if (e instanceof org.postgresql.util.PSQLException p && p.getServerErrorMessage() != null
                    && p.getServerErrorMessage().getConstraint() != null) {
                return p.getServerErrorMessage().getConstraint();
            }
            return "unknown";
        }

        // --- matching to kept records --------------------------------------------------------

        /** The kept records of the batch by key: [record id, version, value of each column...]. */
        private Map<String, Object[]> existing(List<Object[]> batch) throws SQLException {
            Map<String, Object[]> result = new HashMap<>();
            if (batch.isEmpty()) {
                return result;
            }
            String sql = keptColumns() + " JOIN " + unnest(keys) + " ON " + matchOn(keys);
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                bindArrays(select, keys, batch);
                readKept(select, null, result);
            }
            if (format.keyKind() == KeyKind.EXTERNAL_ID) {
                bySystemId(batch, result);
            }
            return result;
        }

        /**
         * A record recorded through the API has no external id, and an export names it by its id in this system
         * (ImportFiles). An unmatched key that is such an id finds that record, so re-importing an export into
         * the database it came from changes nothing rather than copying those records.
         */
        private void bySystemId(List<Object[]> batch, Map<String, Object[]> result) throws SQLException {
            List<UUID> ids = new ArrayList<>();
            int keyIndex = columns.indexOf(keys.get(0));
            for (Object[] row : batch) {
                if (!result.containsKey(keyOf(row)) && value(row, keyIndex) instanceof String key) {
                    try {
                        ids.add(UUID.fromString(key));
                    } catch (IllegalArgumentException notAnId) {
                        // a source system's own id: a new record
                    }
                }
            }
            if (ids.isEmpty()) {
                return;
            }
            try (PreparedStatement select = connection.prepareStatement(keptColumns()
                    + " WHERE t.external_id IS NULL AND t.id = ANY (?)")) {
                select.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
                readKept(select, keyIndex, result);
            }
        }

        private String keptColumns() {
            StringBuilder sql = new StringBuilder("SELECT ").append(recordIdExpression()).append(", t.version");
            for (Column column : columns) {
                if (column.healthDetail()) {
                    sql.append(", (SELECT h.reason_code FROM absence_sickness_reason h WHERE h.absence_id = t.id)");
                } else {
                    sql.append(", t.").append(column.dbColumn());
                }
            }
            return sql.append(" FROM ").append(format.table()).append(" t").toString();
        }

        /** @param systemIdAsKey the key column to fill with the record's own id (it has no external id), or null */
        private void readKept(PreparedStatement select, Integer systemIdAsKey, Map<String, Object[]> result)
                throws SQLException {
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    Object[] kept = new Object[2 + columns.size()];
                    kept[0] = rs.getString(1);
                    kept[1] = rs.getLong(2);
                    StringBuilder key = new StringBuilder();
                    for (int i = 0; i < columns.size(); i++) {
                        kept[2 + i] = systemIdAsKey != null && systemIdAsKey == i ? kept[0]
                                : read(rs, 3 + i, columns.get(i));
                        if (columns.get(i).key()) {
                            key.append(kept[2 + i]).append('\u0001');
                        }
                    }
                    result.put(key.toString(), kept);
                }
            }
        }

        /** Rows whose unique columns (other than the key) clash with another kept record are rejected here. */
        private List<Object[]> checkUniqueColumns(List<Object[]> batch) throws SQLException {
            if (format.uniqueColumns().isEmpty()) {
                return batch;
            }
            List<Object[]> accepted = new ArrayList<>(batch);
            for (List<String> unique : format.uniqueColumns()) {
                List<Column> group = unique.stream().map(this::byDbColumn).toList();
                List<Object[]> withValues = accepted.stream().filter(r -> group.stream()
                        .allMatch(c -> value(r, columns.indexOf(c)) != null)).toList();
                if (withValues.isEmpty()) {
                    continue;
                }
                StringBuilder sql = new StringBuilder("SELECT ");
                List<String> selected = new ArrayList<>();
                for (Column c : keys) {
                    // a record without an external id is known by its own id, as bySystemId matches it
                    selected.add(format.keyKind() == KeyKind.EXTERNAL_ID
                            ? "coalesce(t." + c.dbColumn() + ", t.id::text)" : "t." + c.dbColumn());
                }
                for (Column c : group) {
                    selected.add("t." + c.dbColumn());
                }
                sql.append(String.join(", ", selected)).append(" FROM ").append(format.table()).append(" t JOIN ")
                        .append(unnest(group)).append(" ON ").append(matchOn(group));
                Map<String, String> ownerByValue = new HashMap<>();
                try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
                    bindArrays(select, group, withValues);
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            StringBuilder key = new StringBuilder();
                            int index = 1;
                            for (Column c : keys) {
                                key.append(read(rs, index++, c)).append('\u0001');
                            }
                            StringBuilder values = new StringBuilder();
                            for (Column c : group) {
                                values.append(read(rs, index++, c)).append('\u0001');
                            }
                            ownerByValue.put(values.toString(), key.toString());
                        }
                    }
                }
                for (Object[] row : withValues) {
                    StringBuilder values = new StringBuilder();
                    for (Column c : group) {
                        values.append(value(row, columns.indexOf(c))).append('\u0001');
                    }
                    String owner = ownerByValue.get(values.toString());
                    if (owner != null && !owner.equals(keyOf(row))) {
                        String names = String.join(" and ", group.stream().map(Column::name).toList());
                        run.error((Long) row[0], group.get(0).name(), "another kept record already has this " + names);
                        run.rejected++;
                        accepted.remove(row);
                        if (!run.validRows()) {
                            writing = false;
                        }
                    }
                }
            }
            return accepted;
        }

        private Column byDbColumn(String dbColumn) {
            return columns.stream().filter(c -> dbColumn.equals(c.dbColumn())).findFirst().orElseThrow();
        }

        private String unnest(List<Column> group) {
            List<String> arrays = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (int i = 0; i < group.size(); i++) {
                arrays.add("?::" + sqlType(group.get(i)) + "[]");
                names.add("k" + i);
            }
            return "unnest(" + String.join(", ", arrays) + ") AS k(" + String.join(", ", names) + ")";
        }

        private String matchOn(List<Column> group) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < group.size(); i++) {
                parts.add("t." + group.get(i).dbColumn() + " = k.k" + i);
            }
            return String.join(" AND ", parts);
        }

        private void bindArrays(PreparedStatement statement, List<Column> group, List<Object[]> rows) throws SQLException {
            for (int g = 0; g < group.size(); g++) {
                int index = columns.indexOf(group.get(g));
                Object[] values = new Object[rows.size()];
                for (int r = 0; r < rows.size(); r++) {
                    Object v = value(rows.get(r), index);
                    values[r] = v instanceof LocalDate d ? java.sql.Date.valueOf(d) : v;
                }
                statement.setArray(g + 1, connection.createArrayOf(sqlType(group.get(g)), values));
            }
        }

        private String sqlType(Column column) {
            return switch (column.type()) {
                case REFERENCE -> "uuid";
                case DATE -> "date";
                case INTEGER -> "integer";
                case DECIMAL -> "numeric";
                case BOOLEAN -> "boolean";
                default -> "varchar";
            };
        }

        private String recordIdExpression() {
            if (format.keyKind() == KeyKind.EXTERNAL_ID) {
                return "t.id::text";
            }
            return String.join(" || '/' || ", keys.stream().map(c -> "t." + c.dbColumn() + "::text").toList());
        }

        private String naturalId(Object[] row) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).key()) {
                    parts.add(String.valueOf(value(row, i)));
                }
            }
            return String.join("/", parts);
        }

        private Object read(ResultSet rs, int index, Column column) throws SQLException {
            Object value = switch (column.type()) {
                case DATE -> rs.getObject(index, LocalDate.class);
                case DECIMAL -> rs.getBigDecimal(index);
                case INTEGER -> rs.getInt(index);
                case BOOLEAN -> rs.getBoolean(index);
                case REFERENCE -> rs.getObject(index, UUID.class);
                default -> rs.getString(index);
            };
            return rs.wasNull() ? null : value;
        }

        private boolean sameValues(Object[] row, Object[] kept) {
            for (int i = 0; i < columns.size(); i++) {
                if (present[i] && !same(value(row, i), kept[2 + i])) {
                    return false;
                }
            }
            return true;
        }

        private static boolean same(Object a, Object b) {
            if (a == null || b == null) {
                return a == b;
            }
            if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
                return x.compareTo(y) == 0;
            }
            return a.equals(b);
        }

        // --- writing -------------------------------------------------------------------------

        private List<Integer> written(boolean withKeys) {
            List<Integer> result = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                Column column = columns.get(i);
                if (present[i] && !column.healthDetail() && (withKeys || !column.key())) {
                    result.add(i);
                }
            }
            return result;
        }

        /**
         * The batch's new records in one statement: each column goes as one array and unnest turns the
         * arrays back into rows, which is far quicker than a statement per row.
         */
        private void insertAll(List<Object[]> inserts, long firstLine) throws SQLException {
            if (inserts.isEmpty()) {
                return;
            }
            List<String> names = new ArrayList<>();
            List<String> types = new ArrayList<>();
            if (format.keyKind() == KeyKind.EXTERNAL_ID) {
                names.add("id");
                types.add("uuid");
            }
            for (int i : written(true)) {
                names.add(columns.get(i).dbColumn());
                types.add(sqlType(columns.get(i)));
            }
            if (format.recordedBy()) {
                names.add("recorded_by");
                types.add("varchar");
            }
            String sql = "INSERT INTO " + format.table() + " (" + String.join(", ", names) + ") SELECT * FROM unnest("
                    + String.join(", ", types.stream().map(t -> "?::" + t + "[]").toList()) + ")";
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                for (int c = 0; c < types.size(); c++) {
                    Object[] values = new Object[inserts.size()];
                    for (int r = 0; r < inserts.size(); r++) {
                        values[r] = inserts.get(r)[c];
                    }
                    insert.setArray(c + 1, connection.createArrayOf(types.get(c), values));
                }
                executeOne(insert, firstLine);
            }
        }

        private Object[] insertValues(UUID id, Object[] row) {
            List<Object> values = new ArrayList<>();
            if (id != null) {
                values.add(id);
            }
            for (int i : written(true)) {
                Object value = value(row, i);
                values.add(value instanceof LocalDate d ? java.sql.Date.valueOf(d) : value);
            }
            if (format.recordedBy()) {
                values.add(run.request.principal());
            }
            return values.toArray();
        }

        private void executeOne(PreparedStatement statement, long line) {
            try {
                statement.executeUpdate();
            } catch (SQLException e) {
                throw refused(e, line);
            }
        }

        private String updateSql() {
            StringBuilder sql = new StringBuilder("UPDATE ").append(format.table()).append(" SET ");
            for (int i : written(false)) {
                sql.append(columns.get(i).dbColumn()).append(" = ?, ");
            }
            sql.append("version = version + 1 WHERE ");
            if (format.keyKind() == KeyKind.EXTERNAL_ID) {
                // by this system's id: a record recorded through the API has no external id to match on
                sql.append("id = ?::uuid AND ");
            } else {
                for (Column key : keys) {
                    sql.append(key.dbColumn()).append(" = ? AND ");
                }
            }
            return sql.append("version = ?").toString();
        }

        private void bindUpdate(PreparedStatement statement, Object[] row, String recordId, long version)
                throws SQLException {
            int index = 1;
            for (int i : written(false)) {
                statement.setObject(index++, value(row, i));
            }
            if (format.keyKind() == KeyKind.EXTERNAL_ID) {
                statement.setString(index++, recordId);
            } else {
                for (int i = 0; i < columns.size(); i++) {
                    if (columns.get(i).key()) {
                        statement.setObject(index++, value(row, i));
                    }
                }
            }
            statement.setLong(index, version);
        }

        // --- history -------------------------------------------------------------------------

        /** The record as kept, in the history's camelCase form, without health detail. */
        private Map<String, Object> snapshot(Object[] row, long version, boolean healthChanged) {
            Map<String, Object> record = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                Column column = columns.get(i);
                if (present[i] && !column.healthDetail()) {
                    record.put(camel(column.dbColumn()), jsonValue(value(row, i)));
                }
            }
            if (healthChanged) {
                record.put("sicknessReasonChanged", true);
            }
            record.put("version", version);
            return record;
        }

        private Map<String, Object> keptSnapshot(Object[] kept) {
            Map<String, Object> record = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                Column column = columns.get(i);
                if (present[i] && !column.healthDetail()) {
                    record.put(camel(column.dbColumn()), jsonValue(kept[2 + i]));
                }
            }
            record.put("version", kept[1]);
            return record;
        }

        private Object jsonValue(Object value) {
            return value instanceof LocalDate || value instanceof UUID ? value.toString() : value;
        }

        /**
         * The people a batch created or changed and the fields it wrote, for one audit record per batch (the
         * trail holds ids and field names only, so a sickness reason shows as its column's name).
         */
        private final class Audited {
            private final java.util.Set<UUID> workers = new java.util.LinkedHashSet<>();
            private final java.util.Set<UUID> assignments = new java.util.LinkedHashSet<>();
            private final java.util.Set<String> fields = new java.util.TreeSet<>();

            /** A row written: {@code kept} is the record before it (null for a creation). */
            void add(UUID recordId, Object[] row, Object[] kept) {
                if (format.dataSet() == ImportDataSet.WORKERS && recordId != null) {
                    workers.add(recordId);
                }
                for (int i = 0; i < columns.size(); i++) {
                    Column column = columns.get(i);
                    if (!present[i]) {
                        continue;
                    }
                    Object value = value(row, i);
                    if (column.ref() == Column.Ref.WORKER && value instanceof UUID worker) {
                        workers.add(worker);
                    } else if (column.ref() == Column.Ref.AGENCY_EMPLOYMENT && value instanceof UUID assignment) {
                        assignments.add(assignment);
                    }
                    boolean written = kept == null ? value != null : !same(value, kept[2 + i]);
                    if (written) {
                        fields.add(column.name());
                    }
                }
            }

            /** Posts and timesheets name nobody and are not audited, as when they are recorded one at a time. */
            void write() throws SQLException {
                workers.addAll(workersOf(assignments));
                if (workers.isEmpty()) {
                    return;
                }
                audit.record(new AuditEntry(run.request.actor().via(AuditActor.IMPORT), "importFile",
                        AuditAction.IMPORT, format.recordType(), run.id.toString(), workers, List.of(), fields));
            }

            private List<UUID> workersOf(java.util.Set<UUID> assignmentIds) throws SQLException {
                if (assignmentIds.isEmpty()) {
                    return List.of();
                }
                List<UUID> result = new ArrayList<>();
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT DISTINCT worker_id FROM assignment WHERE id = ANY (?)")) {
                    select.setArray(1, connection.createArrayOf("uuid", assignmentIds.toArray()));
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            result.add(rs.getObject(1, UUID.class));
                        }
                    }
                }
                return result;
            }
        }
    }

    private static final String HEALTH_UPSERT = "INSERT INTO absence_sickness_reason (absence_id, reason_code) VALUES (?, ?) "
            + "ON CONFLICT (absence_id) DO UPDATE SET reason_code = EXCLUDED.reason_code";
    private static final String HEALTH_DELETE = "DELETE FROM absence_sickness_reason WHERE absence_id = ?";

    static String camel(String snake) {
        StringBuilder result = new StringBuilder();
        boolean upper = false;
        for (char c : snake.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                result.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return result.toString();
    }
}

package org.workforceinsight.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.workforceinsight.api.model.ImportDataSet;
import org.workforceinsight.imports.ImportFormats.Format;
import org.workforceinsight.imports.ImportFormats.KeyKind;
import org.workforceinsight.security.AccessScope;
import org.workforceinsight.security.AuditTrail;
import org.workforceinsight.shared.ProblemException;

/**
 * Every kept record of a data set written in the data set's own import format, so that an export can be
 * imported again as it is (the round trip of issue 4). The SQL is derived from {@link ImportFormats}, the
 * same description the import reads files by: a column added to a format is exported too, and the file can
 * never name a column the import does not know.
 */
@ApplicationScoped
public class ImportFiles {

    /** Rows fetched from the database at a time while the file is written. */
    private static final int FETCH = 1000;

    @Inject
    DataSource dataSource;

    @Inject
    AuditTrail audit;

    /** A file ready to be streamed: its columns and the query for its rows. */
    public record File(String fileName, StreamingOutput body) {
    }

    /**
     * Checks the caller may have the whole data set (403 otherwise), audits the export naming the workers in
     * it, and gives the file; its rows are read while it is written.
     */
    public File export(AccessScope scope, ImportDataSet dataSet) {
        if (!scope.allNodes()) {
            throw ProblemException.forbidden("An import file holds the whole council's records; only callers who "
                    + "see the whole council may have it.");
        }
        Format format = ImportFormats.of(dataSet);
        boolean charges = format.dataSet() == ImportDataSet.AGENCY_ASSIGNMENTS
                || format.dataSet() == ImportDataSet.AGENCY_TIMESHEETS;
        if (charges && !scope.seesAgencyCharges()) {
            throw ProblemException.forbidden("The " + dataSet + " import format holds agency charges, which you "
                    + "may not read.");
        }
        // without the reason column a re-import leaves the kept reasons as they are (ImportFormats says so)
        List<Column> columns = format.columns().stream()
                .filter(c -> !c.healthDetail() || scope.seesHealthDetail()).toList();
        List<UUID> workers = workersIn(format);
        if (!workers.isEmpty()) {
            audit.recordExport("exportImportFile", workers, List.of());
        }
        String sql = select(format, columns);
        StreamingOutput body = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            // the byte order mark lets a spreadsheet read the names as UTF-8; the import skips it
            writer.write('\uFEFF');
            writeRow(writer, columns.stream().map(Column::name).toList());
            try (Connection connection = dataSource.getConnection()) {
                // a cursor (fetch size) needs a transaction; nothing is written, so it is rolled back
                connection.setAutoCommit(false);
                try (Statement statement = connection.createStatement()) {
                    statement.setFetchSize(FETCH);
                    try (ResultSet rows = statement.executeQuery(sql)) {
                        List<String> cells = new ArrayList<>(columns.size());
                        while (rows.next()) {
                            cells.clear();
                            for (int i = 0; i < columns.size(); i++) {
                                cells.add(cell(rows, i + 1, columns.get(i)));
                            }
                            writeRow(writer, cells);
                        }
                    }
                } finally {
                    connection.rollback();
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read the " + dataSet + " records", e);
            }
            writer.flush();
        };
        return new File(dataSet + "-import-" + LocalDate.now() + ".csv", body);
    }

    /**
     * The query for the file: each column as the import reads it. References are given by the source's id
     * (a worker's external id, a team's external code) or, where a record has none, by its id in this
     * system, which the import accepts as well.
     */
    static String select(Format format, List<Column> columns) {
        List<String> selected = new ArrayList<>();
        for (Column column : columns) {
            selected.add(expression(format, column));
        }
        List<String> order = new ArrayList<>();
        for (Column key : format.keyColumns()) {
            order.add(expression(format, key));
        }
        return "SELECT " + String.join(", ", selected) + " FROM " + format.table() + " t ORDER BY "
                + String.join(", ", order);
    }

    private static String expression(Format format, Column column) {
        if (column.healthDetail()) {
            return "(SELECT h.reason_code FROM absence_sickness_reason h WHERE h.absence_id = t.id)";
        }
        if (column.key() && format.keyKind() == KeyKind.EXTERNAL_ID) {
            return "coalesce(t." + column.dbColumn() + ", t.id::text)";
        }
        if (column.type() != Column.Type.REFERENCE) {
            return "t." + column.dbColumn();
        }
        String target = switch (column.ref()) {
            case WORKER -> "SELECT coalesce(x.external_id, x.id::text) FROM worker x";
            case TEAM -> "SELECT coalesce(x.external_code, x.id::text) FROM org_node x";
            case POST -> "SELECT coalesce(x.external_id, x.id::text) FROM post x";
            case AGENCY_EMPLOYMENT, AGENCY_ASSIGNMENT -> "SELECT coalesce(x.external_id, x.id::text) FROM assignment x";
        };
        return "(" + target + " WHERE x.id = t." + column.dbColumn() + ")";
    }

    /** The people a file of this data set names, for its audit record (as an import of it would audit them). */
    private List<UUID> workersIn(Format format) {
        List<String> parts = new ArrayList<>();
        if (format.dataSet() == ImportDataSet.WORKERS) {
            parts.add("SELECT t.id AS w FROM worker t");
        }
        for (Column column : format.columns()) {
            if (column.ref() == Column.Ref.WORKER) {
                parts.add("SELECT t." + column.dbColumn() + " AS w FROM " + format.table() + " t");
            } else if (column.ref() == Column.Ref.AGENCY_EMPLOYMENT) {
                parts.add("SELECT x.worker_id AS w FROM " + format.table() + " t JOIN assignment x ON x.id = t."
                        + column.dbColumn());
            }
        }
        if (parts.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT DISTINCT w FROM ("
                     + String.join(" UNION ", parts) + ") u WHERE w IS NOT NULL ORDER BY w");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getObject(1, UUID.class));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the workers of " + format.dataSet(), e);
        }
        return ids;
    }

    /** A value as the import reads it back: ISO dates, plain decimals, true/false. */
    private static String cell(ResultSet rows, int index, Column column) throws SQLException {
        return switch (column.type()) {
            case DATE -> {
                LocalDate date = rows.getObject(index, LocalDate.class);
                yield date == null ? "" : date.toString();
            }
            case DECIMAL -> {
                BigDecimal number = rows.getBigDecimal(index);
                yield number == null ? "" : number.toPlainString();
            }
            case BOOLEAN -> {
                boolean value = rows.getBoolean(index);
                yield rows.wasNull() ? "" : String.valueOf(value);
            }
            default -> {
                String text = rows.getString(index);
                yield text == null ? "" : text;
            }
        };
    }

    /** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled; CRLF ends a record. */
    static void writeRow(Writer writer, List<String> cells) {
        try {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    writer.write(',');
                }
                String cell = cells.get(i);
                if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                        || cell.indexOf('\r') >= 0) {
                    writer.write('"');
                    writer.write(cell.replace("\"", "\"\""));
                    writer.write('"');
                } else {
                    writer.write(cell);
                }
            }
            writer.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

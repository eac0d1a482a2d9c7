package org.workforceinsight.imports;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.workforceinsight.imports.ImportFormats.Format;

/**
 * The first pass of an import: reads the file as it streams in, checks the header and every row, and
 * spools the good rows, typed, for the second pass. It keeps only the keys seen (to find a key given
 * twice in the file), never the rows.
 */
final class RowValidator {

    private final ImportService.Run run;
    private final Format format;
    private final Lookups lookups;
    private final List<Column> columns;

    RowValidator(ImportService.Run run, Lookups lookups) {
        this.run = run;
        this.format = run.format;
        this.lookups = lookups;
        this.columns = format.columns();
    }

    /** Validates and spools; returns which of the format's columns the file has. Sets fileRejected on a bad header or syntax. */
    boolean[] validate(InputStream in, Spool rows) {
        boolean[] present = new boolean[columns.size()];
        try (CsvReader csv = new CsvReader(in)) {
            List<String> header = csv.next();
            if (header == null || (header.size() == 1 && header.get(0).isBlank())) {
                run.error(1, null, "the file is empty; the first line must name the columns");
                run.fileRejected = true;
                return present;
            }
            int[] position = readHeader(header, present);
            if (run.fileRejected) {
                return present;
            }
            boolean healthRefused = false;
            for (int i = 0; i < columns.size(); i++) {
                if (present[i] && columns.get(i).healthDetail() && !run.request.healthDetailAllowed()) {
                    healthRefused = true;
                }
            }
            Map<String, Long> keysSeen = new HashMap<>();
            List<Map<String, Long>> uniqueSeen = new ArrayList<>();
            format.uniqueColumns().forEach(u -> uniqueSeen.add(new HashMap<>()));
            List<String> fields;
            while ((fields = csv.next()) != null) {
                long line = csv.recordLine();
                if (fields.size() == 1 && fields.get(0).isBlank()) {
                    continue;
                }
                run.rowsRead++;
                if (!row(fields, line, header.size(), position, present, healthRefused, keysSeen, uniqueSeen, rows)) {
                    run.rejected++;
                }
            }
        } catch (CsvReader.CsvSyntaxException e) {
            run.error(e.line, null, "the file is not valid CSV: " + e.getMessage());
            run.fileRejected = true;
        }
        if (healthRefusedWithoutColumnUse(present)) {
            present[healthColumn()] = false;
        }
        return present;
    }

    private boolean healthRefusedWithoutColumnUse(boolean[] present) {
        int health = healthColumn();
        return health >= 0 && present[health] && !run.request.healthDetailAllowed();
    }

    private int healthColumn() {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).healthDetail()) {
                return i;
            }
        }
        return -1;
    }

    private int[] readHeader(List<String> header, boolean[] present) {
        int[] position = new int[columns.size()];
        java.util.Arrays.fill(position, -1);
        Set<String> seen = new HashSet<>();
        for (int p = 0; p < header.size(); p++) {
            String name = header.get(p).trim();
            Column column = format.column(name);
            if (!seen.add(name)) {
                run.error(1, name, "the column is named twice in the header");
                run.fileRejected = true;
            } else if (column == null) {
                run.error(1, name.isEmpty() ? null : name, name.isEmpty() ? "a column has no name in the header"
                        : "is not a column of the " + format.dataSet() + " format (see GET /api/v1/import-formats)");
                run.fileRejected = true;
            } else {
                int index = columns.indexOf(column);
                position[index] = p;
                present[index] = true;
            }
        }
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).required() && !present[i]) {
                run.error(1, columns.get(i).name(), "the required column is missing from the header");
                run.fileRejected = true;
            }
        }
        return position;
    }

    private boolean row(List<String> fields, long line, int headerSize, int[] position, boolean[] present,
                        boolean healthRefused, Map<String, Long> keysSeen, List<Map<String, Long>> uniqueSeen, Spool rows) {
        if (fields.size() != headerSize) {
            run.error(line, null, "has " + fields.size() + " fields; the header has " + headerSize);
            return false;
        }
        boolean good = true;
        Object[] spooled = new Object[columns.size() + 1];
        spooled[0] = line;
        Map<String, Object> named = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            if (!present[i]) {
                continue;
            }
            Column column = columns.get(i);
            String text = fields.get(position[i]).trim();
            if (column.healthDetail() && healthRefused) {
                if (!text.isEmpty()) {
                    run.error(line, column.name(), "only workforce leads, HR absence officers and machine-write "
                            + "clients may import health detail");
                    good = false;
                }
                continue;
            }
            try {
                Object value = parse(column, text);
                spooled[i + 1] = value;
                named.put(column.name(), value);
            } catch (IllegalArgumentException e) {
                run.error(line, column.name(), e.getMessage());
                good = false;
            }
        }
        if (!good) {
            return false;
        }
        if (format.rowCheck() != null) {
            String[] fault = format.rowCheck().check(named);
            if (fault != null) {
                run.error(line, fault[0], fault[1]);
                return false;
            }
        }
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key()) {
                key.append(spooled[i + 1]).append('\u0001');
            }
        }
        Long first = keysSeen.putIfAbsent(key.toString(), line);
        if (first != null) {
            String keyNames = String.join(" and ", format.keyColumns().stream().map(Column::name).toList());
            run.error(line, format.keyColumns().get(0).name(), "the " + keyNames + " of line " + first
                    + " is given again; each record may appear once in a file");
            return false;
        }
        for (int u = 0; u < format.uniqueColumns().size(); u++) {
            StringBuilder values = new StringBuilder();
            boolean complete = true;
            String firstName = null;
            for (String dbColumn : format.uniqueColumns().get(u)) {
                Column column = columns.stream().filter(c -> dbColumn.equals(c.dbColumn())).findFirst().orElseThrow();
                Object value = spooled[columns.indexOf(column) + 1];
                firstName = firstName == null ? column.name() : firstName;
                complete &= value != null;
                values.append(value).append('\u0001');
            }
            if (complete) {
                Long other = uniqueSeen.get(u).putIfAbsent(values.toString(), line);
                if (other != null) {
                    run.error(line, firstName, "has the same value as line " + other + "; it must be unique");
                    keysSeen.remove(key.toString());
                    return false;
                }
            }
        }
        rows.write(spooled);
        return true;
    }

    private Object parse(Column column, String text) {
        if (text.isEmpty()) {
            if (column.required()) {
                throw new IllegalArgumentException("is required");
            }
            return column.whenEmpty();
        }
        return switch (column.type()) {
            case TEXT -> {
                if (column.maxLength() != null && text.length() > column.maxLength()) {
                    throw new IllegalArgumentException("is longer than " + column.maxLength() + " characters");
                }
                yield text;
            }
            case DATE -> CellValues.date(text);
            case INTEGER -> {
                int value = CellValues.integer(text);
                inRange(column, BigDecimal.valueOf(value));
                yield value;
            }
            case DECIMAL -> {
                BigDecimal value = CellValues.decimal(text);
                if (value.stripTrailingZeros().scale() > column.scale()) {
                    throw new IllegalArgumentException("has more than " + column.scale() + " decimal places");
                }
                inRange(column, value);
                yield value;
            }
            case BOOLEAN -> CellValues.bool(text);
            case CODE -> {
                boolean known = column.codes() != null ? lookups.isCode(column.codes(), text) : column.values().contains(text);
                if (!known) {
                    throw new IllegalArgumentException("'" + text + "' is not one of: " + String.join(", ",
                            column.codes() != null ? lookups.codes(column.codes()) : column.values()));
                }
                yield text;
            }
            case REFERENCE -> {
                UUID id = lookups.id(column.ref(), text);
                if (id == null) {
                    throw new IllegalArgumentException("'" + text + "' does not name " + column.ref().describe);
                }
                yield id;
            }
        };
    }

    private static void inRange(Column column, BigDecimal value) {
        if (column.min() != null) {
            int c = value.compareTo(column.min());
            if (c < 0 || (c == 0 && column.minExclusive())) {
                throw new IllegalArgumentException("must be " + (column.minExclusive() ? "above " : "at least ")
                        + column.min().toPlainString());
            }
        }
        if (column.max() != null && value.compareTo(column.max()) > 0) {
            throw new IllegalArgumentException("must be at most " + column.max().toPlainString());
        }
    }
}

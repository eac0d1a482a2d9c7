package org.workforceinsight.reports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * RFC 4180 CSV as spreadsheet users expect it: UTF-8 with a byte order mark (without it Excel reads UTF-8 as
 * the Windows code page and breaks names with accents), CRLF line ends, one header row of column names, the
 * rows, then, after one blank line, a two-column "About" trailer. The trailer goes last rather than first so
 * that the first row is still the header for Excel, Power Query and other tools that take it as such, and
 * the blank line keeps the trailer out of the table when a spreadsheet sorts or filters it.
 */
public final class CsvWriter {

    private CsvWriter() {
    }

    /** The table with the byte order mark and the About trailer. */
    public static void write(Table table, OutputStream out) throws IOException {
        write(table, out, true);
    }

    /**
     * @param withAbout false for a file that must keep another publisher's exact layout (the DfE return):
     *                  no byte order mark and no trailer
     */
    public static void write(Table table, OutputStream out, boolean withAbout) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        if (withAbout) {
            writer.write('\uFEFF');
        }
        List<String> header = new ArrayList<>();
        table.columns().forEach(column -> header.add(column.name()));
        line(writer, header);
        List<Column> columns = table.columns();
        table.rows().forEach(values -> {
            List<String> cells = new ArrayList<>(columns.size());
            for (int i = 0; i < columns.size(); i++) {
                cells.add(cell(columns.get(i), values.get(i)));
            }
            line(writer, cells);
        });
        if (withAbout) {
            writer.write("\r\n");
            line(writer, List.of("About", ""));
            for (Map.Entry<String, String> about : table.about().lines().entrySet()) {
                line(writer, List.of(about.getKey(), guard(about.getValue())));
            }
        }
        writer.flush();
    }

    static String cell(Column column, Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Double || value instanceof Float) {
            return BigDecimal.valueOf(((Number) value).doubleValue()).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Number || value instanceof Boolean || value instanceof LocalDate
                || value instanceof OffsetDateTime) {
            return value.toString();
        }
        String text = value.toString();
        return column.type() == Column.Type.TEXT ? guard(text) : text;
    }

    /**
     * A text cell that a spreadsheet would run as a formula (=, +, -, @, or a tab or carriage return first)
     * gets a leading apostrophe: names and free text come from people and other systems (CSV injection).
     */
    static String guard(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }

    private static void line(Writer writer, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(quote(cells.get(i)));
        }
        writer.write("\r\n");
    }

    private static String quote(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}

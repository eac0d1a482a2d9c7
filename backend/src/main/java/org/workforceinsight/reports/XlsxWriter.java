package org.workforceinsight.reports;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A minimal Office Open XML workbook (ECMA-376 SpreadsheetML): the zip of the parts Excel, LibreOffice and
 * Google Sheets need and nothing more. Sheet 1 ("Data") holds the table with typed cells: numbers as
 * numbers (whole numbers and decimals with their own number formats), dates and timestamps as date serials
 * with a date format, booleans as booleans, everything else as inline strings (never formulas). Sheet 2
 * ("About") holds the file's as-at date, filters, source and licence.
 *
 * <p>The Data sheet is written row by row into the zip stream, so memory stays flat however many rows
 * there are; only the deflater's window is buffered.
 */
public final class XlsxWriter {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String PACKAGE_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

    /** Style indexes into cellXfs of {@link #STYLES}. */
    static final int STYLE_HEADER = 1;
    static final int STYLE_DATE = 2;
    static final int STYLE_DATE_TIME = 3;
    static final int STYLE_INTEGER = 4;
    static final int STYLE_DECIMAL = 5;

    /** Day 0 of the 1900 date system as Excel counts it (its serial 60 is the 29 February 1900 that never was). */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final LocalDate FIRST_EXACT_SERIAL_DATE = LocalDate.of(1900, 3, 1);

    private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    private static final String CONTENT_TYPES = XML_DECLARATION
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
            + "<Override PartName=\"/xl/worksheets/sheet2.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
            + "</Types>";

    private static final String PACKAGE_RELS = XML_DECLARATION
            + "<Relationships xmlns=\"" + PACKAGE_REL_NS + "\">"
            + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
            + "</Relationships>";

    private static final String WORKBOOK = XML_DECLARATION
            + "<workbook xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS + "\">"
            + "<sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"About\" sheetId=\"2\" r:id=\"rId2\"/></sheets>"
            + "</workbook>";

    private static final String WORKBOOK_RELS = XML_DECLARATION
            + "<Relationships xmlns=\"" + PACKAGE_REL_NS + "\">"
            + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"" + REL_NS + "/worksheet\" Target=\"worksheets/sheet2.xml\"/>"
            + "<Relationship Id=\"rId3\" Type=\"" + REL_NS + "/styles\" Target=\"styles.xml\"/>"
            + "</Relationships>";

    // 164 onwards are the workbook's own number formats; 0 is General
    private static final String STYLES = XML_DECLARATION
            + "<styleSheet xmlns=\"" + MAIN_NS + "\">"
            + "<numFmts count=\"4\">"
            + "<numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/>"
            + "<numFmt numFmtId=\"165\" formatCode=\"yyyy-mm-dd hh:mm:ss\"/>"
            + "<numFmt numFmtId=\"166\" formatCode=\"0\"/>"
            + "<numFmt numFmtId=\"167\" formatCode=\"#,##0.0##\"/>"
            + "</numFmts>"
            + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
            + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
            + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"6\">"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
            + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"166\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"167\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "</cellXfs>"
            + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
            + "</styleSheet>";

    private XlsxWriter() {
    }

    public static void write(Table table, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        part(zip, "[Content_Types].xml", CONTENT_TYPES);
        part(zip, "_rels/.rels", PACKAGE_RELS);
        part(zip, "xl/workbook.xml", WORKBOOK);
        part(zip, "xl/_rels/workbook.xml.rels", WORKBOOK_RELS);
        part(zip, "xl/styles.xml", STYLES);

        zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
        Writer sheet = new OutputStreamWriter(new KeepOpen(zip), StandardCharsets.UTF_8);
        List<Column> columns = table.columns();
        startSheet(sheet, columns.size(), true);
        int[] rowNumber = {1};
        sheet.write("<row r=\"1\">");
        for (int i = 0; i < columns.size(); i++) {
            textCell(sheet, i, 1, columns.get(i).name(), STYLE_HEADER);
        }
        sheet.write("</row>");
        table.rows().forEach(values -> {
            int r = ++rowNumber[0];
            sheet.write("<row r=\"" + r + "\">");
            for (int i = 0; i < columns.size(); i++) {
                cell(sheet, i, r, columns.get(i), values.get(i));
            }
            sheet.write("</row>");
        });
        sheet.write("</sheetData></worksheet>");
        sheet.flush();
        zip.closeEntry();

        zip.putNextEntry(new ZipEntry("xl/worksheets/sheet2.xml"));
        Writer about = new OutputStreamWriter(new KeepOpen(zip), StandardCharsets.UTF_8);
        startSheet(about, 2, false);
        int r = 0;
        for (Map.Entry<String, String> line : table.about().lines().entrySet()) {
            r++;
            about.write("<row r=\"" + r + "\">");
            textCell(about, 0, r, line.getKey(), STYLE_HEADER);
            textCell(about, 1, r, line.getValue(), 0);
            about.write("</row>");
        }
        about.write("</sheetData></worksheet>");
        about.flush();
        zip.closeEntry();
        zip.finish();
        zip.flush();
    }

    private static void startSheet(Writer sheet, int columnCount, boolean freezeHeader) throws IOException {
        sheet.write(XML_DECLARATION);
        sheet.write("<worksheet xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS + "\">");
        if (freezeHeader) {
            sheet.write("<sheetViews><sheetView workbookViewId=\"0\">"
                    + "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
                    + "</sheetView></sheetViews>");
        }
        if (columnCount > 0) {
            sheet.write("<cols><col min=\"1\" max=\"" + columnCount + "\" width=\"20\" customWidth=\"1\"/></cols>");
        }
        sheet.write("<sheetData>");
    }

    private static void cell(Writer sheet, int column, int row, Column type, Object value) throws IOException {
        if (value == null) {
            return;
        }
        String ref = reference(column, row);
        if (value instanceof Boolean bool) {
            sheet.write("<c r=\"" + ref + "\" t=\"b\"><v>" + (bool ? "1" : "0") + "</v></c>");
        } else if (value instanceof Number number) {
            String text = number(number);
            if (text == null) {
                return;
            }
            int style = type.type() == Column.Type.INTEGER ? STYLE_INTEGER : STYLE_DECIMAL;
            sheet.write("<c r=\"" + ref + "\" s=\"" + style + "\"><v>" + text + "</v></c>");
        } else if (value instanceof LocalDate date && !date.isBefore(FIRST_EXACT_SERIAL_DATE)) {
            sheet.write("<c r=\"" + ref + "\" s=\"" + STYLE_DATE + "\"><v>" + serial(date) + "</v></c>");
        } else if (value instanceof OffsetDateTime timestamp
                && !timestamp.toLocalDate().isBefore(FIRST_EXACT_SERIAL_DATE)) {
            sheet.write("<c r=\"" + ref + "\" s=\"" + STYLE_DATE_TIME + "\"><v>" + serial(timestamp) + "</v></c>");
        } else {
            // text, and the rare date Excel cannot count (before March 1900), which stays readable as text
            textCell(sheet, column, row, value.toString(), 0);
        }
    }

    private static void textCell(Writer sheet, int column, int row, String text, int style) throws IOException {
        sheet.write("<c r=\"" + reference(column, row) + "\" t=\"inlineStr\"" + (style == 0 ? "" : " s=\"" + style + "\"")
                + "><is><t xml:space=\"preserve\">" + escape(text) + "</t></is></c>");
    }

    /** Days since Excel's epoch: what a date cell holds. */
    static long serial(LocalDate date) {
        return ChronoUnit.DAYS.between(EXCEL_EPOCH, date);
    }

    /** A timestamp in UTC as days and the fraction of the day. */
    static String serial(OffsetDateTime timestamp) {
        LocalDateTime utc = timestamp.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        BigDecimal fraction = BigDecimal.valueOf(utc.toLocalTime().toNanoOfDay())
                .divide(BigDecimal.valueOf(86_400_000_000_000L), 10, java.math.RoundingMode.HALF_UP);
        return BigDecimal.valueOf(serial(utc.toLocalDate())).add(fraction).stripTrailingZeros().toPlainString();
    }

    private static String number(Number number) {
        if (number instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (number instanceof Double || number instanceof Float) {
            double d = number.doubleValue();
            return Double.isFinite(d) ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString() : null;
        }
        return number.toString();
    }

    /** A1-style reference: column 0 is A, 25 Z, 26 AA. */
    static String reference(int column, int row) {
        StringBuilder letters = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.append(row).toString();
    }

    /** XML text: the five specials escaped, and the control characters XML 1.0 cannot hold left out. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (ch >= 0x20 && ch != 0xFFFE && ch != 0xFFFF || ch == '\t' || ch == '\n' || ch == '\r') {
                        out.append(ch);
                    }
                }
            }
        }
        return out.toString();
    }

    private static void part(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** Lets a writer over one zip entry flush without closing the zip. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}

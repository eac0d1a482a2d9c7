package org.workforceinsight.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads exported files back for the tests: CSV by RFC 4180, XLSX by unzipping it and parsing its XML. */
final class ExportReader {

    private ExportReader() {
    }

    /** A CSV export: header, rows, and the About trailer after the blank line. */
    record Csv(List<String> header, List<List<String>> rows, Map<String, String> about) {

        int column(String name) {
            int index = header.indexOf(name);
            assertTrue(index >= 0, "no column " + name + " in " + header);
            return index;
        }
    }

    static Csv csv(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "a UTF-8 byte order mark first");
        List<List<String>> records = records(text.substring(1));
        List<String> header = records.get(0);
        List<List<String>> rows = new ArrayList<>();
        Map<String, String> about = new LinkedHashMap<>();
        int i = 1;
        for (; i < records.size(); i++) {
            List<String> record = records.get(i);
            if (record.size() == 1 && record.get(0).isEmpty()) {
                break;
            }
            assertEquals(header.size(), record.size(), "every row as wide as the header");
            rows.add(record);
        }
        for (i = i + 1; i < records.size(); i++) {
            about.put(records.get(i).get(0), records.get(i).get(1));
        }
        return new Csv(header, rows, about);
    }

    /** RFC 4180 records (CRLF line ends, quoted fields). */
    static List<List<String>> records(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                field.append(ch);
            }
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }

    /** One cell as read from the sheet XML: its type attribute, style index and value. */
    record Cell(String ref, String type, int style, String value) {

        boolean isNumber() {
            return type == null && value != null;
        }

        boolean isDate() {
            return isNumber() && style == XlsxWriter.STYLE_DATE;
        }

        LocalDate date() {
            return LocalDate.of(1899, 12, 30).plusDays(Long.parseLong(value));
        }

        BigDecimal number() {
            return new BigDecimal(value);
        }
    }

    /** An XLSX export: the Data sheet's header and rows (by header name), and the About sheet. */
    record Xlsx(Map<String, String> parts, List<String> header, List<Map<String, Cell>> rows,
                Map<String, String> about) {
    }

    static Xlsx xlsx(byte[] body) {
        Map<String, String> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(body))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                parts.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String part : List.of("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml",
                "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml")) {
            assertTrue(parts.containsKey(part), "the workbook has " + part);
            parse(parts.get(part));
        }
        List<List<Cell>> data = sheet(parse(parts.get("xl/worksheets/sheet1.xml")));
        List<String> header = data.get(0).stream().map(Cell::value).toList();
        data.get(0).forEach(cell -> assertEquals("inlineStr", cell.type(), "headings are text"));
        List<Map<String, Cell>> rows = new ArrayList<>();
        for (List<Cell> cells : data.subList(1, data.size())) {
            Map<String, Cell> row = new LinkedHashMap<>();
            for (Cell cell : cells) {
                row.put(header.get(columnIndex(cell.ref())), cell);
            }
            rows.add(row);
        }
        Map<String, String> about = new LinkedHashMap<>();
        for (List<Cell> cells : sheet(parse(parts.get("xl/worksheets/sheet2.xml")))) {
            about.put(cells.get(0).value(), cells.size() > 1 ? cells.get(1).value() : "");
        }
        return new Xlsx(parts, header, rows, about);
    }

    private static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static List<List<Cell>> sheet(Document document) {
        List<List<Cell>> rows = new ArrayList<>();
        NodeList rowNodes = document.getElementsByTagNameNS(XlsxWriter.MAIN_NS, "row");
        for (int r = 0; r < rowNodes.getLength(); r++) {
            Element row = (Element) rowNodes.item(r);
            assertEquals(String.valueOf(r + 1), row.getAttribute("r"), "rows numbered in order");
            List<Cell> cells = new ArrayList<>();
            NodeList cellNodes = row.getElementsByTagNameNS(XlsxWriter.MAIN_NS, "c");
            for (int c = 0; c < cellNodes.getLength(); c++) {
                Element cell = (Element) cellNodes.item(c);
                String type = cell.hasAttribute("t") ? cell.getAttribute("t") : null;
                int style = cell.hasAttribute("s") ? Integer.parseInt(cell.getAttribute("s")) : 0;
                String value = "inlineStr".equals(type)
                        ? cell.getElementsByTagNameNS(XlsxWriter.MAIN_NS, "t").item(0).getTextContent()
                        : cell.getElementsByTagNameNS(XlsxWriter.MAIN_NS, "v").item(0).getTextContent();
                cells.add(new Cell(cell.getAttribute("r"), type, style, value));
            }
            rows.add(cells);
        }
        return rows;
    }

    private static int columnIndex(String ref) {
        int index = 0;
        for (char ch : ref.toCharArray()) {
            if (Character.isDigit(ch)) {
                break;
            }
            index = index * 26 + (ch - 'A' + 1);
        }
        return index - 1;
    }

    /** The value at a dotted path of a JSON object as rest-assured reads it, as the export writes it. */
    @SuppressWarnings("unchecked")
    static Object at(Map<String, Object> item, String path) {
        Object value = item;
        for (String key : path.split("\\.")) {
            value = value instanceof Map<?, ?> map ? ((Map<String, Object>) map).get(key) : null;
        }
        return value;
    }

    /** A JSON value as the CSV writes it. */
    static String asCsv(Object json) {
        if (json == null) {
            return "";
        }
        if (json instanceof Number number) {
            return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
        }
        if (json instanceof List<?> list) {
            return String.join("; ", list.stream().map(String::valueOf).toList());
        }
        return json.toString();
    }

    /** Every row of the CSV equals the JSON item at the same position, column for property path. */
    static void assertCsvEqualsJson(Csv csv, List<Map<String, Object>> items) {
        assertEquals(items.size(), csv.rows().size(), "as many rows as the JSON has items");
        for (int r = 0; r < items.size(); r++) {
            for (int c = 0; c < csv.header().size(); c++) {
                String column = csv.header().get(c);
                String expected = asCsv(at(items.get(r), column));
                String actual = csv.rows().get(r).get(c);
                if (!expected.isEmpty() && !actual.isEmpty() && expected.matches("-?[0-9.]+")
                        && actual.matches("-?[0-9.]+")) {
                    assertEquals(0, new BigDecimal(expected).compareTo(new BigDecimal(actual)),
                            "row " + r + " " + column);
                } else {
                    assertEquals(expected, actual, "row " + r + " " + column);
                }
            }
        }
    }
}

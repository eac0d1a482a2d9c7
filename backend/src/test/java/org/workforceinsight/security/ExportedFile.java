package org.workforceinsight.security;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * An export as the access tests read it: the whole text a person opening the file could see (for XLSX every
 * part of the unzipped package, so that a value hidden in another sheet or a style would still be found) and
 * the column headings of the data.
 *
 * @param format   {@code csv} or {@code xlsx}
 * @param text     the CSV text, or every XML part of the workbook joined
 * @param headings the data's column headings (the CSV's first line, the Data sheet's first row)
 */
record ExportedFile(String format, String text, List<String> headings) {

    static final List<String> FORMATS = List.of("csv", "xlsx");

    private static final Pattern ROW_ONE = Pattern.compile("<row r=\"1\">(.*?)</row>");
    private static final Pattern INLINE_TEXT = Pattern.compile("<t[^>]*>([^<]*)</t>");

    static ExportedFile read(String format, byte[] body) {
        return "xlsx".equals(format) ? xlsx(body) : csv(body);
    }

    private static ExportedFile csv(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        String firstLine = text.lines().findFirst().orElse("").replace("\uFEFF", "");
        List<String> headings = new ArrayList<>();
        for (String heading : firstLine.split(",", -1)) {
            headings.add(heading.replace("\"", ""));
        }
        return new ExportedFile("csv", text, headings);
    }

    private static ExportedFile xlsx(byte[] body) {
        Map<String, String> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(body))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                parts.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String data = parts.get("xl/worksheets/sheet1.xml");
        assertTrue(data != null, "the workbook has a Data sheet: " + parts.keySet());
        List<String> headings = new ArrayList<>();
        Matcher row = ROW_ONE.matcher(data);
        if (row.find()) {
            Matcher cell = INLINE_TEXT.matcher(row.group(1));
            while (cell.find()) {
                headings.add(unescape(cell.group(1)));
            }
        }
        return new ExportedFile("xlsx", unescape(String.join("\n", parts.values())), headings);
    }

    private static String unescape(String xml) {
        return xml.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    boolean mentions(String value) {
        return text.contains(value);
    }

    /** A heading that names the property itself or a property nested in another ({@code worker.cost}). */
    boolean hasColumn(String property) {
        return headings.stream().anyMatch(h -> h.equals(property) || h.endsWith("." + property));
    }
}

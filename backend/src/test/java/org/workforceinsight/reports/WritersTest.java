package org.workforceinsight.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.workforceinsight.shared.Paging;

/** The CSV and XLSX writers and the paged row source, without the server. */
class WritersTest {

    private static final List<Column> COLUMNS = List.of(Column.text("name"), Column.integer("cases"),
            Column.decimal("fte"), Column.date("startDate"), new Column("asye", Column.Type.BOOLEAN),
            new Column("recordedAt", Column.Type.DATE_TIME));

    private static Table table(List<List<Object>> rows) {
        About about = new About("Test", LocalDate.of(2025, 3, 12), Map.of("nodeId", "n1"),
                OffsetDateTime.of(2025, 3, 12, 9, 0, 0, 0, ZoneOffset.UTC), "lead.user", null);
        return new Table("test", COLUMNS, sink -> {
            for (List<Object> row : rows) {
                sink.row(row);
            }
        }, about);
    }

    private static final List<List<Object>> ROWS = List.of(
            Arrays.asList("=HYPERLINK(\"report\")", 12, new BigDecimal("0.50"), LocalDate.of(2024, 6, 1), true,
                    OffsetDateTime.of(2025, 1, 2, 12, 0, 0, 0, ZoneOffset.UTC)),
            Arrays.asList("O'Brien, \"Jo\"\nline two", null, 1.0, LocalDate.of(1899, 1, 1), false, null));

    @Test
    void csvQuotesFieldsGuardsFormulasAndEndsWithTheAboutTrailer() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter.write(table(ROWS), out);
        ExportReader.Csv csv = ExportReader.csv(out.toByteArray());
        assertEquals(List.of("name", "cases", "fte", "startDate", "asye", "recordedAt"), csv.header());
        assertEquals(List.of("'=HYPERLINK(\"report\")", "12", "0.5", "2024-06-01", "true", "2025-01-02T12:00Z"),
                csv.rows().get(0));
        assertEquals(List.of("O'Brien, \"Jo\"\nline two", "", "1", "1899-01-01", "false", ""), csv.rows().get(1));
        assertEquals("Workforce Insight", csv.about().get("Source"));
        assertEquals("n1", csv.about().get("Filter nodeId"));
        assertTrue(new String(out.toByteArray(), StandardCharsets.UTF_8).contains("\r\n"), "CRLF line ends");
    }

    @Test
    void xlsxCellsHaveTheirTypesAndStyles() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxWriter.write(table(ROWS), out);
        ExportReader.Xlsx xlsx = ExportReader.xlsx(out.toByteArray());
        Map<String, ExportReader.Cell> first = xlsx.rows().get(0);
        assertEquals("inlineStr", first.get("name").type());
        assertEquals("=HYPERLINK(\"report\")", first.get("name").value(), "inline text is never a formula");
        assertEquals(XlsxWriter.STYLE_INTEGER, first.get("cases").style());
        assertEquals("12", first.get("cases").value());
        assertEquals(XlsxWriter.STYLE_DECIMAL, first.get("fte").style());
        assertEquals(0, new BigDecimal("0.5").compareTo(first.get("fte").number()));
        assertEquals(LocalDate.of(2024, 6, 1), first.get("startDate").date());
        assertEquals("b", first.get("asye").type());
        assertEquals("1", first.get("asye").value());
        assertEquals(XlsxWriter.STYLE_DATE_TIME, first.get("recordedAt").style());
        assertEquals("45659.5", first.get("recordedAt").value());
        Map<String, ExportReader.Cell> second = xlsx.rows().get(1);
        assertEquals(null, second.get("cases"), "an empty cell is left out");
        assertEquals("inlineStr", second.get("startDate").type(), "a date Excel cannot count stays text");
        assertEquals("O'Brien, \"Jo\"\nline two", second.get("name").value());
        assertEquals("Test", xlsx.about().get("Title"));
        assertEquals("2025-03-12", xlsx.about().get("As at"));
    }

    @Test
    void referencesSerialsAndEscapes() {
        assertEquals("A1", XlsxWriter.reference(0, 1));
        assertEquals("Z2", XlsxWriter.reference(25, 2));
        assertEquals("AA3", XlsxWriter.reference(26, 3));
        assertEquals("BA4", XlsxWriter.reference(52, 4));
        assertEquals(61, XlsxWriter.serial(LocalDate.of(1900, 3, 1)));
        assertEquals(45658, XlsxWriter.serial(LocalDate.of(2025, 1, 1)));
        assertEquals("a &amp; b &lt;c&gt; &quot;d&quot;", XlsxWriter.escape("a & b <c> \"d\u0001\""));
    }

    @Test
    void pagedRowsReadEveryChunkOnceAndTheFirstBeforeWriting() throws IOException {
        int total = PagedRows.CHUNK * 2 + 5;
        AtomicInteger calls = new AtomicInteger();
        ModelColumns<org.workforceinsight.api.model.WorkerRef> columns =
                ModelColumns.of(org.workforceinsight.api.model.WorkerRef.class, name -> false);
        PagedRows<List<org.workforceinsight.api.model.WorkerRef>, org.workforceinsight.api.model.WorkerRef> rows =
                new PagedRows<>((Paging paging) -> {
                    calls.incrementAndGet();
                    List<org.workforceinsight.api.model.WorkerRef> page = new ArrayList<>();
                    for (long i = paging.offset(); i < Math.min(total, paging.offset() + paging.size()); i++) {
                        page.add(new org.workforceinsight.api.model.WorkerRef().givenName("w" + i).familyName("f"));
                    }
                    return page;
                }, page -> page, page -> total, columns);
        assertEquals(1, calls.get(), "the first chunk is read when the export is set up");
        List<Object> names = new ArrayList<>();
        rows.forEach(row -> names.add(row.get(columns.columns().indexOf(Column.text("givenName")))));
        assertEquals(total, names.size());
        assertEquals("w" + (total - 1), names.get(total - 1));
        assertEquals(3, calls.get());
    }
}

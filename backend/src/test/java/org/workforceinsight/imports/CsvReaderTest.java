package org.workforceinsight.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private static List<List<String>> read(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<List<String>> read(byte[] bytes) {
        List<List<String>> records = new ArrayList<>();
        try (CsvReader csv = new CsvReader(new ByteArrayInputStream(bytes))) {
            List<String> record;
            while ((record = csv.next()) != null) {
                records.add(record);
            }
        }
        return records;
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstColumnName() {
        assertEquals(List.of(List.of("externalId", "name"), List.of("W1", "Ava")), read("\uFEFFexternalId,name\nW1,Ava\n"));
    }

    @Test
    void quotedFieldsHoldCommasLineBreaksAndDoubledQuotes() {
        List<List<String>> records = read("a,b,c\n\"x, y\",\"line 1\nline 2\",\"say \"\"hi\"\"\"\n");
        assertEquals(List.of("x, y", "line 1\nline 2", "say \"hi\""), records.get(1));
    }

    @Test
    void crlfLfAndLoneCrEndRecordsAndTheLastLineMayLackOne() {
        assertEquals(List.of(List.of("a", "b"), List.of("1", "2"), List.of("3", "4"), List.of("5", "6")),
                read("a,b\r\n1,2\n3,4\r5,6"));
    }

    @Test
    void emptyFieldsAreKept() {
        assertEquals(List.of(List.of("", "", "")), read(",,\n"));
        assertEquals(List.of(List.of("a", "")), read("a,\"\"\n"));
    }

    @Test
    void recordLineCountsLineBreaksInsideQuotedFields() {
        try (CsvReader csv = new CsvReader(new ByteArrayInputStream(
                "h\r\n\"one\r\ntwo\"\r\nthree\r\n".getBytes(StandardCharsets.UTF_8)))) {
            csv.next();
            assertEquals(1, csv.recordLine());
            assertEquals(List.of("one\r\ntwo"), csv.next());
            assertEquals(2, csv.recordLine());
            assertEquals(List.of("three"), csv.next());
            assertEquals(4, csv.recordLine());
            assertNull(csv.next());
        }
    }

    @Test
    void anUnclosedQuoteOrAQuoteInsideAnUnquotedFieldIsASyntaxErrorAtItsLine() {
        CsvReader.CsvSyntaxException unclosed = assertThrows(CsvReader.CsvSyntaxException.class,
                () -> read("a\n\"never closed\n\n"));
        assertEquals(2, unclosed.line);
        assertThrows(CsvReader.CsvSyntaxException.class, () -> read("a\nab\"c\n"));
        assertThrows(CsvReader.CsvSyntaxException.class, () -> read("a\n\"ab\"c\n"));
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedRatherThanImportedAsGarbage() {
        byte[] latin1 = "name\nJos\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        CsvReader.CsvSyntaxException e = assertThrows(CsvReader.CsvSyntaxException.class, () -> read(latin1));
        assertTrue(e.getMessage().contains("UTF-8"));
    }

    @Test
    void multiByteCharactersAcrossBufferBoundariesAreRead() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 30_000; i++) {
            text.append("Zoë,Ŵyn\n");
        }
        List<List<String>> records = read(text.toString());
        assertEquals(30_000, records.size());
        assertEquals(List.of("Zoë", "Ŵyn"), records.get(29_999));
    }

    @Test
    void aRunawayFieldIsRefusedInsteadOfFillingMemory() {
        InputStream endless = new SequenceInputStream(new ByteArrayInputStream("\"".getBytes(StandardCharsets.UTF_8)),
                new ByteArrayInputStream(new byte[CsvReader.MAX_FIELD_CHARS + 10]));
        try (CsvReader csv = new CsvReader(endless)) {
            assertThrows(CsvReader.CsvSyntaxException.class, csv::next);
        }
        assertThrows(CsvReader.CsvSyntaxException.class,
                () -> read(String.join(",", Collections.nCopies(CsvReader.MAX_FIELDS + 1, "x"))));
    }
}

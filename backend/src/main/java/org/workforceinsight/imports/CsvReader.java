package org.workforceinsight.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming RFC 4180 reader for import files: one record at a time, so memory does not grow with
 * the file. Fields are separated by commas, records end with CRLF, LF or a lone CR; a field may be
 * enclosed in double quotes, inside which commas, line breaks and doubled quotes ({@code ""}) are
 * data. A UTF-8 byte order mark at the start is skipped (Excel writes one). Bytes that are not UTF-8
 * fail the read rather than turning into replacement characters that would be imported as data.
 * A field or record longer than the limits is refused, so one runaway quote cannot fill the heap.
 */
final class CsvReader implements AutoCloseable {

    /** A problem in the file's CSV syntax, at a line. */
    static final class CsvSyntaxException extends RuntimeException {
        final long line;

        CsvSyntaxException(long line, String reason) {
            super(reason);
            this.line = line;
        }
    }

    static final int MAX_FIELD_CHARS = 10_000;
    static final int MAX_FIELDS = 200;

    private final Reader in;
    private final char[] buffer = new char[64 * 1024];
    private int position;
    private int limit;
    private long line = 1;
    private long recordLine = 1;

    CsvReader(InputStream bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.in = new InputStreamReader(skipByteOrderMark(bytes), decoder);
    }

    private static InputStream skipByteOrderMark(InputStream bytes) {
        try {
            PushbackInputStream pushback = new PushbackInputStream(bytes, 3);
            byte[] head = new byte[3];
            int read = pushback.readNBytes(head, 0, 3);
            boolean bom = read == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
            if (!bom && read > 0) {
                pushback.unread(head, 0, read);
            }
            return pushback;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The line (1-based) on which the record last returned by {@link #next()} starts. */
    long recordLine() {
        return recordLine;
    }

    /** The next record's fields, or null at the end of the input. A blank line is a record of one empty field. */
    List<String> next() {
        int c = read();
        if (c == -1) {
            return null;
        }
        recordLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        while (true) {
            if (c == '"' && field.length() == 0 && !quoted) {
                readQuoted(field);
                quoted = true;
                c = read();
                if (c != ',' && c != '\n' && c != '\r' && c != -1) {
                    throw new CsvSyntaxException(line, "a closing quote must end the field (column "
                            + (fields.size() + 1) + ")");
                }
                continue;
            }
            if (c == ',') {
                addField(fields, field);
                quoted = false;
            } else if (c == '\r' || c == '\n' || c == -1) {
                if (c == '\r' && peek() == '\n') {
                    read();
                }
                if (c != -1) {
                    line++;
                }
                addField(fields, field);
                return fields;
            } else if (c == '"') {
                throw new CsvSyntaxException(line, "a quote inside an unquoted field (column " + (fields.size() + 1)
                        + "); enclose the field in quotes and double the quote");
            } else {
                append(field, (char) c);
            }
            c = read();
        }
    }

    private void addField(List<String> fields, StringBuilder field) {
        if (fields.size() == MAX_FIELDS) {
            throw new CsvSyntaxException(recordLine, "more than " + MAX_FIELDS + " fields in a row");
        }
        fields.add(field.toString());
        field.setLength(0);
    }

    private void append(StringBuilder field, char c) {
        if (field.length() == MAX_FIELD_CHARS) {
            throw new CsvSyntaxException(recordLine, "a field longer than " + MAX_FIELD_CHARS + " characters");
        }
        field.append(c);
    }

    private void readQuoted(StringBuilder field) {
        long startLine = line;
        while (true) {
            int c = read();
            if (c == -1) {
                throw new CsvSyntaxException(startLine, "a quoted field is never closed");
            }
            if (c == '"') {
                if (peek() == '"') {
                    read();
                    append(field, '"');
                    continue;
                }
                return;
            }
            if (c == '\n' || (c == '\r' && peek() != '\n')) {
                line++;
            }
            append(field, (char) c);
        }
    }

    private int peek() {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position];
    }

    private int read() {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position++];
    }

    private boolean fill() {
        try {
            int n = in.read(buffer, 0, buffer.length);
            if (n <= 0) {
                return false;
            }
            position = 0;
            limit = n;
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new CsvSyntaxException(line, "the file is not UTF-8 text (save it as CSV UTF-8)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.workforceinsight.measures;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader: comma-separated fields, records ended by CRLF or LF, fields optionally
 * enclosed in double quotes, in which commas, line breaks and doubled quotes ("") are data. Reads one
 * record at a time from the underlying reader, so a file is never held in memory whole.
 */
final class CsvRecordReader {

    private final Reader in;
    private int pushedBack = -2;
    private int line = 1;
    private int recordLine = 1;

    CsvRecordReader(Reader in) {
        this.in = in instanceof BufferedReader ? in : new BufferedReader(in);
    }

    /** Line number (1-based) on which the record last returned by {@link #next()} started. */
    int recordLine() {
        return recordLine;
    }

    /** The next record's fields, or null at the end of the input. */
    List<String> next() {
        int c = read();
        if (c == -1) {
            return null;
        }
        recordLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        while (true) {
            if (c == '"' && field.length() == 0) {
                readQuoted(field);
                c = read();
                if (c != ',' && c != '\n' && c != '\r' && c != -1) {
                    throw new IllegalArgumentException("CSV line " + line
                            + ": unexpected character after a closing quote in field " + (fields.size() + 1));
                }
                continue;
            }
            if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' || c == '\n' || c == -1) {
                if (c == '\r') {
                    int after = read();
                    if (after != '\n') {
                        unread(after);
                    }
                }
                if (c != -1) {
                    line++;
                }
                fields.add(field.toString());
                return fields;
            } else {
                field.append((char) c);
            }
            c = read();
        }
    }

    private void readQuoted(StringBuilder field) {
        int startLine = line;
        while (true) {
            int c = read();
            if (c == -1) {
                throw new IllegalArgumentException("CSV line " + startLine + ": quoted field is never closed");
            }
            if (c == '"') {
                int after = read();
                if (after == '"') {
                    field.append('"');
                    continue;
                }
                unread(after);
                return;
            }
            if (c == '\n') {
                line++;
            }
            field.append((char) c);
        }
    }

    private int read() {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        try {
            return in.read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void unread(int c) {
        pushedBack = c;
    }
}

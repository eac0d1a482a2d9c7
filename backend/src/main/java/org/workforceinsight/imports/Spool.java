package org.workforceinsight.imports;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A temporary file of typed values, written once and read back once: the validated rows between the
 * two passes of an import, and the row errors until they are stored. Keeps memory flat whatever the
 * size of the file.
 */
final class Spool implements AutoCloseable {

    private static final byte NULL = 0;
    private static final byte TEXT = 1;
    private static final byte DATE = 2;
    private static final byte DECIMAL = 3;
    private static final byte INTEGER = 4;
    private static final byte BOOLEAN = 5;
    private static final byte ID = 6;
    private static final byte LONG = 7;

    private final Path file;
    private DataOutputStream out;
    private DataInputStream in;
    private long written;

    Spool(String prefix) {
        try {
            file = Files.createTempFile(prefix, ".spool");
            out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long written() {
        return written;
    }

    /** Writes one record of values (String, LocalDate, BigDecimal, Integer, Boolean, UUID, Long or null). */
    void write(Object... values) {
        try {
            out.writeShort(values.length);
            for (Object value : values) {
                if (value == null) {
                    out.writeByte(NULL);
                } else if (value instanceof String s) {
                    out.writeByte(TEXT);
                    out.writeUTF(s);
                } else if (value instanceof LocalDate d) {
                    out.writeByte(DATE);
                    out.writeLong(d.toEpochDay());
                } else if (value instanceof BigDecimal b) {
                    out.writeByte(DECIMAL);
                    out.writeUTF(b.toPlainString());
                } else if (value instanceof Integer i) {
                    out.writeByte(INTEGER);
                    out.writeInt(i);
                } else if (value instanceof Boolean b) {
                    out.writeByte(BOOLEAN);
                    out.writeBoolean(b);
                } else if (value instanceof UUID u) {
                    out.writeByte(ID);
                    out.writeLong(u.getMostSignificantBits());
                    out.writeLong(u.getLeastSignificantBits());
                } else if (value instanceof Long l) {
                    out.writeByte(LONG);
                    out.writeLong(l);
                } else {
                    throw new IllegalArgumentException("Cannot spool a " + value.getClass());
                }
            }
            written++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next record, or null after the last; the first call ends writing. */
    Object[] read() {
        try {
            if (in == null) {
                out.close();
                out = null;
                in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 64 * 1024));
            }
            int count;
            try {
                count = in.readShort();
            } catch (EOFException end) {
                return null;
            }
            Object[] values = new Object[count];
            for (int i = 0; i < count; i++) {
                byte tag = in.readByte();
                values[i] = switch (tag) {
                    case NULL -> null;
                    case TEXT -> in.readUTF();
                    case DATE -> LocalDate.ofEpochDay(in.readLong());
                    case DECIMAL -> new BigDecimal(in.readUTF());
                    case INTEGER -> in.readInt();
                    case BOOLEAN -> in.readBoolean();
                    case ID -> new UUID(in.readLong(), in.readLong());
                    case LONG -> in.readLong();
                    default -> throw new IllegalStateException("Corrupt spool tag " + tag);
                };
            }
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            if (out != null) {
                out.close();
            }
            if (in != null) {
                in.close();
            }
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

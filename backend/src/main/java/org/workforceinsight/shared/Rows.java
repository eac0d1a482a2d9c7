package org.workforceinsight.shared;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** Conversions for the columns of native query results, whatever JDBC type the driver returned. */
public final class Rows {

    private Rows() {
    }

    public static UUID uuid(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof UUID u ? u : UUID.fromString(value.toString());
    }

    public static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(value.toString());
    }

    public static BigDecimal decimal(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
    }

    public static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    public static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    public static String string(Object value) {
        return value == null ? null : value.toString();
    }

    /** A timestamptz column, in UTC, whichever Java type the driver gave. */
    public static java.time.OffsetDateTime timestamp(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.withOffsetSameInstant(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        return java.time.OffsetDateTime.parse(value.toString());
    }
}

package org.workforceinsight.shared;

import java.time.LocalDate;

/**
 * Date parameters ({@code asAt}, {@code activeOn}). The contract's {@code format: date} is an
 * RFC 3339 full-date, whose year has four digits; the date parser also accepts years such as
 * +999999999, which the database cannot hold, so those are refused here as bad input.
 */
public final class Dates {

    public static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    private Dates() {
    }

    /** The date asked for, or today when the parameter was omitted; 400 naming the field when out of range. */
    public static LocalDate orToday(LocalDate value, String field) {
        if (value == null) {
            return LocalDate.now();
        }
        if (value.isBefore(EARLIEST) || value.isAfter(LATEST)) {
            throw ProblemException.invalidField(field, "must be a date between 0001-01-01 and 9999-12-31");
        }
        return value;
    }
}

package org.workforceinsight.imports;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text of one CSV cell as a typed value. Dates take the three forms spreadsheets produce:
 * ISO {@code yyyy-MM-dd}, the UK {@code dd/MM/yyyy} (day and month may have one digit), and an Excel
 * serial day number in the 1900 date system (1 = 1900-01-01; Excel's fictitious 29 February 1900,
 * serial 60, is refused; serials from 61 count from 1899-12-30), as a whole number between 1 and
 * 2958465 (9999-12-31). US {@code MM/dd/yyyy} is not accepted: 03/04/2025 is 3 April.
 * Each method throws {@link IllegalArgumentException} with the reason a person can act on.
 */
final class CellValues {

    static final String DATE_FORMS = "a date (yyyy-MM-dd, dd/MM/yyyy or an Excel serial day number)";

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern UK = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern SERIAL = Pattern.compile("\\d{1,7}");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,15}(\\.\\d{1,15})?");
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final long EXCEL_MAX_SERIAL = 2_958_465;

    private CellValues() {
    }

    static LocalDate date(String text) {
        try {
            Matcher m = ISO.matcher(text);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            m = UK.matcher(text);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("is not a day of the calendar");
        }
        if (SERIAL.matcher(text).matches()) {
            long serial = Long.parseLong(text);
            if (serial < 1 || serial > EXCEL_MAX_SERIAL) {
                throw new IllegalArgumentException("must be " + DATE_FORMS + "; serial days run from 1 to " + EXCEL_MAX_SERIAL);
            }
            if (serial == 60) {
                throw new IllegalArgumentException("is Excel's 29 February 1900, which did not exist");
            }
            return serial < 60 ? EXCEL_EPOCH.plusDays(serial + 1) : EXCEL_EPOCH.plusDays(serial);
        }
        throw new IllegalArgumentException("must be " + DATE_FORMS);
    }

    static BigDecimal decimal(String text) {
        if (!DECIMAL.matcher(text).matches()) {
            throw new IllegalArgumentException("must be a number with a point for decimals and no thousands separators");
        }
        return new BigDecimal(text);
    }

    static int integer(String text) {
        if (!INTEGER.matcher(text).matches()) {
            throw new IllegalArgumentException("must be a whole number");
        }
        return Integer.parseInt(text);
    }

    static boolean bool(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1" -> true;
            case "false", "no", "n", "0" -> false;
            default -> throw new IllegalArgumentException("must be true or false (or yes/no, y/n, 1/0)");
        };
    }
}

package org.workforceinsight.measures;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Day counting for the measures: inclusive ranges, as the definitions are written. */
final class DateMath {

    private DateMath() {
    }

    /** Days from {@code from} to {@code to}, both included; 0 when {@code to} is before {@code from}. */
    static long days(LocalDate from, LocalDate to) {
        return to.isBefore(from) ? 0 : ChronoUnit.DAYS.between(from, to) + 1;
    }

    /**
     * Monday-to-Friday days from {@code from} to {@code to}, both included. Whole weeks hold five each, so
     * only the remainder (under a week) is walked.
     */
    static long weekdays(LocalDate from, LocalDate to) {
        long total = days(from, to);
        long count = total / 7 * 5;
        DayOfWeek day = from.getDayOfWeek();
        for (long i = 0; i < total % 7; i++) {
            if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
                count++;
            }
            day = day.plus(1);
        }
        return count;
    }

    static boolean within(LocalDate date, LocalDate from, LocalDate to) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** True when [from, to] holds a 29 February. */
    static boolean containsLeapDay(LocalDate from, LocalDate to) {
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            if (java.time.Year.isLeap(year) && within(LocalDate.of(year, 2, 29), from, to)) {
                return true;
            }
        }
        return false;
    }
}

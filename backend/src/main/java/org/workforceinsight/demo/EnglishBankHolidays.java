package org.workforceinsight.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bank holidays in England and Wales by the usual rules (New Year, Easter, the May and August Mondays,
 * Christmas, with weekend substitutes), so that agency timesheets leave them out. One-off holidays (a
 * coronation, a jubilee) are not known.
 */
final class EnglishBankHolidays {

    private EnglishBankHolidays() {
    }

    /** The bank holidays of each year asked for so far (timesheets ask for every working day). */
    private static final Map<Integer, Set<LocalDate>> BY_YEAR = new ConcurrentHashMap<>();

    static boolean isBankHoliday(LocalDate day) {
        return BY_YEAR.computeIfAbsent(day.getYear(), EnglishBankHolidays::holidays).contains(day);
    }

    private static Set<LocalDate> holidays(int year) {
        Set<LocalDate> holidays = new HashSet<>();
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            if (computeIsBankHoliday(d)) {
                holidays.add(d);
            }
        }
        return Set.copyOf(holidays);
    }

    private static boolean computeIsBankHoliday(LocalDate day) {
        int year = day.getYear();
        LocalDate easter = easterSunday(year);
        if (day.equals(easter.minusDays(2)) || day.equals(easter.plusDays(1))) {
            return true;
        }
        if (day.equals(newYear(year))) {
            return true;
        }
        if (day.equals(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)))
                || day.equals(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)))
                || day.equals(LocalDate.of(year, Month.AUGUST, 1)
                        .with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)))) {
            return true;
        }
        LocalDate christmas = LocalDate.of(year, Month.DECEMBER, 25);
        LocalDate boxingDay = christmas.plusDays(1);
        return switch (christmas.getDayOfWeek()) {
            // Christmas on a Saturday: Monday and Tuesday after are the substitutes
            case SATURDAY -> day.equals(christmas.plusDays(2)) || day.equals(christmas.plusDays(3));
            // Christmas on a Sunday: Boxing Day (Monday) and Tuesday
            case SUNDAY -> day.equals(boxingDay) || day.equals(christmas.plusDays(2));
            // Boxing Day on a Saturday: Monday after
            case FRIDAY -> day.equals(christmas) || day.equals(christmas.plusDays(3));
            default -> day.equals(christmas) || day.equals(boxingDay);
        };
    }

    private static LocalDate newYear(int year) {
        LocalDate first = LocalDate.of(year, Month.JANUARY, 1);
        return switch (first.getDayOfWeek()) {
            case SATURDAY -> first.plusDays(2);
            case SUNDAY -> first.plusDays(1);
            default -> first;
        };
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian computus). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}

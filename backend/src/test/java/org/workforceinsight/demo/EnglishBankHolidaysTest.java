package org.workforceinsight.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EnglishBankHolidaysTest {

    @Test
    void easterByTheComputus() {
        // published dates: 5 April 2026, 20 April 2025, 31 March 2024, 28 March 2027
        assertEquals(LocalDate.of(2026, 4, 5), EnglishBankHolidays.easterSunday(2026));
        assertEquals(LocalDate.of(2025, 4, 20), EnglishBankHolidays.easterSunday(2025));
        assertEquals(LocalDate.of(2024, 3, 31), EnglishBankHolidays.easterSunday(2024));
        assertEquals(LocalDate.of(2027, 3, 28), EnglishBankHolidays.easterSunday(2027));
    }

    @Test
    void theEightHolidaysOf2026() {
        // New Year Thu 1 Jan, Good Friday 3 Apr, Easter Monday 6 Apr, early May 4 May, spring 25 May,
        // summer 31 Aug, Christmas Fri 25 Dec, Boxing Day on a Saturday so Monday 28 Dec
        LocalDate[] expected = {LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6),
            LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 25), LocalDate.of(2026, 8, 31),
            LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28)};
        int count = 0;
        for (LocalDate d = LocalDate.of(2026, 1, 1); d.getYear() == 2026; d = d.plusDays(1)) {
            if (EnglishBankHolidays.isBankHoliday(d)) {
                assertEquals(expected[count], d);
                count++;
            }
        }
        assertEquals(8, count);
        assertFalse(EnglishBankHolidays.isBankHoliday(LocalDate.of(2026, 12, 26)), "a Saturday");
    }

    @Test
    void christmasOnASaturdayMovesBothHolidays() {
        // 25 Dec 2027 is a Saturday: Monday 27 and Tuesday 28 December
        assertTrue(EnglishBankHolidays.isBankHoliday(LocalDate.of(2027, 12, 27)));
        assertTrue(EnglishBankHolidays.isBankHoliday(LocalDate.of(2027, 12, 28)));
        assertFalse(EnglishBankHolidays.isBankHoliday(LocalDate.of(2027, 12, 24)));
    }
}

package org.workforceinsight.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CellValuesTest {

    @Test
    void isoAndUkDatesAreRead() {
        assertEquals(LocalDate.of(2025, 6, 30), CellValues.date("2025-06-30"));
        assertEquals(LocalDate.of(2025, 4, 3), CellValues.date("03/04/2025"));
        assertEquals(LocalDate.of(2025, 4, 3), CellValues.date("3/4/2025"));
    }

    @Test
    void excelSerialDaysFollowThe1900DateSystem() {
        assertEquals(LocalDate.of(1900, 1, 1), CellValues.date("1"));
        assertEquals(LocalDate.of(1900, 2, 28), CellValues.date("59"));
        assertEquals(LocalDate.of(1900, 3, 1), CellValues.date("61"));
        assertEquals(LocalDate.of(2025, 3, 10), CellValues.date("45726"));
        assertEquals(LocalDate.of(2025, 6, 30), CellValues.date("45838"));
        assertEquals(LocalDate.of(9999, 12, 31), CellValues.date("2958465"));
        assertThrows(IllegalArgumentException.class, () -> CellValues.date("60"));
        assertThrows(IllegalArgumentException.class, () -> CellValues.date("0"));
        assertThrows(IllegalArgumentException.class, () -> CellValues.date("2958466"));
    }

    @Test
    void impossibleAndAmericanDatesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> CellValues.date("2025-02-30"));
        assertThrows(IllegalArgumentException.class, () -> CellValues.date("06/31/2025"));
        assertThrows(IllegalArgumentException.class, () -> CellValues.date("2025/06/30"));
        assertThrows(IllegalArgumentException.class, () -> CellValues.date("30 June 2025"));
        assertThrows(IllegalArgumentException.class, () -> CellValues.date("45726.5"));
    }

    @Test
    void numbersUseAPointAndNoThousandsSeparators() {
        assertEquals(new BigDecimal("0.8"), CellValues.decimal("0.8"));
        assertEquals(new BigDecimal("-3"), CellValues.decimal("-3"));
        assertThrows(IllegalArgumentException.class, () -> CellValues.decimal("1,000.50"));
        assertThrows(IllegalArgumentException.class, () -> CellValues.decimal("0,8"));
        assertThrows(IllegalArgumentException.class, () -> CellValues.decimal("1e3"));
        assertEquals(17, CellValues.integer("17"));
        assertThrows(IllegalArgumentException.class, () -> CellValues.integer("17.0"));
        assertThrows(IllegalArgumentException.class, () -> CellValues.integer("9999999999"));
    }

    @Test
    void booleansTakeTheUsualSpellings() {
        assertTrue(CellValues.bool("Yes"));
        assertTrue(CellValues.bool("TRUE"));
        assertTrue(CellValues.bool("1"));
        assertFalse(CellValues.bool("n"));
        assertThrows(IllegalArgumentException.class, () -> CellValues.bool("maybe"));
    }
}

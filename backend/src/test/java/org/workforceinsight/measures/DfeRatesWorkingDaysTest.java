package org.workforceinsight.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.workforceinsight.measures.EngineFixture.n;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

/** The absence rate over a fractional number of working days (a period shorter than a year). */
class DfeRatesWorkingDaysTest {

    @Test
    void aWholeNumberOfDaysGivesTheSameRateAsTheIntOverload() {
        assertEquals(DfeRates.absenceRate(n("1930"), n("281.5"), 253),
                DfeRates.absenceRate(n("1930"), n("281.5"), BigDecimal.valueOf(253)));
    }

    @Test
    void aFractionalDayCountIsUsedUnrounded() {
        // a quarter of 92 days: 253 x 92 / 365 = 63.7699 working days; 10 FTE, 31.6 days lost:
        // 31.6 / 637.699 x 100 = 4.955 -> 5.0; rounding the days to 64 first would give 31.6 / 640 = 4.94 -> 4.9
        BigDecimal days = BigDecimal.valueOf(253 * 92).divide(BigDecimal.valueOf(365), MathContext.DECIMAL128);
        assertEquals(n("5.0"), DfeRates.absenceRate(n("31.6"), n("10"), days));
        assertEquals(n("4.9"), DfeRates.absenceRate(n("31.6"), n("10"), BigDecimal.valueOf(64)));
    }

    @Test
    void noDaysOrNoFteHasNoValue() {
        assertNull(DfeRates.absenceRate(n("3"), n("10"), BigDecimal.ZERO));
        assertNull(DfeRates.absenceRate(n("3"), null, BigDecimal.TEN));
        assertNull(DfeRates.absenceRate(n("3"), n("10"), (BigDecimal) null));
    }
}

package org.workforceinsight.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DfeRatesTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static void assertRate(String expected, BigDecimal actual) {
        assertEquals(d(expected), actual, "rate");
    }

    @Test
    void worcestershire2025WorkedExample() {
        assertRate("11.1", DfeRates.agencyRate(d("35.0"), d("281.5")));
        assertRate("12.4", DfeRates.vacancyRate(d("40.0"), d("281.5")));
        assertRate("82.9", DfeRates.agencyCoverRate(d("29.0"), d("35.0")));
        assertRate("72.5", DfeRates.vacancyAgencyCoverRate(d("29.0"), d("40.0")));
        assertRate("12.3", DfeRates.turnoverRate(d("34.6"), d("281.5")));
        assertRate("14.6", DfeRates.averageCaseload(d("2896"), d("198.0")));
        assertRate("2.7", DfeRates.absenceRate(d("1930"), d("281.5")));
        assertRate("2.7", DfeRates.absenceRate(d("1930"), d("281.5"), DfeRates.WORKING_DAYS_IN_YEAR));
        assertEquals(253, DfeRates.WORKING_DAYS_IN_YEAR);
    }

    @Test
    void ratesAlwaysHaveOneDecimalPlace() {
        assertEquals(1, DfeRates.agencyRate(d("1"), d("3")).scale());
        assertEquals(d("25.0"), DfeRates.agencyRate(d("1"), d("3")));
        assertEquals(d("100.0"), DfeRates.agencyCoverRate(d("8"), d("8")));
        assertEquals(d("0.0"), DfeRates.vacancyRate(BigDecimal.ZERO, d("10")));
    }

    @Test
    void exactlyHalfwayRoundsUp() {
        // 1 / 8 x 100 = 12.5 exactly, 1 / (1 + 15) x 100 = 6.25 exactly
        assertRate("6.3", DfeRates.agencyRate(d("1"), d("15")));
        assertRate("6.3", DfeRates.turnoverRate(d("1"), d("16")));
        // 0.45 -> 0.5 (half even would give 0.4)
        assertRate("0.5", DfeRates.averageCaseload(d("9"), d("20")));
        // 0.35 -> 0.4
        assertRate("0.4", DfeRates.averageCaseload(d("7"), d("20")));
        // 2.25 -> 2.3 ; 14.75 -> 14.8
        assertRate("2.3", DfeRates.averageCaseload(d("9"), d("4")));
        assertRate("14.8", DfeRates.averageCaseload(d("59"), d("4")));
        // 12.65% vacancy: 12.65 / 100 of (v + p) -> v = 25.3, p = 174.7
        assertRate("12.7", DfeRates.vacancyRate(d("25.3"), d("174.7")));
        // absence: 253 days x 10 FTE = 2530; 3.35% of 2530 = 84.755
        assertRate("3.4", DfeRates.absenceRate(d("84.755"), d("10")));
        // just below half stays down
        assertRate("3.3", DfeRates.absenceRate(d("84.754"), d("10")));
    }

    @Test
    void computedFromUnroundedInputs() {
        // one rounding step, on the exact quotient: 66.666...% -> 66.7; 14.649 -> 14.6 (rounding twice,
        // 14.649 -> 14.65 -> 14.7, would be wrong)
        assertRate("66.7", DfeRates.agencyCoverRate(d("2"), d("3")));
        assertRate("14.6", DfeRates.averageCaseload(d("14.649"), d("1")));
        assertRate("14.7", DfeRates.averageCaseload(d("14.65"), d("1")));
    }

    @Test
    void zeroDenominatorHasNoValue() {
        assertNull(DfeRates.agencyRate(BigDecimal.ZERO, BigDecimal.ZERO));
        assertNull(DfeRates.vacancyRate(BigDecimal.ZERO, d("0.0")));
        assertNull(DfeRates.agencyCoverRate(BigDecimal.ZERO, BigDecimal.ZERO));
        assertNull(DfeRates.agencyCoverRate(d("3"), BigDecimal.ZERO));
        assertNull(DfeRates.vacancyAgencyCoverRate(d("3"), d("0.0")));
        assertNull(DfeRates.turnoverRate(d("2"), BigDecimal.ZERO));
        assertNull(DfeRates.averageCaseload(d("10"), BigDecimal.ZERO));
        assertNull(DfeRates.absenceRate(d("10"), BigDecimal.ZERO));
        assertNull(DfeRates.absenceRate(d("10"), d("5"), 0));
    }

    @Test
    void missingInputHasNoValue() {
        assertNull(DfeRates.agencyRate(null, d("10")));
        assertNull(DfeRates.agencyRate(d("1"), null));
        assertNull(DfeRates.vacancyRate(null, d("10")));
        assertNull(DfeRates.agencyCoverRate(null, d("10")));
        assertNull(DfeRates.vacancyAgencyCoverRate(d("1"), null));
        assertNull(DfeRates.turnoverRate(null, d("10")));
        assertNull(DfeRates.averageCaseload(null, d("10")));
        assertNull(DfeRates.absenceRate(null, d("10")));
        assertNull(DfeRates.absenceRate(d("10"), null));
    }

    @Test
    void zeroNumeratorIsZeroNotNull() {
        assertRate("0.0", DfeRates.agencyRate(BigDecimal.ZERO, d("12.5")));
        assertRate("0.0", DfeRates.turnoverRate(BigDecimal.ZERO, d("12.5")));
        assertRate("0.0", DfeRates.averageCaseload(BigDecimal.ZERO, d("12.5")));
    }
}

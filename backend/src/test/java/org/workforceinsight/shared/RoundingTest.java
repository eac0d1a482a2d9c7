package org.workforceinsight.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RoundingTest {

    @Test
    void roundsHalfUpFromUnroundedInputs() {
        assertEquals(18.8, Rounding.ratio(new BigDecimal("15"), new BigDecimal("0.80")));
        assertEquals(16.7, Rounding.ratio(new BigDecimal("10"), new BigDecimal("0.60")));
        assertEquals(14.6, Rounding.ratio(new BigDecimal("2896"), new BigDecimal("198")));
        assertEquals(11.1, Rounding.percent(35, 316));
        assertEquals(66.7, Rounding.percent(2, 3));
        assertEquals(0.3, Rounding.oneDecimal(new BigDecimal("0.25")));
    }

    @Test
    void zeroDenominatorHasNoValue() {
        assertNull(Rounding.ratio(BigDecimal.TEN, BigDecimal.ZERO));
        assertNull(Rounding.percent(0, 0));
    }
}

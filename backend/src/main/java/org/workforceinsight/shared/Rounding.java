package org.workforceinsight.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rates and ratios: one decimal place, rounded half up from unrounded inputs; no denominator, no value. */
public final class Rounding {

    private Rounding() {
    }

    /** numerator / denominator rounded half up to one decimal place; null when the denominator is zero. */
    public static Double ratio(BigDecimal numerator, BigDecimal denominator) {
        BigDecimal value = decimalRatio(numerator, denominator);
        return value == null ? null : value.doubleValue();
    }

    /**
     * numerator / denominator, computed exactly and rounded half up to one decimal place (scale 1);
     * null when the denominator is zero or either input is missing. The one rounding step behind
     * {@link #ratio} and the DfE rates ({@code org.workforceinsight.measures.DfeRates}).
     */
    public static BigDecimal decimalRatio(BigDecimal numerator, BigDecimal denominator) {
        if (numerator == null || denominator == null || denominator.signum() == 0) {
            return null;
        }
        return numerator.divide(denominator, 1, RoundingMode.HALF_UP);
    }

    /** numerator / denominator x 100, rounded half up to one decimal place; null when the denominator is zero. */
    public static Double percent(long numerator, long denominator) {
        if (denominator == 0) {
            return null;
        }
        return BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP).doubleValue();
    }

    public static double oneDecimal(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}

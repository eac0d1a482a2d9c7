package org.workforceinsight.measures;

import java.math.BigDecimal;

/**
 * An exact running sum of decimals, held as a long of units at the largest scale added so far: the same value
 * at the same scale as adding the decimals one by one with {@link MeasureCalculation#plus} (starting from zero),
 * without a new BigDecimal for every addition. A council's all-measures request added FTEs and points for every
 * worker into a dozen totals, and those additions were most of what it allocated. Falls back to BigDecimal
 * when a value is not given in units, has a negative scale, or the units would outgrow a long. Mutable and
 * reusable ({@link #reset}); not for sharing between threads.
 */
final class DecimalSum {

    private static final int EMPTY = Integer.MIN_VALUE;
    private static final long[] TEN = new long[19];

    static {
        TEN[0] = 1;
        for (int i = 1; i < TEN.length; i++) {
            TEN[i] = TEN[i - 1] * 10;
        }
    }

    private long units;
    private int scale = EMPTY;
    /** The sum once it left units (then the only state), else null. */
    private BigDecimal big;

    DecimalSum reset() {
        units = 0;
        scale = EMPTY;
        big = null;
        return this;
    }

    /** Sets the sum to a total worked out elsewhere. */
    void set(BigDecimal total) {
        reset();
        big = total;
    }

    /** Adds {@code units x 10^-scale}; a scale from 0 to 18. */
    void add(long moreUnits, int moreScale) {
        if (big == null && moreScale >= 0 && moreScale < TEN.length) {
            if (scale == EMPTY) {
                units = moreUnits;
                scale = moreScale;
                return;
            }
            try {
                if (moreScale == scale) {
                    units = Math.addExact(units, moreUnits);
                } else if (moreScale < scale) {
                    units = Math.addExact(units, Math.multiplyExact(moreUnits, TEN[scale - moreScale]));
                } else {
                    units = Math.addExact(Math.multiplyExact(units, TEN[moreScale - scale]), moreUnits);
                    scale = moreScale;
                }
                return;
            } catch (ArithmeticException tooLarge) {
                // continue in BigDecimal below; units and scale are as they were
            }
        }
        add(BigDecimal.valueOf(moreUnits, moreScale));
    }

    void add(BigDecimal value) {
        big = MeasureCalculation.plus(total(), value);
    }

    /** Adds another sum; adding one that is still empty changes nothing, as adding zero to a total would not. */
    void add(DecimalSum other) {
        if (other.big != null) {
            add(other.big);
        } else if (other.scale != EMPTY) {
            add(other.units, other.scale);
        }
    }

    /** Adds stint {@code s}'s FTE, from its units where the chains hold them. */
    void addFte(WorkerChains chains, int s) {
        int fteScale = chains.fteScale[s];
        if (fteScale >= 0) {
            add(chains.fteUnits[s], fteScale);
        } else {
            add(chains.stints.get(s).fte());
        }
    }

    /**
     * Adds this other sum times {@code factorUnits x 10^-factorScale} (BigDecimal's multiply: the scales add); an
     * empty sum counts as zero.
     */
    void addProduct(DecimalSum other, long factorUnits, int factorScale) {
        if (other.big == null && factorScale >= 0) {
            long otherUnits = other.scale == EMPTY ? 0 : other.units;
            int otherScale = other.scale == EMPTY ? 0 : other.scale;
            try {
                add(Math.multiplyExact(otherUnits, factorUnits), otherScale + factorScale);
                return;
            } catch (ArithmeticException tooLarge) {
                // in BigDecimal below
            }
        }
        add(other.total().multiply(BigDecimal.valueOf(factorUnits, factorScale)));
    }

    BigDecimal total() {
        if (big != null) {
            return big;
        }
        return scale == EMPTY ? BigDecimal.ZERO : BigDecimal.valueOf(units, scale);
    }

    /** The units and scale of a decimal, where they fit: {@code [units, scale]}, or null. */
    static long[] unitsOf(BigDecimal value) {
        if (value.scale() < 0 || value.scale() >= TEN.length || value.precision() > 18) {
            return null;
        }
        return new long[] {value.unscaledValue().longValueExact(), value.scale()};
    }
}

package org.workforceinsight.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A sum in units must be exactly what adding the BigDecimals one by one gives, scale included: the measures
 * show their numerators and denominators, and the figures must not change with the way they are summed.
 */
class DecimalSumTest {

    /** What the engine did before: BigDecimal additions from zero. */
    private static BigDecimal added(List<BigDecimal> values) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal value : values) {
            sum = MeasureCalculation.plus(sum, value);
        }
        return sum;
    }

    private static DecimalSum inUnits(List<BigDecimal> values) {
        DecimalSum sum = new DecimalSum();
        for (BigDecimal value : values) {
            long[] units = DecimalSum.unitsOf(value);
            if (units == null) {
                sum.add(value);
            } else {
                sum.add(units[0], (int) units[1]);
            }
        }
        return sum;
    }

    private static void assertSameDecimal(BigDecimal expected, BigDecimal actual) {
        assertEquals(expected, actual, "value and scale");
        assertEquals(expected.scale(), actual.scale());
    }

    @Test
    void nothingAddedIsZero() {
        assertSame(BigDecimal.ZERO, new DecimalSum().total());
        DecimalSum sum = new DecimalSum();
        sum.add(new DecimalSum());
        assertSame(BigDecimal.ZERO, sum.total());
    }

    @Test
    void mixedScalesKeepTheLargestScaleAsBigDecimalAdditionDoes() {
        List<BigDecimal> values = List.of(new BigDecimal("1.0"), new BigDecimal("0.50"), new BigDecimal("2"),
                new BigDecimal("0.0"), new BigDecimal("0.125"));
        assertSameDecimal(added(values), inUnits(values).total());
        assertSameDecimal(new BigDecimal("3.625"), inUnits(values).total());
    }

    @Test
    void sumsThatOutgrowALongCarryOnExactlyInBigDecimal() {
        List<BigDecimal> values = List.of(new BigDecimal("900000000000000000"), new BigDecimal("900000000000000000"),
                new BigDecimal("0.1"), new BigDecimal("1E+3"), new BigDecimal("12345678901234567890.5"));
        assertSameDecimal(added(values), inUnits(values).total());
    }

    @Test
    void randomSumsOfFtesAndPointsEqualBigDecimalAdditionExactly() {
        Random random = new Random(20261123);
        for (int round = 0; round < 500; round++) {
            int count = random.nextInt(40);
            List<BigDecimal> values = new java.util.ArrayList<>();
            for (int i = 0; i < count; i++) {
                int scale = random.nextInt(5);
                values.add(BigDecimal.valueOf(random.nextInt(2_000_000) - 1_000, scale));
            }
            assertSameDecimal(added(values), inUnits(values).total());
            // and summed per worker first, as the engine does, then into the total
            DecimalSum total = new DecimalSum();
            for (int from = 0; from < values.size(); from += 3) {
                total.add(inUnits(values.subList(from, Math.min(values.size(), from + 3))));
            }
            assertSameDecimal(added(values), total.total());
        }
    }

    @Test
    void aProductHasTheScalesOfItsFactorsAdded() {
        DecimalSum fte = inUnits(List.of(new BigDecimal("0.5"), new BigDecimal("0.25")));
        DecimalSum capacity = new DecimalSum();
        capacity.addProduct(fte, 90, 0);
        capacity.addProduct(new DecimalSum(), 1000, 1);
        BigDecimal expected = MeasureCalculation.plus(new BigDecimal("0.75").multiply(new BigDecimal("90")),
                BigDecimal.ZERO.multiply(new BigDecimal("100.0")));
        assertSameDecimal(expected, capacity.total());
        assertSameDecimal(new BigDecimal("67.50"), capacity.total());
    }

    @Test
    void aTotalSetFromElsewhereIsGivenBackAndAddedTo() {
        DecimalSum sum = new DecimalSum();
        sum.set(new BigDecimal("12.30"));
        sum.add(5, 1);
        assertSameDecimal(new BigDecimal("12.80"), sum.total());
    }
}

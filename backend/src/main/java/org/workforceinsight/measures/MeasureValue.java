package org.workforceinsight.measures;

import java.math.BigDecimal;

/**
 * A measure's value for a set of nodes, with the unrounded inputs it came from.
 *
 * @param value the figure as shown: rates and ratios rounded half up to one decimal place, FTE and days
 *        to one decimal place, counts whole, money to the penny; null when its denominator is zero
 * @param numerator unrounded numerator (for a count or total: the count or total itself)
 * @param denominator unrounded denominator; null for counts and totals
 */
public record MeasureValue(Measure measure, BigDecimal value, BigDecimal numerator, BigDecimal denominator) {
}

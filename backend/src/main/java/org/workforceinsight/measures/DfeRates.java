package org.workforceinsight.measures;

import java.math.BigDecimal;
import java.time.Year;
import org.workforceinsight.shared.Rounding;

/**
 * The DfE rate formulas of metrics.md, in one place. Each takes the unrounded inputs and returns the
 * rate rounded half up to one decimal place (scale 1), or null when the denominator is zero or an input
 * is missing: a rate with no denominator has no value, never 0. The rounding itself is
 * {@link Rounding#decimalRatio}, shared with the caseload figures.
 */
public final class DfeRates {

    /** Working days in a full census year, the DfE absence rate's denominator per FTE. */
    public static final int WORKING_DAYS_IN_YEAR = 253;

    /**
     * Working days the DfE used for a census year (1 October of the year before to 30 September): 253, and
     * 254 when the year holds a 29 February. Not in metrics.md, which says 253: it is what the published
     * absence rates show. For the census years to September 2020 and 2024 every local authority row
     * reproduces with 254 days, while 27 of them come out 0.1 too high with 253; every other year
     * reproduces with 253.
     */
    public static int workingDaysInCensusYear(int censusYear) {
        return Year.isLeap(censusYear) ? WORKING_DAYS_IN_YEAR + 1 : WORKING_DAYS_IN_YEAR;
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private DfeRates() {
    }

    /** Agency FTE / (agency FTE + in-post FTE) x 100. */
    public static BigDecimal agencyRate(BigDecimal agencyFte, BigDecimal inPostFte) {
        return percent(agencyFte, sum(agencyFte, inPostFte));
    }

    /** Vacancy FTE / (vacancy FTE + in-post FTE) x 100. */
    public static BigDecimal vacancyRate(BigDecimal vacancyFte, BigDecimal inPostFte) {
        return percent(vacancyFte, sum(vacancyFte, inPostFte));
    }

    /** Agency cover FTE / agency FTE x 100: the share of agency workers who cover a vacant post. */
    public static BigDecimal agencyCoverRate(BigDecimal agencyCoverFte, BigDecimal agencyFte) {
        return percent(agencyCoverFte, agencyFte);
    }

    /** Agency cover FTE / vacancy FTE x 100: the share of vacant posts covered by agency workers. */
    public static BigDecimal vacancyAgencyCoverRate(BigDecimal agencyCoverFte, BigDecimal vacancyFte) {
        return percent(agencyCoverFte, vacancyFte);
    }

    /** Leavers FTE in the year / in-post FTE at the end of the year x 100. */
    public static BigDecimal turnoverRate(BigDecimal leaversFte, BigDecimal inPostFteAtEnd) {
        return percent(leaversFte, inPostFteAtEnd);
    }

    /** Cases / case holders FTE (not a percentage). */
    public static BigDecimal averageCaseload(BigDecimal cases, BigDecimal caseHoldersFte) {
        return Rounding.decimalRatio(cases, caseHoldersFte);
    }

    /** Working days lost / (in-post FTE x working days in the period) x 100. */
    public static BigDecimal absenceRate(BigDecimal workingDaysLost, BigDecimal inPostFte, int workingDays) {
        if (inPostFte == null) {
            return null;
        }
        return percent(workingDaysLost, inPostFte.multiply(BigDecimal.valueOf(workingDays)));
    }

    /**
     * As {@link #absenceRate(BigDecimal, BigDecimal, int)} for a period that is not a whole year, whose
     * working days are a fraction (253 x days / 365): pass them unrounded.
     */
    public static BigDecimal absenceRate(BigDecimal workingDaysLost, BigDecimal inPostFte, BigDecimal workingDays) {
        if (inPostFte == null || workingDays == null) {
            return null;
        }
        return percent(workingDaysLost, inPostFte.multiply(workingDays));
    }

    /** Absence rate over a full census year ({@value #WORKING_DAYS_IN_YEAR} working days). */
    public static BigDecimal absenceRate(BigDecimal workingDaysLost, BigDecimal inPostFte) {
        return absenceRate(workingDaysLost, inPostFte, WORKING_DAYS_IN_YEAR);
    }

    private static BigDecimal percent(BigDecimal numerator, BigDecimal denominator) {
        if (numerator == null) {
            return null;
        }
        return Rounding.decimalRatio(numerator.multiply(HUNDRED), denominator);
    }

    private static BigDecimal sum(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.add(b);
    }
}

package org.workforceinsight.measures;

import java.math.BigDecimal;

/**
 * One row of the DfE children's social work workforce indicators: one census year (as at 30 September)
 * for England, a region or a local authority. Codes and names that do not apply to the level are null.
 * Every number is exactly as published (counts to 0.1 FTE, rates to 0.1); null where the file has a
 * suppression symbol (z, x, c, low, u) or nothing, never zero.
 */
public record DfeIndicatorRow(
        int timePeriod,
        GeographicLevel geographicLevel,
        String regionCode,
        String regionName,
        String oldLaCode,
        String newLaCode,
        String laName,
        BigDecimal inpostFte,
        BigDecimal inpostHeadcount,
        BigDecimal startersFte,
        BigDecimal startersHeadcount,
        BigDecimal leaversFte,
        BigDecimal leaversHeadcount,
        BigDecimal turnoverRateFte,
        BigDecimal turnoverRateHeadcount,
        BigDecimal agencyFte,
        BigDecimal agencyHeadcount,
        BigDecimal agencyRateFte,
        BigDecimal agencyRateHeadcount,
        BigDecimal agencyCoverFte,
        BigDecimal agencyCoverRateFte,
        BigDecimal vacancyFte,
        BigDecimal vacancyRateFte,
        BigDecimal vacancyAgencyCoverRateFte,
        BigDecimal caseHoldersFte,
        BigDecimal cases,
        BigDecimal caseloadFte,
        BigDecimal workingDaysLostFte,
        BigDecimal absenceRateFte) {

    /** The name of the area the row is about: the local authority, the region, or England. */
    public String areaName() {
        return switch (geographicLevel) {
            case LOCAL_AUTHORITY -> laName;
            case REGIONAL -> regionName;
            case NATIONAL -> "England";
        };
    }

    /** The code of the area the row is about: new LA code, region code, or null for England. */
    public String areaCode() {
        return switch (geographicLevel) {
            case LOCAL_AUTHORITY -> newLaCode;
            case REGIONAL -> regionCode;
            case NATIONAL -> null;
        };
    }
}

package org.workforceinsight.measures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The configuration the measures read (V2 migration: caseload_threshold, case_weight, supervision_policy,
 * agency_price_cap, measure_setting), loaded by {@code MeasureConfigRepository}. {@link #defaults()} gives
 * the migration's defaults, for tests that build facts by hand.
 *
 * @param caseloadThresholds most cases per role code (roles that hold no cases: 0)
 * @param asyeCaseloadThreshold most cases for a worker in their ASYE (12)
 * @param caseWeights points per case by case type: child-in-need, child-protection, child-looked-after,
 *        care-leaver, pre-proceedings, other (cases a snapshot does not break down count as other)
 * @param councilRegion the council's DfE region, for agency price caps
 */
public record MeasureConfig(Map<String, Integer> caseloadThresholds, int asyeCaseloadThreshold,
        Map<String, BigDecimal> caseWeights, BigDecimal capacityPointsPerFte, BigDecimal asyeCapacityPointsPerFte,
        List<SupervisionRule> supervisionRules, int supervisionMinimumMinutes, int appraisalMinimumServiceMonths,
        int appraisalIntervalMonths, BigDecimal longTermAbsenceWorkingDays, BigDecimal bradfordTrigger,
        BigDecimal agencyMinimumPqeYears, int agencyCoolOffMonths, int agencyMinimumNoticeDays,
        BigDecimal agencyHoursPerDay, List<PriceCap> priceCaps, String councilRegion) {

    /**
     * A row of supervision_policy. With {@code asyeFromDay}/{@code asyeToDay} set it applies to ASYE
     * workers on days [from, to) of their ASYE (the start date is day 0); with {@code roleCode} set, to that
     * role; with neither, to everyone else.
     */
    public record SupervisionRule(String roleCode, Integer asyeFromDay, Integer asyeToDay, int intervalDays,
            boolean supervised) {
    }

    /** The most an hour of a job type may be charged in a region, from a date. */
    public record PriceCap(String region, String jobType, LocalDate validFrom, BigDecimal hourlyCap) {
    }

    public static MeasureConfig defaults(String councilRegion) {
        Map<String, Integer> thresholds = Map.ofEntries(
                Map.entry("social-worker", 18), Map.entry("senior-practitioner", 16),
                Map.entry("advanced-practitioner", 0), Map.entry("team-manager", 0),
                Map.entry("service-manager", 0), Map.entry("head-of-service", 0),
                Map.entry("principal-social-worker", 0), Map.entry("independent-reviewing-officer", 0),
                Map.entry("child-protection-chair", 0), Map.entry("family-support-worker", 0),
                Map.entry("business-support", 0));
        Map<String, BigDecimal> weights = Map.of(
                "child-in-need", new BigDecimal("5.00"), "child-protection", new BigDecimal("6.50"),
                "child-looked-after", new BigDecimal("6.00"), "care-leaver", new BigDecimal("4.00"),
                "pre-proceedings", new BigDecimal("8.00"), "other", new BigDecimal("5.00"));
        List<SupervisionRule> supervision = List.of(
                new SupervisionRule(null, 0, 42, 7, true),
                new SupervisionRule(null, 42, 183, 14, true),
                new SupervisionRule(null, null, null, 31, true));
        LocalDate capsFrom = LocalDate.of(2024, 1, 1);
        List<PriceCap> caps = List.of(
                new PriceCap(councilRegion, "social-worker", capsFrom, new BigDecimal("40.00")),
                new PriceCap(councilRegion, "senior-social-worker", capsFrom, new BigDecimal("44.00")),
                new PriceCap(councilRegion, "advanced-practitioner", capsFrom, new BigDecimal("48.00")),
                new PriceCap(councilRegion, "team-manager", capsFrom, new BigDecimal("52.00")),
                new PriceCap(councilRegion, "iro-cp-chair", capsFrom, new BigDecimal("50.00")));
        return new MeasureConfig(thresholds, 12, weights, new BigDecimal("100"), new BigDecimal("90"), supervision,
                90, 6, 12, new BigDecimal("20"), new BigDecimal("200"), new BigDecimal("3"), 3, 28,
                new BigDecimal("7.40"), caps, councilRegion);
    }
}

package org.workforceinsight.measures;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.workforceinsight.measures.ExplanationRow.AgencyRuleFlag;
import org.workforceinsight.measures.MeasureConfig.PriceCap;
import org.workforceinsight.measures.WorkforceFacts.AgencyTerms;
import org.workforceinsight.measures.WorkforceFacts.ChargeBasis;
import org.workforceinsight.measures.WorkforceFacts.Stint;
import org.workforceinsight.measures.WorkforceFacts.Timesheet;

/** The DfE agency rules for child and family social workers, and what an agency assignment costs. */
final class AgencyRules {

    private final MeasureConfig config;
    /** The council's region's caps per job type, newest first. */
    private final Map<String, List<PriceCap>> capsByJobType = new HashMap<>();

    AgencyRules(MeasureConfig config) {
        this.config = config;
        for (PriceCap cap : config.priceCaps()) {
            if (cap.region().equals(config.councilRegion())) {
                capsByJobType.computeIfAbsent(cap.jobType(), k -> new ArrayList<>()).add(cap);
            }
        }
        capsByJobType.values().forEach(caps -> caps.sort(Comparator.comparing(PriceCap::validFrom).reversed()));
    }

    /**
     * The charge for an hour: the rate itself, or a day rate over the configured hours in a day. Kept
     * unrounded (to 16 digits) for the comparison with the cap; shown to the penny.
     */
    BigDecimal hourlyCharge(AgencyTerms terms) {
        if (terms.chargeBasis() == ChargeBasis.HOURLY) {
            return terms.chargeRate();
        }
        return terms.chargeRate().divide(config.agencyHoursPerDay(), MathContext.DECIMAL64);
    }

    static BigDecimal shownMoney(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** The cap in force when the assignment started, or null when the region has none for the job type. */
    BigDecimal capFor(String jobType, LocalDate start) {
        for (PriceCap cap : capsByJobType.getOrDefault(jobType, List.of())) {
            if (!cap.validFrom().isAfter(start)) {
                return cap.hourlyCap();
            }
        }
        return null;
    }

    /** The rules an agency stint breaks; empty when its terms are not recorded (nothing to judge). */
    Set<AgencyRuleFlag> flags(Stint agencyStint, List<Stint> workerStints) {
        Set<AgencyRuleFlag> flags = EnumSet.noneOf(AgencyRuleFlag.class);
        AgencyTerms terms = agencyStint.agency();
        if (terms == null) {
            return flags;
        }
        if (terms.pqeYearsAtStart().compareTo(config.agencyMinimumPqeYears()) < 0) {
            flags.add(AgencyRuleFlag.UNDER_MINIMUM_EXPERIENCE);
        }
        BigDecimal cap = capFor(terms.jobType(), agencyStint.start());
        if (cap != null && hourlyCharge(terms).compareTo(cap) > 0) {
            flags.add(AgencyRuleFlag.ABOVE_PRICE_CAP);
        }
        LocalDate coolOffFrom = agencyStint.start().minusMonths(config.agencyCoolOffMonths());
        boolean coolOff = inCoolOff(terms.previousRegionalEmploymentEnd(), coolOffFrom, agencyStint.start());
        for (Stint stint : workerStints) {
            if (stint.employmentType().employed() && inCoolOff(stint.end(), coolOffFrom, agencyStint.start())) {
                coolOff = true;
            }
        }
        if (coolOff) {
            flags.add(AgencyRuleFlag.WITHIN_COOL_OFF);
        }
        if (terms.noticePeriodDays() < config.agencyMinimumNoticeDays()) {
            flags.add(AgencyRuleFlag.NOTICE_TOO_SHORT);
        }
        return flags;
    }

    private static boolean inCoolOff(LocalDate employmentEnd, LocalDate coolOffFrom, LocalDate agencyStart) {
        return employmentEnd != null && !employmentEnd.isBefore(coolOffFrom) && employmentEnd.isBefore(agencyStart);
    }

    /**
     * Units x rate of the timesheets of stint {@code s} of a worker's chains with a week ending in [from, to] (epoch
     * days); null when it has none there. Found among the timesheets' week-ending days as ints (they are kept in
     * week-ending order), and taken from the running totals ({@link WorkerChains#timesheetRunningCost}) where the
     * stint has them.
     */
    static BigDecimal cost(WorkerChains chains, int s, long from, long to) {
        Stint agencyStint = chains.stints.get(s);
        if (agencyStint.agency() == null) {
            return null;
        }
        int[] weekEndingDays = chains.timesheetDays[s];
        int first = WorkerChains.lastOnOrBefore(weekEndingDays, from - 1) + 1;
        int end = WorkerChains.lastOnOrBefore(weekEndingDays, to) + 1;
        if (first >= end) {
            return null;
        }
        long[] running = chains.timesheetRunningCost[s];
        if (running != null) {
            return BigDecimal.valueOf(running[end] - running[first], chains.timesheetCostScale[s]);
        }
        BigDecimal cost = null;
        List<Timesheet> sheets = agencyStint.agency().timesheets();
        for (int i = first; i < end; i++) {
            BigDecimal charge = sheets.get(i).units().multiply(sheets.get(i).rate());
            cost = cost == null ? charge : cost.add(charge);
        }
        return cost;
    }
}

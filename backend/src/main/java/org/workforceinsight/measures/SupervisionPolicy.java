package org.workforceinsight.measures;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.workforceinsight.measures.MeasureConfig.SupervisionRule;

/**
 * Which supervision rule applies to a worker on a day: an ASYE rule for the day of their ASYE, else the
 * rule for their role, else the default. Indexed once per engine so a lookup is a short scan.
 */
final class SupervisionPolicy {

    /** An array, not a list: looked up for every worker at every point of a series, where an iterator each time shows. */
    private final SupervisionRule[] asyeRules;
    private final Map<String, SupervisionRule> roleRules = new HashMap<>();
    private SupervisionRule defaultRule;

    SupervisionPolicy(List<SupervisionRule> rules) {
        List<SupervisionRule> asye = new ArrayList<>();
        for (SupervisionRule rule : rules) {
            if (rule.asyeFromDay() != null) {
                asye.add(rule);
            } else if (rule.roleCode() != null) {
                roleRules.put(rule.roleCode(), rule);
            } else {
                defaultRule = rule;
            }
        }
        asyeRules = asye.toArray(new SupervisionRule[0]);
    }

    /** The rule on {@code day} for a worker in {@code roleCode}; null when no rule applies at all. */
    SupervisionRule ruleOn(LocalDate asyeStart, String roleCode, LocalDate day) {
        if (asyeStart != null && !day.isBefore(asyeStart)) {
            SupervisionRule asye = asyeRuleOn(ChronoUnit.DAYS.between(asyeStart, day));
            if (asye != null) {
                return asye;
            }
        }
        SupervisionRule byRole = roleRules.get(roleCode);
        return byRole != null ? byRole : defaultRule;
    }

    /** An ASYE start day meaning there is none. */
    static final long NO_ASYE = Long.MIN_VALUE;

    /** As {@link #ruleOn(LocalDate, String, LocalDate)} with epoch days ({@link #NO_ASYE} for no ASYE). */
    SupervisionRule ruleOn(long asyeStartDay, String roleCode, long day) {
        if (asyeStartDay != NO_ASYE && day >= asyeStartDay) {
            SupervisionRule asye = asyeRuleOn(day - asyeStartDay);
            if (asye != null) {
                return asye;
            }
        }
        SupervisionRule byRole = roleRules.get(roleCode);
        return byRole != null ? byRole : defaultRule;
    }

    /** The ASYE rule for the given day of a worker's ASYE (0 = its first), or null when none covers it. */
    SupervisionRule asyeRuleOn(long asyeDay) {
        for (int i = 0; i < asyeRules.length; i++) {
            SupervisionRule rule = asyeRules[i];
            if (rule.asyeFromDay() <= asyeDay && asyeDay < rule.asyeToDay()) {
                return rule;
            }
        }
        return null;
    }

    /** How many ASYE rules the policy has (each adds two boundaries). */
    int asyeRuleCount() {
        return asyeRules.length;
    }

    /**
     * Adds, as epoch days from {@code count} on, the days on which an ASYE rule begins or ends for a worker
     * (where the rule in force can change); returns the new count. Nothing for a worker without an ASYE.
     */
    int addAsyeBoundaries(LocalDate asyeStart, long[] bounds, int count) {
        if (asyeStart == null) {
            return count;
        }
        long first = asyeStart.toEpochDay();
        for (SupervisionRule rule : asyeRules) {
            bounds[count++] = first + rule.asyeFromDay();
            bounds[count++] = first + rule.asyeToDay();
        }
        return count;
    }
}

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

    private final List<SupervisionRule> asyeRules = new ArrayList<>();
    private final Map<String, SupervisionRule> roleRules = new HashMap<>();
    private SupervisionRule defaultRule;

    SupervisionPolicy(List<SupervisionRule> rules) {
        for (SupervisionRule rule : rules) {
            if (rule.asyeFromDay() != null) {
                asyeRules.add(rule);
            } else if (rule.roleCode() != null) {
                roleRules.put(rule.roleCode(), rule);
            } else {
                defaultRule = rule;
            }
        }
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

    /** The ASYE rule for the given day of a worker's ASYE (0 = its first), or null when none covers it. */
    SupervisionRule asyeRuleOn(long asyeDay) {
        for (SupervisionRule rule : asyeRules) {
            if (rule.asyeFromDay() <= asyeDay && asyeDay < rule.asyeToDay()) {
                return rule;
            }
        }
        return null;
    }

    /** How many ASYE rules the policy has (each adds two boundaries). */
    int asyeRuleCount() {
        return asyeRules.size();
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

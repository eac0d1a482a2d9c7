package org.workforceinsight.measures;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.workforceinsight.measures.ExplanationRow.AgencyRuleFlag;
import org.workforceinsight.measures.WorkforceFacts.AgencyTerms;
import org.workforceinsight.measures.WorkforceFacts.Stint;

/**
 * The engine's DfE agency rules ({@link AgencyRules}, package-private to the engine) opened to the agency
 * assignment list, so that the list and the agencyAssignmentsFlagged measure flag an assignment the same
 * way. An adapter only: it judges nothing itself.
 */
public final class AgencyRuleCheck {

    private final AgencyRules rules;

    public AgencyRuleCheck(MeasureConfig config) {
        this.rules = new AgencyRules(config);
    }

    /** The rules the agency stint breaks, judged against every stint of the same worker (for the cool-off). */
    public Set<AgencyRuleFlag> flags(Stint agencyStint, List<Stint> workerStints) {
        return rules.flags(agencyStint, workerStints);
    }

    /** The charge for an hour (a daily charge over the configured hours in a day), to the penny. */
    public BigDecimal hourlyCharge(AgencyTerms terms) {
        return AgencyRules.shownMoney(rules.hourlyCharge(terms));
    }
}

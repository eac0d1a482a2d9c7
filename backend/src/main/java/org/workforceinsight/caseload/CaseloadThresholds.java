package org.workforceinsight.caseload;

import java.util.Map;

/**
 * The thresholds in force: one per role (0 for roles that should hold no case) and one for
 * workers in their ASYE, which replaces the role's.
 */
public record CaseloadThresholds(int asye, Map<String, Integer> byRole) {

    public static final int DEFAULT_ASYE = 12;

    /** The threshold for a worker in this role; a role without a configured threshold should hold no case. */
    public int forWorker(String roleCode, boolean inAsye) {
        return inAsye ? asye : byRole.getOrDefault(roleCode, 0);
    }

    public int forRole(String roleCode) {
        return byRole.getOrDefault(roleCode, 0);
    }
}

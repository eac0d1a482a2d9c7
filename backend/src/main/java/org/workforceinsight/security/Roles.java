package org.workforceinsight.security;

import java.util.List;

/**
 * The product roles. They reach the API from the token through {@link RoleClaimAugmentor}, which reads the
 * configured claim paths and maps the identity provider's names onto these.
 */
public final class Roles {

    public static final String WORKFORCE_LEAD = "workforce-lead";
    public static final String SENIOR_MANAGER = "senior-manager";
    public static final String TEAM_MANAGER = "team-manager";
    public static final String MACHINE_READ = "machine-read";
    /** HR staff who handle absence: may see health detail (sickness reasons, Bradford factors). */
    public static final String HR_ABSENCE_OFFICER = "hr-absence-officer";
    /** Aggregates only: measures and benchmarks, never a person. */
    public static final String VIEWER = "viewer";
    /** Another council system that may write: record changes and imports. */
    public static final String MACHINE_WRITE = "machine-write";
    /** The data protection officer: reads the audit trail. */
    public static final String DATA_PROTECTION_OFFICER = "data-protection-officer";

    /**
     * Every product role, in the order the documentation lists them. What each may call is in
     * {@link OperationRules}; a signed-in caller with none of them reaches only their own details and the tree.
     */
    public static final List<String> ALL = List.of(WORKFORCE_LEAD, SENIOR_MANAGER, TEAM_MANAGER, HR_ABSENCE_OFFICER,
            VIEWER, MACHINE_READ, MACHINE_WRITE, DATA_PROTECTION_OFFICER);

    /** Roles that see the whole council (within what their operations allow): no team scope applies. */
    public static final List<String> COUNCIL_WIDE = List.of(WORKFORCE_LEAD, HR_ABSENCE_OFFICER, VIEWER, MACHINE_READ,
            MACHINE_WRITE);

    private Roles() {
    }
}

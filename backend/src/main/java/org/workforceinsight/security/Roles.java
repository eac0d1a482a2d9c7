package org.workforceinsight.security;

import java.util.List;

/** The realm roles the product knows (token claim {@code realm_access.roles}). */
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

    /** Every role that may read workforce data; a signed-in user with none of them gets 403 from data endpoints. */
    public static final List<String> ALL = List.of(WORKFORCE_LEAD, SENIOR_MANAGER, TEAM_MANAGER, MACHINE_READ);

    private Roles() {
    }
}

package org.workforceinsight.security;

import java.util.List;

/** The realm roles the product knows (token claim {@code realm_access.roles}). */
public final class Roles {

    public static final String WORKFORCE_LEAD = "workforce-lead";
    public static final String SENIOR_MANAGER = "senior-manager";
    public static final String TEAM_MANAGER = "team-manager";
    public static final String MACHINE_READ = "machine-read";

    /** Every role that may read workforce data; a signed-in user with none of them gets 403 from data endpoints. */
    public static final List<String> ALL = List.of(WORKFORCE_LEAD, SENIOR_MANAGER, TEAM_MANAGER, MACHINE_READ);

    private Roles() {
    }
}

package org.workforceinsight.testsupport;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A small council whose caseload figures are worked out by hand (see the comments and
 * CaseloadApiTest). As at {@link #AS_AT} (Wednesday 12 March 2025) a snapshot counts when it was
 * taken between 6 and 12 March.
 *
 * <pre>
 * Testshire Council
 *   Assessment and Intervention (S1, head: s1.head)
 *     Olga Owen      head of service, assigned to S1 itself (in post, in no team)
 *     Alpha Team (T1, manager: alpha.manager)
 *       Ava Adams    social worker, permanent, 1.0, 20 cases (by type)   over 18
 *       Ben Brown    social worker, agency, 0.6, 10 cases                 16.7 per FTE
 *       Cara Clarke  social worker in ASYE, 1.0, 13 cases                 over ASYE 12
 *       Dan Davies   advanced practitioner, 1.0, 2 cases                  flagged (threshold 0)
 *       Eve Evans    family support worker, 1.0, 0 cases                  not a social worker
 *       unallocated 3 (10 March; 7 on 3 March is older)
 *     Beta Team (T2, manager: beta.manager)
 *       Finn Foster  senior practitioner, fixed term, 0.5, 9 cases; in Alpha Team until 1 March
 *       Gina Green   social worker, 1.0, last snapshot 5 March (stale)   not recorded
 *       Hugo Hill    social worker, 1.0, ASYE ended 12 March, 14 cases
 *       unallocated: only a stale count (4 on 4 March) = 0
 *   Child Protection and Family Support (S2)
 *     Delta Team (T4): nobody
 *     Gamma Team (T3)
 *       Isla Irwin   social worker, fixed term, 0.8, 15 cases             18.75 -> 18.8 per FTE
 *       Jack Jones   left on 1 March (not in post); Kim King starts 1 April (not in post)
 *       unallocated 2 (12 March)
 * </pre>
 */
public final class SmallCouncil {

    public static final LocalDate AS_AT = LocalDate.of(2025, 3, 12);

    public static final String TEAM_MANAGER_ALPHA = "alpha.manager";
    public static final String TEAM_MANAGER_BETA = "beta.manager";
    public static final String HEAD_OF_S1 = "s1.head";
    public static final String LEAD = "lead.user";

    public UUID council;
    public UUID s1;
    public UUID s2;
    public UUID alpha;
    public UUID beta;
    public UUID gamma;
    public UUID delta;

    public UUID adams;
    public UUID brown;
    public UUID clarke;
    public UUID davies;
    public UUID evans;
    public UUID foster;
    public UUID green;
    public UUID hill;
    public UUID irwin;
    public UUID jones;
    public UUID king;

    public UUID alphaManager;
    public UUID betaManager;
    public UUID s1Head;

    private SmallCouncil() {
    }

    /** Creates the council in an empty database (call {@link TestData#reset()} first). */
    public static SmallCouncil create(TestData data) {
        SmallCouncil c = new SmallCouncil();
        LocalDate longAgo = LocalDate.of(2023, 1, 1);
        LocalDate mar3 = LocalDate.of(2025, 3, 3);
        LocalDate mar10 = LocalDate.of(2025, 3, 10);

        c.council = data.council("Testshire Council");
        c.s1 = data.service(c.council, "Assessment and Intervention");
        c.s2 = data.service(c.council, "Child Protection and Family Support");
        c.alpha = data.team(c.s1, "Alpha Team", "assessment-and-intervention");
        c.beta = data.team(c.s1, "Beta Team", "assessment-and-intervention");
        c.gamma = data.team(c.s2, "Gamma Team", "child-protection-and-family-support");
        c.delta = data.team(c.s2, "Delta Team", "child-protection-and-family-support");

        c.alphaManager = data.worker("Mia", "Manager").username(TEAM_MANAGER_ALPHA).create();
        c.betaManager = data.worker("Ned", "Nolan").username(TEAM_MANAGER_BETA).create();
        c.s1Head = data.worker("Olga", "Owen").username(HEAD_OF_S1).create();
        data.worker("Lee", "Lead").username(LEAD).create();
        data.manager(c.alpha, c.alphaManager);
        data.manager(c.beta, c.betaManager);
        data.manager(c.s1, c.s1Head);
        data.assignment(c.s1Head, c.s1, "head-of-service", "permanent", "1.00", longAgo, null);

        c.adams = data.worker("Ava", "Adams").sweRegistrationNumber("SW000001")
                .in(c.alpha, "social-worker", "permanent", "1.00", longAgo);
        data.snapshot(c.adams, mar3, 5);
        data.snapshot(c.adams, mar10, 10, 5, 3, 1, 1);
        c.brown = data.worker("Ben", "Brown").in(c.alpha, "social-worker", "agency", "0.60", longAgo);
        data.snapshot(c.brown, mar10, 10);
        c.clarke = data.worker("Cara", "Clarke").asyeStartDate(LocalDate.of(2024, 9, 1))
                .in(c.alpha, "social-worker", "permanent", "1.00", LocalDate.of(2024, 9, 1));
        data.snapshot(c.clarke, mar10, 13);
        c.davies = data.worker("Dan", "Davies").in(c.alpha, "advanced-practitioner", "permanent", "1.00", longAgo);
        data.snapshot(c.davies, mar10, 2);
        c.evans = data.worker("Eve", "Evans").in(c.alpha, "family-support-worker", "permanent", "1.00", longAgo);
        data.snapshot(c.evans, mar10, 0);
        data.unallocated(c.alpha, mar3, 7);
        data.unallocated(c.alpha, mar10, 3);

        c.foster = data.worker("Finn", "Foster").create();
        data.assignment(c.foster, c.alpha, "senior-practitioner", "fixed-term", "0.50", LocalDate.of(2024, 1, 1),
                LocalDate.of(2025, 3, 1));
        data.assignment(c.foster, c.beta, "senior-practitioner", "fixed-term", "0.50", LocalDate.of(2025, 3, 2), null);
        data.snapshot(c.foster, LocalDate.of(2025, 2, 17), 7);
        data.snapshot(c.foster, mar10, 9);
        c.green = data.worker("Gina", "Green").in(c.beta, "social-worker", "permanent", "1.00", longAgo);
        data.snapshot(c.green, LocalDate.of(2025, 3, 5), 11);
        c.hill = data.worker("Hugo", "Hill").asyeStartDate(LocalDate.of(2024, 3, 12))
                .in(c.beta, "social-worker", "permanent", "1.00", LocalDate.of(2024, 3, 12));
        data.snapshot(c.hill, mar10, 14);
        data.unallocated(c.beta, LocalDate.of(2025, 3, 4), 4);

        c.irwin = data.worker("Isla", "Irwin").in(c.gamma, "social-worker", "fixed-term", "0.80", longAgo);
        data.snapshot(c.irwin, LocalDate.of(2025, 3, 11), 15);
        c.jones = data.worker("Jack", "Jones").create();
        data.assignment(c.jones, c.gamma, "social-worker", "permanent", "1.00", longAgo, LocalDate.of(2025, 3, 1));
        data.snapshot(c.jones, mar10, 30);
        c.king = data.worker("Kim", "King").in(c.gamma, "social-worker", "permanent", "1.00", LocalDate.of(2025, 4, 1));
        data.snapshot(c.king, mar10, 5);
        data.unallocated(c.gamma, AS_AT, 2);
        return c;
    }
}

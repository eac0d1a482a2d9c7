package org.workforceinsight.testsupport;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A small council for the measures API, its figures worked out by hand in the tests that use it. As at
 * {@link #AS_AT} (Wednesday 12 March 2025) the default period is 13 March 2024 to 12 March 2025.
 *
 * <pre>
 * Measureshire Council
 *   Family Help (S1, head: Sam Shaw, head of service, permanent 1.0, assigned to S1 itself)
 *     Team A (manager: a.manager)
 *       Amy Archer   social worker, permanent 1.0 since 2020; 20 cases; sick 6-10 Jan (5 days, infections)
 *                    and 3-4 Feb 2025 (2 days, stomach-digestive)
 *       Bob Baker    social worker, agency 0.5 since 1 June 2024; 10 cases; Acme Social Care, 45.00 an hour,
 *                    2 years' PQE, 7 days' notice; timesheets 2 Mar (20 h) and 9 Mar 2025 (18.5 h)
 *       Cat Cole     social worker in ASYE since 1 Sep 2024, permanent 1.0; 13 cases
 *     Team B (manager: b.manager)
 *       Dee Dunn     social worker, permanent 0.5 since 2019; 2 cases
 *       Eli East     social worker, permanent 1.0, 2018 to 31 Dec 2024; left (pay, exit interview held)
 *   Children in Care (S2)
 *     Team C
 *       Fay Ford     social worker, fixed term 1.0 since 2022; 15 cases
 * </pre>
 */
public final class MeasureCouncil {

    public static final LocalDate AS_AT = LocalDate.of(2025, 3, 12);

    public static final String LEAD = "measures.lead";
    public static final String HEAD_OF_S1 = "measures.s1.head";
    public static final String MANAGER_A = "measures.a.manager";
    public static final String MANAGER_B = "measures.b.manager";

    public UUID council;
    public UUID s1;
    public UUID s2;
    public UUID teamA;
    public UUID teamB;
    public UUID teamC;

    public UUID shaw;
    public UUID archer;
    public UUID baker;
    public UUID cole;
    public UUID dunn;
    public UUID east;
    public UUID ford;
    public UUID bakerAssignment;

    private MeasureCouncil() {
    }

    /** Creates the council in an empty database (call {@link TestData#reset()} first). */
    public static MeasureCouncil create(TestData data) {
        MeasureCouncil c = new MeasureCouncil();
        LocalDate mar10 = LocalDate.of(2025, 3, 10);

        c.council = data.council("Measureshire Council");
        c.s1 = data.service(c.council, "Family Help");
        c.s2 = data.service(c.council, "Children in Care");
        c.teamA = data.team(c.s1, "Team A");
        c.teamB = data.team(c.s1, "Team B");
        c.teamC = data.team(c.s2, "Team C", "children-looked-after");

        data.worker("Lena", "Lead").username(LEAD).create();
        UUID managerA = data.worker("Max", "Morgan").username(MANAGER_A).create();
        UUID managerB = data.worker("Nora", "Nash").username(MANAGER_B).create();
        data.manager(c.teamA, managerA);
        data.manager(c.teamB, managerB);

        c.shaw = data.worker("Sam", "Shaw").username(HEAD_OF_S1)
                .in(c.s1, "head-of-service", "permanent", "1.00", LocalDate.of(2015, 1, 1));
        data.manager(c.s1, c.shaw);

        c.archer = data.worker("Amy", "Archer").in(c.teamA, "social-worker", "permanent", "1.00",
                LocalDate.of(2020, 1, 1));
        data.snapshot(c.archer, mar10, 20);
        data.absence(c.archer, "sickness", LocalDate.of(2025, 1, 6), LocalDate.of(2025, 1, 10), "5", "infections");
        data.absence(c.archer, "sickness", LocalDate.of(2025, 2, 3), LocalDate.of(2025, 2, 4), "2",
                "stomach-digestive");

        c.baker = data.worker("Bob", "Baker").create();
        c.bakerAssignment = data.assignment(c.baker, c.teamA, "social-worker", "agency", "0.50",
                LocalDate.of(2024, 6, 1), null);
        data.agencyTerms(c.bakerAssignment, "Acme Social Care", "social-worker", "hourly", "45.00", "2.0", 7, null,
                null);
        data.timesheet(c.bakerAssignment, LocalDate.of(2025, 3, 2), "20", "45.00");
        data.timesheet(c.bakerAssignment, LocalDate.of(2025, 3, 9), "18.5", "45.00");
        data.snapshot(c.baker, mar10, 10);

        c.cole = data.worker("Cat", "Cole").asyeStartDate(LocalDate.of(2024, 9, 1))
                .in(c.teamA, "social-worker", "permanent", "1.00", LocalDate.of(2024, 9, 1));
        data.snapshot(c.cole, mar10, 13);

        c.dunn = data.worker("Dee", "Dunn").in(c.teamB, "social-worker", "permanent", "0.50", LocalDate.of(2019, 1, 1));
        data.snapshot(c.dunn, mar10, 2);
        c.east = data.worker("Eli", "East").create();
        data.assignment(c.east, c.teamB, "social-worker", "permanent", "1.00", LocalDate.of(2018, 1, 1),
                LocalDate.of(2024, 12, 31));
        data.leaving(c.east, LocalDate.of(2024, 12, 31), "pay", true);

        c.ford = data.worker("Fay", "Ford").in(c.teamC, "social-worker", "fixed-term", "1.00", LocalDate.of(2022, 1, 1));
        data.snapshot(c.ford, mar10, 15);
        return c;
    }
}

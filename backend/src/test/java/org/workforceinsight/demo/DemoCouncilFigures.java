package org.workforceinsight.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Workforce figures of a generated council as at a date, computed as metrics.md defines them. */
record DemoCouncilFigures(
        LocalDate asAt,
        double employedFte,
        double agencyFte,
        int cases,
        double caseHoldersFte,
        int caseHolders,
        int asyeCaseHolders,
        int asyeOverThreshold,
        int overThreshold,
        int managersWithCases,
        int unallocatedCases,
        long headcountAllStaff) {

    private static final Set<String> QUALIFIED = Set.of("social-worker", "senior-practitioner",
            "advanced-practitioner", "team-manager", "service-manager", "head-of-service",
            "principal-social-worker", "independent-reviewing-officer", "child-protection-chair");

    static DemoCouncilFigures asAt(DemoCouncil council, LocalDate date) {
        Map<UUID, DemoCouncil.Assignment> active = new HashMap<>();
        for (DemoCouncil.Assignment assignment : council.assignments()) {
            if (assignment.activeOn(date)) {
                DemoCouncil.Assignment previous = active.put(assignment.workerId(), assignment);
                if (previous != null) {
                    throw new IllegalStateException("two assignments on " + date + " for " + assignment.workerId());
                }
            }
        }
        Map<UUID, DemoCouncil.Worker> workers = new HashMap<>();
        council.workers().forEach(w -> workers.put(w.id(), w));
        // caseload as at D: the latest snapshot in the 7 days up to and including D
        Map<UUID, DemoCouncil.CaseloadSnapshot> latest = new HashMap<>();
        for (DemoCouncil.CaseloadSnapshot s : council.caseloadSnapshots()) {
            if (!s.snapshotDate().isAfter(date) && s.snapshotDate().isAfter(date.minusDays(7))) {
                latest.merge(s.workerId(), s, (a, b) -> a.snapshotDate().isAfter(b.snapshotDate()) ? a : b);
            }
        }
        double employed = 0;
        double agency = 0;
        int cases = 0;
        double holdersFte = 0;
        int holders = 0;
        int asyeHolders = 0;
        int asyeOver = 0;
        int over = 0;
        int managersWithCases = 0;
        for (DemoCouncil.Assignment a : active.values()) {
            if (!QUALIFIED.contains(a.roleCode())) {
                continue;
            }
            double fte = a.fte().doubleValue();
            if ("agency".equals(a.employmentType())) {
                agency += fte;
            } else {
                employed += fte;
            }
            DemoCouncil.CaseloadSnapshot snapshot = latest.get(a.workerId());
            int held = snapshot == null ? 0 : snapshot.cases();
            if (held > 0) {
                cases += held;
                holdersFte += fte;
                holders++;
                DemoCouncil.Worker worker = workers.get(a.workerId());
                boolean asye = worker.asyeStartDate() != null && !date.isBefore(worker.asyeStartDate())
                        && date.isBefore(worker.asyeStartDate().plusMonths(12));
                int threshold = asye ? 12 : switch (a.roleCode()) {
                    case "social-worker" -> 18;
                    case "senior-practitioner" -> 16;
                    default -> 0;
                };
                if (asye) {
                    asyeHolders++;
                    if (held > 12) {
                        asyeOver++;
                    }
                }
                if (held > threshold) {
                    over++;
                }
                if (threshold == 0) {
                    managersWithCases++;
                }
            }
        }
        int unallocated = 0;
        for (DemoCouncil.UnallocatedCases u : council.unallocatedCases()) {
            if (!u.snapshotDate().isAfter(date) && u.snapshotDate().isAfter(date.minusDays(7))) {
                unallocated += u.cases();
            }
        }
        return new DemoCouncilFigures(date, employed, agency, cases, holdersFte, holders, asyeHolders, asyeOver,
                over, managersWithCases, unallocated, active.size());
    }

    double socialWorkerFte() {
        return employedFte + agencyFte;
    }

    double agencyRate() {
        return 100.0 * agencyFte / (agencyFte + employedFte);
    }

    double averageCaseload() {
        return cases / caseHoldersFte;
    }

    @Override
    public String toString() {
        return String.format("as at %s: SW FTE %.1f (employed %.1f, agency %.1f, agency rate %.1f%%), cases %d, "
                + "case holders %d (%.1f FTE), average caseload %.1f, over threshold %d, ASYE case holders %d "
                + "(%d over 12), managers/APs with cases %d, unallocated %d, staff in post %d",
                asAt, socialWorkerFte(), employedFte, agencyFte, agencyRate(), cases, caseHolders, caseHoldersFte,
                averageCaseload(), overThreshold, asyeCaseHolders, asyeOverThreshold, managersWithCases,
                unallocatedCases, headcountAllStaff);
    }
}

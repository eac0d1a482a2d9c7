package org.workforceinsight.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The V2 figures of a generated council as at a date, for the whole council, computed straight from the
 * generated records as the plan defines the measures (independently of the measures engine), to check that
 * the demo data is realistic.
 */
record DemoWorkforceFigures(
        LocalDate asAt,
        double inPostFte,
        double agencyFte,
        double vacancyFte,
        double agencyCoverFte,
        double leaversFte,
        int supervisedInScope,
        int supervisionOverdue,
        int seenInLast31Days,
        int appraisalInScope,
        int appraisalCompliant,
        double sicknessDaysLostSw,
        int leavers,
        int exitInterviews,
        double agencyCost,
        int agencyActive,
        int agencyFlagged) {

    private static final Set<String> QUALIFIED = Set.of("social-worker", "senior-practitioner",
            "advanced-practitioner", "team-manager", "service-manager", "head-of-service",
            "principal-social-worker", "independent-reviewing-officer", "child-protection-chair");
    private static final Map<String, Double> CAPS = Map.of("social-worker", 40.0, "senior-social-worker", 44.0,
            "advanced-practitioner", 48.0, "team-manager", 52.0, "iro-cp-chair", 50.0);

    static DemoWorkforceFigures asAt(DemoCouncil council, LocalDate d) {
        LocalDate p = d.minusYears(1).plusDays(1);
        Map<UUID, DemoCouncil.Worker> workers = new HashMap<>();
        council.workers().forEach(w -> workers.put(w.id(), w));
        Map<UUID, List<DemoCouncil.Assignment>> history = new HashMap<>();
        for (DemoCouncil.Assignment a : council.assignments()) {
            history.computeIfAbsent(a.workerId(), k -> new ArrayList<>()).add(a);
        }
        history.values().forEach(h -> h.sort(Comparator.comparing(DemoCouncil.Assignment::startDate)));

        double inPost = 0;
        double agency = 0;
        Map<String, Double> employedByNodeRole = new HashMap<>();
        for (DemoCouncil.Assignment a : council.assignments()) {
            if (!a.activeOn(d) || !QUALIFIED.contains(a.roleCode())) {
                continue;
            }
            if ("agency".equals(a.employmentType())) {
                agency += a.fte().doubleValue();
            } else {
                inPost += a.fte().doubleValue();
                employedByNodeRole.merge(a.teamId() + "/" + a.roleCode(), a.fte().doubleValue(), Double::sum);
            }
        }
        Map<String, Double> postsByNodeRole = new HashMap<>();
        Set<UUID> activePosts = new HashSet<>();
        for (DemoCouncil.Post post : council.posts()) {
            if (post.activeOn(d)) {
                activePosts.add(post.id());
                if (QUALIFIED.contains(post.roleCode())) {
                    postsByNodeRole.merge(post.teamId() + "/" + post.roleCode(), post.fte().doubleValue(),
                            Double::sum);
                }
            }
        }
        double vacancy = 0;
        for (Map.Entry<String, Double> posts : postsByNodeRole.entrySet()) {
            vacancy += Math.max(0, posts.getValue() - employedByNodeRole.getOrDefault(posts.getKey(), 0.0));
        }
        Map<UUID, DemoCouncil.AgencyAssignment> terms = new HashMap<>();
        council.agencyAssignments().forEach(t -> terms.put(t.assignmentId(), t));
        double cover = 0;
        int agencyActive = 0;
        int flagged = 0;
        for (DemoCouncil.Assignment a : council.assignments()) {
            if (!a.activeOn(d) || !"agency".equals(a.employmentType())) {
                continue;
            }
            DemoCouncil.AgencyAssignment t = terms.get(a.id());
            if (t == null) {
                continue;
            }
            agencyActive++;
            if (QUALIFIED.contains(a.roleCode()) && t.coversPostId() != null && activePosts.contains(t.coversPostId())) {
                cover += a.fte().doubleValue();
            }
            double hourly = t.chargeRate().doubleValue() / ("daily".equals(t.chargeBasis()) ? 7.4 : 1);
            boolean capApplies = !a.startDate().isBefore(LocalDate.of(2024, 1, 1));
            boolean coolOff = t.previousRegionalEmploymentEnd() != null
                    && !t.previousRegionalEmploymentEnd().isBefore(a.startDate().minusMonths(3))
                    && t.previousRegionalEmploymentEnd().isBefore(a.startDate());
            if (t.pqeYearsAtStart().compareTo(BigDecimal.valueOf(3)) < 0 || t.noticePeriodDays() < 28 || coolOff
                    || capApplies && hourly > CAPS.get(t.jobType())) {
                flagged++;
            }
        }
        double cost = 0;
        for (DemoCouncil.AgencyTimesheet t : council.agencyTimesheets()) {
            if (!t.weekEnding().isBefore(p) && !t.weekEnding().isAfter(d)) {
                cost += t.units().doubleValue() * t.rate().doubleValue();
            }
        }

        // DfE leavers: employed social worker runs whose last stint ends in [P, D]
        double leaversFte = 0;
        for (List<DemoCouncil.Assignment> h : history.values()) {
            for (int i = 0; i < h.size(); i++) {
                DemoCouncil.Assignment a = h.get(i);
                if ("agency".equals(a.employmentType()) || !QUALIFIED.contains(a.roleCode()) || a.endDate() == null
                        || a.endDate().isBefore(p) || a.endDate().isAfter(d)) {
                    continue;
                }
                boolean continues = i + 1 < h.size() && !"agency".equals(h.get(i + 1).employmentType())
                        && QUALIFIED.contains(h.get(i + 1).roleCode())
                        && !h.get(i + 1).startDate().isAfter(a.endDate().plusDays(1));
                if (!continues) {
                    leaversFte += a.fte().doubleValue();
                }
            }
        }

        // supervision: everyone in post is supervised under the default policy
        Map<UUID, List<DemoCouncil.SupervisionSession>> sessions = new HashMap<>();
        for (DemoCouncil.SupervisionSession s : council.supervisionSessions()) {
            sessions.computeIfAbsent(s.superviseeWorkerId(), k -> new ArrayList<>()).add(s);
        }
        int inScope = 0;
        int overdue = 0;
        int seen = 0;
        for (Map.Entry<UUID, List<DemoCouncil.Assignment>> entry : history.entrySet()) {
            List<DemoCouncil.Assignment> h = entry.getValue();
            if (h.stream().noneMatch(a -> a.activeOn(d))) {
                continue;
            }
            inScope++;
            LocalDate last = null;
            for (DemoCouncil.SupervisionSession s : sessions.getOrDefault(entry.getKey(), List.of())) {
                if (s.durationMinutes() >= 90 && !s.sessionDate().isAfter(d)
                        && (last == null || s.sessionDate().isAfter(last))) {
                    last = s.sessionDate();
                }
            }
            if (last != null && last.isAfter(d.minusDays(31))) {
                seen++;
            }
            int interval = DemoWorkforceRecords.supervisionInterval(workers.get(entry.getKey()), d);
            LocalDate due = (last != null ? last : serviceStart(h, d, false)).plusDays(interval);
            if (d.isAfter(due)) {
                overdue++;
            }
        }

        Map<UUID, List<LocalDate>> appraisals = new HashMap<>();
        for (DemoCouncil.Appraisal a : council.appraisals()) {
            appraisals.computeIfAbsent(a.workerId(), k -> new ArrayList<>()).add(a.completedOn());
        }
        int appraisalScope = 0;
        int appraised = 0;
        for (Map.Entry<UUID, List<DemoCouncil.Assignment>> entry : history.entrySet()) {
            List<DemoCouncil.Assignment> h = entry.getValue();
            if (h.stream().noneMatch(a -> a.activeOn(d) && !"agency".equals(a.employmentType()))) {
                continue;
            }
            if (serviceStart(h, d, true).isAfter(d.minusMonths(6))) {
                continue;
            }
            appraisalScope++;
            if (appraisals.getOrDefault(entry.getKey(), List.of()).stream()
                    .anyMatch(day -> day.isAfter(d.minusMonths(12)) && !day.isAfter(d))) {
                appraised++;
            }
        }

        // DfE working days lost: sickness of employed social workers, the part of each absence inside [P, D]
        double daysLost = 0;
        for (DemoCouncil.Absence absence : council.absences()) {
            if (!"sickness".equals(absence.absenceType()) || absence.lastDay().isBefore(p)
                    || absence.firstDay().isAfter(d)) {
                continue;
            }
            LocalDate weighOn = absence.firstDay().isBefore(p) ? p : absence.firstDay();
            DemoCouncil.Assignment stint = history.get(absence.workerId()).stream()
                    .filter(a -> a.activeOn(weighOn) && !"agency".equals(a.employmentType())
                            && QUALIFIED.contains(a.roleCode()))
                    .findFirst().orElse(null);
            if (stint == null) {
                continue;
            }
            LocalDate from = absence.firstDay().isBefore(p) ? p : absence.firstDay();
            LocalDate to = absence.lastDay().isAfter(d) ? d : absence.lastDay();
            double part = absence.workingDaysLost().doubleValue()
                    * DemoWorkforceRecords.weekdaysBetween(from, to)
                    / DemoWorkforceRecords.weekdaysBetween(absence.firstDay(), absence.lastDay());
            daysLost += part * stint.fte().doubleValue();
        }

        int leavers = 0;
        int interviews = 0;
        for (DemoCouncil.Leaving leaving : council.leavings()) {
            if (!leaving.leavingDate().isBefore(p) && !leaving.leavingDate().isAfter(d)) {
                leavers++;
                if (leaving.exitInterviewHeld()) {
                    interviews++;
                }
            }
        }
        return new DemoWorkforceFigures(d, inPost, agency, vacancy, cover, leaversFte, inScope, overdue, seen,
                appraisalScope, appraised, daysLost, leavers, interviews, cost, agencyActive, flagged);
    }

    /** The start of the chain of stints with no gap (employed ones only when asked) that covers the date. */
    private static LocalDate serviceStart(List<DemoCouncil.Assignment> history, LocalDate d, boolean employedOnly) {
        LocalDate start = null;
        LocalDate previousEnd = null;
        for (DemoCouncil.Assignment a : history) {
            if (a.startDate().isAfter(d)) {
                break;
            }
            if (employedOnly && "agency".equals(a.employmentType())) {
                start = null;
                previousEnd = null;
                continue;
            }
            if (start == null || previousEnd == null || a.startDate().isAfter(previousEnd.plusDays(1))) {
                start = a.startDate();
            }
            previousEnd = a.endDate();
        }
        return start;
    }

    double agencyRate() {
        return 100 * agencyFte / (agencyFte + inPostFte);
    }

    double vacancyRate() {
        return 100 * vacancyFte / (vacancyFte + inPostFte);
    }

    double agencyCoverRate() {
        return 100 * agencyCoverFte / agencyFte;
    }

    double vacancyAgencyCoverRate() {
        return 100 * agencyCoverFte / vacancyFte;
    }

    double turnoverRate() {
        return 100 * leaversFte / inPostFte;
    }

    double supervisionCompliance() {
        return 100.0 * (supervisedInScope - supervisionOverdue) / supervisedInScope;
    }

    double seenInLast31DaysPercent() {
        return 100.0 * seenInLast31Days / supervisedInScope;
    }

    double appraisalCompliance() {
        return 100.0 * appraisalCompliant / appraisalInScope;
    }

    /** Over the 12 months to the date, with 253 working days. */
    double absenceRate() {
        return 100 * sicknessDaysLostSw / (inPostFte * 253);
    }

    double exitInterviewRate() {
        return 100.0 * exitInterviews / leavers;
    }

    @Override
    public String toString() {
        return String.format("as at %s: in post %.1f FTE, agency %.1f FTE (%.1f%%), vacancy %.1f FTE (%.1f%%), "
                + "agency cover %.1f FTE (%.1f%% of agency, %.1f%% of vacancy), turnover %.1f%%, supervision "
                + "compliance %.1f%% (%d of %d overdue; %.1f%% seen in 31 days), appraisal compliance %.1f%% "
                + "(%d/%d), sickness days lost %.1f (absence rate %.1f%%), leavers %d (exit interviews %.1f%%), "
                + "agency cost in the year %.0f, agency assignments %d (%d flagged)",
                asAt, inPostFte, agencyFte, agencyRate(), vacancyFte, vacancyRate(), agencyCoverFte,
                agencyCoverRate(), vacancyAgencyCoverRate(), turnoverRate(), supervisionCompliance(),
                supervisionOverdue, supervisedInScope, seenInLast31DaysPercent(), appraisalCompliance(),
                appraisalCompliant, appraisalInScope, sicknessDaysLostSw, absenceRate(), leavers,
                exitInterviewRate(), agencyCost, agencyActive, agencyFlagged);
    }
}

package org.workforceinsight.measures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Everything the measures engine reads, for the workers who were ever in a set of organisation nodes,
 * loaded once per request from the dated history (see {@code MeasureFactsRepository}) or built by hand in
 * tests. The engine is pure: the same facts give the same figures.
 *
 * <p>{@code workers} holds each worker with an assignment in the loaded nodes that overlaps the loaded
 * window, with their <em>whole</em> assignment history (all teams), so that continuous service, starters
 * and leavers are judged on the council-wide history. Event lists (caseloads, supervisions, appraisals,
 * absences, leavings, timesheets) are sorted by date and cover the {@link Window}: every event dated in
 * the window, plus for supervisions and appraisals the latest one before it (the loader gives only the
 * supervisions that count, those of the minimum length or more, since no measure reads the others).
 *
 * @param window the dates the facts cover
 * @param workers workers, each with their history
 * @param posts establishment posts in the loaded nodes overlapping the window
 * @param unallocated unallocated-case counts of the loaded teams, dated from {@code window.from() - 6 days}
 * @param chains every worker's chains built once (the read model's kept facts), or null to build them per request
 */
public record WorkforceFacts(Window window, List<WorkerHistory> workers, List<PostFact> posts,
        List<UnallocatedFact> unallocated, WorkerChains.Kept chains) {

    /** The counts in date order, whatever order they came in: a calculation finds its week by binary search. */
    public WorkforceFacts {
        unallocated = EventsByDate.sorted(unallocated, UnallocatedFact::date);
    }

    /** Facts read for one request: each worker's chains are built as the engine needs them. */
    public WorkforceFacts(Window window, List<WorkerHistory> workers, List<PostFact> posts,
            List<UnallocatedFact> unallocated) {
        this(window, workers, posts, unallocated, null);
    }

    /** These facts with every worker's chains built now, for facts kept and read by many requests. */
    WorkforceFacts keepingChains() {
        return new WorkforceFacts(window, workers, posts, unallocated, new WorkerChains.Kept(workers, posts));
    }

    /**
     * The dates loaded: events from {@code from} (with the look-backs above) to {@code to}. For a point
     * query as at D with a period starting P, {@code from} = min(P, D - 1 year + 1 day) and {@code to} = D.
     */
    public record Window(LocalDate from, LocalDate to) {
    }

    public enum EmploymentType {
        PERMANENT, FIXED_TERM, AGENCY;

        public boolean employed() {
            return this != AGENCY;
        }
    }

    /** A worker and everything dated about them. */
    public record WorkerHistory(UUID id, String givenName, String familyName, LocalDate asyeStartDate,
            List<Stint> stints, List<CaseloadFact> caseloads, List<SupervisionFact> supervisions,
            List<LocalDate> appraisals, List<AbsenceFact> absences, List<LeavingFact> leavings) {
    }

    /**
     * One assignment (table {@code assignment}): a role in a team (or a service itself) with an
     * employment type and FTE, from {@code start} to {@code end} inclusive ({@code end} null while it
     * continues). {@code agency} is present for agency assignments whose terms are recorded.
     */
    public record Stint(UUID assignmentId, UUID nodeId, String roleCode, boolean qualifiedSocialWork,
            boolean holdsCases, EmploymentType employmentType, BigDecimal fte, LocalDate start, LocalDate end,
            AgencyTerms agency) {

        public boolean activeOn(LocalDate date) {
            return !start.isAfter(date) && (end == null || !end.isBefore(date));
        }
    }

    /** Table {@code agency_assignment} and its timesheets (those in the window). */
    public record AgencyTerms(String agencyName, String jobType, ChargeBasis chargeBasis, BigDecimal chargeRate,
            BigDecimal pqeYearsAtStart, int noticePeriodDays, UUID coversPostId,
            LocalDate previousRegionalEmploymentEnd, List<Timesheet> timesheets) {

        /** Timesheets in week-ending order, so that a period's cost reads only the weeks inside it. */
        public AgencyTerms {
            timesheets = EventsByDate.sorted(timesheets, Timesheet::weekEnding);
        }
    }

    public enum ChargeBasis {
        HOURLY, DAILY
    }

    /** Units are hours for an hourly charge, days for a daily one; cost = units x rate. */
    public record Timesheet(LocalDate weekEnding, BigDecimal units, BigDecimal rate) {
    }

    /** A caseload snapshot; the case-type counts are null where the source system did not give them. */
    public record CaseloadFact(LocalDate date, int cases, Integer childInNeed, Integer childProtection,
            Integer childLookedAfter, Integer careLeaver, Integer preProceedings, Integer other) {
    }

    public record SupervisionFact(LocalDate date, int durationMinutes, String sessionType) {
    }

    /**
     * An absence. {@code sicknessReasonCode} is health data: the loader fills it only for callers allowed
     * to see health detail, and it is null otherwise.
     */
    public record AbsenceFact(UUID id, String absenceType, LocalDate firstDay, LocalDate lastDay,
            BigDecimal workingDaysLost, String sicknessReasonCode) {

        public boolean sickness() {
            return "sickness".equals(absenceType);
        }
    }

    /** The end of employment: last day, main reason (null if not recorded) and whether it is inside the council's control. */
    public record LeavingFact(LocalDate date, String reasonCode, Boolean reasonInsideControl, boolean exitInterviewHeld) {
    }

    public record PostFact(UUID id, UUID nodeId, String roleCode, boolean qualifiedSocialWork, BigDecimal fte,
            LocalDate start, LocalDate end) {

        public boolean activeOn(LocalDate date) {
            return !start.isAfter(date) && (end == null || !end.isBefore(date));
        }
    }

    public record UnallocatedFact(UUID teamId, LocalDate date, int cases) {
    }
}

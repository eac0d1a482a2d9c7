package org.workforceinsight.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * In-memory model of a generated demo council, one record type per table of the V1 and V2 migrations
 * that the demo fills (V2's configuration tables keep the migration's defaults; the demo only adds target
 * overrides and comparators). Lists are ordered so that they can be inserted as they are (parents before
 * children).
 */
public record DemoCouncil(
        LocalDate endDate,
        long seed,
        List<OrgNode> orgNodes,
        List<Worker> workers,
        List<Assignment> assignments,
        List<CaseloadSnapshot> caseloadSnapshots,
        List<UnallocatedCases> unallocatedCases,
        List<Post> posts,
        List<AgencyAssignment> agencyAssignments,
        List<AgencyTimesheet> agencyTimesheets,
        List<SupervisionSession> supervisionSessions,
        List<Appraisal> appraisals,
        List<Absence> absences,
        List<AbsenceSicknessReason> absenceSicknessReasons,
        List<Leaving> leavings,
        List<MeasureTarget> measureTargets,
        List<String> benchmarkComparators) {

    public DemoCouncil {
        orgNodes = List.copyOf(orgNodes);
        workers = List.copyOf(workers);
        assignments = List.copyOf(assignments);
        caseloadSnapshots = List.copyOf(caseloadSnapshots);
        unallocatedCases = List.copyOf(unallocatedCases);
        posts = List.copyOf(posts);
        agencyAssignments = List.copyOf(agencyAssignments);
        agencyTimesheets = List.copyOf(agencyTimesheets);
        supervisionSessions = List.copyOf(supervisionSessions);
        appraisals = List.copyOf(appraisals);
        absences = List.copyOf(absences);
        absenceSicknessReasons = List.copyOf(absenceSicknessReasons);
        leavings = List.copyOf(leavings);
        measureTargets = List.copyOf(measureTargets);
        benchmarkComparators = List.copyOf(benchmarkComparators);
    }

    /** A row of {@code org_node}. */
    public record OrgNode(
            UUID id,
            String nodeType,
            UUID parentId,
            String name,
            String teamType,
            String locality,
            String laCode,
            String region,
            UUID managerWorkerId) {
    }

    /** A row of {@code worker}. */
    public record Worker(
            UUID id,
            String externalId,
            String givenName,
            String familyName,
            String sweRegistrationNumber,
            LocalDate asyeStartDate,
            String username) {
    }

    /** A row of {@code assignment}; {@code endDate} is the last day of the assignment (inclusive) or null. */
    public record Assignment(
            UUID id,
            UUID workerId,
            UUID teamId,
            String roleCode,
            String employmentType,
            BigDecimal fte,
            LocalDate startDate,
            LocalDate endDate) {

        public boolean activeOn(LocalDate date) {
            return !startDate.isAfter(date) && (endDate == null || !endDate.isBefore(date));
        }
    }

    /**
     * A row of {@code caseload_snapshot}; the by-type counts always add up to {@code cases}.
     * {@code preProceedings} is null in teams whose case system does not record it.
     */
    public record CaseloadSnapshot(
            UUID workerId,
            LocalDate snapshotDate,
            int cases,
            int childInNeed,
            int childProtection,
            int childLookedAfter,
            int careLeaver,
            int other,
            Integer preProceedings) {
    }

    /** A row of {@code unallocated_cases}. */
    public record UnallocatedCases(UUID teamId, LocalDate snapshotDate, int cases) {
    }

    /** A row of {@code post}: funded FTE (establishment) for a role in a team or service, over dates. */
    public record Post(UUID id, String externalId, UUID teamId, String roleCode, BigDecimal fte, LocalDate startDate,
            LocalDate endDate) {

        public boolean activeOn(LocalDate date) {
            return !startDate.isAfter(date) && (endDate == null || !endDate.isBefore(date));
        }
    }

    /** A row of {@code agency_assignment}: the agency terms of an assignment whose employment type is agency. */
    public record AgencyAssignment(UUID assignmentId, String agencyName, String jobType, String chargeBasis,
            BigDecimal chargeRate, BigDecimal pqeYearsAtStart, int noticePeriodDays, UUID coversPostId,
            LocalDate previousRegionalEmploymentEnd) {
    }

    /** A row of {@code agency_timesheet}: units are hours (hourly charge) or days (daily charge). */
    public record AgencyTimesheet(UUID id, String externalId, UUID assignmentId, LocalDate weekEnding,
            BigDecimal units, BigDecimal rate) {
    }

    /** A row of {@code supervision_session}. */
    public record SupervisionSession(UUID id, String externalId, UUID superviseeWorkerId, UUID supervisorWorkerId,
            LocalDate sessionDate, int durationMinutes, String sessionType, String recordedBy,
            OffsetDateTime recordedAt) {
    }

    /** A row of {@code appraisal}. */
    public record Appraisal(UUID id, String externalId, UUID workerId, LocalDate completedOn, UUID reviewerWorkerId,
            String recordedBy, OffsetDateTime recordedAt) {
    }

    /** A row of {@code absence}. */
    public record Absence(UUID id, String externalId, UUID workerId, String absenceType, LocalDate firstDay,
            LocalDate lastDay, BigDecimal workingDaysLost) {
    }

    /** A row of {@code absence_sickness_reason} (health data, kept apart from the absence). */
    public record AbsenceSicknessReason(UUID absenceId, String reasonCode) {
    }

    /** A row of {@code leaving}: the end of a worker's employment with the council. */
    public record Leaving(UUID id, String externalId, UUID workerId, LocalDate leavingDate, String reasonCode,
            boolean exitInterviewHeld) {
    }

    /** A row of {@code measure_target} for a service or team (the council-wide rows come with the migration). */
    public record MeasureTarget(UUID id, String measure, UUID nodeId, BigDecimal target, String direction,
            BigDecimal amberTolerance, String updatedBy) {
    }
}

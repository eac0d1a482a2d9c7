package org.workforceinsight.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * In-memory model of a generated demo council, one record type per table of the V1 migration.
 * Lists are ordered so that they can be inserted as they are (parents before children).
 */
public record DemoCouncil(
        LocalDate endDate,
        long seed,
        List<OrgNode> orgNodes,
        List<Worker> workers,
        List<Assignment> assignments,
        List<CaseloadSnapshot> caseloadSnapshots,
        List<UnallocatedCases> unallocatedCases) {

    public DemoCouncil {
        orgNodes = List.copyOf(orgNodes);
        workers = List.copyOf(workers);
        assignments = List.copyOf(assignments);
        caseloadSnapshots = List.copyOf(caseloadSnapshots);
        unallocatedCases = List.copyOf(unallocatedCases);
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

    /** A row of {@code caseload_snapshot}; the by-type counts always add up to {@code cases}. */
    public record CaseloadSnapshot(
            UUID workerId,
            LocalDate snapshotDate,
            int cases,
            int childInNeed,
            int childProtection,
            int childLookedAfter,
            int careLeaver,
            int other) {
    }

    /** A row of {@code unallocated_cases}. */
    public record UnallocatedCases(UUID teamId, LocalDate snapshotDate, int cases) {
    }
}

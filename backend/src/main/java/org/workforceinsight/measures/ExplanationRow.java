package org.workforceinsight.measures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * One worker (or one of their assignments or absences) behind a measure's figure: who is over threshold,
 * overdue, a leaver, an agency assignment with its rule flags, a long-term absence. Fields that do not
 * apply to the measure are null. {@code sicknessReasonCode} and {@code bradfordFactor} are health data and
 * are null unless the engine was asked to include health detail.
 */
public record ExplanationRow(
        UUID workerId, String givenName, String familyName, UUID nodeId, String roleCode,
        WorkforceFacts.EmploymentType employmentType, BigDecimal fte,
        // caseloads
        Integer cases, Integer caseloadThreshold, Boolean asye, BigDecimal weightedLoad,
        // supervision and appraisal
        LocalDate lastSupervisionDate, Integer requiredIntervalDays, LocalDate lastAppraisalDate, LocalDate dueDate,
        Integer daysOverdue,
        // starters, leavers and service
        LocalDate startDate, LocalDate leavingDate, String leavingReasonCode, Boolean reasonInsideControl,
        Boolean exitInterviewHeld,
        // agency
        UUID assignmentId, String agencyName, String agencyJobType, BigDecimal hourlyCharge, Set<AgencyRuleFlag> ruleFlags,
        BigDecimal cost,
        // absence
        UUID absenceId, String absenceType, LocalDate absenceFirstDay, LocalDate absenceLastDay,
        BigDecimal workingDaysLost, Boolean longTerm, String sicknessReasonCode, BigDecimal bradfordFactor) {

    /** The DfE agency rules for child and family social workers that an agency assignment can break. */
    public enum AgencyRuleFlag {
        /** Under the minimum post-qualifying experience (3 years) at the start of the assignment. */
        UNDER_MINIMUM_EXPERIENCE,
        /** Hourly charge (a daily charge divided by the hours in a day) above the regional cap for the job type. */
        ABOVE_PRICE_CAP,
        /** Started within the cool-off (3 months) after leaving a permanent post in the same region. */
        WITHIN_COOL_OFF,
        /** Notice period shorter than the minimum (4 weeks). */
        NOTICE_TOO_SHORT
    }
}

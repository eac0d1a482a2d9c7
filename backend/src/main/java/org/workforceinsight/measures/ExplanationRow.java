package org.workforceinsight.measures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.workforceinsight.measures.WorkforceFacts.Stint;
import org.workforceinsight.measures.WorkforceFacts.WorkerHistory;

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

    /** A row about {@code worker}; the builder's setters fill only the fields the measure shows. */
    public static Builder forWorker(WorkerHistory worker) {
        return new Builder(worker.id(), worker.givenName(), worker.familyName());
    }

    /** Builds a row: many fields, most of them null for any one measure. */
    public static final class Builder {
        private final UUID workerId;
        private final String givenName;
        private final String familyName;
        private UUID nodeId;
        private String roleCode;
        private WorkforceFacts.EmploymentType employmentType;
        private BigDecimal fte;
        private Integer cases;
        private Integer caseloadThreshold;
        private Boolean asye;
        private BigDecimal weightedLoad;
        private LocalDate lastSupervisionDate;
        private Integer requiredIntervalDays;
        private LocalDate lastAppraisalDate;
        private LocalDate dueDate;
        private Integer daysOverdue;
        private LocalDate startDate;
        private LocalDate leavingDate;
        private String leavingReasonCode;
        private Boolean reasonInsideControl;
        private Boolean exitInterviewHeld;
        private UUID assignmentId;
        private String agencyName;
        private String agencyJobType;
        private BigDecimal hourlyCharge;
        private Set<AgencyRuleFlag> ruleFlags;
        private BigDecimal cost;
        private UUID absenceId;
        private String absenceType;
        private LocalDate absenceFirstDay;
        private LocalDate absenceLastDay;
        private BigDecimal workingDaysLost;
        private Boolean longTerm;
        private String sicknessReasonCode;
        private BigDecimal bradfordFactor;

        private Builder(UUID workerId, String givenName, String familyName) {
            this.workerId = workerId;
            this.givenName = givenName;
            this.familyName = familyName;
        }

        /** Node, role, employment type and FTE of an assignment. */
        public Builder stint(Stint stint) {
            this.nodeId = stint.nodeId();
            this.roleCode = stint.roleCode();
            this.employmentType = stint.employmentType();
            this.fte = stint.fte();
            return this;
        }

        public Builder fte(BigDecimal fte) {
            this.fte = fte;
            return this;
        }

        public Builder caseload(Integer cases, Integer caseloadThreshold, Boolean asye, BigDecimal weightedLoad) {
            this.cases = cases;
            this.caseloadThreshold = caseloadThreshold;
            this.asye = asye;
            this.weightedLoad = weightedLoad;
            return this;
        }

        public Builder supervision(LocalDate lastSupervisionDate, Integer requiredIntervalDays, LocalDate dueDate,
                Integer daysOverdue) {
            this.lastSupervisionDate = lastSupervisionDate;
            this.requiredIntervalDays = requiredIntervalDays;
            this.dueDate = dueDate;
            this.daysOverdue = daysOverdue;
            return this;
        }

        public Builder appraisal(LocalDate lastAppraisalDate, LocalDate dueDate, Integer daysOverdue) {
            this.lastAppraisalDate = lastAppraisalDate;
            this.dueDate = dueDate;
            this.daysOverdue = daysOverdue;
            return this;
        }

        public Builder startDate(LocalDate startDate) {
            this.startDate = startDate;
            return this;
        }

        public Builder leaving(LocalDate leavingDate, String leavingReasonCode, Boolean reasonInsideControl,
                Boolean exitInterviewHeld) {
            this.leavingDate = leavingDate;
            this.leavingReasonCode = leavingReasonCode;
            this.reasonInsideControl = reasonInsideControl;
            this.exitInterviewHeld = exitInterviewHeld;
            return this;
        }

        public Builder agency(UUID assignmentId, String agencyName, String agencyJobType, BigDecimal hourlyCharge,
                Set<AgencyRuleFlag> ruleFlags, BigDecimal cost) {
            this.assignmentId = assignmentId;
            this.agencyName = agencyName;
            this.agencyJobType = agencyJobType;
            this.hourlyCharge = hourlyCharge;
            this.ruleFlags = ruleFlags;
            this.cost = cost;
            return this;
        }

        public Builder absence(UUID absenceId, String absenceType, LocalDate absenceFirstDay, LocalDate absenceLastDay,
                BigDecimal workingDaysLost, Boolean longTerm) {
            this.absenceId = absenceId;
            this.absenceType = absenceType;
            this.absenceFirstDay = absenceFirstDay;
            this.absenceLastDay = absenceLastDay;
            this.workingDaysLost = workingDaysLost;
            this.longTerm = longTerm;
            return this;
        }

        /** Health data: callers pass it only when health detail was asked for. */
        public Builder healthDetail(String sicknessReasonCode, BigDecimal bradfordFactor) {
            this.sicknessReasonCode = sicknessReasonCode;
            this.bradfordFactor = bradfordFactor;
            return this;
        }

        private static Set<AgencyRuleFlag> flagsInDeclarationOrder(Set<AgencyRuleFlag> flags) {
            if (flags == null) {
                return null;
            }
            EnumSet<AgencyRuleFlag> ordered = EnumSet.noneOf(AgencyRuleFlag.class);
            ordered.addAll(flags);
            return Collections.unmodifiableSet(ordered);
        }

        public ExplanationRow build() {
            return new ExplanationRow(workerId, givenName, familyName, nodeId, roleCode, employmentType, fte, cases,
                    caseloadThreshold, asye, weightedLoad, lastSupervisionDate, requiredIntervalDays,
                    lastAppraisalDate, dueDate, daysOverdue, startDate, leavingDate, leavingReasonCode,
                    reasonInsideControl, exitInterviewHeld, assignmentId, agencyName, agencyJobType, hourlyCharge,
                    flagsInDeclarationOrder(ruleFlags), cost, absenceId, absenceType, absenceFirstDay,
                    absenceLastDay, workingDaysLost, longTerm, sicknessReasonCode, bradfordFactor);
        }
    }

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

package org.workforceinsight.measures;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every measure of metrics.md, with the facts needed to show and compute it. The {@link #id} is the
 * measure's one name in the contract (enum {@code MeasureId}), the targets table and the front end.
 */
public enum Measure {

    // --- DfE measures: social workers (qualified roles) only ---------------------------------------
    IN_POST_FTE("inPostFte", "In-post FTE", Unit.FTE, Kind.STOCK, true, Direction.HIGHER_IS_BETTER),
    IN_POST_HEADCOUNT("inPostHeadcount", "In-post headcount", Unit.COUNT, Kind.STOCK, true, Direction.HIGHER_IS_BETTER),
    AGENCY_FTE("agencyFte", "Agency FTE", Unit.FTE, Kind.STOCK, true, Direction.LOWER_IS_BETTER),
    AGENCY_HEADCOUNT("agencyHeadcount", "Agency headcount", Unit.COUNT, Kind.STOCK, true, Direction.LOWER_IS_BETTER),
    AGENCY_RATE("agencyRate", "Agency rate", Unit.PERCENT, Kind.STOCK, true, Direction.LOWER_IS_BETTER),
    VACANCY_FTE("vacancyFte", "Vacancy FTE", Unit.FTE, Kind.STOCK, true, Direction.LOWER_IS_BETTER),
    VACANCY_RATE("vacancyRate", "Vacancy rate", Unit.PERCENT, Kind.STOCK, true, Direction.LOWER_IS_BETTER),
    AGENCY_COVER_FTE("agencyCoverFte", "Agency cover FTE", Unit.FTE, Kind.STOCK, true, Direction.HIGHER_IS_BETTER),
    AGENCY_COVER_RATE("agencyCoverRate", "Agency cover rate", Unit.PERCENT, Kind.STOCK, true, Direction.HIGHER_IS_BETTER),
    VACANCY_AGENCY_COVER_RATE("vacancyAgencyCoverRate", "Vacancy agency cover rate", Unit.PERCENT, Kind.STOCK, true,
            Direction.HIGHER_IS_BETTER),
    STARTERS_FTE("startersFte", "Starters FTE", Unit.FTE, Kind.PERIOD, true, Direction.HIGHER_IS_BETTER),
    STARTERS_HEADCOUNT("startersHeadcount", "Starters headcount", Unit.COUNT, Kind.PERIOD, true, Direction.HIGHER_IS_BETTER),
    LEAVERS_FTE("leaversFte", "Leavers FTE", Unit.FTE, Kind.PERIOD, true, Direction.LOWER_IS_BETTER),
    LEAVERS_HEADCOUNT("leaversHeadcount", "Leavers headcount", Unit.COUNT, Kind.PERIOD, true, Direction.LOWER_IS_BETTER),
    TURNOVER_RATE("turnoverRate", "Turnover rate", Unit.PERCENT, Kind.PERIOD, true, Direction.LOWER_IS_BETTER),
    CASES("cases", "Cases", Unit.COUNT, Kind.STOCK, true, Direction.LOWER_IS_BETTER),
    CASE_HOLDERS_FTE("caseHoldersFte", "Case holders FTE", Unit.FTE, Kind.STOCK, true, Direction.HIGHER_IS_BETTER),
    AVERAGE_CASELOAD("averageCaseload", "Average caseload", Unit.CASES_PER_FTE, Kind.STOCK, true, Direction.LOWER_IS_BETTER),
    WORKING_DAYS_LOST("workingDaysLost", "Working days lost", Unit.DAYS, Kind.PERIOD, true, Direction.LOWER_IS_BETTER),
    ABSENCE_RATE("absenceRate", "Absence rate", Unit.PERCENT, Kind.PERIOD, true, Direction.LOWER_IS_BETTER),

    // --- Local measures: all staff unless the definition says otherwise ---------------------------
    WORKERS_OVER_THRESHOLD("workersOverThreshold", "Workers over caseload threshold", Unit.COUNT, Kind.STOCK, false,
            Direction.LOWER_IS_BETTER),
    PERCENT_OVER_THRESHOLD("percentOverThreshold", "Case holders over threshold", Unit.PERCENT, Kind.STOCK, false,
            Direction.LOWER_IS_BETTER),
    ASYE_OVER_THRESHOLD("asyeOverThreshold", "ASYE workers over threshold", Unit.COUNT, Kind.STOCK, false,
            Direction.LOWER_IS_BETTER),
    PERCENT_ASYE_OVER_THRESHOLD("percentAsyeOverThreshold", "ASYE workers over threshold (%)", Unit.PERCENT, Kind.STOCK,
            false, Direction.LOWER_IS_BETTER),
    WEIGHTED_CASELOAD("weightedCaseload", "Weighted caseload", Unit.PERCENT, Kind.STOCK, false, Direction.LOWER_IS_BETTER),
    UNALLOCATED_CASES("unallocatedCases", "Unallocated cases", Unit.COUNT, Kind.STOCK, false, Direction.LOWER_IS_BETTER),
    SUPERVISION_COMPLIANCE("supervisionCompliance", "Supervision compliance", Unit.PERCENT, Kind.STOCK, false,
            Direction.HIGHER_IS_BETTER),
    SUPERVISIONS_OVERDUE("supervisionsOverdue", "Workers overdue for supervision", Unit.COUNT, Kind.STOCK, false,
            Direction.LOWER_IS_BETTER),
    SUPERVISIONS_HELD_VS_EXPECTED("supervisionsHeldVsExpected", "Supervisions held against expected", Unit.PERCENT,
            Kind.PERIOD, false, Direction.HIGHER_IS_BETTER),
    APPRAISAL_COMPLIANCE("appraisalCompliance", "Appraisal compliance", Unit.PERCENT, Kind.STOCK, false,
            Direction.HIGHER_IS_BETTER),
    APPRAISALS_OVERDUE("appraisalsOverdue", "Workers overdue for appraisal", Unit.COUNT, Kind.STOCK, false,
            Direction.LOWER_IS_BETTER),
    PERMANENCE("permanence", "Permanence", Unit.PERCENT, Kind.STOCK, false, Direction.HIGHER_IS_BETTER),
    LOCAL_TURNOVER_RATE("localTurnoverRate", "Turnover, all staff (headcount)", Unit.PERCENT, Kind.TRAILING_YEAR, false,
            Direction.LOWER_IS_BETTER),
    LOCAL_TURNOVER_RATE_FTE("localTurnoverRateFte", "Turnover, all staff (FTE)", Unit.PERCENT, Kind.TRAILING_YEAR, false,
            Direction.LOWER_IS_BETTER),
    SOCIAL_WORKER_TURNOVER_RATE("socialWorkerTurnoverRate", "Turnover, social workers (headcount)", Unit.PERCENT,
            Kind.TRAILING_YEAR, false, Direction.LOWER_IS_BETTER),
    STABILITY_12_MONTHS("stability12Months", "In post 12 months or more", Unit.PERCENT, Kind.STOCK, false,
            Direction.HIGHER_IS_BETTER),
    STABILITY_24_MONTHS("stability24Months", "In post 24 months or more", Unit.PERCENT, Kind.STOCK, false,
            Direction.HIGHER_IS_BETTER),
    EXIT_INTERVIEWS("exitInterviews", "Exit interviews held", Unit.COUNT, Kind.PERIOD, false, Direction.HIGHER_IS_BETTER),
    EXIT_INTERVIEW_RATE("exitInterviewRate", "Leavers with an exit interview", Unit.PERCENT, Kind.PERIOD, false,
            Direction.HIGHER_IS_BETTER),
    LEAVERS_INSIDE_CONTROL_RATE("leaversInsideControlRate", "Interviewed leavers leaving for reasons the council controls",
            Unit.PERCENT, Kind.PERIOD, false, Direction.LOWER_IS_BETTER),
    SICKNESS_DAYS_PER_FTE("sicknessDaysPerFte", "Sickness days per FTE", Unit.DAYS_PER_FTE, Kind.TRAILING_YEAR, false,
            Direction.LOWER_IS_BETTER),
    SHORT_TERM_SICKNESS_DAYS_PER_FTE("shortTermSicknessDaysPerFte", "Short-term sickness days per FTE", Unit.DAYS_PER_FTE,
            Kind.TRAILING_YEAR, false, Direction.LOWER_IS_BETTER),
    LONG_TERM_SICKNESS_DAYS_PER_FTE("longTermSicknessDaysPerFte", "Long-term sickness days per FTE", Unit.DAYS_PER_FTE,
            Kind.TRAILING_YEAR, false, Direction.LOWER_IS_BETTER),
    AGENCY_COST("agencyCost", "Agency cost", Unit.MONEY, Kind.PERIOD, false, Direction.LOWER_IS_BETTER),
    AGENCY_ASSIGNMENTS_FLAGGED("agencyAssignmentsFlagged", "Agency assignments breaking a DfE rule", Unit.COUNT,
            Kind.STOCK, false, Direction.LOWER_IS_BETTER);

    /** What a value counts. */
    public enum Unit {
        FTE, COUNT, PERCENT, CASES_PER_FTE, DAYS, DAYS_PER_FTE, MONEY
    }

    /**
     * When a value is measured. STOCK: on the as-at date. PERIOD: over the period that ends on the
     * as-at date (by default the 12 months to it; in a series, each bucket). TRAILING_YEAR: over the
     * 12 months to the as-at date whatever the period, because the definition says so.
     */
    public enum Kind {
        STOCK, PERIOD, TRAILING_YEAR
    }

    public enum Direction {
        HIGHER_IS_BETTER, LOWER_IS_BETTER
    }

    public final String id;
    public final String displayName;
    public final Unit unit;
    public final Kind kind;
    public final boolean dfe;
    public final Direction defaultDirection;

    Measure(String id, String displayName, Unit unit, Kind kind, boolean dfe, Direction defaultDirection) {
        this.id = id;
        this.displayName = displayName;
        this.unit = unit;
        this.kind = kind;
        this.dfe = dfe;
        this.defaultDirection = defaultDirection;
    }

    public static Optional<Measure> byId(String id) {
        return Arrays.stream(values()).filter(m -> m.id.equals(id)).findFirst();
    }
}

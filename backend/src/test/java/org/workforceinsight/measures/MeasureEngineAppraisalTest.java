package org.workforceinsight.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.workforceinsight.measures.EngineFixture.*;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Appraisal: employed workers with 6 months' unbroken service, an appraisal in the 12 months to the date. */
class MeasureEngineAppraisalTest {

    private static final String AS_AT = "2025-09-30";

    /**
     * As at 30 Sep 2025 (in scope: service began on or before 30 Mar 2025; compliant: appraised after 30 Sep
     * 2024):
     * Ann appraised 1 Oct 2024: compliant. Ben appraised 30 Sep 2024, exactly 12 months: overdue, due 30 Sep 2025,
     * 0 days. Cat started 1 Mar 2025, never appraised: due 1 Sep, 29 days. Dan started 31 Mar 2025: not yet in
     * scope. Eve is agency: out of scope. Fay fixed term in 2024 then permanent with no gap: service from
     * 1 Jan 2024, due 1 Jul 2024, 456 days (365 + 91). Gus left in December 2024 and returned 1 Feb 2025; his
     * appraisal of 1 Jun 2024 is his last: due 1 Jun 2025, 121 days.
     */
    static WorkforceFacts team() {
        return facts(
                worker("Ann", "Able").permanent(TEAM_A, SW, "1.0", "2020-01-01", null).appraisal("2024-10-01").build(),
                worker("Ben", "Baker").permanent(TEAM_A, FSW, "1.0", "2020-01-01", null).appraisal("2024-09-30").build(),
                worker("Cat", "Cole").permanent(TEAM_A, SW, "1.0", "2025-03-01", null).build(),
                worker("Dan", "Dunn").permanent(TEAM_A, SW, "1.0", "2025-03-31", null).build(),
                worker("Eve", "Eden").agency(TEAM_A, SW, "1.0", "2020-01-01", null, null).build(),
                worker("Fay", "Ford").fixedTerm(TEAM_A, SW, "1.0", "2024-01-01", "2024-12-31")
                        .permanent(TEAM_A, SW, "1.0", "2025-01-01", null).build(),
                worker("Gus", "Gray").permanent(TEAM_A, SW, "1.0", "2020-01-01", "2024-12-31").appraisal("2024-06-01")
                        .permanent(TEAM_A, SW, "1.0", "2025-02-01", null).build());
    }

    @Test
    void complianceIsTheShareOfInScopeWorkersAppraisedInTheLastTwelveMonths() {
        // in scope Ann, Ben, Cat, Fay, Gus = 5; compliant Ann: 1 / 5 = 20.0; overdue 4
        assertValue("20.0", Measure.APPRAISAL_COMPLIANCE, team(), A, AS_AT);
        assertValue("4", Measure.APPRAISALS_OVERDUE, team(), A, AS_AT);
    }

    @Test
    void overdueWorkersShowLastAppraisalDueDateAndDaysOverdue() {
        List<ExplanationRow> rows = explain(Measure.APPRAISALS_OVERDUE, team(), A, AS_AT);
        assertEquals(List.of("Baker", "Cole", "Ford", "Gray"), familyNames(rows));
        assertEquals(List.of(0, 29, 456, 121), rows.stream().map(ExplanationRow::daysOverdue).toList());
        assertEquals(d("2024-09-30"), rows.get(0).lastAppraisalDate());
        assertEquals(d("2025-09-30"), rows.get(0).dueDate());
        assertEquals(d("2024-07-01"), rows.get(2).dueDate());
        assertEquals(d("2024-06-01"), rows.get(3).lastAppraisalDate());
        assertEquals(d("2025-02-01"), rows.get(3).startDate());
    }

    @Test
    void anEmptyTeamHasNoCompliance() {
        assertValue(null, Measure.APPRAISAL_COMPLIANCE, team(), B, AS_AT);
        assertValue("0", Measure.APPRAISALS_OVERDUE, team(), B, AS_AT);
    }
}

package org.workforceinsight.caseload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.workforceinsight.api.model.CaseloadFigures;
import org.workforceinsight.api.model.CaseloadStatus;

/** The caseload rules on their own, without a database. */
class CaseloadRulesTest {

    private static final LocalDate AS_AT = LocalDate.of(2025, 3, 12);
    private static final CaseloadThresholds THRESHOLDS = new CaseloadThresholds(12,
            Map.of("social-worker", 18, "senior-practitioner", 16, "advanced-practitioner", 0));

    private static CaseloadRepository.Row row(String role, boolean qualified, String fte, Integer cases,
                                              LocalDate asyeStart) {
        return new CaseloadRepository.Row(UUID.randomUUID(), "A", "B", asyeStart, UUID.randomUUID(), role, qualified,
                "permanent", new BigDecimal(fte), cases == null ? null : AS_AT, cases, null, null, null, null, null);
    }

    @Test
    void thresholdIsTheRolesUnlessInAsye() {
        assertEquals(18, CaseloadRules.assess(row("social-worker", true, "1.00", 18, null), THRESHOLDS, AS_AT).threshold());
        assertEquals(CaseloadStatus.WITHIN_THRESHOLD,
                CaseloadRules.assess(row("social-worker", true, "1.00", 18, null), THRESHOLDS, AS_AT).status());
        assertEquals(CaseloadStatus.OVER_THRESHOLD,
                CaseloadRules.assess(row("social-worker", true, "1.00", 19, null), THRESHOLDS, AS_AT).status());
        CaseloadRules.Assessed asye = CaseloadRules.assess(row("social-worker", true, "1.00", 13,
                LocalDate.of(2024, 3, 13)), THRESHOLDS, AS_AT);
        assertTrue(asye.asye());
        assertEquals(12, asye.threshold());
        assertEquals(CaseloadStatus.OVER_THRESHOLD, asye.status());
        assertFalse(CaseloadRules.assess(row("social-worker", true, "1.00", 13, LocalDate.of(2024, 3, 12)),
                THRESHOLDS, AS_AT).asye());
        assertFalse(CaseloadRules.assess(row("social-worker", true, "1.00", 13, LocalDate.of(2025, 3, 13)),
                THRESHOLDS, AS_AT).asye());
        assertEquals(0, CaseloadRules.assess(row("family-support-worker", false, "1.00", 1, null), THRESHOLDS, AS_AT)
                .threshold());
        assertEquals(CaseloadStatus.NOT_RECORDED,
                CaseloadRules.assess(row("social-worker", true, "1.00", null, null), THRESHOLDS, AS_AT).status());
    }

    @Test
    void figuresComeFromWorkers() {
        List<CaseloadRules.Assessed> workers = List.of(
                CaseloadRules.assess(row("social-worker", true, "1.00", 20, null), THRESHOLDS, AS_AT),
                CaseloadRules.assess(row("social-worker", true, "0.60", 10, null), THRESHOLDS, AS_AT),
                CaseloadRules.assess(row("social-worker", true, "1.00", 0, null), THRESHOLDS, AS_AT),
                CaseloadRules.assess(row("family-support-worker", false, "1.00", 4, null), THRESHOLDS, AS_AT));
        CaseloadFigures figures = CaseloadRules.figures(workers, 2, 12);
        assertEquals(4, figures.getWorkersInPost());
        assertEquals(30, figures.getCases());
        assertEquals(2, figures.getCaseHolders());
        assertEquals(1.6, figures.getCaseHoldersFte());
        assertEquals(18.8, figures.getAverageCaseload());
        // over: the 20-case social worker and the family support worker (threshold 0); of the three
        // workers holding cases, 2 / 3 = 66.7%
        assertEquals(2, figures.getWorkersOverThreshold());
        assertEquals(66.7, figures.getPercentOverThreshold());
        assertEquals(2, figures.getUnallocatedCases());
        CaseloadFigures none = CaseloadRules.figures(List.of(), 0, 12);
        assertEquals(0, none.getWorkersInPost());
        assertNull(none.getAverageCaseload());
        assertNull(none.getPercentOverThreshold());
        assertEquals(0.0, none.getCaseHoldersFte());
    }

    @Test
    void percentOverThresholdIsOfCaseHoldingWorkersAndNeverAboveAHundred() {
        // unqualified staff holding cases are flagged (threshold 0) but are not DfE case holders
        List<CaseloadRules.Assessed> workers = List.of(
                CaseloadRules.assess(row("social-worker", true, "1.00", 10, null), THRESHOLDS, AS_AT),
                CaseloadRules.assess(row("family-support-worker", false, "1.00", 3, null), THRESHOLDS, AS_AT),
                CaseloadRules.assess(row("family-support-worker", false, "0.50", 1, null), THRESHOLDS, AS_AT),
                CaseloadRules.assess(row("family-support-worker", false, "1.00", 0, null), THRESHOLDS, AS_AT));
        CaseloadFigures figures = CaseloadRules.figures(workers, 0, 12);
        assertEquals(10, figures.getCases());
        assertEquals(1, figures.getCaseHolders());
        assertEquals(10.0, figures.getAverageCaseload());
        assertEquals(2, figures.getWorkersOverThreshold());
        assertEquals(66.7, figures.getPercentOverThreshold());
        // only unqualified staff hold cases: no DfE average, but the flagged workers are 100% of holders
        CaseloadFigures unqualifiedOnly = CaseloadRules.figures(workers.subList(1, 4), 0, 12);
        assertNull(unqualifiedOnly.getAverageCaseload());
        assertEquals(100.0, unqualifiedOnly.getPercentOverThreshold());
    }

    @Test
    void ratesAreRoundedHalfUpFromUnroundedInputs() {
        // FTE 0.33 + 0.33 + 0.34 = 1.00 exactly; 7 + 8 + 10 = 25 cases -> 25.0, not 25 / (0.3 + 0.3 + 0.3)
        List<CaseloadRules.Assessed> workers = List.of(
                CaseloadRules.assess(row("social-worker", true, "0.33", 7, null), THRESHOLDS, AS_AT),
                CaseloadRules.assess(row("social-worker", true, "0.33", 8, null), THRESHOLDS, AS_AT),
                CaseloadRules.assess(row("social-worker", true, "0.34", 10, null), THRESHOLDS, AS_AT));
        CaseloadFigures figures = CaseloadRules.figures(workers, 0, 12);
        assertEquals(1.0, figures.getCaseHoldersFte());
        assertEquals(25.0, figures.getAverageCaseload());
        // 1 / 16 = 6.25%: half up gives 6.3 (half even would give 6.2); 5 / 0.75 = 6.666.. -> 6.7
        assertEquals(6.3, org.workforceinsight.shared.Rounding.percent(1, 16));
        assertEquals(6.7, CaseloadRules.assess(row("social-worker", true, "0.75", 5, null), THRESHOLDS, AS_AT)
                .casesPerFte());
        // 0.05 half up is 0.1 (half even would give 0.0)
        assertEquals(0.1, org.workforceinsight.shared.Rounding.ratio(new BigDecimal("1"), new BigDecimal("20")));
    }
}

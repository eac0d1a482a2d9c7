package org.workforceinsight.caseload;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import org.workforceinsight.api.model.CaseloadFigures;
import org.workforceinsight.api.model.CaseloadStatus;
import org.workforceinsight.shared.Rounding;
import org.workforceinsight.workers.Worker;

/**
 * The caseload measures of metrics.md, in one place. Figures for a node are computed from its
 * workers, never by averaging its teams' figures.
 */
public final class CaseloadRules {

    private CaseloadRules() {
    }

    /** One worker's caseload on the as-at date, judged against the threshold that applies to them. */
    public record Assessed(CaseloadRepository.Row row, boolean asye, int threshold, CaseloadStatus status) {

        public boolean recorded() {
            return row.cases() != null;
        }

        public int cases() {
            return row.cases() == null ? 0 : row.cases();
        }

        /** A social worker (qualified role, employed or agency) holding at least one case. */
        public boolean caseHolder() {
            return row.qualifiedSocialWork() && cases() > 0;
        }

        public Double casesPerFte() {
            return recorded() ? Rounding.ratio(BigDecimal.valueOf(cases()), row.fte()) : null;
        }
    }

    public static Assessed assess(CaseloadRepository.Row row, CaseloadThresholds thresholds, LocalDate asAt) {
        boolean asye = Worker.inAsye(row.asyeStartDate(), asAt);
        int threshold = thresholds.forWorker(row.roleCode(), asye);
        CaseloadStatus status;
        if (row.cases() == null) {
            status = CaseloadStatus.NOT_RECORDED;
        } else if (row.cases() > threshold) {
            status = CaseloadStatus.OVER_THRESHOLD;
        } else {
            status = CaseloadStatus.WITHIN_THRESHOLD;
        }
        return new Assessed(row, asye, threshold, status);
    }

    /**
     * Figures for a set of workers.
     * <ul>
     * <li>cases: held by social workers (qualified roles), employed and agency (DfE "cases");</li>
     * <li>case holders: social workers holding at least one case; their FTE is the denominator of
     *     the average caseload (DfE "case holders FTE");</li>
     * <li>over threshold: any worker whose cases exceed the threshold for their role (a role that
     *     should hold no case is flagged at one case); the percentage is of the case-holding workers
     *     (metrics.md, a local measure: anyone holding at least one case, so that an unqualified worker
     *     flagged for holding cases is in the denominator too and the rate never exceeds 100%);</li>
     * <li>ASYE over threshold: ASYE workers holding more than the ASYE threshold.</li>
     * </ul>
     */
    public static CaseloadFigures figures(Collection<Assessed> workers, int unallocatedCases, int asyeThreshold) {
        int cases = 0;
        int caseHolders = 0;
        BigDecimal caseHoldersFte = BigDecimal.ZERO;
        int caseHoldingWorkers = 0;
        int over = 0;
        int asyeWorkers = 0;
        int asyeOver = 0;
        for (Assessed worker : workers) {
            if (worker.row().qualifiedSocialWork()) {
                cases += worker.cases();
            }
            if (worker.caseHolder()) {
                caseHolders++;
                caseHoldersFte = caseHoldersFte.add(worker.row().fte());
            }
            if (worker.cases() > 0) {
                caseHoldingWorkers++;
            }
            if (worker.status() == CaseloadStatus.OVER_THRESHOLD) {
                over++;
            }
            if (worker.asye()) {
                asyeWorkers++;
                if (worker.cases() > asyeThreshold) {
                    asyeOver++;
                }
            }
        }
        return new CaseloadFigures()
                .workersInPost(workers.size())
                .cases(cases)
                .caseHolders(caseHolders)
                .caseHoldersFte(Rounding.oneDecimal(caseHoldersFte))
                .averageCaseload(caseHolders == 0 ? null : Rounding.ratio(BigDecimal.valueOf(cases), caseHoldersFte))
                .workersOverThreshold(over)
                .percentOverThreshold(Rounding.percent(over, caseHoldingWorkers))
                .asyeWorkers(asyeWorkers)
                .asyeOverThreshold(asyeOver)
                .asyeCaseloadThreshold(asyeThreshold)
                .unallocatedCases(unallocatedCases);
    }
}

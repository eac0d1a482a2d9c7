package org.workforceinsight.measures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.workforceinsight.measures.WorkforceFacts.Stint;
import org.workforceinsight.measures.WorkforceFacts.WorkerHistory;

/**
 * What a worker's stints say whatever the date: the stints in start order and their chains. Built once
 * per worker per request and shared by every as-at date of a series, so chains are not rebuilt per point.
 */
final class WorkerChains {

    final WorkerHistory worker;
    /** The stints in start order. */
    final List<Stint> stints;
    private List<StintChain> employed;
    private List<StintChain> all;
    private List<StintChain> employedSocialWork;

    WorkerChains(WorkerHistory worker) {
        this.worker = worker;
        this.stints = inStartOrder(worker.stints());
    }

    /** Continuous employed service. */
    List<StintChain> employed() {
        if (employed == null) {
            employed = StintChain.of(stints, s -> s.employmentType().employed());
        }
        return employed;
    }

    /** Continuous service of any kind, agency included. */
    List<StintChain> all() {
        if (all == null) {
            all = StintChain.of(stints, s -> true);
        }
        return all;
    }

    /** DfE runs: employed social work with no gap. */
    List<StintChain> employedSocialWork() {
        if (employedSocialWork == null) {
            employedSocialWork = StintChain.of(stints, s -> s.employmentType().employed() && s.qualifiedSocialWork());
        }
        return employedSocialWork;
    }

    private static List<Stint> inStartOrder(List<Stint> stints) {
        for (int i = 1; i < stints.size(); i++) {
            if (stints.get(i).start().isBefore(stints.get(i - 1).start())) {
                List<Stint> sorted = new ArrayList<>(stints);
                sorted.sort(Comparator.comparing(Stint::start));
                return sorted;
            }
        }
        return stints;
    }
}

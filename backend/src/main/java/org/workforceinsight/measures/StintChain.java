package org.workforceinsight.measures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.workforceinsight.measures.WorkforceFacts.Stint;

/**
 * A maximal chain of a worker's stints with no gap between them (the next starts no later than the day
 * after the chain so far ends): a run of employed social work for starters and leavers, continuous
 * employed service for appraisal and stability, continuous service of any kind for supervision.
 *
 * @param end last day, null while the chain continues
 * @param first the stint the chain starts with
 * @param last the stint the chain ends with (the one ending last; an open stint ends last)
 */
record StintChain(LocalDate start, LocalDate end, Stint first, Stint last) {

    boolean covers(LocalDate date) {
        return !start.isAfter(date) && (end == null || !end.isBefore(date));
    }

    /** The chains of the stints that pass {@code filter}; {@code stints} must be in start order. */
    static List<StintChain> of(List<Stint> stints, Predicate<Stint> filter) {
        List<StintChain> chains = new ArrayList<>(2);
        Stint first = null;
        Stint last = null;
        LocalDate end = null;
        for (Stint stint : stints) {
            if (!filter.test(stint)) {
                continue;
            }
            if (first != null && (end == null || !stint.start().isAfter(end.plusDays(1)))) {
                if (end != null && (stint.end() == null || !stint.end().isBefore(end))) {
                    last = stint;
                    end = stint.end();
                }
                continue;
            }
            if (first != null) {
                chains.add(new StintChain(first.start(), end, first, last));
            }
            first = stint;
            last = stint;
            end = stint.end();
        }
        if (first != null) {
            chains.add(new StintChain(first.start(), end, first, last));
        }
        return chains;
    }

    /** The chain covering {@code date}, or null. */
    static StintChain covering(List<StintChain> chains, LocalDate date) {
        for (StintChain chain : chains) {
            if (chain.covers(date)) {
                return chain;
            }
        }
        return null;
    }
}

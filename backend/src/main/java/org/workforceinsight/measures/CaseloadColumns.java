package org.workforceinsight.measures;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.RandomAccess;
import org.workforceinsight.measures.WorkforceFacts.CaseloadFact;

/**
 * A worker's caseload snapshots, in date order, kept as columns of ints rather than a record each: the
 * read model holds five years of weekly snapshots for a whole council (about two million), and as
 * records with their dates and boxed counts they would take several times the memory. The engine reads
 * the columns directly ({@link #lastOnOrBefore}); anything else sees an ordinary read-only list.
 */
final class CaseloadColumns extends AbstractList<CaseloadFact> implements RandomAccess {

    /** Stands for a case-type count the source system did not give. */
    static final int NONE = Integer.MIN_VALUE;

    /** Epoch days, ascending. */
    final int[] days;
    final int[] cases;
    /** Six type counts per snapshot (child in need ... other), {@link #NONE} where not given; null when no counts were read. */
    final int[][] types;

    CaseloadColumns(int[] days, int[] cases, int[][] types) {
        this.days = days;
        this.cases = cases;
        this.types = types;
    }

    @Override
    public CaseloadFact get(int index) {
        if (types == null) {
            return new CaseloadFact(LocalDate.ofEpochDay(days[index]), cases[index], null, null, null, null, null, null);
        }
        return new CaseloadFact(LocalDate.ofEpochDay(days[index]), cases[index], count(0, index), count(1, index),
                count(2, index), count(3, index), count(4, index), count(5, index));
    }

    private Integer count(int type, int index) {
        int value = types[type][index];
        return value == NONE ? null : value;
    }

    @Override
    public int size() {
        return days.length;
    }

    /** Index of the last snapshot dated on or before {@code day} (epoch day), or -1. */
    int lastOnOrBefore(long day) {
        int low = 0;
        int high = days.length - 1;
        int found = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (days[middle] > day) {
                high = middle - 1;
            } else {
                found = middle;
                low = middle + 1;
            }
        }
        return found;
    }
}

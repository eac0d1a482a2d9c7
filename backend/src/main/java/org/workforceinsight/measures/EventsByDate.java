package org.workforceinsight.measures;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Function;

/** Dated events kept in date order, found by binary search rather than by reading every one. */
final class EventsByDate {

    private EventsByDate() {
    }

    /**
     * The events in date order: hand-built facts may come in any order, and a binary search over an unsorted
     * list would silently miss events. A list this returned is known sorted and comes back as it is, so the
     * whole council's facts narrowed to a request ({@link MeasureReadModel#view}) are not checked again.
     */
    static <T> List<T> sorted(List<T> events, Function<T, LocalDate> dateOf) {
        if (events instanceof InDateOrder) {
            return events;
        }
        for (int i = 1; i < events.size(); i++) {
            if (dateOf.apply(events.get(i)).isBefore(dateOf.apply(events.get(i - 1)))) {
                List<T> copy = new ArrayList<>(events);
                copy.sort(Comparator.comparing(dateOf));
                return new InDateOrder<>(copy);
            }
        }
        return new InDateOrder<>(events);
    }

    /** A read-only view of a list found to be in date order. */
    private static final class InDateOrder<T> extends AbstractList<T> implements RandomAccess {
        private final List<T> events;

        InDateOrder(List<T> events) {
            this.events = events;
        }

        @Override
        public T get(int index) {
            return events.get(index);
        }

        @Override
        public int size() {
            return events.size();
        }
    }

    /** Index of the first event dated on or after {@code date} in a list in date order (its size when none is). */
    static <T> int firstOnOrAfter(List<T> events, Function<T, LocalDate> dateOf, LocalDate date) {
        int low = 0;
        int high = events.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (dateOf.apply(events.get(middle)).isBefore(date)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}

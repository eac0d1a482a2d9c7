package org.workforceinsight.measures;

/** Placeholder. */
final class SeriesIndex {

    SeriesIndex(WorkforceFacts facts, MeasureConfig config) {
    }

    /** Built on first use, once per kept facts. */
    static final class Holder {
        private SeriesIndex index;

        synchronized SeriesIndex get(WorkforceFacts facts, MeasureConfig config) {
            if (index == null) {
                index = new SeriesIndex(facts, config);
            }
            return index;
        }
    }
}

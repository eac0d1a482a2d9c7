package org.workforceinsight.measures;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The points of a time series: every bucket (ISO week, calendar month, calendar quarter or DfE census
 * year) whose last day lies in [from, to], then, when {@code to} falls inside a bucket before its last
 * day, that bucket cut short at {@code to} as a partial point. Each point is measured as at its last day,
 * with PERIOD measures over the bucket.
 */
public final class SeriesBuckets {

    public enum Granularity {
        /** ISO week, Monday to Sunday. */
        WEEK,
        MONTH,
        /** Calendar quarter: January to March, and so on. */
        QUARTER,
        /** DfE census year, 1 October to 30 September ("as at 30 September"). */
        CENSUS_YEAR
    }

    /**
     * @param periodStart the bucket's first day
     * @param asAt the bucket's last day, or {@code to} for the partial last point
     * @param partial true when the bucket is cut short at {@code to}
     */
    public record Point(LocalDate periodStart, LocalDate asAt, boolean partial) {
    }

    private SeriesBuckets() {
    }

    public static List<Point> points(Granularity granularity, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("series ends " + to + " before it starts " + from);
        }
        List<Point> points = new ArrayList<>();
        LocalDate start = bucketStart(granularity, from);
        while (!start.isAfter(to)) {
            LocalDate next = nextBucketStart(granularity, start);
            LocalDate end = next.minusDays(1);
            if (end.isAfter(to)) {
                points.add(new Point(start, to, true));
            } else if (!end.isBefore(from)) {
                points.add(new Point(start, end, false));
            }
            start = next;
        }
        return points;
    }

    /** The first day of the bucket holding {@code date}. */
    public static LocalDate bucketStart(Granularity granularity, LocalDate date) {
        return switch (granularity) {
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> date.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1, 1);
            case CENSUS_YEAR -> date.getMonthValue() >= 10 ? LocalDate.of(date.getYear(), 10, 1)
                    : LocalDate.of(date.getYear() - 1, 10, 1);
        };
    }

    private static LocalDate nextBucketStart(Granularity granularity, LocalDate start) {
        return switch (granularity) {
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
            case CENSUS_YEAR -> start.plusYears(1);
        };
    }
}

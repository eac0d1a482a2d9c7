package org.workforceinsight.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.workforceinsight.measures.EngineFixture.d;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.workforceinsight.measures.SeriesBuckets.Granularity;
import org.workforceinsight.measures.SeriesBuckets.Point;

class SeriesBucketsTest {

    private static Point whole(String start, String end) {
        return new Point(d(start), d(end), false);
    }

    private static Point partial(String start, String to) {
        return new Point(d(start), d(to), true);
    }

    @Test
    void weeksRunMondayToSundayAndOnlyThoseEndingInTheRangeCount() {
        // Wed 1 Oct 2025 to Wed 15 Oct: weeks ending Sun 5 Oct and Sun 12 Oct, then 13-15 Oct partial
        assertEquals(List.of(whole("2025-09-29", "2025-10-05"), whole("2025-10-06", "2025-10-12"),
                partial("2025-10-13", "2025-10-15")), SeriesBuckets.points(Granularity.WEEK, d("2025-10-01"),
                        d("2025-10-15")));
    }

    @Test
    void aRangeEndingOnABucketEndHasNoPartialPoint() {
        assertEquals(List.of(whole("2025-09-29", "2025-10-05")),
                SeriesBuckets.points(Granularity.WEEK, d("2025-10-05"), d("2025-10-05")));
        assertEquals(List.of(whole("2025-01-01", "2025-01-31"), whole("2025-02-01", "2025-02-28")),
                SeriesBuckets.points(Granularity.MONTH, d("2025-01-31"), d("2025-02-28")));
    }

    @Test
    void aRangeInsideOneBucketIsOnePartialPoint() {
        assertEquals(List.of(partial("2025-10-01", "2025-10-20")),
                SeriesBuckets.points(Granularity.MONTH, d("2025-10-02"), d("2025-10-20")));
    }

    @Test
    void monthsAndQuartersAreCalendarOnes() {
        assertEquals(List.of(whole("2024-02-01", "2024-02-29"), partial("2024-03-01", "2024-03-10")),
                SeriesBuckets.points(Granularity.MONTH, d("2024-02-15"), d("2024-03-10")));
        assertEquals(List.of(whole("2025-01-01", "2025-03-31"), whole("2025-04-01", "2025-06-30"),
                whole("2025-07-01", "2025-09-30"), partial("2025-10-01", "2025-11-22")),
                SeriesBuckets.points(Granularity.QUARTER, d("2025-01-01"), d("2025-11-22")));
    }

    @Test
    void censusYearsRunFirstOctoberToThirtiethSeptember() {
        // 30 Sep 2024 closes census year 2024; 1 Oct 2024 opens 2025
        assertEquals(List.of(whole("2023-10-01", "2024-09-30"), whole("2024-10-01", "2025-09-30")),
                SeriesBuckets.points(Granularity.CENSUS_YEAR, d("2024-09-30"), d("2025-09-30")));
        assertEquals(List.of(whole("2024-10-01", "2025-09-30"), partial("2025-10-01", "2025-10-01")),
                SeriesBuckets.points(Granularity.CENSUS_YEAR, d("2024-10-01"), d("2025-10-01")));
        assertEquals(d("2024-10-01"), SeriesBuckets.bucketStart(Granularity.CENSUS_YEAR, d("2025-09-30")));
        assertEquals(d("2025-10-01"), SeriesBuckets.bucketStart(Granularity.CENSUS_YEAR, d("2025-10-01")));
    }

    @Test
    void fiveYearsOfWeeksHasAPointPerSunday() {
        // 6 Jan 2020 (Monday) to 4 Jan 2025 (Saturday): 260 whole weeks (to Sun 29 Dec 2024) and one partial
        List<Point> points = SeriesBuckets.points(Granularity.WEEK, d("2020-01-06"), d("2025-01-04"));
        assertEquals(261, points.size());
        assertEquals(partial("2024-12-30", "2025-01-04"), points.get(260));
    }

    @Test
    void aRangeEndingBeforeItStartsIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> SeriesBuckets.points(Granularity.MONTH, d("2025-02-01"), d("2025-01-31")));
    }
}

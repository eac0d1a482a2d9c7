package org.workforceinsight.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.workforceinsight.measures.EngineFixture.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.workforceinsight.measures.SeriesBuckets.Granularity;
import org.workforceinsight.measures.SeriesBuckets.Point;

/** A series gives, at each point, the figure a single request as at that point would give. */
class MeasureEngineSeriesTest {

    @Test
    void quarterlyStartersAreCountedInTheirOwnQuarter() {
        // the flow fixture's starters in team A: Ivy 1 Feb 2025 (Q1), Hal's return 1 Apr 2025 (Q2)
        List<Point> points = SeriesBuckets.points(Granularity.QUARTER, d("2024-12-31"), d("2025-08-15"));
        List<MeasureValue> values = ENGINE.series(Measure.STARTERS_HEADCOUNT, MeasureEngineWorkforceFlowTest.year(), A,
                points);
        // Q4 2024: 0; Q1 2025: Ivy; Q2: Hal; Q3 to 15 Aug (partial): 0
        assertEquals(List.of(n("0"), n("1"), n("1"), n("0")), values.stream().map(MeasureValue::value).toList());
    }

    @Test
    void everyPointEqualsTheSingleFigureForItsDateAndPeriod() {
        WorkforceFacts facts = MeasureEngineWorkforceFlowTest.year();
        List<Point> points = SeriesBuckets.points(Granularity.MONTH, d("2024-09-01"), d("2025-10-10"));
        for (Measure measure : List.of(Measure.IN_POST_FTE, Measure.LEAVERS_FTE, Measure.TURNOVER_RATE)) {
            List<MeasureValue> series = ENGINE.series(measure, facts, SERVICE_NODES, points);
            for (int i = 0; i < points.size(); i++) {
                Point point = points.get(i);
                assertEquals(ENGINE.compute(measure, facts, SERVICE_NODES, point.asAt(), point.periodStart()),
                        series.get(i), measure + " at " + point);
            }
        }
    }

    /**
     * The series visits a worker only at the points where they have a stint in the nodes when the measure is
     * as-at only (stock, caseload, supervision): on weekly points across the fixtures' starts, leavings,
     * moves between teams and returns, every such measure must still equal the single figure at each point.
     * Team A alone as the node set, so Kim's move to team B takes her out of the nodes mid-series.
     */
    @Test
    void asAtOnlyMeasuresEqualTheSingleFigureAtEveryWeeklyPoint() {
        List<Point> points = SeriesBuckets.points(Granularity.WEEK, d("2023-12-20"), d("2025-11-05"));
        WorkforceFacts flow = MeasureEngineWorkforceFlowTest.year();
        for (Measure measure : List.of(Measure.IN_POST_FTE, Measure.IN_POST_HEADCOUNT, Measure.AGENCY_FTE,
                Measure.AGENCY_HEADCOUNT, Measure.AGENCY_RATE, Measure.PERMANENCE, Measure.STABILITY_12_MONTHS,
                Measure.STABILITY_24_MONTHS)) {
            assertEveryPoint(measure, flow, A, points);
            assertEveryPoint(measure, flow, SERVICE_NODES, points);
        }
        WorkforceFacts caseloads = MeasureEngineCaseloadTest.team();
        for (Measure measure : List.of(Measure.CASES, Measure.CASE_HOLDERS_FTE, Measure.AVERAGE_CASELOAD,
                Measure.WORKERS_OVER_THRESHOLD, Measure.PERCENT_OVER_THRESHOLD, Measure.ASYE_OVER_THRESHOLD,
                Measure.PERCENT_ASYE_OVER_THRESHOLD, Measure.WEIGHTED_CASELOAD)) {
            assertEveryPoint(measure, caseloads, A, points);
        }
        WorkforceFacts supervision = MeasureEngineSupervisionTest.team();
        for (Measure measure : List.of(Measure.SUPERVISION_COMPLIANCE, Measure.SUPERVISIONS_OVERDUE)) {
            assertEveryPoint(measure, supervision, A, points);
            assertEveryPoint(measure, supervision, SERVICE_NODES, points);
        }
    }

    private static void assertEveryPoint(Measure measure, WorkforceFacts facts, Set<UUID> nodes, List<Point> points) {
        List<MeasureValue> series = ENGINE.series(measure, facts, nodes, points);
        for (int i = 0; i < points.size(); i++) {
            Point point = points.get(i);
            assertEquals(ENGINE.compute(measure, facts, nodes, point.asAt(), point.periodStart()), series.get(i),
                    measure + " at " + point);
        }
    }

    @Test
    void eachNodeSetGetsTheFigureItWouldGetAlone() {
        // team A and team B of the flow fixture, and the service: turnover 253.3, 0.0 and the service's own
        WorkforceFacts facts = MeasureEngineWorkforceFlowTest.year();
        Map<String, Set<UUID>> sets = new LinkedHashMap<>();
        sets.put("A", A);
        sets.put("B", B);
        sets.put("service", SERVICE_NODES);
        Map<String, MeasureValue> each = ENGINE.computeEach(Measure.TURNOVER_RATE, facts, sets, d("2025-09-30"), null);
        assertEquals(n("253.3"), each.get("A").value());
        assertEquals(n("0.0"), each.get("B").value());
        for (String key : sets.keySet()) {
            assertEquals(ENGINE.compute(Measure.TURNOVER_RATE, facts, sets.get(key), d("2025-09-30"), null),
                    each.get(key), key);
        }
    }
}

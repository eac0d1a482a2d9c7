package org.workforceinsight.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.workforceinsight.measures.EngineFixture.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.workforceinsight.measures.SeriesBuckets.Point;
import org.workforceinsight.measures.WorkforceFacts.CaseloadFact;
import org.workforceinsight.measures.WorkforceFacts.WorkerHistory;

/**
 * The caseload and supervision series the index serves from its per-node day tables (workers whose stints never
 * overlap) and by visiting the rest (workers with overlapping stints) give, at every day, the figure the general
 * engine gives: for a team, for the other team and for the service above both, across a move between teams, a
 * leaver who returns, an ASYE, a worker in two teams at once, a manager and days past the end of the tables.
 */
class SeriesIndexDayTableTest {

    private static final Set<Measure> TABLED = Set.of(Measure.CASES, Measure.CASE_HOLDERS_FTE,
            Measure.AVERAGE_CASELOAD, Measure.WORKERS_OVER_THRESHOLD, Measure.PERCENT_OVER_THRESHOLD,
            Measure.ASYE_OVER_THRESHOLD, Measure.PERCENT_ASYE_OVER_THRESHOLD, Measure.SUPERVISION_COMPLIANCE,
            Measure.SUPERVISIONS_OVERDUE);

    @Test
    void everyDayOfACaseloadOrSupervisionSeriesEqualsTheGeneralEngine() {
        WorkforceFacts facts = council();
        SeriesIndex index = new SeriesIndex(facts, ENGINE.config());
        assertTrue(index.dayTablesBuilt(), "the tables are what this test is about");
        List<Point> points = daily(d("2023-11-01"), d("2025-08-31"));
        for (Measure measure : TABLED) {
            for (Set<UUID> nodes : List.of(A, B, SERVICE_NODES)) {
                List<MeasureValue> served = index.series(ENGINE, measure, nodes, points);
                assertNotNull(served, measure.id);
                List<MeasureValue> general = ENGINE.series(measure, facts, nodes, points);
                for (int p = 0; p < points.size(); p++) {
                    assertSameFigure(general.get(p), served.get(p), measure + " " + nodes + " as at " + points.get(p).asAt());
                }
            }
        }
    }

    @Test
    void pointsAfterTheTablesEndAreComputedWorkerByWorker() {
        WorkforceFacts facts = council();
        SeriesIndex index = new SeriesIndex(facts, ENGINE.config());
        // the last dated fact is in 2025: a point three years on is past the tables' year of slack
        List<Point> points = List.of(point(d("2025-03-03")), point(d("2028-06-01")));
        for (Measure measure : TABLED) {
            List<MeasureValue> served = index.series(ENGINE, measure, SERVICE_NODES, points);
            List<MeasureValue> general = ENGINE.series(measure, facts, SERVICE_NODES, points);
            for (int p = 0; p < points.size(); p++) {
                assertSameFigure(general.get(p), served.get(p), measure + " as at " + points.get(p).asAt());
            }
        }
    }

    /** The same figure, numerator and denominator (an FTE total of nought may be 0 or 0.0). */
    private static void assertSameFigure(MeasureValue expected, MeasureValue actual, String what) {
        assertEquals(expected.value(), actual.value(), what);
        assertEquals(0, compare(expected.numerator(), actual.numerator()), what + " numerator");
        assertEquals(0, compare(expected.denominator(), actual.denominator()), what + " denominator");
    }

    private static int compare(java.math.BigDecimal a, java.math.BigDecimal b) {
        return a == null || b == null ? (a == b ? 0 : 1) : a.compareTo(b);
    }

    /** Workers whose shares differ by day, team and kind; caseloads as the read model keeps them (columns). */
    static WorkforceFacts council() {
        List<WorkerHistory> workers = new ArrayList<>();
        // in team A throughout, weekly caseloads over the threshold in the winter, monthly supervision
        WorkerBuilder steady = worker("Ada", "Steady").permanent(TEAM_A, SW, "1.0", "2022-06-01", null);
        weekly(steady, d("2024-01-01"), d("2025-06-30"), 18, 25);
        monthly(steady, d("2024-01-10"), d("2025-05-10"), 30);
        workers.add(steady.build());
        // moves from team A to team B on 1 Oct 2024, part time; a short session that does not count
        WorkerBuilder mover = worker("Ben", "Mover").permanent(TEAM_A, SW, "0.6", "2023-03-01", "2024-09-30")
                .permanent(TEAM_B, SENIOR, "0.8", "2024-10-01", null);
        weekly(mover, d("2024-01-01"), d("2025-06-30"), 12, 14);
        monthly(mover, d("2024-02-15"), d("2025-07-15"), 45);
        mover.supervision("2024-11-20", 10);
        workers.add(mover.build());
        // ASYE in team B from 1 Sep 2024, caseloads growing past the ASYE threshold, sessions with a gap
        WorkerBuilder asye = worker("Cat", "Newly").asye("2024-09-01")
                .permanent(TEAM_B, SW, "1.0", "2024-09-01", null);
        weekly(asye, d("2024-09-02"), d("2025-06-30"), 6, 22);
        monthly(asye, d("2024-09-05"), d("2024-12-05"), 60);
        monthly(asye, d("2025-04-01"), d("2025-08-01"), 60);
        workers.add(asye.build());
        // in both teams at once for a year (two overlapping stints), caseloads and sessions
        WorkerBuilder both = worker("Dan", "Both").permanent(TEAM_A, SW, "0.5", "2024-01-01", "2024-12-31")
                .agency(TEAM_B, SW, "0.5", "2024-04-01", "2025-03-31", compliantTerms(null));
        weekly(both, d("2024-01-01"), d("2025-03-31"), 10, 19);
        monthly(both, d("2024-01-20"), d("2025-02-20"), 30);
        workers.add(both.build());
        // leaves team A at the end of May 2024 and comes back in November, caseloads only while there
        WorkerBuilder returner = worker("Eve", "Returner").permanent(TEAM_A, SW, "1.0", "2023-01-01", "2024-05-31")
                .permanent(TEAM_A, SW, "1.0", "2024-11-01", null);
        weekly(returner, d("2024-01-01"), d("2024-05-27"), 20, 24);
        weekly(returner, d("2024-11-04"), d("2025-06-30"), 8, 16);
        monthly(returner, d("2024-11-15"), d("2025-06-15"), 30);
        workers.add(returner.build());
        // a manager (not a caseload role's threshold) with a few cases, supervised twice
        WorkerBuilder manager = worker("Fay", "Lead").permanent(TEAM_B, MANAGER, "1.0", "2021-01-01", null);
        weekly(manager, d("2024-06-03"), d("2025-01-27"), 2, 4);
        manager.supervision("2024-06-01", 60).supervision("2025-01-10", 60);
        workers.add(manager.build());
        return facts(asColumns(workers), List.of(), List.of());
    }

    /** Mondays from {@code from} to {@code to}, cases rising from {@code low} to {@code high} and back. */
    private static void weekly(WorkerBuilder worker, LocalDate from, LocalDate to, int low, int high) {
        int week = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusWeeks(1), week++) {
            int span = high - low + 1;
            int step = week % (2 * span);
            worker.cases(day.toString(), step < span ? low + step : high - (step - span));
        }
    }

    private static void monthly(WorkerBuilder worker, LocalDate from, LocalDate to, int minutes) {
        for (LocalDate day = from; !day.isAfter(to); day = day.plusMonths(1)) {
            worker.supervision(day.toString(), minutes);
        }
    }

    private static List<WorkerHistory> asColumns(List<WorkerHistory> workers) {
        List<WorkerHistory> kept = new ArrayList<>();
        for (WorkerHistory w : workers) {
            int[] days = new int[w.caseloads().size()];
            int[] cases = new int[days.length];
            for (int i = 0; i < days.length; i++) {
                CaseloadFact fact = w.caseloads().get(i);
                days[i] = Math.toIntExact(fact.date().toEpochDay());
                cases[i] = fact.cases();
            }
            kept.add(new WorkerHistory(w.id(), w.givenName(), w.familyName(), w.asyeStartDate(), w.stints(),
                    new CaseloadColumns(days, cases, null), w.supervisions(), w.appraisals(), w.absences(),
                    w.leavings()));
        }
        return kept;
    }

    private static List<Point> daily(LocalDate from, LocalDate to) {
        List<Point> points = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            points.add(point(day));
        }
        return points;
    }

    private static Point point(LocalDate day) {
        return new Point(day, day, false);
    }
}

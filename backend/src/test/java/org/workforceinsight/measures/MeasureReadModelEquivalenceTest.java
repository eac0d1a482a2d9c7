package org.workforceinsight.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.workforceinsight.demo.DemoCouncilGenerator;
import org.workforceinsight.demo.DemoDataLoader;
import org.workforceinsight.organisation.OrgNode;
import org.workforceinsight.organisation.OrgTree;
import org.workforceinsight.organisation.OrganisationService;
import org.workforceinsight.testsupport.TestData;

/**
 * The kept facts give the very figures a fresh load gives, for every measure, node and date: the demo
 * council (every record type) is loaded, and each figure is computed from {@link MeasureReadModel}'s view
 * and from {@link MeasureFactsRepository#load} for the same request. Series served by {@link SeriesIndex}
 * are checked point by point against the general engine on freshly loaded facts.
 */
@QuarkusTest
class MeasureReadModelEquivalenceTest {

    private static final LocalDate END = LocalDate.of(2026, 11, 22);
    private static final List<LocalDate> AS_AT = List.of(END, END.minusDays(45), END.minusDays(200),
            END.minusYears(1).minusDays(3));

    @Inject
    DataSource dataSource;

    @Inject
    DemoDataLoader loader;

    @Inject
    MeasureReadModel readModel;

    @Inject
    MeasureFactsRepository factsRepository;

    @Inject
    OrganisationService organisation;

    private static boolean loaded;
    private static DataSource cleanUp;

    @BeforeEach
    void demoCouncil() {
        if (!loaded) {
            TestData.using(dataSource).reset();
            assertTrue(loader.loadIfEmpty(() -> new DemoCouncilGenerator().generate(END, 20261122L,
                    new DemoCouncilGenerator.Size(1, 160))).loaded());
            loaded = true;
            cleanUp = dataSource;
        }
    }

    @AfterAll
    static void emptyDatabase() {
        if (cleanUp != null) {
            TestData.using(cleanUp).reset();
        }
    }

    @Test
    void everyMeasureOfEveryNodeIsTheSameFromTheKeptFactsAsFromAFreshLoad() {
        MeasureReadModel.Reading reading = readModel.read();
        assertTrue(reading.kept());
        MeasureEngine engine = reading.engine();
        OrgTree tree = organisation.tree();
        int compared = 0;
        for (OrgNode node : tree.all()) {
            Set<UUID> nodes = tree.subtree(node.id);
            for (LocalDate asAt : AS_AT) {
                for (LocalDate periodStart : List.of(MeasureEngine.yearBefore(asAt), asAt.minusDays(20))) {
                    MeasureFactsRepository.Request request = request(nodes, periodStart, asAt, asAt, engine);
                    Map<Measure, MeasureValue> kept = engine.computeAll(reading.facts(request), nodes, asAt, periodStart);
                    Map<Measure, MeasureValue> fresh = engine.computeAll(factsRepository.load(request), nodes, asAt,
                            periodStart);
                    for (Measure measure : Measure.values()) {
                        assertSame(fresh.get(measure), kept.get(measure),
                                node.name + " " + measure + " as at " + asAt + " from " + periodStart);
                        compared++;
                    }
                }
            }
        }
        assertTrue(compared > 1000, "compared " + compared);
    }

    @Test
    void everyExplanationIsTheSameFromTheKeptFactsAsFromAFreshLoad() {
        MeasureReadModel.Reading reading = readModel.read();
        MeasureEngine engine = reading.engine();
        OrgTree tree = organisation.tree();
        OrgNode council = tree.council().orElseThrow();
        Set<UUID> nodes = tree.subtree(council.id);
        LocalDate periodStart = MeasureEngine.yearBefore(END);
        for (Measure measure : Measure.values()) {
            MeasureFactsRepository.Request request = new MeasureFactsRepository.Request(nodes,
                    new WorkforceFacts.Window(periodStart, END), END, MeasureFactsRepository.partsFor(measure, true),
                    false, engine.config().supervisionMinimumMinutes());
            List<ExplanationRow> kept = engine.explain(measure, reading.facts(request), nodes, END, periodStart, false);
            List<ExplanationRow> fresh = engine.explain(measure, factsRepository.load(request), nodes, END, periodStart,
                    false);
            assertEquals(fresh.size(), kept.size(), measure.id);
            for (int i = 0; i < fresh.size(); i++) {
                assertEquals(String.valueOf(fresh.get(i)), String.valueOf(kept.get(i)), measure.id + " row " + i);
            }
        }
    }

    @Test
    void everySeriesServedFromTheIndexIsTheSameAsTheEngineOnAFreshLoad() {
        MeasureReadModel.Reading reading = readModel.read();
        MeasureEngine engine = reading.engine();
        SeriesIndex index = reading.seriesIndex();
        assertNotNull(index);
        OrgTree tree = organisation.tree();
        LocalDate from = END.minusWeeks(150);
        List<SeriesBuckets.Point> points = SeriesBuckets.points(SeriesBuckets.Granularity.WEEK, from, END);
        SeriesBuckets.Point first = points.get(0);
        List<OrgNode> nodesToCheck = new ArrayList<>(tree.all());
        for (Measure measure : SeriesIndex.SERVED) {
            for (OrgNode node : nodesToCheck) {
                Set<UUID> nodes = tree.subtree(node.id);
                List<MeasureValue> served = index.series(engine, measure, nodes, points);
                assertNotNull(served, measure.id);
                MeasureFactsRepository.Request request = request(nodes,
                        DateMathMin.earliest(first.periodStart(), MeasureEngine.yearBefore(first.asAt())), END,
                        first.asAt(), engine);
                request = new MeasureFactsRepository.Request(request.nodeIds(), request.window(), request.firstAsAt(),
                        MeasureFactsRepository.partsFor(measure, false), false, request.supervisionMinimumMinutes());
                List<MeasureValue> general = engine.series(measure, factsRepository.load(request), nodes, points);
                for (int p = 0; p < points.size(); p++) {
                    assertSame(general.get(p), served.get(p),
                            node.name + " " + measure + " as at " + points.get(p).asAt());
                }
            }
        }
        assertEquals(null, index.series(engine, Measure.VACANCY_RATE, Set.of(), points), "vacancies need posts");
        assertEquals(null, index.series(engine, Measure.LEAVERS_HEADCOUNT, Set.of(), points), "a period measure");
    }

    @Test
    void aOnePointSeriesFromTheIndexIsTheFigureAsAtItsDate() {
        MeasureReadModel.Reading reading = readModel.read();
        MeasureEngine engine = reading.engine();
        SeriesIndex index = reading.seriesIndex();
        OrgTree tree = organisation.tree();
        for (LocalDate asAt : AS_AT) {
            LocalDate periodStart = MeasureEngine.yearBefore(asAt);
            List<SeriesBuckets.Point> point = List.of(new SeriesBuckets.Point(periodStart, asAt, false));
            for (OrgNode node : tree.all()) {
                Set<UUID> nodes = tree.subtree(node.id);
                WorkforceFacts fresh = factsRepository.load(request(nodes, periodStart, asAt, asAt, engine));
                for (Measure measure : SeriesIndex.SERVED) {
                    assertSame(engine.compute(measure, fresh, nodes, asAt, periodStart),
                            index.series(engine, measure, nodes, point).get(0), node.name + " " + measure + " " + asAt);
                }
            }
        }
    }

    @Test
    void figuresComputedInParallelPartsAreTheSameAsOnOneThread() {
        MeasureReadModel.Reading reading = readModel.read();
        MeasureEngine engine = reading.engine();
        SeriesIndex index = reading.seriesIndex();
        OrgTree tree = organisation.tree();
        List<SeriesBuckets.Point> points = SeriesBuckets.points(SeriesBuckets.Granularity.WEEK, END.minusWeeks(80),
                END);
        int compared = 0;
        for (OrgNode node : tree.all()) {
            Set<UUID> nodes = tree.subtree(node.id);
            for (LocalDate asAt : AS_AT) {
                LocalDate periodStart = MeasureEngine.yearBefore(asAt);
                WorkforceFacts facts = reading.facts(request(nodes, periodStart, asAt, asAt, engine));
                Map<Measure, MeasureValue> oneThread = engine.computeAll(facts, nodes, asAt, periodStart, false);
                Map<Measure, MeasureValue> inParts = engine.computeAll(facts, nodes, asAt, periodStart, true);
                assertEquals(oneThread.keySet(), inParts.keySet(), node.name + " as at " + asAt);
                for (Measure measure : Measure.values()) {
                    assertSame(oneThread.get(measure), inParts.get(measure), node.name + " " + measure + " " + asAt);
                    compared++;
                }
            }
            for (Measure measure : SeriesIndex.SERVED) {
                List<MeasureValue> oneSlice = index.series(engine, measure, nodes, points, 1);
                // more slices than cores, and uneven ones: the totals must add up all the same
                List<MeasureValue> slices = index.series(engine, measure, nodes, points, 7);
                for (int p = 0; p < points.size(); p++) {
                    assertSame(oneSlice.get(p), slices.get(p), node.name + " " + measure + " point " + p);
                    compared++;
                }
            }
        }
        assertTrue(compared > 1000, "compared " + compared);
    }

    private static MeasureFactsRepository.Request request(Set<UUID> nodes, LocalDate periodStart, LocalDate asAt,
            LocalDate firstAsAt, MeasureEngine engine) {
        LocalDate from = DateMathMin.earliest(periodStart, MeasureEngine.yearBefore(asAt));
        return new MeasureFactsRepository.Request(nodes, new WorkforceFacts.Window(from, asAt), firstAsAt,
                EnumSet.allOf(MeasureFactsRepository.Part.class), false, engine.config().supervisionMinimumMinutes());
    }

    /** Same figure, numerator and denominator, whatever the scale of the decimals. */
    private static void assertSame(MeasureValue expected, MeasureValue actual, String what) {
        assertEquals(expected == null, actual == null, what);
        if (expected == null) {
            return;
        }
        assertTrue(same(expected.value(), actual.value()), what + ": value " + expected.value() + " / " + actual.value());
        assertTrue(same(expected.numerator(), actual.numerator()),
                what + ": numerator " + expected.numerator() + " / " + actual.numerator());
        assertTrue(same(expected.denominator(), actual.denominator()),
                what + ": denominator " + expected.denominator() + " / " + actual.denominator());
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static final class DateMathMin {
        static LocalDate earliest(LocalDate a, LocalDate b) {
            return a.isBefore(b) ? a : b;
        }
    }
}

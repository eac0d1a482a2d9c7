package org.workforceinsight.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * For every row of the shipped DfE file (every year, England, regions and local authorities) where a
 * published rate and all its inputs are present, {@link DfeRates} reproduces the published rate.
 *
 * <p>The published FTE counts are themselves rounded to 0.1, so each true input lies within +-0.05 of the
 * published one (cases are a whole count and taken as exact). Every formula is monotonic in each input
 * on that box, so the true unrounded rate lies between its values at the box's corners; rounding half up
 * is monotonic too, so the published rate must lie in [min, max] of DfeRates evaluated at the corners,
 * i.e. [rounded min, rounded max]. A corner whose denominator is zero leaves the range open above.
 */
class DfeReproductionTest {

    private static final BigDecimal HALF_STEP = new BigDecimal("0.05");

    private record Input(String column, Function<DfeIndicatorRow, BigDecimal> value, boolean exact) {
    }

    private interface Formula {
        BigDecimal apply(DfeIndicatorRow row, BigDecimal[] inputs);
    }

    /** informational: printed, never failing (a variant shown for comparison). */
    private record Rate(String name, Function<DfeIndicatorRow, BigDecimal> published, List<Input> inputs,
            Formula formula, boolean informational) {
        Rate(String name, Function<DfeIndicatorRow, BigDecimal> published, List<Input> inputs, Formula formula) {
            this(name, published, inputs, formula, false);
        }
    }

    private static Input fte(String column, Function<DfeIndicatorRow, BigDecimal> value) {
        return new Input(column, value, false);
    }

    private static final List<Rate> RATES = List.of(
            new Rate("agency_rate_fte", DfeIndicatorRow::agencyRateFte,
                    List.of(fte("agency_fte", DfeIndicatorRow::agencyFte), fte("inpost_fte", DfeIndicatorRow::inpostFte)),
                    (row, v) -> DfeRates.agencyRate(v[0], v[1])),
            new Rate("vacancy_rate_fte", DfeIndicatorRow::vacancyRateFte,
                    List.of(fte("vacancy_fte", DfeIndicatorRow::vacancyFte), fte("inpost_fte", DfeIndicatorRow::inpostFte)),
                    (row, v) -> DfeRates.vacancyRate(v[0], v[1])),
            new Rate("agency_cover_rate_fte", DfeIndicatorRow::agencyCoverRateFte,
                    List.of(fte("agency_cover_fte", DfeIndicatorRow::agencyCoverFte),
                            fte("agency_fte", DfeIndicatorRow::agencyFte)),
                    (row, v) -> DfeRates.agencyCoverRate(v[0], v[1])),
            new Rate("vacancy_agency_cover_rate_fte", DfeIndicatorRow::vacancyAgencyCoverRateFte,
                    List.of(fte("agency_cover_fte", DfeIndicatorRow::agencyCoverFte),
                            fte("vacancy_fte", DfeIndicatorRow::vacancyFte)),
                    (row, v) -> DfeRates.vacancyAgencyCoverRate(v[0], v[1])),
            new Rate("turnover_rate_fte", DfeIndicatorRow::turnoverRateFte,
                    List.of(fte("leavers_fte", DfeIndicatorRow::leaversFte), fte("inpost_fte", DfeIndicatorRow::inpostFte)),
                    (row, v) -> DfeRates.turnoverRate(v[0], v[1])),
            new Rate("caseload_fte", DfeIndicatorRow::caseloadFte,
                    List.of(new Input("cases", DfeIndicatorRow::cases, true),
                            fte("case_holders_fte", DfeIndicatorRow::caseHoldersFte)),
                    (row, v) -> DfeRates.averageCaseload(v[0], v[1])),
            new Rate("absence_rate_fte", DfeIndicatorRow::absenceRateFte,
                    List.of(fte("working_days_lost_fte", DfeIndicatorRow::workingDaysLostFte),
                            fte("inpost_fte", DfeIndicatorRow::inpostFte)),
                    (row, v) -> DfeRates.absenceRate(v[0], v[1],
                            DfeRates.workingDaysInCensusYear(row.timePeriod()))),
            new Rate("absence_rate_fte, flat 253 days", DfeIndicatorRow::absenceRateFte,
                    List.of(fte("working_days_lost_fte", DfeIndicatorRow::workingDaysLostFte),
                            fte("inpost_fte", DfeIndicatorRow::inpostFte)),
                    (row, v) -> DfeRates.absenceRate(v[0], v[1]), true));

    @Test
    void everyUsableRowReproducesThePublishedRates() {
        DfeIndicatorFile file = DfeIndicatorFile.shipped();
        List<String> failures = new ArrayList<>();
        List<String> aggregatesExplained = new ArrayList<>();
        List<String> informational = new ArrayList<>();
        int totalChecked = 0;
        int totalExact = 0;
        StringBuilder summary = new StringBuilder(String.format(
                "%nDfE reproduction over %d rows (2017-2025, England, regions, local authorities)%n"
                        + "%-30s %8s %8s %10s %9s %9s%n",
                file.rows().size(), "rate", "checked", "exact", "in range", "outside", "skipped"));
        for (Rate rate : RATES) {
            int checked = 0;
            int exact = 0;
            int inRange = 0;
            int outside = 0;
            int skipped = 0;
            for (DfeIndicatorRow row : file.rows()) {
                BigDecimal published = rate.published().apply(row);
                BigDecimal[] values = new BigDecimal[rate.inputs().size()];
                boolean usable = published != null;
                for (int i = 0; i < values.length && usable; i++) {
                    values[i] = rate.inputs().get(i).value().apply(row);
                    usable = values[i] != null;
                }
                if (!usable) {
                    skipped++;
                    continue;
                }
                checked++;
                BigDecimal computed = rate.formula().apply(row, values);
                if (computed != null && computed.compareTo(published) == 0) {
                    exact++;
                    continue;
                }
                Range range = range(rate, row, values);
                if (range.contains(published)) {
                    inRange++;
                    continue;
                }
                outside++;
                String line = String.format("%s %d %s %s (%s): published %s, computed %s, range %s, inputs %s",
                        rate.name(), row.timePeriod(), row.geographicLevel(), row.areaName(), row.areaCode(),
                        published.toPlainString(), computed == null ? "null" : computed.toPlainString(), range,
                        describe(rate, values));
                List<String> suppressedLas = suppressedLocalAuthorities(file, rate, row);
                if (rate.informational()) {
                    informational.add(line);
                } else if (!suppressedLas.isEmpty()) {
                    aggregatesExplained.add(line + "; LAs in the area without this figure: "
                            + String.join(", ", suppressedLas));
                } else {
                    failures.add(line);
                }
            }
            summary.append(String.format("%-30s %8d %8d %10d %9d %9d%n",
                    rate.name(), checked, exact, inRange, outside, skipped));
            assertTrue(checked > 1000, rate.name() + ": only " + checked + " rows checked");
            if (!rate.informational()) {
                totalChecked += checked;
                totalExact += exact;
            }
        }
        summary.append("exact: DfeRates on the published counts gives the published rate; in range: it does not, "
                + "but the published rate is within the range the counts' 0.1 rounding allows").append('\n');
        if (!informational.isEmpty()) {
            summary.append("For comparison only, absence with a flat 253 days (metrics.md) does not reproduce "
                    + informational.size() + " rows:\n");
            informational.forEach(line -> summary.append("  ").append(line).append('\n'));
        }
        if (!aggregatesExplained.isEmpty()) {
            summary.append("England and region rows that do not reproduce from their own published counts, each with "
                    + "at least one local authority in the area whose figure is suppressed (the DfE aggregate rate "
                    + "is over the authorities with a usable figure, the aggregate counts are over all):\n");
            aggregatesExplained.forEach(line -> summary.append("  ").append(line).append('\n'));
        }
        if (!failures.isEmpty()) {
            summary.append("NOT REPRODUCED:\n");
            failures.forEach(line -> summary.append("  ").append(line).append('\n'));
        }
        summary.append(String.format("Total: %d rates checked, %d exact, %d within the counts' rounding, "
                + "%d aggregate rows explained by suppressed authorities, %d not reproduced%n",
                totalChecked, totalExact, totalChecked - totalExact - aggregatesExplained.size() - failures.size(),
                aggregatesExplained.size(), failures.size()));
        System.out.print(summary);
        assertTrue(failures.isEmpty(), failures.size() + " published rates not reproduced:\n"
                + failures.stream().collect(Collectors.joining("\n")));
    }

    @Test
    void theToleranceRejectsAWrongFormula() {
        // the check is not vacuous: a wrong formula (agency / in-post instead of agency / (agency + in-post))
        // falls outside the rounding range on most rows
        DfeIndicatorFile file = DfeIndicatorFile.shipped();
        Rate wrong = new Rate("wrong", DfeIndicatorRow::agencyRateFte,
                List.of(fte("agency_fte", DfeIndicatorRow::agencyFte), fte("inpost_fte", DfeIndicatorRow::inpostFte)),
                (row, v) -> DfeRates.turnoverRate(v[0], v[1]));
        int usable = 0;
        int rejected = 0;
        for (DfeIndicatorRow row : file.rows()) {
            if (row.agencyRateFte() == null || row.agencyFte() == null || row.inpostFte() == null
                    || row.agencyFte().signum() == 0) {
                continue;
            }
            usable++;
            if (!range(wrong, row, new BigDecimal[] {row.agencyFte(), row.inpostFte()}).contains(row.agencyRateFte())) {
                rejected++;
            }
        }
        assertTrue(rejected > usable * 9 / 10, rejected + " of " + usable + " rejected");
    }

    @Test
    void rangeOfTheWorkedExample() {
        // Worcestershire 2025 agency rate: 35 +- 0.05 over 316.5 -> [34.95 / 316.5, 35.05 / 316.5] x 100
        Range range = range(RATES.get(0), null, new BigDecimal[] {new BigDecimal("35"), new BigDecimal("281.5")});
        assertEquals(new BigDecimal("11.0"), range.min());
        assertEquals(new BigDecimal("11.1"), range.max());
        assertTrue(range.contains(new BigDecimal("11.1")));
        assertTrue(!range.contains(new BigDecimal("11.2")));
    }

    /** DfeRates at every corner of the input box; max is null when a corner has no denominator. */
    private record Range(BigDecimal min, BigDecimal max) {
        boolean contains(BigDecimal value) {
            return min != null && value.compareTo(min) >= 0 && (max == null || value.compareTo(max) <= 0);
        }

        @Override
        public String toString() {
            return "[" + (min == null ? "-" : min.toPlainString()) + ", "
                    + (max == null ? "open" : max.toPlainString()) + "]";
        }
    }

    private static Range range(Rate rate, DfeIndicatorRow row, BigDecimal[] values) {
        int n = values.length;
        BigDecimal min = null;
        BigDecimal max = null;
        boolean open = false;
        for (int corner = 0; corner < (1 << n); corner++) {
            BigDecimal[] at = new BigDecimal[n];
            for (int i = 0; i < n; i++) {
                BigDecimal value = values[i];
                if (!rate.inputs().get(i).exact()) {
                    value = (corner & (1 << i)) == 0 ? value.subtract(HALF_STEP) : value.add(HALF_STEP);
                    if (value.signum() < 0) {
                        value = BigDecimal.ZERO;
                    }
                }
                at[i] = value;
            }
            BigDecimal result = rate.formula().apply(row, at);
            if (result == null) {
                open = true;
                continue;
            }
            min = min == null || result.compareTo(min) < 0 ? result : min;
            max = max == null || result.compareTo(max) > 0 ? result : max;
        }
        return new Range(min, open ? null : max);
    }

    /**
     * For an England or region row: the local authorities of the area, that year, whose published rate or
     * one of its inputs is suppressed. Empty for a
     * local authority row: those must reproduce, no exception.
     */
    private static List<String> suppressedLocalAuthorities(DfeIndicatorFile file, Rate rate, DfeIndicatorRow area) {
        if (area.geographicLevel() == GeographicLevel.LOCAL_AUTHORITY) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (DfeIndicatorRow la : file.rowsFor(area.timePeriod())) {
            if (la.geographicLevel() != GeographicLevel.LOCAL_AUTHORITY || !inArea(la, area)) {
                continue;
            }
            boolean missing = rate.published().apply(la) == null
                    || rate.inputs().stream().anyMatch(input -> input.value().apply(la) == null);
            if (missing) {
                names.add(la.laName());
            }
        }
        return names;
    }

    /** London's boroughs carry their sub-region (Inner or Outer London, E13) as region code in the file. */
    private static boolean inArea(DfeIndicatorRow la, DfeIndicatorRow area) {
        if (area.geographicLevel() == GeographicLevel.NATIONAL) {
            return true;
        }
        String region = la.regionCode() == null ? "" : la.regionCode();
        return region.equals(area.regionCode())
                || (LONDON.equals(area.regionCode()) && region.startsWith("E13"));
    }

    private static final String LONDON = "E12000007";

    private static String describe(Rate rate, BigDecimal[] values) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            parts.add(rate.inputs().get(i).column() + "=" + values[i].toPlainString());
        }
        return String.join(", ", parts);
    }
}

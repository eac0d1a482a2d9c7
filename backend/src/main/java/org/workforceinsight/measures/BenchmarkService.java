package org.workforceinsight.measures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.workforceinsight.api.model.BenchmarkReport;
import org.workforceinsight.api.model.BenchmarkRow;
import org.workforceinsight.api.model.DfeIndicators;
import org.workforceinsight.organisation.OrgNode;
import org.workforceinsight.organisation.OrgTree;
import org.workforceinsight.shared.ProblemException;

/**
 * The council's DfE measures for a census year beside the published figures: England, the council's
 * region and its comparator group, and the council's own published row when the file has one.
 */
@ApplicationScoped
public class BenchmarkService {

    @Inject
    BenchmarkComparatorService comparators;

    @Inject
    MeasureService measures;

    public BenchmarkReport report(OrgTree tree, int censusYear) {
        DfeIndicatorFile file = comparators.file();
        if (!file.years().contains(censusYear)) {
            throw ProblemException.notFound("The DfE file has no census year " + censusYear + "; it has "
                    + file.years().stream().min(Integer::compare).orElseThrow() + " to "
                    + file.years().stream().max(Integer::compare).orElseThrow() + ".");
        }
        OrgNode council = tree.council()
                .orElseThrow(() -> ProblemException.notFound("No organisation has been loaded yet."));
        // the census: as at 30 September, flows over the 12 months from 1 October before
        LocalDate asAt = LocalDate.of(censusYear, 9, 30);
        LocalDate periodStart = LocalDate.of(censusYear - 1, 10, 1);
        Map<Measure, MeasureValue> values = measures.valuesFor(council.id, asAt, periodStart);

        BenchmarkReport report = new BenchmarkReport()
                .censusYear(censusYear)
                .asAt(asAt)
                .council(new BenchmarkRow().level(BenchmarkRow.LevelEnum.COUNCIL).code(council.laCode)
                        .name(council.name).indicators(computed(values)))
                .attribution(DfeIndicatorFile.ATTRIBUTION);
        if (council.laCode != null) {
            file.localAuthority(censusYear, council.laCode).map(row -> published(row, BenchmarkRow.LevelEnum.LOCAL_AUTHORITY))
                    .ifPresent(report::setCouncilPublished);
        }
        file.england(censusYear).map(row -> published(row, BenchmarkRow.LevelEnum.ENGLAND)).ifPresent(report::setEngland);
        regionOf(file, censusYear, council.region).map(row -> published(row, BenchmarkRow.LevelEnum.REGION))
                .ifPresent(report::setRegion);
        report.setComparators(comparators.comparatorCodes().stream()
                .map(code -> file.localAuthority(censusYear, code))
                .flatMap(Optional::stream)
                .map(row -> published(row, BenchmarkRow.LevelEnum.LOCAL_AUTHORITY))
                .toList());
        return report;
    }

    /** The region row whose name is the council's region (the DfE region_name, ignoring case). */
    private static Optional<DfeIndicatorRow> regionOf(DfeIndicatorFile file, int year, String regionName) {
        if (regionName == null || regionName.isBlank()) {
            return Optional.empty();
        }
        return file.rowsFor(year).stream()
                .filter(row -> row.geographicLevel() == GeographicLevel.REGIONAL)
                .filter(row -> row.regionName() != null && row.regionName().trim().equalsIgnoreCase(regionName.trim()))
                .findFirst();
    }

    private static BenchmarkRow published(DfeIndicatorRow row, BenchmarkRow.LevelEnum level) {
        return new BenchmarkRow().level(level).code(row.areaCode()).name(row.areaName()).indicators(new DfeIndicators()
                .inPostFte(number(row.inpostFte()))
                .inPostHeadcount(number(row.inpostHeadcount()))
                .startersFte(number(row.startersFte()))
                .leaversFte(number(row.leaversFte()))
                .turnoverRate(number(row.turnoverRateFte()))
                .agencyFte(number(row.agencyFte()))
                .agencyRate(number(row.agencyRateFte()))
                .agencyCoverRate(number(row.agencyCoverRateFte()))
                .vacancyFte(number(row.vacancyFte()))
                .vacancyRate(number(row.vacancyRateFte()))
                .vacancyAgencyCoverRate(number(row.vacancyAgencyCoverRateFte()))
                .caseHoldersFte(number(row.caseHoldersFte()))
                .cases(number(row.cases()))
                .averageCaseload(number(row.caseloadFte()))
                .workingDaysLost(number(row.workingDaysLostFte()))
                .absenceRate(number(row.absenceRateFte())));
    }

    private static DfeIndicators computed(Map<Measure, MeasureValue> values) {
        Function<Measure, Double> value = measure -> {
            MeasureValue v = values.get(measure);
            return v == null ? null : number(v.value());
        };
        return new DfeIndicators()
                .inPostFte(value.apply(Measure.IN_POST_FTE))
                .inPostHeadcount(value.apply(Measure.IN_POST_HEADCOUNT))
                .startersFte(value.apply(Measure.STARTERS_FTE))
                .leaversFte(value.apply(Measure.LEAVERS_FTE))
                .turnoverRate(value.apply(Measure.TURNOVER_RATE))
                .agencyFte(value.apply(Measure.AGENCY_FTE))
                .agencyRate(value.apply(Measure.AGENCY_RATE))
                .agencyCoverRate(value.apply(Measure.AGENCY_COVER_RATE))
                .vacancyFte(value.apply(Measure.VACANCY_FTE))
                .vacancyRate(value.apply(Measure.VACANCY_RATE))
                .vacancyAgencyCoverRate(value.apply(Measure.VACANCY_AGENCY_COVER_RATE))
                .caseHoldersFte(value.apply(Measure.CASE_HOLDERS_FTE))
                .cases(value.apply(Measure.CASES))
                .averageCaseload(value.apply(Measure.AVERAGE_CASELOAD))
                .workingDaysLost(value.apply(Measure.WORKING_DAYS_LOST))
                .absenceRate(value.apply(Measure.ABSENCE_RATE));
    }

    private static Double number(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}

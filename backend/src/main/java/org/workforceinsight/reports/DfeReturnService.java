package org.workforceinsight.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.workforceinsight.api.model.DfeReturn;
import org.workforceinsight.api.model.DfeReturnRow;
import org.workforceinsight.api.model.DfeReturnWorker;
import org.workforceinsight.api.model.DfeReturnWorkerPage;
import org.workforceinsight.api.model.ExplanationItem;
import org.workforceinsight.measures.DfeIndicatorFile;
import org.workforceinsight.measures.DfeIndicatorRow;
import org.workforceinsight.measures.DfeRates;
import org.workforceinsight.measures.Measure;
import org.workforceinsight.measures.MeasureService;
import org.workforceinsight.measures.MeasureValue;
import org.workforceinsight.organisation.OrgNode;
import org.workforceinsight.security.AccessScope;
import org.workforceinsight.security.AuditTrail;
import org.workforceinsight.shared.Paging;
import org.workforceinsight.shared.ProblemException;

/**
 * The council's return for the DfE children's social work workforce census: its row in the layout of the
 * DfE indicators file, every figure from the measures engine for the census (as at 30 September, flows over
 * the 12 months from 1 October before), and the workers behind the figures, so that a workforce lead can
 * check the return before submitting it.
 */
@ApplicationScoped
public class DfeReturnService {

    static final String TIME_IDENTIFIER = "Reporting year";
    static final String GEOGRAPHIC_LEVEL = "Local authority";
    static final String COUNTRY_CODE = "E92000001";
    static final String COUNTRY_NAME = "England";

    /** Columns of the DfE file that name the row rather than count anything. */
    private static final List<String> TEXT_COLUMNS = List.of("time_identifier", "geographic_level", "country_code",
            "country_name", "region_code", "region_name", "old_la_code", "new_la_code", "la_name");

    @Inject
    MeasureService measures;

    @Inject
    AuditTrail audit;

    private volatile DfeIndicatorFile shipped;
    private volatile List<String> header;

    /** The census a year names; 404 when no organisation is loaded. */
    record Census(int year, LocalDate asAt, LocalDate periodStart, OrgNode council) {
    }

    Census census(AccessScope scope, Integer year) {
        if (year == null) {
            throw ProblemException.invalidField("censusYear", "is required");
        }
        OrgNode council = scope.tree().council()
                .orElseThrow(() -> ProblemException.notFound("No organisation has been loaded yet."));
        return new Census(year, LocalDate.of(year, 9, 30), LocalDate.of(year - 1, 10, 1), council);
    }

    public DfeReturn dfeReturn(AccessScope scope, Integer year) {
        Census census = census(scope, year);
        Map<String, Object> row = row(census);
        return new DfeReturn().censusYear(census.year()).asAt(census.asAt()).periodStart(census.periodStart())
                .columns(header()).row(model(row));
    }

    /** The DfE file's header, read from the shipped copy so that the return cannot drift from it. */
    public List<String> header() {
        List<String> columns = header;
        if (columns == null) {
            try (InputStream in = DfeReturnService.class.getClassLoader().getResourceAsStream(DfeIndicatorFile.RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("The DfE indicators file is missing: " + DfeIndicatorFile.RESOURCE);
                }
                String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
                if (line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                columns = List.of(line.trim().split(","));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            header = columns;
        }
        return columns;
    }

    /** The council's row, DfE column name to value (BigDecimal numbers, null where there is no value). */
    Map<String, Object> row(Census census) {
        Map<Measure, MeasureValue> values = measures.valuesFor(census.council().id, census.asAt(),
                census.periodStart());
        Optional<DfeIndicatorRow> published = publishedRowOf(census.council());
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("time_period", census.year());
        row.put("time_identifier", TIME_IDENTIFIER);
        row.put("geographic_level", GEOGRAPHIC_LEVEL);
        row.put("country_code", COUNTRY_CODE);
        row.put("country_name", COUNTRY_NAME);
        row.put("region_code", published.map(DfeIndicatorRow::regionCode).orElse(null));
        row.put("region_name", published.map(DfeIndicatorRow::regionName).orElse(census.council().region));
        row.put("old_la_code", published.map(DfeIndicatorRow::oldLaCode).orElse(null));
        row.put("new_la_code", census.council().laCode);
        row.put("la_name", published.map(DfeIndicatorRow::laName).orElse(census.council().name));
        BigDecimal inPostFte = value(values, Measure.IN_POST_FTE);
        BigDecimal inPostHeadcount = value(values, Measure.IN_POST_HEADCOUNT);
        BigDecimal leaversHeadcount = value(values, Measure.LEAVERS_HEADCOUNT);
        BigDecimal agencyHeadcount = value(values, Measure.AGENCY_HEADCOUNT);
        row.put("inpost_fte", inPostFte);
        row.put("inpost_headcount", inPostHeadcount);
        row.put("starters_fte", value(values, Measure.STARTERS_FTE));
        row.put("starters_headcount", value(values, Measure.STARTERS_HEADCOUNT));
        row.put("leavers_fte", value(values, Measure.LEAVERS_FTE));
        row.put("leavers_headcount", leaversHeadcount);
        row.put("turnover_rate_fte", value(values, Measure.TURNOVER_RATE));
        // the headcount rates are not measures of their own: the same DfE formulas over the headcounts
        row.put("turnover_rate_headcount", DfeRates.turnoverRate(leaversHeadcount, inPostHeadcount));
        row.put("agency_fte", value(values, Measure.AGENCY_FTE));
        row.put("agency_headcount", agencyHeadcount);
        row.put("agency_rate_fte", value(values, Measure.AGENCY_RATE));
        row.put("agency_rate_headcount", DfeRates.agencyRate(agencyHeadcount, inPostHeadcount));
        row.put("agency_cover_fte", value(values, Measure.AGENCY_COVER_FTE));
        row.put("agency_cover_rate_fte", value(values, Measure.AGENCY_COVER_RATE));
        row.put("vacancy_fte", value(values, Measure.VACANCY_FTE));
        row.put("vacancy_rate_fte", value(values, Measure.VACANCY_RATE));
        row.put("vacancy_agency_cover_rate_fte", value(values, Measure.VACANCY_AGENCY_COVER_RATE));
        row.put("case_holders_fte", value(values, Measure.CASE_HOLDERS_FTE));
        row.put("cases", value(values, Measure.CASES));
        row.put("caseload_fte", value(values, Measure.AVERAGE_CASELOAD));
        row.put("working_days_lost_fte", value(values, Measure.WORKING_DAYS_LOST));
        row.put("absence_rate_fte", value(values, Measure.ABSENCE_RATE));
        return row;
    }

    private Optional<DfeIndicatorRow> publishedRowOf(OrgNode council) {
        if (council.laCode == null) {
            return Optional.empty();
        }
        DfeIndicatorFile file = shipped;
        if (file == null) {
            file = DfeIndicatorFile.shipped();
            shipped = file;
        }
        // the latest year the file has the council in: codes and names as the DfE spells them now
        DfeIndicatorFile source = file;
        return source.years().stream().sorted(Comparator.reverseOrder())
                .map(year -> source.localAuthority(year, council.laCode))
                .flatMap(Optional::stream).findFirst();
    }

    private static BigDecimal value(Map<Measure, MeasureValue> values, Measure measure) {
        MeasureValue value = values.get(measure);
        return value == null ? null : value.value();
    }

    private static DfeReturnRow model(Map<String, Object> row) {
        return new DfeReturnRow()
                .timePeriod((Integer) row.get("time_period"))
                .timeIdentifier((String) row.get("time_identifier"))
                .geographicLevel((String) row.get("geographic_level"))
                .countryCode((String) row.get("country_code"))
                .countryName((String) row.get("country_name"))
                .regionCode((String) row.get("region_code"))
                .regionName((String) row.get("region_name"))
                .oldLaCode((String) row.get("old_la_code"))
                .newLaCode((String) row.get("new_la_code"))
                .laName((String) row.get("la_name"))
                .inpostFte(number(row, "inpost_fte"))
                .inpostHeadcount(number(row, "inpost_headcount"))
                .startersFte(number(row, "starters_fte"))
                .startersHeadcount(number(row, "starters_headcount"))
                .leaversFte(number(row, "leavers_fte"))
                .leaversHeadcount(number(row, "leavers_headcount"))
                .turnoverRateFte(number(row, "turnover_rate_fte"))
                .turnoverRateHeadcount(number(row, "turnover_rate_headcount"))
                .agencyFte(number(row, "agency_fte"))
                .agencyHeadcount(number(row, "agency_headcount"))
                .agencyRateFte(number(row, "agency_rate_fte"))
                .agencyRateHeadcount(number(row, "agency_rate_headcount"))
                .agencyCoverFte(number(row, "agency_cover_fte"))
                .agencyCoverRateFte(number(row, "agency_cover_rate_fte"))
                .vacancyFte(number(row, "vacancy_fte"))
                .vacancyRateFte(number(row, "vacancy_rate_fte"))
                .vacancyAgencyCoverRateFte(number(row, "vacancy_agency_cover_rate_fte"))
                .caseHoldersFte(number(row, "case_holders_fte"))
                .cases(number(row, "cases"))
                .caseloadFte(number(row, "caseload_fte"))
                .workingDaysLostFte(number(row, "working_days_lost_fte"))
                .absenceRateFte(number(row, "absence_rate_fte"));
    }

    private static Double number(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value == null ? null : ((BigDecimal) value).doubleValue();
    }

    /** The row as a one-row table with exactly the DfE file's header. */
    public Table returnTable(AccessScope scope, Integer year) {
        Census census = census(scope, year);
        Map<String, Object> row = row(census);
        List<Column> columns = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (String name : header()) {
            Column.Type type = name.equals("time_period") ? Column.Type.INTEGER
                    : TEXT_COLUMNS.contains(name) ? Column.Type.TEXT : Column.Type.DECIMAL;
            columns.add(new Column(name, type));
            values.add(row.get(name));
        }
        return new Table("dfe-return-" + census.year(), columns, sink -> sink.row(values), about(scope, census,
                "DfE children's social work workforce return " + census.year()));
    }

    private static About about(AccessScope scope, Census census, String title) {
        Map<String, String> filters = ExportFiles.filters("censusYear", census.year(), "periodStart",
                census.periodStart(), "asAt", census.asAt());
        // the layout is the DfE's (Open Government Licence); the figures are the council's own
        return ExportFiles.about(scope, title, census.asAt(), filters, "Column layout: " + DfeIndicatorFile.ATTRIBUTION);
    }

    // --- the workers behind the return ----------------------------------------------------------

    /** The explanation of these measures lists every worker the return counts, by what it counts them for. */
    private static final List<Measure> COUNTED = List.of(Measure.IN_POST_FTE, Measure.STARTERS_FTE,
            Measure.LEAVERS_FTE, Measure.AGENCY_FTE, Measure.AGENCY_COVER_FTE, Measure.CASES,
            Measure.WORKING_DAYS_LOST);

    private static final class Counted {
        final DfeReturnWorker worker = new DfeReturnWorker();
        BigDecimal inPost;
        BigDecimal starter;
        BigDecimal leaver;
        BigDecimal agency;
        BigDecimal agencyCover;
        BigDecimal caseHolder;
        Integer cases;
        BigDecimal daysLost;
    }

    List<DfeReturnWorker> workers(AccessScope scope, Census census) {
        MeasureService.Dated dated = MeasureService.Dated.of(census.asAt(), census.periodStart());
        Map<UUID, Counted> byWorker = new LinkedHashMap<>();
        for (Measure measure : COUNTED) {
            // the explanation's rows are computed all at once; one call takes them all
            List<ExplanationItem> items = measures.explanation(scope, census.council().id, measure, dated,
                    new Paging(0, Integer.MAX_VALUE)).getItems();
            for (ExplanationItem item : items) {
                Counted counted = byWorker.computeIfAbsent(item.getWorker().getId(), id -> {
                    Counted c = new Counted();
                    c.worker.worker(item.getWorker()).node(item.getNode()).role(item.getRole());
                    return c;
                });
                BigDecimal fte = decimal(item.getFte());
                switch (measure) {
                    case IN_POST_FTE -> counted.inPost = add(counted.inPost, fte);
                    case STARTERS_FTE -> counted.starter = add(counted.starter, fte);
                    case LEAVERS_FTE -> counted.leaver = add(counted.leaver, fte);
                    case AGENCY_FTE -> counted.agency = add(counted.agency, fte);
                    case AGENCY_COVER_FTE -> counted.agencyCover = add(counted.agencyCover, fte);
                    case CASES -> {
                        counted.caseHolder = add(counted.caseHolder, fte);
                        counted.cases = (counted.cases == null ? 0 : counted.cases)
                                + (item.getCases() == null ? 0 : item.getCases());
                    }
                    case WORKING_DAYS_LOST -> {
                        // the DfE counts days lost weighted by the FTE the worker was employed at
                        BigDecimal days = decimal(item.getWorkingDaysLost());
                        counted.daysLost = add(counted.daysLost, days == null || fte == null ? null
                                : days.multiply(fte));
                    }
                    default -> throw new IllegalStateException("not a counted measure: " + measure);
                }
            }
        }
        return byWorker.values().stream()
                .map(c -> c.worker.inPostFte(dbl(c.inPost)).starterFte(dbl(c.starter)).leaverFte(dbl(c.leaver))
                        .agencyFte(dbl(c.agency)).agencyCoverFte(dbl(c.agencyCover)).caseHolderFte(dbl(c.caseHolder))
                        .cases(c.cases).workingDaysLost(dbl(c.daysLost)))
                .sorted(Comparator.comparing((DfeReturnWorker w) -> lower(w.getWorker().getFamilyName()))
                        .thenComparing(w -> lower(w.getWorker().getGivenName()))
                        .thenComparing(w -> w.getWorker().getId()))
                .toList();
    }

    public DfeReturnWorkerPage workerPage(AccessScope scope, Integer year, Paging paging) {
        Census census = census(scope, year);
        List<DfeReturnWorker> all = workers(scope, census);
        List<DfeReturnWorker> items = all.stream().skip(paging.offset()).limit(paging.size()).toList();
        // the measures engine reads in a read-only transaction of its own, so the record is written after it
        audit.recordRead("listDfeReturnWorkers", AuditTrail.idsOf(items, w -> w.getWorker().getId()),
                List.of(census.council().id));
        return new DfeReturnWorkerPage().page(paging.page()).size(paging.size()).totalItems((long) all.size())
                .items(items);
    }

    public Table workersTable(AccessScope scope, Integer year) {
        Census census = census(scope, year);
        List<DfeReturnWorker> all = workers(scope, census);
        // every worker in the file, recorded (as the export) before the first byte is written
        audit.recordRead("listDfeReturnWorkers", AuditTrail.idsOf(all, w -> w.getWorker().getId()),
                List.of(census.council().id));
        ModelColumns<DfeReturnWorker> columns = ModelColumns.of(DfeReturnWorker.class, name -> false);
        return new Table("dfe-return-workers-" + census.year(), columns.columns(), sink -> {
            for (DfeReturnWorker worker : all) {
                sink.row(columns.values(worker));
            }
        }, about(scope, census, "Workers behind the DfE return " + census.year()));
    }

    private static BigDecimal add(BigDecimal sum, BigDecimal value) {
        if (value == null) {
            return sum;
        }
        return sum == null ? value : sum.add(value);
    }

    private static BigDecimal decimal(Double value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }

    private static Double dbl(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }

    private static String lower(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }
}

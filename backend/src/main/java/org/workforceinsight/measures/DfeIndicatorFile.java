package org.workforceinsight.measures;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The DfE children's social work workforce indicators file (shipped in {@value #RESOURCE}, see the
 * NOTICE.md beside it), read into {@link DfeIndicatorRow}s. Columns are found by their header names, so
 * their order does not matter; a missing column is an error naming it. Suppression symbols and empty
 * cells are "no value" (null), never zero.
 */
public final class DfeIndicatorFile {

    /** Classpath location of the shipped copy. */
    public static final String RESOURCE = "dfe/csww_indicators_2017_to_2025.csv";

    /** To be shown wherever the product shows or ships these figures. */
    public static final String ATTRIBUTION = "Contains public sector information licensed under the Open Government"
            + " Licence v3.0. Source: Department for Education, Children's social work workforce";

    /** Symbols the DfE publishes in place of a number: not applicable, not available, confidential, low, low reliability. */
    public static final Set<String> SUPPRESSION_SYMBOLS = Set.of("z", "x", "c", "low", "u");

    private final List<DfeIndicatorRow> rows;
    private final Map<Integer, List<DfeIndicatorRow>> byYear;
    private final Map<String, DfeIndicatorRow> byArea;

    private DfeIndicatorFile(List<DfeIndicatorRow> rows) {
        this.rows = List.copyOf(rows);
        Map<Integer, List<DfeIndicatorRow>> years = new TreeMap<>();
        Map<String, DfeIndicatorRow> areas = new HashMap<>();
        for (DfeIndicatorRow row : this.rows) {
            years.computeIfAbsent(row.timePeriod(), y -> new ArrayList<>()).add(row);
            if (row.geographicLevel() == GeographicLevel.NATIONAL || row.areaCode() != null) {
                areas.putIfAbsent(areaKey(row.timePeriod(), row.geographicLevel(), row.areaCode()), row);
            }
        }
        Map<Integer, List<DfeIndicatorRow>> frozen = new LinkedHashMap<>();
        years.forEach((year, list) -> frozen.put(year, List.copyOf(list)));
        this.byYear = Collections.unmodifiableMap(frozen);
        this.byArea = Map.copyOf(areas);
    }

    /** The copy shipped with the product, from the classpath. */
    public static DfeIndicatorFile shipped() {
        try (InputStream in = openShipped()) {
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Reads a whole file (header line first) into memory. */
    public static DfeIndicatorFile read(Reader reader) {
        List<DfeIndicatorRow> rows = new ArrayList<>();
        stream(reader, rows::add);
        return new DfeIndicatorFile(rows);
    }

    /**
     * Streams a file (header line first) row by row to {@code sink} without holding it in memory.
     * The caller closes the reader.
     */
    public static void stream(Reader reader, Consumer<DfeIndicatorRow> sink) {
        CsvRecordReader csv = new CsvRecordReader(reader);
        List<String> header = csv.next();
        if (header == null) {
            throw new DfeFileException("DfE indicators file is empty: no header line");
        }
        Columns columns = new Columns(header);
        List<String> record;
        while ((record = csv.next()) != null) {
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue;
            }
            sink.accept(columns.row(record, csv.recordLine()));
        }
    }

    private static InputStream openShipped() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        InputStream in = loader == null ? null : loader.getResourceAsStream(RESOURCE);
        if (in == null) {
            in = DfeIndicatorFile.class.getClassLoader().getResourceAsStream(RESOURCE);
        }
        if (in == null) {
            throw new DfeFileException("the DfE indicators file is missing from the classpath: " + RESOURCE);
        }
        return in;
    }

    public List<DfeIndicatorRow> rows() {
        return rows;
    }

    /** The census years in the file, ascending. */
    public Set<Integer> years() {
        return byYear.keySet();
    }

    /** Every row (England, regions, local authorities) for a census year; empty for a year not in the file. */
    public List<DfeIndicatorRow> rowsFor(int year) {
        return byYear.getOrDefault(year, List.of());
    }

    public Optional<DfeIndicatorRow> england(int year) {
        return Optional.ofNullable(byArea.get(areaKey(year, GeographicLevel.NATIONAL, null)));
    }

    /** A region's row by its code (e.g. E12000005 West Midlands; also E13 Inner and Outer London). */
    public Optional<DfeIndicatorRow> region(int year, String regionCode) {
        return Optional.ofNullable(byArea.get(areaKey(year, GeographicLevel.REGIONAL, regionCode)));
    }

    /** A local authority's row by its new LA code (e.g. E10000034 Worcestershire). */
    public Optional<DfeIndicatorRow> localAuthority(int year, String newLaCode) {
        return Optional.ofNullable(byArea.get(areaKey(year, GeographicLevel.LOCAL_AUTHORITY, newLaCode)));
    }

    private static String areaKey(int year, GeographicLevel level, String code) {
        return year + "|" + level + "|" + (code == null ? "" : code.trim().toUpperCase(Locale.ROOT));
    }

    /** A file that cannot be read as the DfE indicators file. */
    public static final class DfeFileException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        public DfeFileException(String message) {
            super(message);
        }

        public DfeFileException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Header-driven access to one record's cells. */
    private static final class Columns {

        private final Map<String, Integer> index = new HashMap<>();
        private final int width;

        Columns(List<String> header) {
            this.width = header.size();
            for (int i = 0; i < header.size(); i++) {
                String name = header.get(i).trim().toLowerCase(Locale.ROOT);
                if (i == 0 && name.startsWith("\uFEFF")) {
                    name = name.substring(1);
                }
                index.putIfAbsent(name, i);
            }
            List<String> missing = new ArrayList<>();
            for (String required : REQUIRED) {
                if (!index.containsKey(required)) {
                    missing.add(required);
                }
            }
            if (!missing.isEmpty()) {
                throw new DfeFileException("DfE indicators file: missing column" + (missing.size() > 1 ? "s " : " ")
                        + String.join(", ", missing));
            }
        }

        DfeIndicatorRow row(List<String> record, int line) {
            if (record.size() != width) {
                throw new DfeFileException("DfE indicators file line " + line + ": " + record.size()
                        + " fields where the header has " + width);
            }
            String level = text(record, "geographic_level");
            if (level == null) {
                throw new DfeFileException("DfE indicators file line " + line + ": geographic_level is empty");
            }
            GeographicLevel geographicLevel;
            int timePeriod;
            try {
                geographicLevel = GeographicLevel.fromLabel(level);
                timePeriod = Integer.parseInt(text(record, "time_period"));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new DfeFileException("DfE indicators file line " + line + ": " + e.getMessage(), e);
            }
            return new DfeIndicatorRow(
                    timePeriod,
                    geographicLevel,
                    text(record, "region_code"),
                    text(record, "region_name"),
                    text(record, "old_la_code"),
                    text(record, "new_la_code"),
                    text(record, "la_name"),
                    number(record, "inpost_fte", line),
                    number(record, "inpost_headcount", line),
                    number(record, "starters_fte", line),
                    number(record, "starters_headcount", line),
                    number(record, "leavers_fte", line),
                    number(record, "leavers_headcount", line),
                    number(record, "turnover_rate_fte", line),
                    number(record, "turnover_rate_headcount", line),
                    number(record, "agency_fte", line),
                    number(record, "agency_headcount", line),
                    number(record, "agency_rate_fte", line),
                    number(record, "agency_rate_headcount", line),
                    number(record, "agency_cover_fte", line),
                    number(record, "agency_cover_rate_fte", line),
                    number(record, "vacancy_fte", line),
                    number(record, "vacancy_rate_fte", line),
                    number(record, "vacancy_agency_cover_rate_fte", line),
                    number(record, "case_holders_fte", line),
                    number(record, "cases", line),
                    number(record, "caseload_fte", line),
                    number(record, "working_days_lost_fte", line),
                    number(record, "absence_rate_fte", line));
        }

        private String text(List<String> record, String column) {
            String value = record.get(index.get(column)).trim();
            return value.isEmpty() ? null : value;
        }

        private BigDecimal number(List<String> record, String column, int line) {
            String value = text(record, column);
            if (value == null || SUPPRESSION_SYMBOLS.contains(value.toLowerCase(Locale.ROOT))) {
                return null;
            }
            try {
                return new BigDecimal(value);
            } catch (NumberFormatException e) {
                throw new DfeFileException("DfE indicators file line " + line + ": column " + column
                        + " has '" + value + "', neither a number nor a suppression symbol", e);
            }
        }

        private static final List<String> REQUIRED = List.of(
                "time_period", "geographic_level", "region_code", "region_name", "old_la_code", "new_la_code",
                "la_name", "inpost_fte", "inpost_headcount", "starters_fte", "starters_headcount", "leavers_fte",
                "leavers_headcount", "turnover_rate_fte", "turnover_rate_headcount", "agency_fte",
                "agency_headcount", "agency_rate_fte", "agency_rate_headcount", "agency_cover_fte",
                "agency_cover_rate_fte", "vacancy_fte", "vacancy_rate_fte", "vacancy_agency_cover_rate_fte",
                "case_holders_fte", "cases", "caseload_fte", "working_days_lost_fte", "absence_rate_fte");
    }
}

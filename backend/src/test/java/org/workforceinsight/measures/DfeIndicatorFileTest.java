package org.workforceinsight.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DfeIndicatorFileTest {

    private static final String HEADER = "time_period,time_identifier,geographic_level,country_code,country_name,"
            + "region_code,region_name,old_la_code,new_la_code,la_name,inpost_fte,inpost_headcount,starters_fte,"
            + "starters_headcount,leavers_fte,leavers_headcount,turnover_rate_fte,turnover_rate_headcount,"
            + "agency_fte,agency_headcount,agency_rate_fte,agency_rate_headcount,agency_cover_fte,"
            + "agency_cover_rate_fte,vacancy_fte,vacancy_rate_fte,vacancy_agency_cover_rate_fte,case_holders_fte,"
            + "cases,caseload_fte,working_days_lost_fte,absence_rate_fte";

    private static String la(String name, String numbers) {
        return "2024,Reporting year,Local authority,E92000001,England,E12000005,West Midlands,885,E10000034,"
                + name + "," + numbers;
    }

    private static final String NUMBERS =
            "281.5,301,42.7,45,34.6,36,12.3,12,35,35,11.1,10.4,29,82.9,40,12.4,72.5,198,2896,14.6,1930,2.7";

    @Test
    void readsTheWorkedExampleRow() {
        DfeIndicatorRow row = DfeIndicatorFile.shipped().localAuthority(2025, "E10000034").orElseThrow();
        assertEquals("Worcestershire", row.laName());
        assertEquals(GeographicLevel.LOCAL_AUTHORITY, row.geographicLevel());
        assertEquals("885", row.oldLaCode());
        assertEquals("E12000005", row.regionCode());
        assertEquals("West Midlands", row.regionName());
        assertEquals(new BigDecimal("281.5"), row.inpostFte());
        assertEquals(new BigDecimal("301"), row.inpostHeadcount());
        assertEquals(new BigDecimal("35"), row.agencyFte());
        assertEquals(new BigDecimal("2896"), row.cases());
        assertEquals(new BigDecimal("1930"), row.workingDaysLostFte());
        assertEquals(new BigDecimal("2.7"), row.absenceRateFte());
    }

    @Test
    void suppressionSymbolsAndEmptyCellsAreNoValueNotZero() {
        String numbers = "z,x,c,low,u,,12.3,12,0,0,0.0,0,z,z,X,Low, U ,198,2896,14.6,1930,2.7";
        DfeIndicatorRow row = read(HEADER + "\n" + la("Somewhere", numbers) + "\n").rows().get(0);
        assertNull(row.inpostFte());
        assertNull(row.inpostHeadcount());
        assertNull(row.startersFte());
        assertNull(row.startersHeadcount());
        assertNull(row.leaversFte());
        assertNull(row.leaversHeadcount());
        assertEquals(new BigDecimal("12.3"), row.turnoverRateFte());
        // a published zero stays a zero
        assertEquals(0, row.agencyFte().signum());
        assertEquals(0, row.agencyRateFte().signum());
        assertNull(row.agencyCoverFte());
        assertNull(row.agencyCoverRateFte());
        assertNull(row.vacancyFte());
        assertNull(row.vacancyRateFte());
        assertNull(row.vacancyAgencyCoverRateFte());
        assertEquals(new BigDecimal("198"), row.caseHoldersFte());
    }

    @Test
    void shippedFileSuppressionsAreNeverZero() throws Exception {
        // cell by cell against the raw file: a symbol or an empty cell is null, anything else its number
        List<DfeIndicatorRow> rows = DfeIndicatorFile.shipped().rows();
        Map<String, RecordComponent> components = new HashMap<>();
        for (RecordComponent component : DfeIndicatorRow.class.getRecordComponents()) {
            components.put(component.getName().toLowerCase(Locale.ROOT), component);
        }
        int suppressed = 0;
        int numbers = 0;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(DfeIndicatorFile.RESOURCE)) {
            CsvRecordReader csv = new CsvRecordReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> header = csv.next();
            List<String> raw;
            int index = 0;
            while ((raw = csv.next()) != null) {
                DfeIndicatorRow row = rows.get(index++);
                for (int column = 10; column < header.size(); column++) {
                    RecordComponent component = components.get(header.get(column).replace("_", ""));
                    assertNotNull(component, header.get(column));
                    Object value = component.getAccessor().invoke(row);
                    String cell = raw.get(column).trim();
                    if (cell.isEmpty() || DfeIndicatorFile.SUPPRESSION_SYMBOLS.contains(cell)) {
                        assertNull(value, "line " + csv.recordLine() + " " + header.get(column));
                        suppressed++;
                    } else {
                        assertEquals(0, new BigDecimal(cell).compareTo((BigDecimal) value),
                                "line " + csv.recordLine() + " " + header.get(column));
                        numbers++;
                    }
                }
            }
            assertEquals(rows.size(), index);
        }
        System.out.printf("DfE file: %d rows, %d numeric cells, %d suppressed or empty (null)%n",
                rows.size(), numbers, suppressed);
        assertTrue(suppressed > 0, "the shipped file has suppressed cells");
    }

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaks() {
        String csv = HEADER + "\r\n"
                + la("\"Kingston upon Hull, City of\"", NUMBERS) + "\r\n"
                + la("\"The \"\"Quoted\"\" Council\"", NUMBERS) + "\r\n"
                + la("\"Two\nLines\"", NUMBERS) + "\r\n"
                + la("\"\"", NUMBERS);
        List<DfeIndicatorRow> rows = read(csv).rows();
        assertEquals(4, rows.size());
        assertEquals("Kingston upon Hull, City of", rows.get(0).laName());
        assertEquals("The \"Quoted\" Council", rows.get(1).laName());
        assertEquals("Two\nLines", rows.get(2).laName());
        assertNull(rows.get(3).laName());
        for (DfeIndicatorRow row : rows) {
            assertEquals(new BigDecimal("281.5"), row.inpostFte());
            assertEquals(new BigDecimal("2.7"), row.absenceRateFte());
        }
        assertEquals("Kingston upon Hull, City of",
                DfeIndicatorFile.shipped().localAuthority(2025, "E06000010").orElseThrow().laName());
    }

    @Test
    void columnsAreFoundByNameNotPosition() {
        String header = "la_name,time_period,geographic_level,region_code,region_name,old_la_code,new_la_code,"
                + "absence_rate_fte,inpost_fte,inpost_headcount,starters_fte,starters_headcount,leavers_fte,"
                + "leavers_headcount,turnover_rate_fte,turnover_rate_headcount,agency_fte,agency_headcount,"
                + "agency_rate_fte,agency_rate_headcount,agency_cover_fte,agency_cover_rate_fte,vacancy_fte,"
                + "vacancy_rate_fte,vacancy_agency_cover_rate_fte,case_holders_fte,cases,caseload_fte,"
                + "working_days_lost_fte";
        String line = "Elsewhere,2023,Local authority,E12000001,North East,841,E06000005,4.4,"
                + "1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21";
        DfeIndicatorRow row = read(header + "\n" + line + "\n").rows().get(0);
        assertEquals("Elsewhere", row.laName());
        assertEquals(2023, row.timePeriod());
        assertEquals(new BigDecimal("4.4"), row.absenceRateFte());
        assertEquals(new BigDecimal("1"), row.inpostFte());
        assertEquals(new BigDecimal("21"), row.workingDaysLostFte());
    }

    @Test
    void aMissingColumnFailsNamingIt() {
        String header = HEADER.replace(",vacancy_fte,", ",vacancies,");
        var error = assertThrows(DfeIndicatorFile.DfeFileException.class,
                () -> read(header + "\n" + la("Somewhere", NUMBERS) + "\n"));
        assertTrue(error.getMessage().contains("missing column vacancy_fte"), error.getMessage());
    }

    @Test
    void badCellsFailNamingTheLineAndColumn() {
        var notNumber = assertThrows(DfeIndicatorFile.DfeFileException.class,
                () -> read(HEADER + "\n" + la("Somewhere", NUMBERS.replace("2896", "lots")) + "\n"));
        assertTrue(notNumber.getMessage().contains("line 2"), notNumber.getMessage());
        assertTrue(notNumber.getMessage().contains("cases"), notNumber.getMessage());

        var shortRow = assertThrows(DfeIndicatorFile.DfeFileException.class,
                () -> read(HEADER + "\n" + la("Somewhere", "1,2,3") + "\n"));
        assertTrue(shortRow.getMessage().contains("line 2"), shortRow.getMessage());

        assertThrows(IllegalArgumentException.class,
                () -> read(HEADER + "\n" + la("\"Never closed", NUMBERS) + "\n"));
        assertThrows(DfeIndicatorFile.DfeFileException.class, () -> read(""));
    }

    @Test
    void streamsRowByRow() {
        List<String> names = new ArrayList<>();
        DfeIndicatorFile.stream(new StringReader(HEADER + "\n" + la("A", NUMBERS) + "\n\n" + la("B", NUMBERS)),
                row -> names.add(row.laName()));
        assertEquals(List.of("A", "B"), names);
    }

    @Test
    void shippedFileHasEnglandRegionsAndLocalAuthoritiesFor2017To2025() {
        DfeIndicatorFile file = DfeIndicatorFile.shipped();
        assertEquals(List.of(2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025), List.copyOf(file.years()));
        for (int year = 2017; year <= 2025; year++) {
            List<DfeIndicatorRow> rows = file.rowsFor(year);
            assertEquals(1, rows.stream().filter(r -> r.geographicLevel() == GeographicLevel.NATIONAL).count());
            DfeIndicatorRow england = file.england(year).orElseThrow();
            assertEquals("England", england.areaName());
            assertNotNull(england.inpostFte());

            Set<String> regions = rows.stream().filter(r -> r.geographicLevel() == GeographicLevel.REGIONAL)
                    .map(DfeIndicatorRow::regionCode).collect(Collectors.toCollection(TreeSet::new));
            Set<String> englishRegions = regions.stream().filter(code -> code.startsWith("E12"))
                    .collect(Collectors.toCollection(TreeSet::new));
            // nine regions (E12), plus Inner and Outer London (E13) as sub-regions
            assertEquals(9, englishRegions.size(), year + " regions " + regions);
            assertEquals(Set.of("E13000001", "E13000002"), new TreeSet<>(regions.stream()
                    .filter(code -> code.startsWith("E13")).toList()), year + " London sub-regions");
            assertEquals("West Midlands", file.region(year, "E12000005").orElseThrow().regionName());

            long las = rows.stream().filter(r -> r.geographicLevel() == GeographicLevel.LOCAL_AUTHORITY).count();
            assertTrue(las >= 145 && las <= 155, year + ": " + las + " local authorities");
            long distinctCodes = rows.stream().filter(r -> r.geographicLevel() == GeographicLevel.LOCAL_AUTHORITY)
                    .map(DfeIndicatorRow::newLaCode).distinct().count();
            assertEquals(las, distinctCodes, year + ": one row per local authority");
            assertEquals("Worcestershire", file.localAuthority(year, "E10000034").orElseThrow().laName());
        }
        assertTrue(file.localAuthority(2025, "E99999999").isEmpty());
        assertTrue(file.rowsFor(2016).isEmpty());
        assertTrue(file.england(2016).isEmpty());
    }

    @Test
    void rowsAreImmutable() {
        DfeIndicatorFile file = DfeIndicatorFile.shipped();
        assertThrows(UnsupportedOperationException.class, () -> file.rows().clear());
        assertThrows(UnsupportedOperationException.class, () -> file.rowsFor(2025).clear());
    }

    private static DfeIndicatorFile read(String csv) {
        return DfeIndicatorFile.read(new StringReader(csv));
    }
}

package liaison.deadlines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class FederalHolidaysTest {

    private static final String NEW_YEAR = "New Year's Day";
    private static final String MLK = "Birthday of Martin Luther King, Jr.";
    private static final String WASHINGTON = "Washington's Birthday";
    private static final String MEMORIAL = "Memorial Day";
    private static final String JUNETEENTH = "Juneteenth National Independence Day";
    private static final String INDEPENDENCE = "Independence Day";
    private static final String LABOR = "Labor Day";
    private static final String COLUMBUS = "Columbus Day";
    private static final String VETERANS = "Veterans Day";
    private static final String THANKSGIVING = "Thanksgiving Day";
    private static final String CHRISTMAS = "Christmas Day";

    // Written out by hand from the OPM holiday tables; observed dates in the year they fall.
    private static final String[][] EXPECTED = {
        {"2024-01-01", NEW_YEAR}, {"2024-01-15", MLK}, {"2024-02-19", WASHINGTON},
        {"2024-05-27", MEMORIAL}, {"2024-06-19", JUNETEENTH}, {"2024-07-04", INDEPENDENCE},
        {"2024-09-02", LABOR}, {"2024-10-14", COLUMBUS}, {"2024-11-11", VETERANS},
        {"2024-11-28", THANKSGIVING}, {"2024-12-25", CHRISTMAS},

        {"2025-01-01", NEW_YEAR}, {"2025-01-20", MLK}, {"2025-02-17", WASHINGTON},
        {"2025-05-26", MEMORIAL}, {"2025-06-19", JUNETEENTH}, {"2025-07-04", INDEPENDENCE},
        {"2025-09-01", LABOR}, {"2025-10-13", COLUMBUS}, {"2025-11-11", VETERANS},
        {"2025-11-27", THANKSGIVING}, {"2025-12-25", CHRISTMAS},

        {"2026-01-01", NEW_YEAR}, {"2026-01-19", MLK}, {"2026-02-16", WASHINGTON},
        {"2026-05-25", MEMORIAL}, {"2026-06-19", JUNETEENTH}, {"2026-07-03", INDEPENDENCE},
        {"2026-09-07", LABOR}, {"2026-10-12", COLUMBUS}, {"2026-11-11", VETERANS},
        {"2026-11-26", THANKSGIVING}, {"2026-12-25", CHRISTMAS},

        {"2027-01-01", NEW_YEAR}, {"2027-01-18", MLK}, {"2027-02-15", WASHINGTON},
        {"2027-05-31", MEMORIAL}, {"2027-06-18", JUNETEENTH}, {"2027-07-05", INDEPENDENCE},
        {"2027-09-06", LABOR}, {"2027-10-11", COLUMBUS}, {"2027-11-11", VETERANS},
        {"2027-11-25", THANKSGIVING}, {"2027-12-24", CHRISTMAS}, {"2027-12-31", NEW_YEAR},

        // 2028's New Year's Day (a Saturday) is the 2027-12-31 above.
        {"2028-01-17", MLK}, {"2028-02-21", WASHINGTON},
        {"2028-05-29", MEMORIAL}, {"2028-06-19", JUNETEENTH}, {"2028-07-04", INDEPENDENCE},
        {"2028-09-04", LABOR}, {"2028-10-09", COLUMBUS}, {"2028-11-10", VETERANS},
        {"2028-11-23", THANKSGIVING}, {"2028-12-25", CHRISTMAS},

        {"2029-01-01", NEW_YEAR}, {"2029-01-15", MLK}, {"2029-02-19", WASHINGTON},
        {"2029-05-28", MEMORIAL}, {"2029-06-19", JUNETEENTH}, {"2029-07-04", INDEPENDENCE},
        {"2029-09-03", LABOR}, {"2029-10-08", COLUMBUS}, {"2029-11-12", VETERANS},
        {"2029-11-22", THANKSGIVING}, {"2029-12-25", CHRISTMAS},

        {"2030-01-01", NEW_YEAR}, {"2030-01-21", MLK}, {"2030-02-18", WASHINGTON},
        {"2030-05-27", MEMORIAL}, {"2030-06-19", JUNETEENTH}, {"2030-07-04", INDEPENDENCE},
        {"2030-09-02", LABOR}, {"2030-10-14", COLUMBUS}, {"2030-11-11", VETERANS},
        {"2030-11-28", THANKSGIVING}, {"2030-12-25", CHRISTMAS},
    };

    private static SortedMap<LocalDate, String> expectedFor(int year) {
        SortedMap<LocalDate, String> byDate = new TreeMap<>();
        for (String[] row : EXPECTED) {
            LocalDate date = LocalDate.parse(row[0]);
            if (date.getYear() == year) {
                byDate.put(date, row[1]);
            }
        }
        return byDate;
    }

    @Test
    void observedDatesAndNamesMatchTheTableFor2024To2030() {
        for (int year = 2024; year <= 2030; year++) {
            SortedMap<LocalDate, String> expected = expectedFor(year);
            assertEquals(expected, FederalHolidays.observedWithNames(year), "year " + year);
            assertEquals(expected.keySet(), FederalHolidays.observed(year), "year " + year);
        }
    }

    @Test
    void everyTableDateIsAHolidayWithItsName() {
        for (String[] row : EXPECTED) {
            LocalDate date = LocalDate.parse(row[0]);
            assertTrue(FederalHolidays.isHoliday(date), row[0]);
            assertEquals(Optional.of(row[1]), FederalHolidays.name(date), row[0]);
        }
    }

    @Test
    void noOtherDayFrom2024To2030IsAHoliday() {
        Set<LocalDate> expected = new HashSet<>();
        for (String[] row : EXPECTED) {
            expected.add(LocalDate.parse(row[0]));
        }
        for (LocalDate d = LocalDate.of(2024, 1, 1); d.getYear() <= 2030; d = d.plusDays(1)) {
            assertEquals(expected.contains(d), FederalHolidays.isHoliday(d), d.toString());
            assertEquals(expected.contains(d), FederalHolidays.name(d).isPresent(), d.toString());
        }
    }

    @Test
    void saturdayNewYearIsObservedOnDecember31OfThePreviousYear() {
        assertTrue(FederalHolidays.isHoliday(LocalDate.of(2021, 12, 31)));
        assertEquals(Optional.of(NEW_YEAR), FederalHolidays.name(LocalDate.of(2021, 12, 31)));
        assertFalse(FederalHolidays.isHoliday(LocalDate.of(2022, 1, 1)), "the Saturday itself");
        assertTrue(FederalHolidays.observed(2021).contains(LocalDate.of(2021, 12, 31)));
        assertFalse(FederalHolidays.observed(2022).contains(LocalDate.of(2022, 1, 1)));
        assertEquals(10, FederalHolidays.observed(2022).size());
        assertEquals(12, FederalHolidays.observed(2021).size());
    }

    @Test
    void sundayHolidaysAreObservedOnMonday() {
        assertTrue(FederalHolidays.isHoliday(LocalDate.of(2022, 12, 26)));
        assertEquals(Optional.of(CHRISTMAS), FederalHolidays.name(LocalDate.of(2022, 12, 26)));
        assertTrue(FederalHolidays.isHoliday(LocalDate.of(2023, 1, 2)));
        assertEquals(Optional.of(NEW_YEAR), FederalHolidays.name(LocalDate.of(2023, 1, 2)));
        assertFalse(FederalHolidays.isHoliday(LocalDate.of(2022, 12, 25)));
    }

    @Test
    void juneteenthStartsIn2021() {
        assertTrue(FederalHolidays.isHoliday(LocalDate.of(2021, 6, 18)), "Saturday 2021-06-19 observed Friday");
        assertFalse(FederalHolidays.isHoliday(LocalDate.of(2020, 6, 19)));
        assertEquals(10, FederalHolidays.observed(2020).size());
    }

    @Test
    void ordinaryDaysHaveNoName() {
        assertEquals(Optional.empty(), FederalHolidays.name(LocalDate.of(2026, 7, 4)), "the Saturday itself");
        assertEquals(Optional.empty(), FederalHolidays.name(LocalDate.of(2026, 3, 10)));
    }

    @Test
    void tablesAreUnmodifiable() {
        Set<LocalDate> dates = FederalHolidays.observed(2026);
        assertThrows(UnsupportedOperationException.class, () -> dates.add(LocalDate.of(2026, 3, 10)));
        Map<LocalDate, String> names = FederalHolidays.observedWithNames(2026);
        assertThrows(UnsupportedOperationException.class, names::clear);
    }

    @Test
    void concurrentLookupsAgree() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Set<LocalDate>>> results = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                int year = 2100 + i % 8;
                results.add(pool.submit(() -> {
                    FederalHolidays.isHoliday(LocalDate.of(year, 7, 4));
                    return FederalHolidays.observed(year);
                }));
            }
            for (int i = 0; i < results.size(); i++) {
                Set<LocalDate> dates = results.get(i).get();
                assertEquals(FederalHolidays.observed(2100 + i % 8), dates);
                assertTrue(dates.size() >= 10 && dates.size() <= 12);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

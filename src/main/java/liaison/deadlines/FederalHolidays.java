package liaison.deadlines;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The U.S. federal holidays of 5 U.S.C. § 6103, as the dates on which federal offices are
 * closed (the observed dates), because those are the days a due-date clock must skip.
 *
 * <p>A holiday falling on a Saturday is observed on the Friday before, one falling on a
 * Sunday on the Monday after. New Year's Day on a Saturday is therefore observed on
 * December 31 of the year before, so each year's table also holds the next year's
 * New Year's Day when it is observed early, and leaves out its own when it was.
 *
 * <p>Rules are those in force today. Juneteenth is left out before 2021, the year it became
 * a holiday; older changes (MLK Day from 1986, Monday holidays from 1971) are not modelled
 * because no request predates them.
 */
final class FederalHolidays {

    /** Juneteenth National Independence Day Act, signed June 17, 2021. */
    private static final int FIRST_JUNETEENTH = 2021;

    // Years are computed once and kept: a year's table never changes and every due-date
    // calculation asks for the same few years over and over.
    private static final Map<Integer, SortedMap<LocalDate, String>> CACHE = new ConcurrentHashMap<>();

    private FederalHolidays() {
    }

    /** The observed holiday dates that fall within the calendar year {@code year}. */
    public static Set<LocalDate> observed(int year) {
        return observedWithNames(year).keySet();
    }

    /** The observed holiday dates within {@code year}, in date order, with their names. */
    public static SortedMap<LocalDate, String> observedWithNames(int year) {
        return CACHE.computeIfAbsent(year, FederalHolidays::compute);
    }

    /** Whether federal offices are closed for a holiday on {@code date}. */
    public static boolean isHoliday(LocalDate date) {
        return observed(date.getYear()).contains(date);
    }

    /**
     * The name of the holiday observed on {@code date}, empty if none is. The name is the
     * holiday's own even when it is observed on another day (2026-07-03 is "Independence Day").
     */
    public static Optional<String> name(LocalDate date) {
        return Optional.ofNullable(observedWithNames(date.getYear()).get(date));
    }

    private static SortedMap<LocalDate, String> compute(int year) {
        SortedMap<LocalDate, String> days = new TreeMap<>();
        // Own New Year's Day only if it was not pulled back into the previous year.
        LocalDate newYear = observedDay(LocalDate.of(year, Month.JANUARY, 1));
        if (newYear.getYear() == year) {
            days.put(newYear, "New Year's Day");
        }
        days.put(nth(year, Month.JANUARY, DayOfWeek.MONDAY, 3), "Birthday of Martin Luther King, Jr.");
        days.put(nth(year, Month.FEBRUARY, DayOfWeek.MONDAY, 3), "Washington's Birthday");
        days.put(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)),
                "Memorial Day");
        if (year >= FIRST_JUNETEENTH) {
            days.put(observedDay(LocalDate.of(year, Month.JUNE, 19)), "Juneteenth National Independence Day");
        }
        days.put(observedDay(LocalDate.of(year, Month.JULY, 4)), "Independence Day");
        days.put(nth(year, Month.SEPTEMBER, DayOfWeek.MONDAY, 1), "Labor Day");
        days.put(nth(year, Month.OCTOBER, DayOfWeek.MONDAY, 2), "Columbus Day");
        days.put(observedDay(LocalDate.of(year, Month.NOVEMBER, 11)), "Veterans Day");
        days.put(nth(year, Month.NOVEMBER, DayOfWeek.THURSDAY, 4), "Thanksgiving Day");
        days.put(observedDay(LocalDate.of(year, Month.DECEMBER, 25)), "Christmas Day");
        LocalDate nextNewYear = observedDay(LocalDate.of(year + 1, Month.JANUARY, 1));
        if (nextNewYear.getYear() == year) {
            days.put(nextNewYear, "New Year's Day");
        }
        return Collections.unmodifiableSortedMap(days);
    }

    private static LocalDate nth(int year, Month month, DayOfWeek day, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, day));
    }

    private static LocalDate observedDay(LocalDate actual) {
        return switch (actual.getDayOfWeek()) {
            case SATURDAY -> actual.minusDays(1);
            case SUNDAY -> actual.plusDays(1);
            default -> actual;
        };
    }
}

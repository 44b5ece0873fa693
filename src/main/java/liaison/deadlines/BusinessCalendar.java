package liaison.deadlines;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Business-day arithmetic for due dates: Monday to Friday, minus the observed federal
 * holidays. Deadlines in the portal are counted this way (DESIGN.md §4) except for
 * emergencies, which run on the clock hour by hour.
 */
public final class BusinessCalendar {

    /** A due date ends at the close of business, so a clerk has the whole last day. */
    public static final LocalTime END_OF_BUSINESS_DAY = LocalTime.of(17, 0);

    private static final BusinessCalendar FEDERAL = new BusinessCalendar(FederalHolidays::isHoliday);

    private final Predicate<LocalDate> isHoliday;

    // Package-private so tests can use a calendar with made-up holidays.
    BusinessCalendar(Predicate<LocalDate> isHoliday) {
        this.isHoliday = Objects.requireNonNull(isHoliday);
    }

    /** The calendar of U.S. federal offices. */
    public static BusinessCalendar federal() {
        return FEDERAL;
    }

    public boolean isBusinessDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isHoliday.test(date);
    }

    /**
     * The {@code n}th business day after {@code start}; the start day itself never counts,
     * so a request filed on a business day gets {@code n} full days after it.
     * With {@code n == 0} the answer is {@code start} if it is a business day, else the next
     * one — the result is always a business day.
     *
     * @throws IllegalArgumentException if {@code n} is negative
     */
    public LocalDate addBusinessDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("business days must not be negative: " + n);
        }
        LocalDate day = start;
        if (n == 0) {
            while (!isBusinessDay(day)) {
                day = day.plusDays(1);
            }
            return day;
        }
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isBusinessDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * The number of business days after {@code from} up to and including {@code to}: the
     * days a requester still has when today is {@code from} and the due date is {@code to}.
     * It is 0 when the dates are equal and negative when {@code to} is before {@code from}
     * (minus the business days after {@code to} up to and including {@code from}), so
     * "due yesterday" reads as -1 and {@code between(a, b) == -between(b, a)} always holds.
     * For a business day {@code to} on or after {@code from},
     * {@code addBusinessDays(from, businessDaysBetween(from, to))} is {@code to} again.
     */
    public int businessDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -businessDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isBusinessDay(day)) {
                count++;
            }
        }
        return count;
    }

    /**
     * An emergency deadline: a threat to life does not wait for Monday, so hours run
     * straight through nights, weekends and holidays.
     *
     * @throws IllegalArgumentException if {@code hours} is negative
     */
    public Instant addHours(Instant start, Duration hours) {
        if (hours.isNegative()) {
            throw new IllegalArgumentException("duration must not be negative: " + hours);
        }
        return start.plus(hours);
    }

    /**
     * 17:00 local time, in {@code start}'s zone, on the {@code businessDays}th business day
     * after {@code start}'s date. The time of day of {@code start} is deliberately ignored:
     * counting begins the next day anyway, so a filing at 18:00 loses nothing. With 0 days
     * the result may already be past (a filing after 17:00 on a business day).
     */
    public ZonedDateTime dueAt(ZonedDateTime start, int businessDays) {
        LocalDate due = addBusinessDays(start.toLocalDate(), businessDays);
        return ZonedDateTime.of(due, END_OF_BUSINESS_DAY, start.getZone());
    }
}

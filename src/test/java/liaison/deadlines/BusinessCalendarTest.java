package liaison.deadlines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

    private final BusinessCalendar calendar = BusinessCalendar.federal();

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void weekendsAndObservedHolidaysAreNotBusinessDays() {
        assertTrue(calendar.isBusinessDay(date("2026-03-09")), "Monday");
        assertFalse(calendar.isBusinessDay(date("2026-03-07")), "Saturday");
        assertFalse(calendar.isBusinessDay(date("2026-03-08")), "Sunday");
        assertFalse(calendar.isBusinessDay(date("2026-11-26")), "Thanksgiving");
        assertFalse(calendar.isBusinessDay(date("2026-07-03")), "Independence Day observed");
        assertTrue(calendar.isBusinessDay(date("2026-07-06")), "Monday after");
        assertFalse(calendar.isBusinessDay(date("2021-12-31")), "New Year's Day 2022 observed");
    }

    @Test
    void tenBusinessDaysFromTheWednesdayBeforeThanksgiving() {
        assertEquals(date("2026-12-10"), calendar.addBusinessDays(date("2026-11-25"), 10));
    }

    @Test
    void countingStartsTheDayAfterStartAndSkipsWeekends() {
        assertEquals(date("2026-03-09"), calendar.addBusinessDays(date("2026-03-06"), 1), "Fri + 1");
        assertEquals(date("2026-03-13"), calendar.addBusinessDays(date("2026-03-06"), 5), "Fri + 5");
        assertEquals(date("2026-03-09"), calendar.addBusinessDays(date("2026-03-07"), 1), "Sat + 1");
        assertEquals(date("2026-03-09"), calendar.addBusinessDays(date("2026-03-08"), 1), "Sun + 1");
        assertEquals(date("2026-03-10"), calendar.addBusinessDays(date("2026-03-09"), 1), "Mon + 1");
    }

    @Test
    void holidaysOnBothSidesOfNewYearAreSkipped() {
        // 2027-12-24 and 2027-12-31 are both observed holidays (Fridays).
        assertEquals(date("2027-12-29"), calendar.addBusinessDays(date("2027-12-23"), 3));
        assertEquals(date("2027-12-30"), calendar.addBusinessDays(date("2027-12-23"), 4));
        assertEquals(date("2028-01-03"), calendar.addBusinessDays(date("2027-12-23"), 5));
        assertEquals(date("2026-07-06"), calendar.addBusinessDays(date("2026-07-02"), 1));
    }

    @Test
    void zeroDaysGivesTheFirstBusinessDayOnOrAfterStart() {
        assertEquals(date("2026-03-10"), calendar.addBusinessDays(date("2026-03-10"), 0));
        assertEquals(date("2026-03-09"), calendar.addBusinessDays(date("2026-03-07"), 0));
        assertEquals(date("2026-07-06"), calendar.addBusinessDays(date("2026-07-03"), 0));
    }

    @Test
    void negativeDaysAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> calendar.addBusinessDays(date("2026-03-10"), -1));
    }

    @Test
    void businessDaysBetweenCountsAfterFromUpToAndIncludingTo() {
        assertEquals(0, calendar.businessDaysBetween(date("2026-03-10"), date("2026-03-10")));
        assertEquals(1, calendar.businessDaysBetween(date("2026-03-06"), date("2026-03-09")), "Fri to Mon");
        assertEquals(4, calendar.businessDaysBetween(date("2026-03-09"), date("2026-03-13")), "Mon to Fri");
        assertEquals(0, calendar.businessDaysBetween(date("2026-03-07"), date("2026-03-08")), "Sat to Sun");
        assertEquals(0, calendar.businessDaysBetween(date("2026-03-06"), date("2026-03-08")), "Fri to Sun");
        assertEquals(10, calendar.businessDaysBetween(date("2026-11-25"), date("2026-12-10")));
        assertEquals(4, calendar.businessDaysBetween(date("2027-12-23"), date("2027-12-31")), "ends on a holiday");
    }

    @Test
    void businessDaysBetweenIsNegativeWhenToIsBeforeFrom() {
        assertEquals(-10, calendar.businessDaysBetween(date("2026-12-10"), date("2026-11-25")));
        assertEquals(-1, calendar.businessDaysBetween(date("2026-03-10"), date("2026-03-09")), "due yesterday");
        assertEquals(-1, calendar.businessDaysBetween(date("2026-03-09"), date("2026-03-06")), "Mon back to Fri");
        assertEquals(0, calendar.businessDaysBetween(date("2026-03-08"), date("2026-03-06")), "Sun back to Fri");
    }

    @Test
    void addAndBetweenAreInverses() {
        for (LocalDate from = date("2027-11-01"); from.isBefore(date("2028-02-01")); from = from.plusDays(1)) {
            for (int n = 1; n <= 15; n++) {
                LocalDate to = calendar.addBusinessDays(from, n);
                assertTrue(calendar.isBusinessDay(to), from + " + " + n);
                assertEquals(n, calendar.businessDaysBetween(from, to), from + " + " + n);
                assertEquals(-n, calendar.businessDaysBetween(to, from), from + " + " + n);
            }
            for (LocalDate to = from; to.isBefore(from.plusDays(40)); to = to.plusDays(1)) {
                if (calendar.isBusinessDay(to)) {
                    assertEquals(to, calendar.addBusinessDays(from, calendar.businessDaysBetween(from, to)));
                }
            }
        }
    }

    @Test
    void emergencyHoursRunThroughHolidaysAndWeekends() {
        Instant thanksgivingMorning = Instant.parse("2026-11-26T10:00:00Z");
        assertEquals(Instant.parse("2026-11-27T22:00:00Z"),
                calendar.addHours(thanksgivingMorning, Duration.ofHours(36)));
        assertEquals(thanksgivingMorning, calendar.addHours(thanksgivingMorning, Duration.ZERO));
        assertThrows(IllegalArgumentException.class,
                () -> calendar.addHours(thanksgivingMorning, Duration.ofHours(-1)));
    }

    @Test
    void dueAtIsFivePmLocalOnTheDueDate() {
        ZoneId denver = ZoneId.of("America/Denver");
        ZonedDateTime filed = ZonedDateTime.of(2026, 11, 25, 9, 30, 0, 0, denver);
        assertEquals(ZonedDateTime.of(2026, 12, 10, 17, 0, 0, 0, denver), calendar.dueAt(filed, 10));
    }

    @Test
    void dueAtIgnoresTheTimeOfFilingAndKeepsTheZone() {
        ZoneId newYork = ZoneId.of("America/New_York");
        ZonedDateTime lateFriday = ZonedDateTime.of(2026, 3, 6, 23, 59, 0, 0, newYork);
        ZonedDateTime due = calendar.dueAt(lateFriday, 1);
        // Daylight saving time starts on Sunday 2026-03-08, so Monday 17:00 is 21:00 UTC.
        assertEquals(ZonedDateTime.of(2026, 3, 9, 17, 0, 0, 0, newYork), due);
        assertEquals(Instant.parse("2026-03-09T21:00:00Z"), due.toInstant());
        assertEquals(newYork, due.getZone());
    }

    @Test
    void dueAtWithZeroDaysOnAWeekendIsMondayEvening() {
        ZonedDateTime saturday = ZonedDateTime.of(2026, 3, 7, 8, 0, 0, 0, ZoneOffset.UTC);
        assertEquals(ZonedDateTime.of(2026, 3, 9, 17, 0, 0, 0, ZoneOffset.UTC), calendar.dueAt(saturday, 0));
    }

    @Test
    void aCalendarUsesTheHolidaysItIsGiven() {
        BusinessCalendar noHolidays = new BusinessCalendar(day -> false);
        assertTrue(noHolidays.isBusinessDay(date("2026-11-26")));
        assertEquals(date("2026-12-09"), noHolidays.addBusinessDays(date("2026-11-25"), 10));
        assertSame(BusinessCalendar.federal(), BusinessCalendar.federal());
    }
}

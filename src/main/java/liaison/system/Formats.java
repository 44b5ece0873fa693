package liaison.system;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How dates and times read on every page ({@code fmt} in templates): in one time zone, the viewer's agency's,
 * with its abbreviation, as people in the US write them ("Dec 4, 2026, 5:00 PM EST"). Times are stored in UTC;
 * only their reading changes. Portal staff belong to no agency and read UTC, labelled as such.
 */
public final class Formats {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("MMM d, uuuu, h:mm a zzz",
            Locale.US);
    /** A calendar date (a return date, a date of birth): no zone, as people in the US write it ("Dec 4, 2026"). */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.US);
    /** For files other programs read (CSV exports): ISO-8601 with the offset, unambiguous in any zone. */
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    /** UTC by its name, which reads "UTC" where ZoneOffset.UTC would read "Z". */
    public static final ZoneId UTC = ZoneId.of("UTC");

    private final ZoneId zone;
    private final DateTimeFormatter dateTime;

    public Formats(ZoneId zone) {
        this.zone = zone;
        this.dateTime = DATE_TIME.withZone(zone);
    }

    /** UTC: for portal staff and for text not read by anyone of an agency. */
    public Formats() {
        this(UTC);
    }

    /** In the zone of the person reading. */
    public static Formats of(User user) {
        return new Formats(user.zone());
    }

    public ZoneId zone() {
        return zone;
    }

    public String dateTime(Instant instant) {
        return instant == null ? "—" : dateTime.format(instant);
    }

    /** A date without a time, or "—" when there is none. */
    public String date(LocalDate date) {
        return date == null ? "—" : DATE.format(date);
    }

    /** ISO-8601 in this zone with its offset, e.g. 2026-12-04T17:00:00-05:00. */
    public String iso(Instant instant) {
        return instant == null ? "" : ISO.format(instant.atZone(zone).withNano(0));
    }
}

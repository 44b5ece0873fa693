package liaison.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Times read in the viewer's zone with its abbreviation, winter and summer alike; stored instants are UTC. */
class FormatsTest {
    static final Instant WINTER_5PM_NEW_YORK = Instant.parse("2026-12-04T22:00:00Z");
    static final Instant SUMMER_5PM_NEW_YORK = Instant.parse("2026-07-06T21:00:00Z");

    @Test
    void newYorkReadsEasternStandardAndDaylightTime() {
        Formats ny = new Formats(ZoneId.of("America/New_York"));
        assertEquals("Dec 4, 2026, 5:00 PM EST", ny.dateTime(WINTER_5PM_NEW_YORK));
        assertEquals("Jul 6, 2026, 5:00 PM EDT", ny.dateTime(SUMMER_5PM_NEW_YORK));
    }

    @Test
    void denverReadsMountainTime() {
        Formats denver = new Formats(ZoneId.of("America/Denver"));
        assertEquals("Dec 4, 2026, 3:00 PM MST", denver.dateTime(WINTER_5PM_NEW_YORK));
        assertEquals("Jul 6, 2026, 3:00 PM MDT", denver.dateTime(SUMMER_5PM_NEW_YORK));
    }

    @Test
    void portalStaffReadUtcLabelled() {
        assertEquals("Dec 4, 2026, 10:00 PM UTC", new Formats().dateTime(WINTER_5PM_NEW_YORK));
    }

    @Test
    void noTimeReadsAsADash() {
        assertEquals("—", new Formats(ZoneId.of("America/New_York")).dateTime(null));
        assertEquals("", new Formats().iso(null));
    }

    @Test
    void filesGetIsoWithTheOffset() {
        assertEquals("2026-12-04T17:00:00-05:00", new Formats(ZoneId.of("America/New_York")).iso(WINTER_5PM_NEW_YORK));
        assertEquals("2026-12-04T22:00:00Z", new Formats().iso(WINTER_5PM_NEW_YORK));
    }
}

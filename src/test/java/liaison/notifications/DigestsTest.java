package liaison.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import liaison.requests.RequestType;
import liaison.support.RequestFixture;
import liaison.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The daily digest on the moved clock: nothing before 7 a.m. in the agency's zone, then one mail per person per
 * day listing the request under due soon, due today, overdue as the days pass, with no subject's data.
 */
class DigestsTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    static TestApp app;
    static RequestFixture requests;
    static Digests digests;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        requests = new RequestFixture(app);
        digests = app.modules().notifications().digests();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void oneDigestADayFromSevenListingTheRequestAsItsDueDateNears() {
        long id = requests.file(RequestType.INFORMATION_REQUEST);
        String tracking = value("SELECT tracking_number FROM requests WHERE id = " + id);
        String subject = value("SELECT subject_name FROM requests WHERE id = " + id);
        ZonedDateTime due = Instant.parse(value("SELECT DATE_FORMAT(due_at, '%Y-%m-%dT%H:%i:%sZ') FROM requests WHERE id = "
                + id)).atZone(NEW_YORK);

        app.clock.set(due.minusDays(1).with(LocalTime.of(6, 59)).toInstant());
        digests.run();
        assertEquals(List.of(), clerkDigests(), "not before 7 a.m. in New York");

        app.clock.set(due.minusDays(1).with(LocalTime.of(7, 30)).toInstant());
        digests.run();
        digests.run();
        List<String> mails = clerkDigests();
        assertEquals(1, mails.size(), "one a day");
        assertTrue(section(mails.get(0), "Due soon").contains(tracking), mails.get(0));
        assertFalse(mails.get(0).contains(subject));

        app.clock.set(due.with(LocalTime.of(7, 30)).toInstant());
        digests.run();
        assertTrue(section(clerkDigests().get(1), "Due today").contains(tracking), clerkDigests().get(1));

        app.clock.set(due.plusDays(1).with(LocalTime.of(7, 30)).toInstant());
        digests.run();
        assertEquals(3, clerkDigests().size());
        assertTrue(section(clerkDigests().get(2), "Overdue").contains(tracking), clerkDigests().get(2));
        String requesters = value("SELECT body_text FROM mail_outbox WHERE notification_id IS NULL AND recipient = '"
                + RequestFixture.NY_REQUESTER + "' ORDER BY id DESC LIMIT 1");
        assertTrue(section(requesters, "Overdue").contains(tracking), "the requester's own overdue request: " + requesters);
    }

    /** The lines of the digest from the group's heading to the next blank line. */
    private static String section(String text, String heading) {
        int start = text.indexOf(heading + " (");
        if (start < 0) {
            return "";
        }
        int end = text.indexOf("\n\n", start);
        return end < 0 ? text.substring(start) : text.substring(start, end);
    }

    private static List<String> clerkDigests() {
        return app.database.jdbi().withHandle(h -> h.createQuery(
                "SELECT body_text FROM mail_outbox WHERE notification_id IS NULL AND recipient = :to ORDER BY id")
                .bind("to", RequestFixture.NYC_CLERK).mapTo(String.class).list());
    }

    private static String value(String sql) {
        return app.database.jdbi().withHandle(h -> h.createQuery(sql).mapTo(String.class).one());
    }
}

package liaison.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liaison.requests.Priority;
import liaison.requests.RequestType;
import liaison.support.HttpSession;
import liaison.support.MappedAlike;
import liaison.support.RequestFixture;
import liaison.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bell's count, the notifications page (newest first, keyset pages, mark one or all read, each person's own
 * only) and the system admin's outbox page with no mail server configured (the mail waits there to be read).
 */
class NotificationPagesTest {
    private static final Pattern COUNT = Pattern.compile("id=\"unread-count\"><span>(\\d+)</span>");
    private static final Pattern MARK_ONE = Pattern.compile("action=\"/notifications/(\\d+)/read\"");

    static TestApp app;
    static RequestFixture requests;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        requests = new RequestFixture(app);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void theBellCountsUnreadAndThePageMarksThemRead() {
        HttpSession clerk = app.session().signInAs(RequestFixture.COUNTY_CLERK);
        assertFalse(clerk.get("/queue").body().contains("id=\"unread-count\""), "no count shown for none");
        List<Long> ids = requests.file(RequestType.INFORMATION_REQUEST, Priority.ROUTINE, RequestFixture.COUNTY_JAIL, 26);
        assertEquals(26, bell(clerk));

        HttpSession requester = app.session().signInAs(RequestFixture.NY_REQUESTER);
        String first = clerk.get("/notifications").body();
        assertEquals(25, MARK_ONE.matcher(first).results().count(), "one page");
        assertTrue(first.indexOf("/requests/" + ids.get(25)) < first.indexOf("/requests/" + ids.get(24)), "newest first");
        Matcher next = Pattern.compile("href=\"/notifications\\?after=(\\d+)\"").matcher(first);
        assertTrue(next.find(), "a next page");
        String second = clerk.get("/notifications?after=" + next.group(1)).body();
        assertTrue(second.contains("href=\"/requests/" + ids.get(0) + "\""), second);
        assertEquals(200, clerk.get("/notifications?after=%27%20OR%201=1").statusCode(), "a bad key is the first page");

        Matcher one = MARK_ONE.matcher(first);
        assertTrue(one.find());
        requester.post("/notifications/" + one.group(1) + "/read", Map.of());
        assertEquals(26, bell(clerk), "another person's notification is not theirs to mark");
        assertEquals(303, clerk.post("/notifications/" + one.group(1) + "/read", Map.of()).statusCode());
        assertEquals(25, bell(clerk));
        assertEquals(303, clerk.post("/notifications/read", Map.of()).statusCode());
        assertFalse(clerk.get("/queue").body().contains("id=\"unread-count\""));
        assertTrue(clerk.get("/notifications").body().contains("No unread notifications."));
    }

    @Test
    void nobodyIsToldOfTheirOwnActionAndOtherAgenciesHearNothing() {
        HttpSession requester = app.session().signInAs(RequestFixture.DENVER_REQUESTER);
        HttpSession denverClerk = app.session().signInAs(RequestFixture.DENVER_CLERK);
        int before = bell(denverClerk);
        long id = requests.file(RequestType.INFORMATION_REQUEST);
        requests.workflow.acknowledge(requests.account(RequestFixture.NYC_CLERK), id, requests.version(id));
        assertEquals(before, bell(denverClerk), "addressed to NYC DOC, not Denver");
        assertEquals(0, bell(requester), "another office's request");
        String tracking = app.database.jdbi().withHandle(h -> h.createQuery(
                "SELECT tracking_number FROM requests WHERE id = :id").bind("id", id).mapTo(String.class).one());
        HttpSession nyClerk = app.session().signInAs(RequestFixture.NYC_CLERK);
        String clerkPage = nyClerk.get("/notifications").body();
        assertTrue(clerkPage.contains(tracking + ": New request filed"), "filed: told");
        assertFalse(clerkPage.contains(tracking + ": Request acknowledged"), "their own action: not told");
    }

    @Test
    void theOutboxShowsQueuedMailToTheSystemAdminOnly() {
        long id = requests.file(RequestType.INFORMATION_REQUEST);
        String tracking = app.database.jdbi().withHandle(h -> h.createQuery(
                "SELECT tracking_number FROM requests WHERE id = :id").bind("id", id).mapTo(String.class).one());
        String page = app.session().signInAs(RequestFixture.SYSADMIN).get("/system/outbox").body();
        assertTrue(page.contains("[Liaison] " + tracking + ": New request filed"), page);
        assertTrue(page.contains(RequestFixture.NYC_CLERK));
        assertTrue(page.contains("Queued"));
        assertEquals(403, app.session().signInAs(RequestFixture.NYC_ADMIN).get("/system/outbox").statusCode());
    }

    private static int bell(HttpSession session) {
        Matcher m = COUNT.matcher(session.get("/agencies").body());
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** The request page reads who was told with a fixed mapper: the records ConstructorMapper read. */
    @Test
    void sentNotificationsReadWithTheFixedMapperAsBefore() {
        new RequestLife(app).subpoenaLife(); // the demo's requests were made before anyone was told of them
        var jdbi = app.database.jdbi();
        assertTrue(MappedAlike.forEveryRequest(jdbi, SentNotifications.ABOUT, id -> Map.of("request", id,
                "agency", jdbi.withHandle(h -> h.createQuery("SELECT agency_id FROM requests WHERE id = :id")
                        .bind("id", id).mapTo(Long.class).one())), SentNotifications.SENT,
                SentNotifications.Sent.class) > 0, "a subpoena's life tells people");
    }
}

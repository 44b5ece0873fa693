package liaison.requests;

import static liaison.support.RequestFixture.COUNTY_CLERK;
import static liaison.support.RequestFixture.COUNTY_JAIL;
import static liaison.support.RequestFixture.NY_APPROVER;
import static liaison.support.RequestFixture.NY_REQUESTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liaison.support.HttpSession;
import liaison.support.RequestFixture;
import liaison.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The office's list (/requests) and the agency's queue (/queue): order, marks, filters and keyset pages. */
class RequestListsTest {
    private static final Pattern LINK = Pattern.compile("href=\"/requests/(\\d+)\"");
    private static final Pattern NEXT = Pattern.compile("href=\"([^\"]+)\">Next page<");

    static TestApp app;
    static RequestFixture fixture;
    static List<Long> routine;
    static long emergency;
    static long urgent;
    static long subpoena;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        fixture = new RequestFixture(app);
        routine = fixture.file(RequestType.INFORMATION_REQUEST, Priority.ROUTINE, COUNTY_JAIL, 27);
        emergency = fixture.file(RequestType.INFORMATION_REQUEST, Priority.EMERGENCY, COUNTY_JAIL, 1).get(0);
        urgent = fixture.file(RequestType.INFORMATION_REQUEST, Priority.URGENT, COUNTY_JAIL, 1).get(0);
        subpoena = fixture.file(RequestType.ADMINISTRATIVE_SUBPOENA, Priority.ROUTINE, COUNTY_JAIL, 1).get(0);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static List<Long> ids(String page) {
        List<Long> ids = new ArrayList<>();
        Matcher m = LINK.matcher(page);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    static String next(String page) {
        Matcher m = NEXT.matcher(page);
        return m.find() ? m.group(1).replace("&amp;", "&") : null;
    }

    static String ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response::body);
        return response.body();
    }

    @Test
    void theQueueShowsEmergenciesFirstThenByDueDateOnPagesOf25() {
        HttpSession clerk = app.session().signInAs(COUNTY_CLERK);
        String first = ok(clerk.get("/queue"));
        List<Long> page1 = ids(first);
        assertEquals(25, page1.size());
        assertEquals(emergency, page1.get(0), "emergency first");
        int urgentAt = page1.indexOf(urgent);
        assertTrue(urgentAt > 0, "urgent is on the first page: due in 2 business days");
        routine.stream().filter(page1::contains).forEach(id -> assertTrue(page1.indexOf(id) > urgentAt,
                "urgent is due before the 10-day routine ones"));
        assertTrue(first.contains(">Emergency</strong>"), "emergencies are marked");
        assertFalse(page1.contains(subpoena), "a subpoena waiting for approval is not served yet");

        String nextHref = next(first);
        assertNotNull(nextHref);
        assertTrue(nextHref.startsWith("/queue?after="), nextHref);
        String second = ok(clerk.get(nextHref));
        assertTrue(second.contains("First page"));
        assertFalse(ids(second).isEmpty());
    }

    @Test
    void queuePagesShowEveryRequestOnce() {
        HttpSession clerk = app.session().signInAs(COUNTY_CLERK);
        String first = ok(clerk.get("/queue"));
        var all = new HashSet<>(ids(first));
        ids(ok(clerk.get(next(first)))).forEach(id -> assertTrue(all.add(id), "no request on two pages: " + id));
        assertTrue(all.containsAll(routine), "every routine request on one of the pages");
    }

    @Test
    void filtersNarrowTheQueueAndStayOnTheNextPageLink() {
        HttpSession clerk = app.session().signInAs(COUNTY_CLERK);
        assertEquals(List.of(emergency), ids(ok(clerk.get("/queue?priority=EMERGENCY"))));
        assertTrue(ok(clerk.get("/queue?priority=EMERGENCY")).matches("(?s).*value=\"EMERGENCY\" selected.*"));
        String informationOnly = ok(clerk.get("/queue?type=INFORMATION_REQUEST"));
        assertTrue(next(informationOnly).startsWith("/queue?type=INFORMATION_REQUEST&after="));
        assertTrue(ids(ok(clerk.get("/queue?type=RELEASE_NOTIFICATION"))).stream()
                .noneMatch(id -> routine.contains(id) || id == emergency));
        assertTrue(ids(ok(clerk.get("/queue?state=ANSWERED"))).stream().noneMatch(routine::contains));
        assertTrue(ok(clerk.get("/queue?state=WITHDRAWN&priority=EMERGENCY"))
                .contains("No request in the queue matches these filters."));
    }

    @Test
    void badFilterValuesAreIgnored() {
        HttpSession clerk = app.session().signInAs(COUNTY_CLERK);
        List<Long> unfiltered = ids(ok(clerk.get("/queue")));
        for (String query : List.of("state=BOGUS", "state=DRAFT", "state=PENDING_APPROVAL", "type=%00", "priority=low",
                "overdue=maybe", "after=not.a.key", "after=1.2", "after=" + "9".repeat(100), "state=&type=&priority=",
                "priority=emergency", "state=SUBMITTED%27%20OR%201%3D1")) {
            assertEquals(unfiltered, ids(ok(clerk.get("/queue?" + query))), query);
        }
    }

    @Test
    void overdueOnlyShowsWhatIsPastItsDueDate() {
        HttpSession clerk = app.session().signInAs(COUNTY_CLERK);
        assertTrue(ids(ok(clerk.get("/queue?overdue=yes"))).stream().noneMatch(routine::contains));
        Instant now = app.clock.instant();
        app.clock.advance(Duration.ofDays(3));
        try {
            // three days on, the morning's session is past its 12-hour limit: the clerk signs in again
            clerk = app.session().signInAs(COUNTY_CLERK);
            String overdue = ok(clerk.get("/queue?overdue=yes"));
            assertTrue(ids(overdue).containsAll(List.of(emergency, urgent)));
            assertTrue(ids(overdue).stream().noneMatch(routine::contains), "routine ones are due in 10 days");
            assertTrue(overdue.contains(">Overdue</strong>"));
        } finally {
            app.clock.set(now);
        }
    }

    @Test
    void theOfficeListPagesNewestFirstAndApproversSeeWhatWaitsForThem() {
        HttpSession requester = app.session().signInAs(NY_REQUESTER);
        String first = ok(requester.get("/requests"));
        List<Long> page1 = ids(first);
        assertEquals(25, page1.size());
        assertEquals(subpoena, page1.get(0), "newest first");
        assertFalse(first.contains("Waiting for your approval"), "requesters do not approve");
        String nextHref = next(first);
        assertTrue(nextHref.startsWith("/requests?after="), nextHref);
        List<Long> page2 = ids(ok(requester.get(nextHref)));
        assertFalse(page2.isEmpty());
        assertTrue(page2.stream().noneMatch(page1::contains));
        assertTrue(page2.stream().allMatch(id -> id < page1.get(24)));
        for (String bad : List.of("abc", "-3", "0", "1e9", "9".repeat(400))) {
            assertEquals(page1, ids(ok(requester.get("/requests?after=" + bad))), bad);
        }

        String approver = ok(app.session().signInAs(NY_APPROVER).get("/requests"));
        assertTrue(approver.contains("Waiting for your approval"));
        int section = approver.indexOf("Requests waiting for your approval");
        int list = approver.indexOf("newest first");
        assertTrue(section > 0 && section < list);
        assertTrue(ids(approver.substring(section, list)).contains(subpoena));
        assertTrue(ids(approver.substring(section, list)).stream().noneMatch(routine::contains));
    }
}

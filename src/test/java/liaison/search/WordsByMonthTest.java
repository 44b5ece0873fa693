package liaison.search;

import static liaison.search.SearchFixture.person;
import static liaison.search.SearchHttpTest.count;
import static liaison.search.SearchHttpTest.ids;
import static liaison.search.SearchHttpTest.ok;
import static liaison.support.RequestFixture.NYC_CLERK;
import static liaison.support.RequestFixture.NYC_DOC;
import static liaison.support.RequestFixture.NY_REQUESTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liaison.requests.Priority;
import liaison.support.HttpSession;
import liaison.support.RequestFixture;
import liaison.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A words search reads the newest months' words first (V64, {@link FiledMonths}): over HTTP, requests filed across
 * several months are all found, listed and paged in the exact order, counted whole; a request whose filing date goes
 * (a draft) or changes has its words written again; a note is found in its request's month by its agency only.
 */
class WordsByMonthTest {
    private static final Pattern NEXT = Pattern.compile("href=\"([^\"]+)\">Next page<");
    /** Requests filed in each month: more than a page in all, spread so a page takes several spans. */
    private static final String[][] FILED = {{"2025-02-10T15:00:00Z", "3"}, {"2026-05-04T15:00:00Z", "5"},
            {"2026-10-20T15:00:00Z", "8"}, {"2026-11-02T15:00:00Z", "14"}};

    static TestApp app;
    static RequestFixture requests;
    static final List<Long> filed = new ArrayList<>();

    @BeforeAll
    static void start() {
        app = TestApp.start();
        requests = new RequestFixture(app);
        SearchFixture fixture = new SearchFixture(requests);
        Instant now = app.clock.instant();
        for (String[] month : FILED) {
            for (int i = 0; i < Integer.parseInt(month[1]); i++) {
                app.clock.set(Instant.parse(month[0]).plus(Duration.ofHours(i)));
                filed.add(fixture.file(NY_REQUESTER, NYC_DOC, person("Wren Tallowmere " + filed.size(), null, null,
                        null, null, null), "Held at the lanternquay annex, bed " + filed.size() + ".",
                        Priority.ROUTINE));
            }
        }
        app.clock.set(now);
        // one filing date taken away (as a draft's) and one moved to another month: their words are written again
        sql("UPDATE requests SET submitted_at = NULL WHERE id = " + filed.get(4));
        sql("UPDATE requests SET submitted_at = '2025-06-01 09:00:00' WHERE id = " + filed.get(20));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static void sql(String statement) {
        app.database.jdbi().useHandle(h -> h.execute(statement));
    }

    /** The ids in the order the search lists them, by the database's own sort of every matching request. */
    private static List<Long> expected(boolean newestFirst) {
        return app.database.jdbi().withHandle(h -> h.createQuery("SELECT id FROM requests WHERE narrative LIKE"
                        + " '%lanternquay%' ORDER BY COALESCE(submitted_at, TIMESTAMP'" + (newestFirst
                        ? "1971-01-01 00:00:00') DESC, id DESC" : "9999-12-31 00:00:00'), id"))
                .mapTo(Long.class).list());
    }

    /** Every page of the search, following the Next links: the ids listed, in order. */
    private static List<Long> allPages(HttpSession session, String first) {
        List<Long> listed = new ArrayList<>();
        String path = first;
        for (int page = 0; path != null && page < 10; page++) {
            String body = ok(session.get(path));
            if (page == 0) {
                assertEquals(filed.size() + " requests match.", count(body), first);
            }
            listed.addAll(ids(body));
            Matcher next = NEXT.matcher(body);
            path = next.find() ? next.group(1).replace("&amp;", "&") : null;
        }
        return listed;
    }

    @Test
    void newestFirstListsEveryMonthInOrderAcrossPages() {
        HttpSession requester = app.session().signInAs(NY_REQUESTER);
        List<Long> newest = expected(true);
        assertEquals(filed.size(), newest.size());
        assertEquals(filed.get(4), newest.get(newest.size() - 1), "no filing date: last");
        assertEquals(newest, allPages(requester, "/search?text=lanternquay"));
        assertEquals(newest, allPages(requester, "/search?q=lanternquay&sort=FILED_NEWEST"));
    }

    @Test
    void oldestFirstListsEveryMonthInOrderAcrossPages() {
        HttpSession requester = app.session().signInAs(NY_REQUESTER);
        assertEquals(expected(false), allPages(requester, "/search?text=lanternquay&sort=FILED_OLDEST"));
    }

    @Test
    void otherOrdersAndTheExportReadEveryMonth() {
        HttpSession requester = app.session().signInAs(NY_REQUESTER);
        List<Long> due = allPages(requester, "/search?text=lanternquay+annex&sort=DUE_SOONEST");
        assertEquals(filed.stream().sorted().toList(), due.stream().sorted().toList());
        String csv = requester.get("/search.csv?text=lanternquay").body();
        assertEquals(filed.size() + 1, csv.strip().split("\r?\n").length, "a header and every request");
    }

    @Test
    void aNoteIsFoundInItsRequestsMonthByItsAgencyOnly() {
        long old = filed.get(1);
        requests.workflow.addNote(requests.account(NYC_CLERK), old, requests.version(old), "Seen by cobaltferry.");
        String clerk = ok(app.session().signInAs(NYC_CLERK).get("/search?text=cobaltferry"));
        assertEquals(List.of(old), ids(clerk));
        assertEquals("One request matches.", count(clerk));
        assertFalse(ids(ok(app.session().signInAs(NY_REQUESTER).get("/search?q=cobaltferry"))).contains(old));
    }
}

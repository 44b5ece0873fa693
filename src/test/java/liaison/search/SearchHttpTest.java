package liaison.search;

import static liaison.search.SearchFixture.DENVER_SHERIFF;
import static liaison.search.SearchFixture.person;
import static liaison.support.RequestFixture.DENVER_REQUESTER;
import static liaison.support.RequestFixture.NYC_CLERK;
import static liaison.support.RequestFixture.NYC_DOC;
import static liaison.support.RequestFixture.NY_REQUESTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liaison.requests.Priority;
import liaison.requests.RequestType;
import liaison.support.HttpSession;
import liaison.support.RequestFixture;
import liaison.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The search page and the header box over HTTP: each criterion finds what it should, and a request of another
 * office to another agency (same person, same words) never appears, in the rows or in the count.
 */
class SearchHttpTest {
    private static final Pattern LINK = Pattern.compile("href=\"/requests/(\\d+)\"");
    private static final Pattern COUNT = Pattern.compile("id=\"search-count\">([^<]*)<");

    static TestApp app;
    static SearchFixture fixture;
    static long ours;
    static long alias;
    static long theirs;
    static String oursTracking;
    static String theirsTracking;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        fixture = new SearchFixture(new RequestFixture(app));
        ours = fixture.file(NY_REQUESTER, NYC_DOC, person("José María Gárcia-Núñez", "Pepe Quintal", "A-087-654-321",
                "FBI-7788", "NY 55-1", "NYC-B-901"), "Seen near the zephyrcanyon depot.", Priority.URGENT);
        alias = fixture.file(NY_REQUESTER, NYC_DOC, person("Orla Brightwater", "Maria Quintal Jose", null, null,
                null, null), "Another case entirely.", Priority.ROUTINE);
        // the same person, the same words, the same kind: from ERO Denver to the Denver Sheriff
        theirs = fixture.file(DENVER_REQUESTER, DENVER_SHERIFF, person("José María Gárcia-Núñez", "Pepe Quintal",
                "A087654321", "FBI-7788", "NY 55-1", "NYC-B-901"), "Seen near the zephyrcanyon depot.",
                Priority.URGENT);
        oursTracking = fixture.tracking(ours);
        theirsTracking = fixture.tracking(theirs);
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

    static String count(String page) {
        Matcher m = COUNT.matcher(page);
        return m.find() ? m.group(1) : "(no count)";
    }

    static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response::body);
        return response.body();
    }

    /** Each criterion alone, as the requester of ERO New York and the clerk of NYC DOC would search. */
    static final List<String> FINDING_OURS = List.of(
            "tracking={tracking}",
            "name=" + q("garcia jose"),
            "name=" + q("NUNEZ"),
            "name=" + q("quintal pepe"),
            "identifier=" + q("A 087 654 321"),
            "identifier=" + q("87654321"),
            "identifier=" + q("fbi7788"),
            "identifier=" + q("ny55-1"),
            "identifier=" + q("nyc b 901"),
            "text=" + q("zephyrcanyon"),
            "type=INFORMATION_REQUEST&priority=URGENT",
            "state=SUBMITTED",
            "filedFrom=11/02/2026&filedTo=11/02/2026",
            "dueFrom=11/01/2026&dueTo=12/31/2026",
            "q=" + q("zephyrcanyon"),
            "q=" + q("gárcia"));

    @Test
    void everyCriterionFindsOurRequestAndNeverAnotherAgencys() {
        for (String who : List.of(NY_REQUESTER, NYC_CLERK)) {
            HttpSession session = app.session().signInAs(who);
            for (String criterion : FINDING_OURS) {
                String query = criterion.replace("{tracking}", oursTracking);
                String page = ok(session.get("/search?" + query + "&sort=FILED_OLDEST"));
                List<Long> found = ids(page);
                assertTrue(found.contains(ours), who + " finds ours by " + query);
                assertFalse(found.contains(theirs), who + " never sees Denver's by " + query);
            }
        }
    }

    @Test
    void anotherAgencysRequestIsNeverFoundNorCounted() {
        for (String who : List.of(NY_REQUESTER, NYC_CLERK)) {
            HttpSession session = app.session().signInAs(who);
            for (String query : List.of("tracking=" + theirsTracking, "identifier=A087654321", "q=" + theirsTracking,
                    "text=zephyrcanyon", "name=" + q("José Gárcia"), "identifier=nycb901")) {
                String page = ok(session.get("/search?" + query));
                assertFalse(ids(page).contains(theirs), who + ": " + query);
            }
            String byTracking = ok(session.get("/search?tracking=" + theirsTracking));
            assertEquals("No request matches.", count(byTracking), who);
            String byText = ok(session.get("/search?text=zephyrcanyon"));
            assertEquals("One request matches.", count(byText), who + " counts ours only");
        }
        // and Denver's own requester finds theirs, not ours
        HttpSession denver = app.session().signInAs(DENVER_REQUESTER);
        List<Long> found = ids(ok(denver.get("/search?text=zephyrcanyon")));
        assertTrue(found.contains(theirs));
        assertFalse(found.contains(ours));
    }

    @Test
    void theAgencyFilterNeverOpensAnotherAgencysRequests() {
        var requests = new RequestFixture(app);
        long nycDoc = requests.agency(NYC_DOC);
        long denverSheriff = requests.agency(DENVER_SHERIFF);
        long denverOffice = requests.account(DENVER_REQUESTER).agencyId();
        HttpSession requester = app.session().signInAs(NY_REQUESTER);
        assertTrue(ids(ok(requester.get("/search?name=nunez&agency=" + nycDoc))).contains(ours));
        String toDenver = ok(requester.get("/search?name=nunez&agency=" + denverSheriff));
        assertEquals("No request matches.", count(toDenver), "Denver's request is not ERO New York's to see");
        String fromDenver = ok(app.session().signInAs(NYC_CLERK).get("/search?agency=" + denverOffice));
        assertFalse(ids(fromDenver).contains(theirs));
    }

    @Test
    void overdueOnlyFindsOursOnceItsDueDateHasPassed() {
        HttpSession clerk = app.session().signInAs(NYC_CLERK);
        assertFalse(ids(ok(clerk.get("/search?overdue=yes&name=nunez"))).contains(ours), "not yet due");
        java.time.Instant was = app.clock.instant();
        app.clock.advance(java.time.Duration.ofDays(30));
        try {
            for (String who : List.of(NY_REQUESTER, NYC_CLERK)) {
                List<Long> found = ids(ok(app.session().signInAs(who).get("/search?overdue=yes&name=nunez")));
                assertTrue(found.contains(ours), who);
                assertFalse(found.contains(theirs), who);
            }
        } finally {
            app.clock.set(was);
        }
    }

    @Test
    void nameWordsMustAllMatchInAnyOrderInNameOrAliases() {
        HttpSession requester = app.session().signInAs(NY_REQUESTER);
        List<Long> both = ids(ok(requester.get("/search?name=" + q("quintal jose"))));
        assertTrue(both.containsAll(List.of(ours, alias)), "name with alias, and aliases alone");
        List<Long> one = ids(ok(requester.get("/search?name=" + q("jose brightwater"))));
        assertFalse(one.contains(ours));
        assertTrue(one.contains(alias), "one word in the name, the other in the aliases");
        assertTrue(ids(ok(requester.get("/search?name=" + q("jose zzz")))).isEmpty(), "every word must match");
    }

    @Test
    void theHeaderBoxFindsATrackingNumbersOwnNumberAndNamesByTheirWordsBeginnings() {
        HttpSession requester = app.session().signInAs(NY_REQUESTER);
        String serial = oursTracking.substring("LIA-2026-".length());
        for (String typed : List.of(serial, serial.replaceFirst("^0+", ""), oursTracking.substring("LIA-".length()))) {
            assertTrue(ids(ok(requester.get("/search?q=" + q(typed)))).contains(ours), typed);
            assertTrue(ids(ok(requester.get("/search?tracking=" + q(typed)))).contains(ours), "tracking=" + typed);
        }
        assertTrue(ids(ok(requester.get("/search?q=" + q("garc")))).contains(ours), "a word's beginning");
        assertTrue(ids(ok(requester.get("/search?q=" + q("BRIGHTW")))).contains(alias), "any case");
        assertFalse(ids(ok(requester.get("/search?q=" + q("arcia")))).contains(ours), "not the middle of a word");
        // words too short for the full-text index are still compared, alone or beside longer ones
        List<Long> jo = ids(ok(requester.get("/search?q=" + q("jo"))));
        assertTrue(jo.containsAll(List.of(ours, alias)), "a two-letter word");
        List<Long> pepeQu = ids(ok(requester.get("/search?name=" + q("pepe qu"))));
        assertTrue(pepeQu.contains(ours), "a long and a short word");
        assertFalse(pepeQu.contains(alias), "both must match");
        assertFalse(ids(ok(requester.get("/search?q=" + q("pepe zz")))).contains(ours), "the short word must match too");
    }

    @Test
    void theHeaderBoxGoesStraightToATrackingNumberOrIdentifier() {
        HttpSession requester = app.session().signInAs(NY_REQUESTER);
        HttpResponse<String> byTracking = requester.get("/search?q=" + oursTracking.toLowerCase());
        assertEquals(302, byTracking.statusCode());
        assertEquals("/requests/" + ours, byTracking.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> byANumber = requester.get("/search?q=" + q("a-087-654-321"));
        assertEquals("/requests/" + ours, byANumber.headers().firstValue("Location").orElseThrow());
        // another agency's tracking number: an empty result, as for one that does not exist
        HttpResponse<String> theirsByTracking = requester.get("/search?q=" + theirsTracking);
        assertEquals(200, theirsByTracking.statusCode());
        assertEquals("No request matches.", count(theirsByTracking.body()));
    }

    @Test
    void severalRequestsAboutOneIdentifierLeadToTheSubjectPage() {
        long second = fixture.file(NY_REQUESTER, NYC_DOC, person("Ilse Varnholt", null, "A011223344", null, null,
                null), "First.", Priority.ROUTINE);
        long third = fixture.file(NY_REQUESTER, NYC_DOC, person("Ilse Varnholt-Berg", null, "11223344", null, null,
                "JAIL-77"), "Second.", Priority.ROUTINE);
        HttpSession requester = app.session().signInAs(NY_REQUESTER);
        HttpResponse<String> found = requester.get("/search?q=" + q("A-011-223-344"));
        assertEquals(302, found.statusCode());
        String subject = found.headers().firstValue("Location").orElseThrow();
        assertTrue(subject.startsWith("/subjects/"), subject);
        List<Long> listed = ids(ok(requester.get(subject)));
        assertTrue(listed.containsAll(List.of(second, third)), "both requests about the A-number");
    }

    @Test
    void resultsArePagedWithTheSearchKeptInTheLinks() {
        new RequestFixture(app).file(RequestType.INFORMATION_REQUEST, Priority.ROUTINE, NYC_DOC, 26);
        HttpSession requester = app.session().signInAs(NY_REQUESTER);
        String first = ok(requester.get("/search?sort=FILED_OLDEST"));
        Matcher next = Pattern.compile("href=\"([^\"]+)\">Next page<").matcher(first);
        assertTrue(next.find(), "the office has more than a page of requests");
        String nextHref = next.group(1).replace("&amp;", "&");
        assertTrue(nextHref.startsWith("/search?sort=FILED_OLDEST&after="), nextHref);
        List<Long> page1 = ids(first);
        List<Long> page2 = ids(ok(requester.get(nextHref)));
        assertFalse(page2.isEmpty());
        page2.forEach(id -> assertFalse(page1.contains(id), "no request on two pages"));
    }
}

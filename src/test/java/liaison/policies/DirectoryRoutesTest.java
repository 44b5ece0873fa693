package liaison.policies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liaison.agencies.AgencyDao;
import liaison.agencies.AgencyKind;
import liaison.support.HttpSession;
import liaison.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The directory of local agencies over HTTP: what it shows, the search by name, its pages, bad searches. */
class DirectoryRoutesTest {
    private static final Pattern NEXT = Pattern.compile("href=\"(/agencies\\?[^\"]*after=[^\"]+)\"");
    private static final Pattern HEADING = Pattern.compile(
            "<h2 class=\"usa-collection__heading\">\\s*<a class=\"usa-link\" href=\"/agencies/\\d+\">([^<]+)</a>");

    static TestApp app;
    static HttpSession requester;
    static long nyc;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        AgencyDao agencies = app.database.jdbi().onDemand(AgencyDao.class);
        nyc = agencies.findByName("New York City Department of Correction").orElseThrow().id();
        // 30 more jails, so a search for them fills more than one page; one inactive, one a federal office
        for (int i = 1; i <= 30; i++) {
            agencies.insert(AgencyKind.LOCAL_AGENCY, String.format("Zephyr Test Jail %02d", i), "Zephyr County",
                    Instant.now());
        }
        agencies.insert(AgencyKind.FEDERAL_OFFICE, "Zephyr Federal Office", "Zephyr", Instant.now());
        app.database.jdbi().useHandle(h -> h.execute("UPDATE agencies SET active = FALSE WHERE name = ?",
                "Zephyr Test Jail 30"));
        requester = app.session().signInAs("requester@ero-ny.example");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void everyLocalAgencyWithItsPlaceZoneContactAndPolicySummary() {
        for (String email : List.of("requester@ero-ny.example", "clerk@nyc-doc.example", "sysadmin@liaison.example")) {
            HttpSession person = email.startsWith("requester") ? requester : app.session().signInAs(email);
            String page = person.get("/agencies").body();
            assertTrue(page.contains("href=\"/agencies\""), email + ": in the navigation");
            assertTrue(page.contains("href=\"/agencies/" + nyc + "\""), email + ": links to the profile");
        }
        String page = requester.get("/agencies").body();
        assertTrue(page.contains("City of New York, NY"));
        assertTrue(page.contains("Eastern Time (America/New_York)"));
        assertTrue(page.contains("Mountain Time (America/Denver)"));
        assertTrue(page.contains("With an administrative subpoena"));
        assertTrue(page.contains("With a judicial warrant or court order"));
        assertTrue(page.contains("Denver Sheriff Department"));
        assertFalse(page.contains("ERO New York</a>"), "federal offices publish no policy: not listed");
        assertFalse(page.contains("??"), "every word has its message");
    }

    @Test
    void theSummarySaysWhatEachProcessObtains() {
        AgencyDirectory directory = new AgencyDirectory(app.database.jdbi());
        DirectoryEntry nycEntry = directory.page("New York City", "", 5).get(0);
        PolicyVersion policy = app.database.jdbi().onDemand(PolicyDao.class).current(nyc).orElseThrow();
        assertEquals(policy.version(), nycEntry.version());
        assertEquals(AgencyDirectory.SUMMARISED, nycEntry.summaries().stream().map(DirectoryEntry.Summary::process)
                .toList());
        for (DirectoryEntry.Summary s : nycEntry.summaries()) {
            for (DirectoryEntry.Group g : s.groups()) {
                for (String label : g.items().split(", ")) {
                    var item = java.util.Arrays.stream(liaison.requests.RequestedItem.values())
                            .filter(i -> i.label().equals(label)).findFirst().orElseThrow();
                    assertEquals(g.key(), policy.decision(item, s.process()).map(Enum::name)
                            .orElse(AgencyDirectory.NOT_STATED), label + " under " + s.process());
                }
            }
        }
        assertTrue(requester.get("/agencies?q=zephyr+test+jail+01").body().contains("has published no"),
                "an agency without a policy says so");
    }

    @Test
    void searchIsByPartOfTheNameInAnyCase() {
        String page = requester.get("/agencies?q=" + enc("dEnVeR sheriff")).body();
        assertEquals(List.of("Denver Sheriff Department"), names(page));
        assertTrue(page.contains("value=\"dEnVeR sheriff\""), "the search is kept in its field");
    }

    @Test
    void wildcardsAreSearchedForLiterally() {
        HttpResponse<String> r = requester.get("/agencies?q=" + enc("%_"));
        assertEquals(200, r.statusCode());
        assertEquals(List.of(), names(r.body()));
        assertTrue(r.body().contains("No local agency’s name contains “%_”."), "the empty result says so");
    }

    @Test
    void aSearchPagesThroughEveryMatchOnceAndKeepsTheSearch() {
        List<String> seen = new ArrayList<>();
        String path = "/agencies?q=zephyr";
        for (int hop = 0; path != null && hop < 5; hop++) {
            HttpResponse<String> r = requester.get(path);
            assertEquals(200, r.statusCode(), path);
            seen.addAll(names(r.body()));
            Matcher next = NEXT.matcher(r.body());
            path = next.find() ? next.group(1).replace("&amp;", "&") : null;
            if (path != null) {
                assertTrue(path.contains("q=zephyr"), path);
            }
        }
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 29; i++) {
            expected.add(String.format("Zephyr Test Jail %02d", i));
        }
        assertEquals(expected, seen, "29 active jails, in name order, over two pages; no federal office");
    }

    @Test
    void aBadSearchIsShownAtItsFieldNeverA500() {
        for (String bad : List.of("a\u0000b", "line\nbreak", "x".repeat(201), "y".repeat(2_000))) {
            HttpResponse<String> r = requester.get("/agencies?q=" + enc(bad));
            assertEquals(422, r.statusCode(), bad.substring(0, 3));
            assertTrue(r.body().contains("id=\"q-error\""), "the message is next to the field");
            assertTrue(r.body().contains("href=\"#q\""), "the summary links to the field");
        }
        for (String odd : List.of("/agencies?q=%FF%FE", "/agencies?after=" + "z".repeat(5000), "/agencies?q=&after=%00",
                "/agencies?q=" + "y".repeat(10_000))) {
            int status = requester.get(odd).statusCode();
            // 414: the server refuses an address that long before the portal sees it
            assertTrue(status == 200 || status == 422 || status == 400 || status == 414, odd + ": " + status);
        }
    }

    private static List<String> names(String page) {
        List<String> names = new ArrayList<>();
        Matcher m = HEADING.matcher(page);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

package liaison.search;

import static liaison.search.SearchFixture.DENVER_SHERIFF;
import static liaison.search.SearchFixture.person;
import static liaison.search.SearchHttpTest.q;
import static liaison.support.RequestFixture.DENVER_CLERK;
import static liaison.support.RequestFixture.DENVER_REQUESTER;
import static liaison.support.RequestFixture.NYC_CLERK;
import static liaison.support.RequestFixture.NYC_DOC;
import static liaison.support.RequestFixture.NY_REQUESTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import liaison.requests.Priority;
import liaison.support.HttpSession;
import liaison.support.RequestFixture;
import liaison.support.TestApp;
import liaison.system.Messages;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A search's results as CSV over HTTP: every result (not one page), the header row in the portal's words, times in
 * the agency's zone, no formula a spreadsheet would run, and never a request of another agency; each export in the
 * audit log with its filter; a search with a mistake is the search page with its message, never a file or a 500.
 */
class SearchExportTest {
    static final String NAME = "Quennell Ostrander-Vásquez";
    static final String ALIASES = "=HYPERLINK(\"http://evil.example\")";
    static final int COPIES = 60;

    static TestApp app;
    static SearchFixture fixture;
    static HttpSession requester;
    static String oursTracking;
    static String theirsTracking;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        fixture = new SearchFixture(new RequestFixture(app));
        long ours = fixture.file(NY_REQUESTER, NYC_DOC, person(NAME, ALIASES, "A-076-543-210", null, null, null),
                "Seen near the quillfeather dock.", Priority.ROUTINE);
        long theirs = fixture.file(DENVER_REQUESTER, DENVER_SHERIFF, person(NAME, ALIASES, "A076543210", null, null,
                null), "Seen near the quillfeather dock.", Priority.ROUTINE);
        oursTracking = fixture.tracking(ours);
        theirsTracking = fixture.tracking(theirs);
        // more than a page of results, and as many of Denver's that must never show
        RequestCopies.copy(app.database.jdbi(), ours, COPIES, "NYX-");
        RequestCopies.copy(app.database.jdbi(), theirs, COPIES, "DNX-");
        requester = app.session().signInAs(NY_REQUESTER);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static List<CSVRecord> csv(HttpResponse<String> response) throws IOException {
        assertEquals(200, response.statusCode(), response::body);
        String body = response.body();
        assertTrue(body.startsWith("\uFEFF"), "UTF-8 with a byte order mark");
        return CSVFormat.RFC4180.parse(new StringReader(body.substring(1))).getRecords();
    }

    static List<String> column(List<CSVRecord> rows, int i) {
        List<String> values = new ArrayList<>();
        rows.stream().skip(1).forEach(r -> values.add(r.get(i)));
        return values;
    }

    @Test
    void everyResultIsExportedWithTheHeaderRowAndNoOtherAgencysRequest() throws IOException {
        HttpResponse<String> response = requester.get("/search.csv?name=" + q("ostrander vasquez"));
        List<CSVRecord> rows = csv(response);
        Messages messages = new Messages();
        assertEquals(SearchExport.COLUMNS.stream().map(c -> messages.get("search.csv." + c)).toList(),
                rows.get(0).toList());
        List<String> tracking = column(rows, 0);
        assertEquals(COPIES + 1, tracking.size(), "all the results, not one page");
        assertTrue(tracking.contains(oursTracking));
        assertTrue(tracking.contains("NYX-0000060"));
        assertTrue(tracking.stream().noneMatch(t -> t.equals(theirsTracking) || t.startsWith("DNX-")),
                "Denver's requests about the same person are not New York's to see");
        CSVRecord first = rows.stream().filter(r -> r.get(0).equals(oursTracking)).findFirst().orElseThrow();
        assertEquals(NAME, first.get(7), "Unicode kept");
        assertEquals("'" + ALIASES, first.get(8), "a formula is neutralised");
        assertEquals("A-076-543-210", first.get(9));
        assertEquals(NYC_DOC, first.get(6));
        assertTrue(first.get(14).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d-0[45]:00"),
                "filed, in New York's zone: " + first.get(14));
    }

    @Test
    void theResponseIsADownloadThatIsNeverCached() {
        HttpResponse<String> response = requester.get("/search.csv?identifier=" + q("76543210"));
        assertEquals(200, response.statusCode());
        assertEquals("text/csv; charset=utf-8", response.headers().firstValue("Content-Type").orElse("")
                .toLowerCase(java.util.Locale.ROOT));
        assertTrue(response.headers().firstValue("Content-Disposition").orElse("")
                .matches("attachment; filename=\"search-results-\\d{4}-\\d\\d-\\d\\d\\.csv\""));
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void eachAgencysClerkExportsOnlyWhatIsAddressedToIt() throws IOException {
        List<String> nyc = column(csv(app.session().signInAs(NYC_CLERK).get("/search.csv")), 0);
        assertTrue(nyc.contains(oursTracking) && nyc.contains("NYX-0000001"));
        assertTrue(nyc.stream().noneMatch(t -> t.equals(theirsTracking) || t.startsWith("DNX-")));
        List<String> denver = column(csv(app.session().signInAs(DENVER_CLERK).get("/search.csv?text=quillfeather")),
                0);
        assertEquals(COPIES + 1, denver.size());
        assertTrue(denver.contains(theirsTracking));
        assertTrue(denver.stream().noneMatch(t -> t.equals(oursTracking) || t.startsWith("NYX-")));
        List<String> nothing = column(csv(app.session().signInAs(DENVER_REQUESTER).get("/search.csv?tracking="
                + oursTracking)), 0);
        assertEquals(List.of(), nothing, "another office's tracking number finds nothing, the header row only");
    }

    @Test
    void eachExportIsAuditedWithItsFilter() {
        requester.get("/search.csv?name=" + q("Ostrander") + "&priority=ROUTINE");
        String details = app.database.jdbi().withHandle(h -> h.createQuery(
                        "SELECT details FROM audit_log WHERE action = 'search.exported' AND details LIKE :d"
                                + " ORDER BY id DESC LIMIT 1").bind("d", "%name=[Ostrander]%")
                .mapTo(String.class).one());
        assertTrue(details.contains("priority=ROUTINE"), details);
    }

    @Test
    void theSearchPageLinksToTheExportOfTheSameSearch() {
        String page = requester.get("/search?name=" + q("ostrander") + "&sort=DUE_SOONEST").body();
        assertTrue(page.contains("href=\"/search.csv?name=ostrander&amp;sort=DUE_SOONEST\""), page);
        assertTrue(page.contains("Download all 61 results (CSV)"));
        assertFalse(requester.get("/search?name=nobodyhasthisname").body().contains("id=\"search-csv\""),
                "nothing to download, no link");
    }

    @Test
    void aSearchWithAMistakeIsThePageWithItsMessageNeverAFile() {
        List<String> bad = List.of("identifier=" + q("--- %"), "filedFrom=" + q("02/30/2026"),
                "dueFrom=12/01/2026&dueTo=11/30/2026", "type=NOPE", "agency=999999", "sort=" + q("' OR 1=1"),
                "name=" + q("a b c d e f g h i j k l"), "tracking=" + "x".repeat(5_000),
                "name=" + q("bell\u0007\u0000"), "text=" + q("\uFFFF\uD800"));
        for (String query : bad) {
            HttpResponse<String> response = requester.get("/search.csv?" + query);
            assertEquals(422, response.statusCode(), query.substring(0, Math.min(60, query.length())));
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
            assertTrue(response.body().contains("usa-error-message"), query.substring(0, Math.min(60,
                    query.length())));
        }
        assertTrue(requester.get("/search.csv?name=" + "x".repeat(100_000)).statusCode() < 500);
        assertTrue(requester.get("/search.csv?name=%FF%FE").statusCode() < 500, "invalid UTF-8");
        for (String value : SearchBadInputTest.NASTY) {
            HttpResponse<String> r = requester.get("/search.csv?text=" + q(value) + "&q=" + q(value));
            assertTrue(r.statusCode() == 200 || r.statusCode() == 422, value + ": " + r.statusCode());
        }
    }
}

package liaison.search;

import static liaison.search.SearchHttpTest.count;
import static liaison.search.SearchHttpTest.ok;
import static liaison.search.SearchHttpTest.q;
import static liaison.support.RequestFixture.NYC_CLERK;
import static liaison.support.RequestFixture.NY_REQUESTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import liaison.support.HttpSession;
import liaison.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bad input in every search field answers with a message next to the field, or finds nothing; never a 500. */
class SearchBadInputTest {
    static final List<String> FIELDS = List.of("q", "tracking", "name", "identifier", "text", "type", "state",
            "priority", "agency", "filedFrom", "filedTo", "dueFrom", "dueTo", "overdue", "sort", "after");
    static final List<String> NASTY = List.of("%", "_", "*", "%_%", "\\", "' OR 1=1 --", "\"; DROP TABLE requests; --",
            "+foo -bar", "\"exact phrase\"", "foo*", "@3 near", "(>a <b ~c)", "MATCH AGAINST", "\u0000", "\u0007x",
            "ü𝄞", "9999-99-99", "-1", "18446744073709551616");

    static TestApp app;
    static HttpSession requester;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        requester = app.session().signInAs(NY_REQUESTER);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void nastyValuesInEveryFieldNeverGiveA500() {
        for (String field : FIELDS) {
            for (String value : NASTY) {
                HttpResponse<String> r = requester.get("/search?" + field + "=" + q(value));
                assertTrue(r.statusCode() == 200 || r.statusCode() == 302, field + "=" + value + ": " + r.statusCode());
            }
            HttpResponse<String> invalidUtf8 = requester.get("/search?" + field + "=%FF%FE");
            assertTrue(invalidUtf8.statusCode() < 500, field + " invalid UTF-8: " + invalidUtf8.statusCode());
        }
    }

    @Test
    void wildcardsAreTakenLiterally() {
        for (String field : List.of("name", "tracking", "q", "text")) {
            for (String wildcard : List.of("%", "_", "*", "%%")) {
                String page = ok(requester.get("/search?" + field + "=" + q(wildcard)));
                assertEquals("No request matches.", count(page), field + "=" + wildcard + " matches nothing");
            }
        }
    }

    @Test
    void tooLongValuesGetAMessageNextToTheField() {
        for (String field : List.of("q", "tracking", "name", "identifier", "text")) {
            String page = ok(requester.get("/search?" + field + "=" + "x".repeat(5_000)));
            assertTrue(page.contains("id=\"" + field + "-error\""), field + " has its message");
            assertTrue(page.contains("Use at most"), field);
        }
        // a 100,000-character address is refused before the portal reads it: never a 500
        HttpResponse<String> huge = requester.get("/search?name=" + "x".repeat(100_000));
        assertTrue(huge.statusCode() >= 400 && huge.statusCode() < 500, "status " + huge.statusCode());
    }

    @Test
    void impossibleDatesAndRangesGetAMessageNextToTheField() {
        String reversed = ok(requester.get("/search?filedFrom=12/01/2026&filedTo=11/01/2026"));
        assertTrue(reversed.contains("id=\"filedTo-error\""), "a range that ends before it starts");
        assertTrue(reversed.contains("This date must be on or after Filed from."));
        String due = ok(requester.get("/search?dueFrom=12/01/2026&dueTo=11/30/2026"));
        assertTrue(due.contains("id=\"dueTo-error\""));
        for (String bad : List.of("02/30/2026", "13/01/2026", "01/01/1900", "yesterday", "2026-02-30")) {
            String page = ok(requester.get("/search?filedFrom=" + q(bad)));
            assertTrue(page.contains("id=\"filedFrom-error\""), bad);
            assertTrue(page.contains("value=\"" + bad + "\""), "what was typed is kept: " + bad);
        }
    }

    @Test
    void unknownChoicesGetAMessageNextToTheField() {
        for (String field : List.of("type", "state", "priority", "agency", "sort")) {
            String page = ok(requester.get("/search?" + field + "=NOPE"));
            assertTrue(page.contains("id=\"" + field + "-error\""), field);
            assertTrue(page.contains("Choose one of the listed values."), field);
        }
        // an agency that exists but is on the viewer's own side (another federal office) is not a choice
        String page = ok(app.session().signInAs(NYC_CLERK).get("/search?agency=999999"));
        assertTrue(page.contains("id=\"agency-error\""));
    }

    @Test
    void anIdentifierWithoutLettersOrDigitsGetsAMessage() {
        String page = ok(requester.get("/search?identifier=" + q("--- %")));
        assertTrue(page.contains("id=\"identifier-error\""));
    }
}

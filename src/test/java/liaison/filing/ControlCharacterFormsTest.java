package liaison.filing;

import static liaison.support.RequestFixture.NYC_CLERK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import liaison.agencies.AgencyDao;
import liaison.requests.RequestState;
import liaison.support.HttpSession;
import liaison.support.RequestFixture;
import liaison.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Characters no XML document can carry (NUL and the other C0 controls but tab and line breaks, U+FFFF) are refused
 * at the field they were typed in, with what was typed kept: once stored they ended up in the certified answer's
 * PDF and made it fail.
 */
class ControlCharacterFormsTest {
    static final String ONE_LINE = "Remove the line breaks and other control characters: they cannot be stored.";
    static final String MULTI_LINE = "Remove the control characters (invisible characters other than tabs and line "
            + "breaks): they cannot be stored.";

    static TestApp app;
    static RequestFixture fixture;
    static long nycDoc;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        fixture = new RequestFixture(app);
        nycDoc = app.database.jdbi().onDemand(AgencyDao.class).findByName(RequestFixture.NYC_DOC).orElseThrow().id();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static FilingRoutesTest.Form filing(String name, String narrative) {
        return new FilingRoutesTest.Form().add("action", "submit").add("type", "INFORMATION_REQUEST")
                .add("priority", "ROUTINE").add("recipients", nycDoc).add("items", "CUSTODY_STATUS")
                .add("narrative", narrative).add("s1-fullName", name).add("s1-aNumber", "A300000101");
    }

    long requestsNamed(String like) {
        return app.database.jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM requests WHERE subject_name LIKE :n").bind("n", like).mapTo(Long.class).one());
    }

    @Test
    void aSubjectNameOrNarrativeWithAControlCharacterIsRefusedAtItsFieldAndKept() {
        HttpSession requester = app.session().signInAs(RequestFixture.NY_REQUESTER);
        for (String bad : new String[] {"\u0001", "\u0000", "\uFFFF", "\u001B"}) {
            HttpResponse<String> r = filing("Ctrl" + bad + "Person", "Needed\t for\r\n removal" + bad)
                    .post(requester, "/requests/new");
            assertEquals(422, r.statusCode(), r::body);
            String page = r.body();
            assertTrue(page.contains("id=\"s1-fullName-error\">" + ONE_LINE), page);
            assertTrue(page.contains("id=\"narrative-error\">" + MULTI_LINE), page);
            assertTrue(page.contains("Subject 1, Full name: " + ONE_LINE), "in the error summary, named");
            assertTrue(page.contains("value=\"Ctrl") && page.contains("Person\""), "the name typed is kept");
        }
        HttpResponse<String> breaks = filing("Line\nBreak", "Needed.").post(requester, "/requests/new");
        assertEquals(422, breaks.statusCode(), "a one-line field takes no line break");
        assertEquals(0, requestsNamed("Ctrl%") + requestsNamed("Line%"));

        HttpResponse<String> fine = filing("Tabbed Narrative", "Needed:\n\tfor removal,\r\n\tat once.")
                .post(requester, "/requests/new");
        assertEquals(303, fine.statusCode(), "tabs and line breaks are fine in the narrative");
        assertEquals(1, requestsNamed("Tabbed Narrative"));
    }

    @Test
    void anAnswerValueWithAControlCharacterIsRefusedAtItsFieldAndNothingIsAnswered() {
        long id = fixture.inState(RequestState.SUBMITTED);
        int version = fixture.version(id);
        HttpSession clerk = app.session().signInAs(NYC_CLERK);
        Map<String, String> form = new LinkedHashMap<>(Map.of("version", String.valueOf(version),
                "disposition-CUSTODY_STATUS", "PROVIDED", "value-CUSTODY_STATUS", "In\u0001 custody",
                "disposition-RELEASE_DATE_TIME", "NOT_HELD", "facility", "North\uFFFF", "certify", "yes"));
        HttpResponse<String> r = clerk.post("/requests/" + id + "/answer", form);
        assertEquals(422, r.statusCode(), r::body);
        assertTrue(r.body().contains("id=\"value-CUSTODY_STATUS-error\""), "the message is next to the value");
        assertTrue(r.body().contains("Custody status: value contains control characters"), r.body());
        assertTrue(r.body().contains("Facility contains control characters"));
        assertTrue(r.body().contains("custody</textarea>"), "what was typed is kept");
        assertEquals(RequestState.SUBMITTED, fixture.state(id));
        assertEquals(version, fixture.version(id));

        form.put("value-CUSTODY_STATUS", "In custody,\n\tNorth Facility");
        form.put("facility", "North Facility");
        assertEquals(303, clerk.post("/requests/" + id + "/answer", form).statusCode());
        assertEquals(RequestState.ANSWERED, fixture.state(id));
    }
}

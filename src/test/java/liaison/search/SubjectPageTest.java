package liaison.search;

import static liaison.search.SearchFixture.DENVER_SHERIFF;
import static liaison.search.SearchFixture.person;
import static liaison.search.SearchHttpTest.ids;
import static liaison.search.SearchHttpTest.ok;
import static liaison.support.RequestFixture.DENVER_REQUESTER;
import static liaison.support.RequestFixture.NYC_CLERK;
import static liaison.support.RequestFixture.NYC_DOC;
import static liaison.support.RequestFixture.NY_REQUESTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import liaison.requests.Priority;
import liaison.requests.RequestState;
import liaison.support.HttpSession;
import liaison.support.RequestFixture;
import liaison.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A subject's page: the requests about the person that the viewer's agency may see, matched by any identifier, and
 * for a local agency what it disclosed about them; and full text that never reads another agency's internal notes.
 */
class SubjectPageTest {
    static TestApp app;
    static RequestFixture requests;
    static SearchFixture fixture;
    static long answered;
    static long again;
    static long denvers;
    static String aNumber;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        requests = new RequestFixture(app);
        fixture = new SearchFixture(requests);
        answered = requests.inState(RequestState.ANSWERED);
        aNumber = app.database.jdbi().withHandle(h -> h.createQuery("SELECT a_number FROM requests WHERE id = :id")
                .bind("id", answered).mapTo(String.class).one());
        // the same A-number written another way, and a booking number of its own
        again = fixture.file(NY_REQUESTER, NYC_DOC, person("Another Spelling", null, aNumber.substring(1), null,
                null, "BK-4411"), "Follow-up.", Priority.ROUTINE);
        denvers = fixture.file(DENVER_REQUESTER, DENVER_SHERIFF, person("Another Spelling", null, aNumber, null,
                null, "BK-4411"), "Elsewhere.", Priority.ROUTINE);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void theSubjectPageListsEveryVisibleRequestAboutThePersonAndTheAgencysDisclosures() {
        HttpSession clerk = app.session().signInAs(NYC_CLERK);
        String page = ok(clerk.get("/subjects/" + again));
        List<Long> listed = ids(page);
        assertTrue(listed.containsAll(List.of(answered, again)), "matched by the A-number written two ways");
        assertFalse(listed.contains(denvers), "never another agency's request");
        assertTrue(page.contains("What your agency disclosed about this person"));
        assertTrue(page.contains(fixture.tracking(answered)), "the disclosure under the answered request");
        assertTrue(page.contains("Answered"), "states are shown");

        HttpSession requester = app.session().signInAs(NY_REQUESTER);
        String office = ok(requester.get("/subjects/" + answered));
        assertTrue(ids(office).containsAll(List.of(answered, again)));
        assertFalse(ids(office).contains(denvers));
        assertFalse(office.contains("What your agency disclosed"), "a federal office has no disclosures");
    }

    @Test
    void theAnsweredRangeFindsTheAnsweredRequest() {
        String day = "/search?answeredFrom=11/02/2026&answeredTo=11/02/2026";
        assertTrue(ids(ok(app.session().signInAs(NYC_CLERK).get(day))).contains(answered));
        assertFalse(ids(ok(app.session().signInAs(NYC_CLERK).get(day.replace("11/02", "11/03"))))
                .contains(answered), "answered on the 2nd, not the 3rd");
        assertFalse(ids(ok(app.session().signInAs(DENVER_REQUESTER).get(day))).contains(answered));
        String reversed = ok(app.session().signInAs(NYC_CLERK).get(
                "/search?answeredFrom=11/03/2026&answeredTo=11/02/2026"));
        assertTrue(reversed.contains("id=\"answeredTo-error\""));
    }

    @Test
    void anotherAgencysSubjectPageIsNotFound() {
        HttpSession denver = app.session().signInAs(DENVER_REQUESTER);
        assertEquals(404, denver.get("/subjects/" + answered).statusCode());
        List<Long> own = ids(ok(denver.get("/subjects/" + denvers)));
        assertEquals(List.of(denvers), own, "Denver sees only its own request about the person");
        assertEquals(404, app.session().signInAs(NY_REQUESTER).get("/subjects/99999999").statusCode());
    }

    @Test
    void theRequestPageLinksToItsSubject() {
        String page = ok(app.session().signInAs(NY_REQUESTER).get("/requests/" + again));
        assertTrue(page.contains("href=\"/subjects/" + again + "\""));
    }

    @Test
    void fullTextNeverReadsAnotherAgencysInternalNotes() {
        requests.workflow.addNote(requests.account(NYC_CLERK), again, requests.version(again),
                "Checked with quasarmoth records.");
        assertTrue(ids(ok(app.session().signInAs(NYC_CLERK).get("/search?text=quasarmoth"))).contains(again),
                "the agency finds its own note");
        assertFalse(ids(ok(app.session().signInAs(NY_REQUESTER).get("/search?text=quasarmoth"))).contains(again),
                "the office does not");
        assertFalse(ids(ok(app.session().signInAs(NY_REQUESTER).get("/search?q=quasarmoth"))).contains(again));
    }
}

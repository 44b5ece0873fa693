package liaison.filing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import liaison.support.FilingPosts;
import liaison.support.HttpSession;
import liaison.support.RequestFixture;
import liaison.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The request form's key (system/FormKeys): sent again, the form files nothing more and is told what the first
 * sending did; a form refused (bad input) keeps its key and files once corrected; a key copied into another
 * person's form is a form of its own, told nothing of the first.
 */
class FormKeyTest {
    static TestApp app;
    static long nycDoc;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        nycDoc = new RequestFixture(app).agency(RequestFixture.NYC_DOC);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aFormSentAgainFilesNothingMoreAndIsToldWhatTheFirstSendingDid() {
        HttpSession requester = app.session().signInAs(RequestFixture.NY_REQUESTER);
        Map<String, String> form = FilingPosts.subpoena(requester, nycDoc, "Resent Person");
        HttpResponse<String> first = FilingPosts.post(requester, "/requests/new", form);
        assertEquals(303, first.statusCode(), first::body);
        String told = flash(requester);
        HttpResponse<String> again = FilingPosts.post(requester, "/requests/new", form);
        assertEquals(303, again.statusCode(), again::body);
        assertEquals("/requests", again.headers().firstValue("Location").orElse(""));
        assertEquals(told, flash(requester), "the same words as the first time");
        assertEquals(1, requestsAbout("Resent Person"));
        assertNotEquals(form.get("formKey"), FilingPosts.hidden(requester.get("/requests/new").body(), "formKey"),
                "the form opened anew has a new key");
    }

    @Test
    void aRefusedFormKeepsItsKeyAndFilesOnceCorrected() {
        HttpSession requester = app.session().signInAs(RequestFixture.NY_REQUESTER);
        Map<String, String> form = new LinkedHashMap<>(FilingPosts.subpoena(requester, nycDoc, "Corrected Person"));
        form.put("narrative", "");
        HttpResponse<String> refused = FilingPosts.post(requester, "/requests/new", form);
        assertEquals(422, refused.statusCode());
        assertEquals(form.get("formKey"), FilingPosts.hidden(refused.body(), "formKey"));
        form.put("narrative", "Needed for a hearing.");
        assertEquals(303, FilingPosts.post(requester, "/requests/new", form).statusCode());
        assertEquals(303, FilingPosts.post(requester, "/requests/new", form).statusCode());
        assertEquals(1, requestsAbout("Corrected Person"));
    }

    @Test
    void aKeyCopiedIntoAnotherPersonsFormIsAFormOfItsOwn() {
        HttpSession ny = app.session().signInAs(RequestFixture.NY_REQUESTER);
        Map<String, String> nyForm = FilingPosts.subpoena(ny, nycDoc, "Copied Key Person");
        assertEquals(303, FilingPosts.post(ny, "/requests/new", nyForm).statusCode());
        String nyTold = flash(ny);

        HttpSession denver = app.session().signInAs(RequestFixture.DENVER_REQUESTER);
        Map<String, String> denverForm = new LinkedHashMap<>(FilingPosts.subpoena(denver, nycDoc, "Copied Key Person"));
        denverForm.put("formKey", nyForm.get("formKey"));
        HttpResponse<String> filed = FilingPosts.post(denver, "/requests/new", denverForm);
        assertEquals(303, filed.statusCode(), filed::body);
        String denverTold = flash(denver);
        assertEquals(2, requestsAbout("Copied Key Person"), "Denver's form was filed too");
        assertTrue(denverTold.startsWith("request filed: LIA-"), denverTold);
        assertNotEquals(nyTold, denverTold, "Denver is told its own tracking number, not New York's");
    }

    /** The success message the requests list shows after the redirect. */
    private static String flash(HttpSession session) {
        String page = session.get("/requests").body();
        int at = page.indexOf("request filed: LIA-");
        assertFalse(at < 0, "a flash with the tracking number");
        return page.substring(at, page.indexOf('<', at));
    }

    private static long requestsAbout(String subject) {
        return app.database.jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM requests WHERE subject_name = :s").bind("s", subject).mapTo(Long.class).one());
    }
}

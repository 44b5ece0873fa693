package liaison.filing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import liaison.support.HttpSession;
import liaison.support.RequestFixture;
import liaison.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who is told of other open requests about the same person: a requester only of their own office's, when filing;
 * the addressed agency's clerks of every office's served on them, on the request's page. Another office's tracking
 * number is never shown to a requester, so no identifier can be probed through the warning.
 */
class DuplicateWarningTest {
    static final String A_NUMBER = "A300000404";
    /** Another person, for the clerk's side, so that the tests do not depend on each other's filings. */
    static final String OTHER_A_NUMBER = "A300000405";

    static TestApp app;
    static long nycDoc;
    static String nyPending;
    static String nyServed;
    static String nyServedOther;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        nycDoc = new RequestFixture(app).agency(RequestFixture.NYC_DOC);
        HttpSession ny = app.session().signInAs(RequestFixture.NY_REQUESTER);
        assertEquals(303, FilingRoutesTest.subpoenaTo(nycDoc).add("s1-fullName", "Pending In New York")
                .add("s1-aNumber", A_NUMBER).post(ny, "/requests/new").statusCode());
        assertEquals(303, information("Served From New York", "yes").post(ny, "/requests/new").statusCode());
        assertEquals(303, FilingRoutesTest.subpoenaTo(nycDoc).add("s1-fullName", "Other Pending In New York")
                .add("s1-aNumber", OTHER_A_NUMBER).post(ny, "/requests/new").statusCode());
        assertEquals(303, information("Other Served From New York", "yes").set("s1-aNumber", OTHER_A_NUMBER)
                .post(ny, "/requests/new").statusCode());
        nyPending = tracking("Pending In New York");
        nyServed = tracking("Served From New York");
        nyServedOther = tracking("Other Served From New York");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static FilingRoutesTest.Form information(String name, String confirm) {
        return new FilingRoutesTest.Form().add("action", "submit").add("type", "INFORMATION_REQUEST")
                .add("priority", "ROUTINE").add("recipients", nycDoc).add("items", "CUSTODY_STATUS")
                .add("narrative", "Custody check.").add("s1-fullName", name).add("s1-aNumber", A_NUMBER)
                .add("confirmDuplicates", confirm);
    }

    static String tracking(String subject) {
        return app.database.jdbi().withHandle(h -> h.createQuery(
                "SELECT tracking_number FROM requests WHERE subject_name = :n").bind("n", subject)
                .mapTo(String.class).one());
    }

    static long id(String subject) {
        return app.database.jdbi().withHandle(h -> h.createQuery("SELECT id FROM requests WHERE subject_name = :n")
                .bind("n", subject).mapTo(Long.class).one());
    }

    @Test
    void anotherOfficesRequestsAreNeverNamedToARequester() {
        HttpSession denver = app.session().signInAs(RequestFixture.DENVER_REQUESTER);
        HttpResponse<String> first = information("Filed In Denver", "no").post(denver, "/requests/new");
        assertEquals(303, first.statusCode(), "no warning: New York's requests are not Denver's to know");
        String page = denver.get("/requests").body();
        assertFalse(page.contains(nyPending) || page.contains(nyServed) || page.contains("ERO New York"));

        HttpResponse<String> again = information("Filed In Denver Again", "no").post(denver, "/requests/new");
        assertEquals(200, again.statusCode(), "warned of the office's own request");
        assertTrue(again.body().contains(tracking("Filed In Denver") + ": Filed In Denver, to "
                + RequestFixture.NYC_DOC));
        assertFalse(again.body().contains(nyPending), "not a subpoena still waiting for approval elsewhere");
        assertFalse(again.body().contains(nyServed), "nor another office's served request");
        assertFalse(again.body().contains("ERO New York"));

        // the warning leads to the person's page, which lists only what the office may see
        long own = id("Filed In Denver");
        assertTrue(again.body().contains("href=\"/subjects/" + own + "\""), "a link to the subject page");
        assertTrue(again.body().contains("All requests about Filed In Denver (opens in a new tab)"));
        HttpResponse<String> subject = denver.get("/subjects/" + own);
        assertEquals(200, subject.statusCode());
        assertTrue(subject.body().contains(tracking("Filed In Denver")));
        assertFalse(subject.body().contains(nyPending) || subject.body().contains(nyServed)
                || subject.body().contains("ERO New York"), "New York's requests about the same A-number are not"
                + " Denver's to know, on the subject page either");
    }

    @Test
    void theAgencysClerksSeeEveryOfficesServedRequestsAboutTheSamePerson() {
        HttpSession denver = app.session().signInAs(RequestFixture.DENVER_REQUESTER);
        assertEquals(303, information("Denver About The Same", "no").set("s1-aNumber", OTHER_A_NUMBER)
                .post(denver, "/requests/new").statusCode());
        long denverRequest = id("Denver About The Same");

        String clerkPage = app.session().signInAs(RequestFixture.NYC_CLERK).get("/requests/" + denverRequest).body();
        assertTrue(clerkPage.contains("id=\"duplicates\""), "the clerk is told");
        assertTrue(clerkPage.contains(">" + nyServedOther + "</a>: Other Served From New York, from ERO New York "
                + "(Submitted)"), clerkPage);
        assertFalse(clerkPage.contains(tracking("Other Pending In New York")),
                "a subpoena not approved yet is not the agency's to see");
        assertFalse(clerkPage.contains("href=\"/requests/" + denverRequest + "\""), "not the request itself");

        String requesterPage = denver.get("/requests/" + denverRequest).body();
        assertFalse(requesterPage.contains("id=\"duplicates\""), "the requester's page lists none");
        assertFalse(requesterPage.contains(nyServedOther));
        String otherAgency = app.session().signInAs(RequestFixture.DENVER_CLERK).get("/requests/" + denverRequest)
                .body();
        assertFalse(otherAgency.contains(nyServedOther), "another agency sees nothing of it");
    }
}

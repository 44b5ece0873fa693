package liaison.filing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import liaison.agencies.AgencyDao;
import liaison.filing.FilingRoutesTest.Form;
import liaison.support.HttpSession;
import liaison.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The request form's subject sections through HTTP, as without script: one to start, "Add another subject" (a
 * submit that saves nothing) adds one and keeps what was typed, up to the maximum; a draft shows as many as it has.
 */
class SubjectSectionsTest {
    static TestApp app;
    static long nycDoc;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        nycDoc = app.database.jdbi().onDemand(AgencyDao.class).findByName("New York City Department of Correction")
                .orElseThrow().id();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static HttpSession requester() {
        return app.session().signInAs("requester@ero-ny.example");
    }

    static Form subpoena(String action) {
        return new Form().add("action", action).add("type", "ADMINISTRATIVE_SUBPOENA").add("priority", "ROUTINE")
                .add("recipients", nycDoc).add("items", "RELEASE_DATE_TIME")
                .add("narrative", "Needed for removal proceedings, kept as typed.")
                .add("legalAuthority", Filing.SUBPOENA_AUTHORITY).add("returnDate", "2026-11-20");
    }

    static int sections(String page) {
        int n = 0;
        while (page.contains("id=\"s" + (n + 1) + "-fullName\"")) {
            n++;
        }
        return n;
    }

    static long count(String sql) {
        return app.database.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    @Test
    void aNewFormHasOneSubjectAndAButtonForAnother() {
        String page = requester().get("/requests/new").body();
        assertEquals(1, sections(page), "one subject section to start");
        assertTrue(page.contains("name=\"action\" value=\"addSubject\""), "the add button is a submit");
        assertTrue(page.contains("formaction=\"/requests/new#s2-fullName\""),
                () -> page.substring(page.indexOf("addSubject") - 300, page.indexOf("addSubject") + 300));
        assertTrue(page.contains("Add another subject"));
    }

    @Test
    void addingASubjectKeepsWhatWasTypedAndSavesNothing() {
        HttpSession session = requester();
        long filings = count("SELECT COUNT(*) FROM filings");
        HttpResponse<String> r = subpoena("addSubject").add("s1-fullName", "Added Person One")
                .add("s1-aNumber", "A300000101").add("s1-sex", "Female").post(session, "/requests/new");
        assertEquals(200, r.statusCode(), r::body);
        String page = r.body();
        assertEquals(2, sections(page), "one more section");
        for (String kept : new String[] {"value=\"Added Person One\"", "value=\"A300000101\"",
                "<option value=\"Female\" selected=\"selected\"", "Needed for removal proceedings, kept as typed.",
                "value=\"" + nycDoc + "\" checked=\"checked\"", "value=\"RELEASE_DATE_TIME\" checked=\"checked\"",
                "value=\"ADMINISTRATIVE_SUBPOENA\" checked=\"checked\"", "value=\"2026-11-20\""}) {
            assertTrue(page.contains(kept), () -> "lost " + kept);
        }
        assertFalse(page.contains("usa-alert--error"), "nothing is checked");
        assertTrue(page.contains("formaction=\"/requests/new#s3-fullName\""), "the next one is the third");
        // again, with the second section still empty: it stays, and a third comes
        String again = subpoena("addSubject").add("s1-fullName", "Added Person One").add("s2-fullName", "")
                .post(session, "/requests/new").body();
        assertEquals(3, sections(again));
        assertEquals(filings, count("SELECT COUNT(*) FROM filings"), "adding a section saves nothing");
    }

    @Test
    void aDraftsFormAddsASectionWithoutSavingAndKeepsItsVersion() {
        HttpSession session = requester();
        HttpResponse<String> saved = subpoena("draft").add("s1-fullName", "Draft Person One")
                .add("s2-fullName", "Draft Person Two").add("s2-aNumber", "A300000102")
                .post(session, "/requests/new");
        assertEquals(303, saved.statusCode(), saved::body);
        String draft = FilingRoutesTest.location(saved);
        String form = session.get(draft).body();
        assertEquals(2, sections(form), "a draft shows the subjects it has");
        HttpResponse<String> added = subpoena("addSubject").add("version", "0").add("s1-fullName", "Draft Person One")
                .add("s2-fullName", "Draft Person Two Changed").post(session, draft);
        assertEquals(200, added.statusCode(), added::body);
        assertEquals(3, sections(added.body()));
        assertTrue(added.body().contains("name=\"version\" value=\"0\""), "still the draft's version");
        assertTrue(added.body().contains("formaction=\"" + draft + "#s4-fullName\""));
        assertEquals(2, sections(session.get(draft).body()), "the draft itself is as it was");
        assertTrue(session.get(draft).body().contains("value=\"Draft Person Two\""));
    }

    @Test
    void removingASubjectMovesTheLaterOnesUpAndSavesNothing() {
        HttpSession session = requester();
        long filings = count("SELECT COUNT(*) FROM filings");
        String page = subpoena("removeSubject-2").add("s1-fullName", "Remove Person One")
                .add("s2-fullName", "Remove Person Two").add("s3-fullName", "Remove Person Three")
                .add("s3-aNumber", "A300000103").post(session, "/requests/new").body();
        assertEquals(2, sections(page));
        assertFalse(page.contains("Remove Person Two"), "the second is gone");
        assertTrue(page.contains("id=\"s2-fullName\" name=\"s2-fullName\" value=\"Remove Person Three\"")
                || page.matches("(?s).*id=\"s2-fullName\"[^>]*value=\"Remove Person Three\".*"), "the third moves up");
        assertTrue(page.contains("value=\"A300000103\""));
        assertTrue(page.contains("value=\"removeSubject-2\""), "the second section can be removed");
        assertFalse(page.contains("value=\"removeSubject-1\""), "the first never");
        for (String action : new String[] {"removeSubject-1", "removeSubject-9", "removeSubject-x", "removeSubject-"}) {
            HttpResponse<String> r = subpoena(action).add("s1-fullName", "Remove Person One")
                    .post(session, "/requests/new");
            assertEquals(200, r.statusCode(), action);
            assertEquals(1, sections(r.body()), action);
            assertTrue(r.body().contains("value=\"Remove Person One\""), action);
        }
        assertEquals(filings, count("SELECT COUNT(*) FROM filings"), "removing a section saves nothing");
    }

    @Test
    void theMaximumIsKept() {
        HttpSession session = requester();
        Form full = subpoena("addSubject");
        for (int n = 1; n <= FilingForm.MAX_SUBJECTS; n++) {
            full.add("s" + n + "-fullName", n == 1 ? "Maximum Person" : "");
        }
        String page = full.post(session, "/requests/new").body();
        assertEquals(FilingForm.MAX_SUBJECTS, sections(page), "no section past the maximum");
        assertFalse(page.contains("value=\"addSubject\""), "no button to add one");
        assertTrue(page.contains("Up to " + FilingForm.MAX_SUBJECTS + " people in one filing"));
        // a section past the maximum posted by hand is not read
        String past = subpoena("addSubject").add("s1-fullName", "Maximum Person").add("s99-fullName", "Too Far")
                .post(session, "/requests/new").body();
        assertEquals(2, sections(past));
        assertFalse(past.contains("Too Far"));
    }

    @Test
    void filingTwoAddedSubjectsMakesTwoRequests() {
        HttpSession session = requester();
        HttpResponse<String> filed = subpoena("submit").add("s1-fullName", "Sections Person One")
                .add("s1-aNumber", "A300000111").add("s2-fullName", "Sections Person Two")
                .add("s2-aNumber", "A300000112").post(session, "/requests/new");
        assertEquals(303, filed.statusCode(), filed::body);
        assertEquals(2, count("SELECT COUNT(*) FROM requests WHERE subject_name LIKE 'Sections Person %'"));
    }
}

package liaison.requests;

import static liaison.support.RequestFixture.NYC_CLERK;
import static liaison.support.RequestFixture.NY_APPROVER;
import static liaison.support.RequestFixture.NY_REQUESTER;
import static liaison.support.RequestFixture.versionOn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import liaison.support.HttpSession;
import liaison.support.RequestFixture;
import liaison.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bad input on every form of the detail page, and forms opened before someone else changed the request: the page
 * comes back with a message next to the field (or a "changed since you opened it" message) and everything typed,
 * never a 500, never a lost form, and nothing changes.
 */
class RequestFormsTest {
    static final String LONG = "x".repeat(10_001);

    /** Each text form: the state its request must be in, who uses it, and its required text field (or none). */
    record TextForm(String action, RequestState state, String who, String field, boolean required, int max) {
    }

    static final List<TextForm> TEXT_FORMS = List.of(
            new TextForm("return", RequestState.PENDING_APPROVAL, NY_APPROVER, "returnReason", true, 2_000),
            new TextForm("resubmit", RequestState.DRAFT, NY_REQUESTER, "resubmitNote", false, 2_000),
            new TextForm("ask-clarification", RequestState.SUBMITTED, NYC_CLERK, "question", true, 10_000),
            new TextForm("answer-clarification", RequestState.CLARIFICATION_REQUESTED, NY_REQUESTER, "clarification",
                    true, 10_000),
            new TextForm("note", RequestState.SUBMITTED, NYC_CLERK, "note", true, 10_000),
            new TextForm("withdraw", RequestState.SUBMITTED, NY_REQUESTER, "withdrawReason", true, 2_000),
            new TextForm("amend-release", RequestState.ANSWERED, NYC_CLERK, "amendReason", false, 2_000));

    static TestApp app;
    static RequestFixture fixture;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        fixture = new RequestFixture(app);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static HttpResponse<String> post(HttpSession who, long id, String action, Map<String, String> fields) {
        return who.post("/requests/" + id + "/" + action, new LinkedHashMap<>(fields));
    }

    static Map<String, String> form(long id, String... pairs) {
        Map<String, String> form = new HashMap<>();
        form.put("version", String.valueOf(fixture.version(id)));
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    static void assertUnchanged(long id, RequestState state, int version) {
        assertEquals(state, fixture.state(id));
        assertEquals(version, fixture.version(id));
    }

    @Test
    void everyTextFormRefusesEmptyAndOverlongTextNextToTheField() {
        for (TextForm f : TEXT_FORMS) {
            long id = fixture.inState(f.state());
            int version = fixture.version(id);
            HttpSession who = app.session().signInAs(f.who());
            Map<String, String> valid = f.action().equals("amend-release")
                    ? Map.of("amendDate", "2026-12-01", "amendTime", "10:00") : Map.of();
            if (f.required()) {
                Map<String, String> blank = new HashMap<>(valid);
                blank.putAll(form(id, f.field(), "   "));
                HttpResponse<String> empty = post(who, id, f.action(), blank);
                assertEquals(422, empty.statusCode(), f.action());
                assertTrue(empty.body().contains("is required."), f.action());
                assertTrue(empty.body().contains("id=\"" + f.field() + "-error\""),
                        f.action() + ": error by the field");
                assertTrue(empty.body().contains("href=\"#" + f.field() + "\""), f.action() + ": error summary links");
            }
            Map<String, String> overlong = new HashMap<>(valid);
            overlong.putAll(form(id, f.field(), "y".repeat(f.max() + 1)));
            HttpResponse<String> tooLong = post(who, id, f.action(), overlong);
            assertEquals(422, tooLong.statusCode(), f.action());
            assertTrue(tooLong.body().contains("must be at most " + String.format("%,d", f.max()) + " characters"),
                    f.action());
            assertTrue(tooLong.body().contains("y".repeat(f.max() + 1) + "</textarea>"), f.action() + ": text kept");
            assertUnchanged(id, f.state(), version);
        }
    }

    @Test
    void theAnswerFormNamesEveryItemThatNeedsMore() {
        long id = fixture.inState(RequestState.SUBMITTED);
        int version = fixture.version(id);
        HttpSession clerk = app.session().signInAs(NYC_CLERK);

        HttpResponse<String> nothing = post(clerk, id, "answer", form(id));
        assertEquals(422, nothing.statusCode());
        assertTrue(nothing.body().contains("Choose how Release date and time is answered"));
        assertTrue(nothing.body().contains("Choose how Custody status is answered"));

        HttpResponse<String> bad = post(clerk, id, "answer", form(id,
                "disposition-RELEASE_DATE_TIME", "WITHHELD", "basis-RELEASE_DATE_TIME", " ",
                "value-RELEASE_DATE_TIME", "typed before changing my mind",
                "disposition-CUSTODY_STATUS", "PROVIDED", "value-CUSTODY_STATUS", "",
                "answerBookingNumber", "B".repeat(31), "releaseDate", "2026-02-30", "releaseTime", "25:00",
                "facility", "F".repeat(201), "summary", LONG, "notInCustody", "yes"));
        assertEquals(422, bad.statusCode());
        String page = bad.body();
        assertTrue(page.contains("Give the basis for withholding Release date and time."));
        assertTrue(page.contains("Give the value provided for Custody status"));
        assertTrue(page.contains("Booking number must be at most 30 characters"));
        assertTrue(page.contains("Release date must be a date"));
        assertTrue(page.contains("Release time must be a time of day"));
        assertTrue(page.contains("Facility must be at most 200 characters"));
        assertTrue(page.contains("Summary must be at most 10,000 characters"));
        assertTrue(page.contains("typed before changing my mind</textarea>"), "typed values kept");
        assertTrue(page.contains("value=\"2026-02-30\""));
        assertTrue(page.matches("(?s).*value=\"WITHHELD\"[^>]*checked.*"), "the chosen disposition kept");
        assertTrue(page.matches("(?s).*id=\"notInCustody\"[^>]*checked.*"), "the checkbox kept");

        HttpResponse<String> unknown = post(clerk, id, "answer", form(id,
                "disposition-RELEASE_DATE_TIME", "MAYBE", "disposition-CUSTODY_STATUS", "NOT_HELD",
                "disposition-COURT_DATES", "PROVIDED"));
        assertEquals(422, unknown.statusCode());
        assertTrue(unknown.body().contains("Choose provided, withheld or not held for Release date and time."));

        HttpResponse<String> halfADate = post(clerk, id, "answer", form(id,
                "disposition-RELEASE_DATE_TIME", "NOT_HELD", "disposition-CUSTODY_STATUS", "NOT_HELD",
                "releaseDate", "12/01/2026", "releaseTime", ""));
        assertEquals(422, halfADate.statusCode());
        assertTrue(halfADate.body().contains("Release time is missing"));
        HttpResponse<String> farFuture = post(clerk, id, "answer", form(id,
                "disposition-RELEASE_DATE_TIME", "NOT_HELD", "disposition-CUSTODY_STATUS", "NOT_HELD",
                "releaseDate", "+99999-01-01", "releaseTime", "10:00"));
        assertEquals(422, farFuture.statusCode());
        HttpResponse<String> year3000 = post(clerk, id, "answer", form(id,
                "disposition-RELEASE_DATE_TIME", "NOT_HELD", "disposition-CUSTODY_STATUS", "NOT_HELD",
                "releaseDate", "3000-01-01", "releaseTime", "10:00"));
        assertEquals(422, year3000.statusCode());
        assertTrue(year3000.body().contains("must be in the years 2000 to 2100"));
        assertUnchanged(id, RequestState.SUBMITTED, version);

        HttpResponse<String> notHeld = post(clerk, id, "answer", form(id,
                "disposition-RELEASE_DATE_TIME", "NOT_HELD", "disposition-CUSTODY_STATUS", "NOT_HELD",
                "notInCustody", "yes"));
        assertEquals(303, notHeld.statusCode(), notHeld::body);
        assertTrue(clerk.get("/requests/" + id).body().contains("Not in custody"));
    }

    @Test
    void theAmendedReleaseDateMustBeADateAndATime() {
        long id = fixture.inState(RequestState.ANSWERED);
        int version = fixture.version(id);
        HttpSession clerk = app.session().signInAs(NYC_CLERK);
        for (String[] typed : new String[][] {{"", ""}, {"tomorrow", "10:00"}, {"2026-13-01", "10:00"},
                {"2026-12-01", "noon"}, {"2026-12-01", ""}, {"", "10:00"}, {LONG, LONG}}) {
            HttpResponse<String> r = post(clerk, id, "amend-release",
                    form(id, "amendDate", typed[0], "amendTime", typed[1]));
            assertEquals(422, r.statusCode(), String.join(" ", typed));
            assertTrue(r.body().contains("usa-error-message"));
        }
        assertUnchanged(id, RequestState.ANSWERED, version);
    }

    @Test
    void aFormWithAMissingOrGarbledVersionIsTreatedAsStale() {
        long id = fixture.inState(RequestState.SUBMITTED);
        int before = fixture.version(id);
        HttpSession clerk = app.session().signInAs(NYC_CLERK);
        for (String version : List.of("", "abc", "-5", "99999999999", "1e3")) {
            HttpResponse<String> r = post(clerk, id, "ask-clarification",
                    Map.of("version", version, "question", "Which facility?"));
            assertEquals(409, r.statusCode(), version);
            assertTrue(r.body().contains("This request changed since you opened it"));
            assertTrue(r.body().contains("Which facility?</textarea>"));
        }
        HttpResponse<String> none = post(clerk, id, "acknowledge", Map.of());
        assertEquals(409, none.statusCode());
        assertUnchanged(id, RequestState.SUBMITTED, before);
    }

    @Test
    void aStaleAnswerComesBackWithTheMessageTheTypedAnswerAndTheNewVersion() {
        long id = fixture.inState(RequestState.SUBMITTED);
        HttpSession clerk = app.session().signInAs(NYC_CLERK);
        HttpSession colleague = app.session().signInAs(NYC_CLERK);
        String opened = versionOn(clerk.get("/requests/" + id).body());
        PagesHelper.ok(colleague.post("/requests/" + id + "/acknowledge", Map.of("version", opened)));

        Map<String, String> answer = new HashMap<>(Map.of("version", opened,
                "disposition-RELEASE_DATE_TIME", "PROVIDED", "value-RELEASE_DATE_TIME", "Release set for 1 December",
                "disposition-CUSTODY_STATUS", "WITHHELD", "basis-CUSTODY_STATUS", "City policy, section 9",
                "facility", "North Infirmary Command", "certify", "yes"));
        HttpResponse<String> stale = post(clerk, id, "answer", answer);
        assertEquals(409, stale.statusCode());
        String page = stale.body();
        assertTrue(page.contains("This request changed since you opened it: Acknowledged by Elena Brightwater"), page);
        assertTrue(page.contains("Your answer is kept below; review the request and submit again."));
        assertTrue(page.contains("Release set for 1 December</textarea>"));
        assertTrue(page.contains("value=\"City policy, section 9\""));
        assertTrue(page.contains("value=\"North Infirmary Command\""));
        assertEquals(String.valueOf(fixture.version(id)), versionOn(page), "the form now carries the new version");
        assertEquals(RequestState.ACKNOWLEDGED, fixture.state(id));

        answer.put("version", versionOn(page));
        assertEquals(303, post(clerk, id, "answer", answer).statusCode(), "sent again, it goes through");
        assertEquals(RequestState.ANSWERED, fixture.state(id));
    }

    @Test
    void anAnswerToARequestSomeoneElseAnsweredKeepsWhatWasTypedOutsideTheGoneForm() {
        long id = fixture.inState(RequestState.SUBMITTED);
        HttpSession clerk = app.session().signInAs(NYC_CLERK);
        String opened = versionOn(clerk.get("/requests/" + id).body());
        PagesHelper.ok(app.session().signInAs(NYC_CLERK).post("/requests/" + id + "/answer", Map.of("version", opened,
                "disposition-RELEASE_DATE_TIME", "NOT_HELD", "disposition-CUSTODY_STATUS", "NOT_HELD")));

        HttpResponse<String> stale = post(clerk, id, "answer", Map.of("version", opened,
                "disposition-RELEASE_DATE_TIME", "PROVIDED", "value-RELEASE_DATE_TIME", "My careful answer",
                "disposition-CUSTODY_STATUS", "NOT_HELD"));
        assertEquals(409, stale.statusCode());
        assertTrue(stale.body().contains("This request changed since you opened it: Answered by Elena Brightwater"));
        assertTrue(stale.body().contains("What you typed (not sent)"));
        assertTrue(stale.body().contains("My careful answer"));
        assertFalse(stale.body().contains("name=\"disposition-RELEASE_DATE_TIME\""), "the answer form is gone");
    }

    @Test
    void staleTextFormsKeepTheText() {
        long id = fixture.inState(RequestState.SUBMITTED);
        HttpSession requester = app.session().signInAs(NY_REQUESTER);
        String opened = versionOn(requester.get("/requests/" + id).body());
        fixture.workflow.addNote(fixture.account(NYC_CLERK), id, fixture.version(id), "Looking into it.");

        HttpResponse<String> stale = post(requester, id, "withdraw",
                Map.of("version", opened, "withdrawReason", "Subject located elsewhere."));
        assertEquals(409, stale.statusCode());
        assertTrue(stale.body().contains("changed since you opened it: the answering agency updated it."));
        assertTrue(stale.body().contains("Your text is kept below"));
        assertTrue(stale.body().contains("Subject located elsewhere.</textarea>"));
        assertFalse(stale.body().contains("Looking into it."), "the internal note is not shown, even here");
        assertFalse(stale.body().contains("Internal note added"));
        assertEquals(RequestState.SUBMITTED, fixture.state(id));
    }

    @Test
    void aBodyThatCannotBeReadIsNeverAServerError() {
        long id = fixture.inState(RequestState.SUBMITTED);
        HttpSession clerk = app.session().signInAs(NYC_CLERK);
        String token = clerk.csrfToken();
        for (String body : List.of("%zz", "version=%E0%A4%A&question=x", "question=" + "%41".repeat(20_000),
                "disposition-RELEASE_DATE_TIME=PROVIDED&disposition-RELEASE_DATE_TIME=WITHHELD&version=0")) {
            HttpResponse<String> r = clerk.postRaw("/requests/" + id + "/answer",
                    ("pac4jCsrfToken=" + token + "&" + body).getBytes(StandardCharsets.UTF_8));
            assertTrue(r.statusCode() < 500, body + " answered " + r.statusCode());
        }
    }

    /** Small checks shared by the tests above. */
    static final class PagesHelper {
        static void ok(HttpResponse<String> response) {
            assertEquals(303, response.statusCode(), response::body);
        }
    }
}

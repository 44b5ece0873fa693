package liaison.filing;

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
import liaison.agencies.AgencyDao;
import liaison.support.ErrorSummary;
import liaison.support.HttpSession;
import liaison.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Filing through HTTP as a requester uses it: the form, its errors, drafts, duplicates, and who may file. */
class FilingRoutesTest {
    static TestApp app;
    static long nycDoc;
    static long denverSheriff;
    static long juniperJail;
    static long eroNewYork;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        AgencyDao agencies = app.database.jdbi().onDemand(AgencyDao.class);
        nycDoc = agencies.findByName("New York City Department of Correction").orElseThrow().id();
        denverSheriff = agencies.findByName("Denver Sheriff Department").orElseThrow().id();
        juniperJail = agencies.findByName("Juniper County Jail").orElseThrow().id();
        eroNewYork = agencies.findByName("ERO New York").orElseThrow().id();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** A form body with repeatable fields (checkboxes), in order. */
    static final class Form {
        final List<String[]> fields = new ArrayList<>();

        Form add(String name, Object value) {
            fields.add(new String[] {name, String.valueOf(value)});
            return this;
        }

        Form set(String name, Object value) {
            fields.removeIf(f -> f[0].equals(name));
            return add(name, value);
        }

        HttpResponse<String> post(HttpSession session, String path) {
            StringBuilder body = new StringBuilder("pac4jCsrfToken=" + encode(session.csrfToken()));
            fields.forEach(f -> body.append('&').append(encode(f[0])).append('=').append(encode(f[1])));
            return session.postRaw(path, body.toString().getBytes(StandardCharsets.UTF_8));
        }

        private static String encode(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }

    static Form subpoena(String action) {
        return subpoena(action, nycDoc);
    }

    /** A subpoena to the agency, filed at once: every field it needs but its subjects. */
    static Form subpoenaTo(long agencyId) {
        return subpoena("submit", agencyId);
    }

    private static Form subpoena(String action, long agencyId) {
        return new Form().add("action", action).add("type", "ADMINISTRATIVE_SUBPOENA").add("priority", "ROUTINE")
                .add("recipients", agencyId).add("items", "RELEASE_DATE_TIME").add("items", "CUSTODY_STATUS")
                .add("narrative", "Needed for removal proceedings.").add("legalAuthority", Filing.SUBPOENA_AUTHORITY)
                .add("returnDate", "2026-11-20");
    }

    static HttpSession as(String email) {
        return app.session().signInAs(email);
    }

    static HttpSession requester() {
        return as("requester@ero-ny.example");
    }

    static String location(HttpResponse<String> r) {
        return r.headers().firstValue("Location").orElse("").replaceFirst("^https?://[^/]+", "");
    }

    static String find(String regex, String body) {
        Matcher m = Pattern.compile(regex).matcher(body);
        assertTrue(m.find(), () -> "no " + regex + " in the page");
        return m.group(1);
    }

    static void assertRefused(HttpResponse<String> r, String... messages) {
        assertEquals(422, r.statusCode(), r::body);
        assertTrue(r.body().contains("usa-alert--error"), "an error summary");
        for (String message : messages) {
            assertTrue(r.body().contains(message), () -> "no \"" + message + "\" in the page");
        }
    }

    long requests(String subjectName) {
        return app.database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM requests WHERE subject_name = :n")
                .bind("n", subjectName).mapTo(Long.class).one());
    }

    @Test
    void aRequesterFilesOneSubpoenaForTwoSubjectsAndGetsTwoRequests() {
        HttpSession session = requester();
        HttpResponse<String> form = session.get("/requests/new");
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("New York City Department of Correction"));
        assertTrue(form.body().contains("value=\"" + Filing.SUBPOENA_AUTHORITY + "\""), "authority pre-filled");
        assertFalse(form.body().contains("<script>"), "no inline script");
        assertFalse(form.body().contains("type=\"date\""), "dates are typed as everywhere else, not picked");
        assertTrue(form.body().contains("on or after 11/05/2026. mm/dd/yyyy."), "the return date's hint");
        assertTrue(form.body().contains("mm/dd/yyyy, for example 01/31/1990."), "the date of birth's hint");
        HttpResponse<String> filed = subpoena("submit")
                .add("s1-fullName", "Route Person One").add("s1-aNumber", "A300000001")
                .add("s2-fullName", "Route Person Two").add("s2-dateOfBirth", "1980-05-04").add("s2-sex", "Male")
                .post(session, "/requests/new");
        assertEquals(303, filed.statusCode(), filed::body);
        assertEquals("/requests", location(filed));
        assertEquals(1, requests("Route Person One"));
        assertEquals(1, requests("Route Person Two"));
        String page = session.get("/requests").body();
        assertTrue(page.contains("2 requests filed: LIA-2026-"), "the flash lists the tracking numbers");
        assertTrue(page.contains("href=\"/requests/new\"") && page.contains("href=\"/requests/drafts\""));
    }

    @Test
    void onlyRequestersMayFile() {
        for (String email : List.of("clerk@nyc-doc.example", "approver@ero-ny.example", "admin@nyc-doc.example")) {
            HttpSession session = as(email);
            assertEquals(403, session.get("/requests/new").statusCode(), email);
            assertEquals(403, subpoena("submit").post(session, "/requests/new").statusCode(), email);
            assertEquals(403, session.get("/requests/drafts").statusCode(), email);
        }
        HttpResponse<String> anonymous = app.session().get("/requests/new");
        assertEquals(302, anonymous.statusCode());
        assertEquals("/login", location(anonymous));
    }

    @Test
    void anEmptyFormIsRefusedFieldByField() {
        HttpResponse<String> r = new Form().add("action", "submit").post(requester(), "/requests/new");
        assertRefused(r, "Choose the type of request.", "Choose at least one agency",
                "Enter at least one subject with a full name.", "Choose at least one item",
                "Enter the narrative and justification.", "Choose the priority of the request.");
        assertTrue(ErrorSummary.assertListsEachProblemOnce(r.body()).contains("type"), "summary links to the field");
        assertTrue(r.body().contains("aria-describedby=\"narrative-info narrative-hint narrative-error\""));
        assertEquals(422, new Form().post(requester(), "/requests/new").statusCode(), "a draft needs a type too");
    }

    @Test
    void aTooLongNarrativeIsRefusedAndKept() {
        String narrative = "x".repeat(10_000);
        HttpResponse<String> r = subpoena("submit").set("narrative", narrative).add("s1-fullName", "Kept Name")
                .add("s1-aNumber", "A300000009").post(requester(), "/requests/new");
        assertRefused(r, "Enter at most 4,000 characters; this has 10,000.", narrative, "value=\"Kept Name\"");
    }

    @Test
    void aReturnDateInThePastIsRefusedAndKept() {
        HttpResponse<String> r = subpoena("submit").set("returnDate", "10/01/2026").add("s1-fullName", "Past Date")
                .add("s1-aNumber", "A300000010").post(requester(), "/requests/new");
        assertRefused(r, "on or after 11/05/2026", "value=\"10/01/2026\"", "usa-form-group--error");
        assertEquals(0, requests("Past Date"));
    }

    @Test
    void aGarbageDateIsAFieldErrorShownAsTyped() {
        HttpResponse<String> r = subpoena("draft").set("returnDate", "2026-13-45").add("s1-fullName", "Bad Date")
                .add("s1-dateOfBirth", "31/31/1990").post(requester(), "/requests/new");
        assertRefused(r, "Enter a real date", "type=\"text\" value=\"2026-13-45\"", "value=\"31/31/1990\"",
                "id=\"returnDate-error\"", "id=\"s1-dateOfBirth-error\"");
    }

    @Test
    void unknownChoicesAreFieldErrors() {
        HttpResponse<String> r = subpoena("submit").set("type", "BOGUS").set("priority", "NOPE").add("items", "FOO")
                .add("s1-fullName", "Choice Person").add("s1-aNumber", "A300000011").add("s1-sex", "Alien")
                .post(requester(), "/requests/new");
        assertRefused(r, "Choose the type of request.", "Choose the priority", "Choose items from the list.",
                "Choose the sex from the list.");
    }

    @Test
    void onlyActiveLocalAgenciesCanBeChosen() {
        for (String agency : List.of(String.valueOf(eroNewYork), "999999", "abc")) {
            HttpResponse<String> r = subpoena("draft").set("recipients", agency).add("s1-fullName", "Agency Person")
                    .post(requester(), "/requests/new");
            assertRefused(r, "one of those sent cannot receive requests");
        }
    }

    @Test
    void aDraftIsSavedEditedRefusedWhenStaleAndDeleted() {
        HttpSession session = requester();
        HttpResponse<String> saved = new Form().add("action", "draft").add("type", "INFORMATION_REQUEST")
                .add("priority", "URGENT").add("s1-fullName", "Draft Person").post(session, "/requests/new");
        assertEquals(303, saved.statusCode(), saved::body);
        String path = location(saved);
        assertTrue(path.matches("/requests/drafts/\\d+"), path);
        String page = session.get(path).body();
        assertTrue(page.contains("Draft saved.") && page.contains("value=\"Draft Person\""));
        assertEquals("0", find("name=\"version\" value=\"(\\d+)\"", page));
        assertTrue(session.get("/requests/drafts").body().contains("Draft Person"));

        Form edit = new Form().add("action", "draft").add("type", "INFORMATION_REQUEST").add("priority", "URGENT")
                .add("s1-fullName", "Draft Person Renamed").add("version", 0);
        assertEquals(303, edit.post(session, path).statusCode());
        assertEquals("1", find("name=\"version\" value=\"(\\d+)\"", session.get(path).body()));

        HttpResponse<String> stale = edit.set("s1-fullName", "Typed Meanwhile").post(session, path);
        assertEquals(409, stale.statusCode());
        assertTrue(stale.body().contains("changed elsewhere") && stale.body().contains("value=\"Typed Meanwhile\""));
        assertEquals("1", find("name=\"version\" value=\"(\\d+)\"", stale.body()), "the current version, to save again");

        HttpResponse<String> deleted = new Form().post(session, path + "/delete");
        assertEquals(303, deleted.statusCode());
        assertEquals("/requests/drafts", location(deleted));
        assertEquals(404, session.get(path).statusCode());
        assertEquals(404, new Form().post(session, path + "/delete").statusCode());
    }

    @Test
    void aDraftIsSubmittedFromItsPage() {
        HttpSession session = requester();
        String path = location(subpoena("draft").add("s1-fullName", "Draft Then Filed").post(session, "/requests/new"));
        HttpResponse<String> filed = subpoena("submit").add("s1-fullName", "Draft Then Filed")
                .add("s1-bookingNumber", "B-77").add("version", 0).post(session, path);
        assertEquals(303, filed.statusCode(), filed::body);
        assertEquals(1, requests("Draft Then Filed"));
        assertEquals(404, session.get(path).statusCode(), "a filed draft is no draft any more");
    }

    @Test
    void aDraftOfAnotherOfficeIsNotFound() {
        HttpSession denver = as("requester@ero-denver.example");
        String path = location(new Form().add("action", "draft").add("type", "INFORMATION_REQUEST")
                .add("priority", "ROUTINE").add("s1-fullName", "Denver Draft").post(denver, "/requests/new"));
        assertEquals(200, denver.get(path).statusCode());
        HttpSession newYork = requester();
        assertEquals(404, newYork.get(path).statusCode());
        assertEquals(404, subpoena("draft").add("version", 0).post(newYork, path).statusCode());
        assertEquals(404, new Form().post(newYork, path + "/delete").statusCode());
        assertFalse(newYork.get("/requests/drafts").body().contains("Denver Draft"));
        assertEquals(200, denver.get(path).statusCode(), "still there");
        assertEquals(404, newYork.get("/requests/drafts/abc").statusCode());
    }

    @Test
    void aDuplicateIsWarnedAboutThenFiledWhenConfirmed() {
        HttpSession session = requester();
        Form info = new Form().add("action", "submit").add("type", "INFORMATION_REQUEST").add("priority", "ROUTINE")
                .add("recipients", juniperJail).add("items", "CUSTODY_STATUS").add("narrative", "Custody check.")
                .add("s1-fullName", "Duplicate Person").add("s1-aNumber", "A300000077");
        assertEquals(303, info.post(session, "/requests/new").statusCode());
        String first = app.database.jdbi().withHandle(h -> h.createQuery(
                "SELECT tracking_number FROM requests WHERE subject_name = 'Duplicate Person'").mapTo(String.class).one());

        HttpResponse<String> warned = info.post(session, "/requests/new");
        assertEquals(200, warned.statusCode());
        assertTrue(warned.body().contains(first) && warned.body().contains("name=\"confirmDuplicates\""));
        assertTrue(warned.body().contains("value=\"A300000077\""), "the form is kept");
        assertEquals(1, requests("Duplicate Person"));

        assertEquals(303, info.add("confirmDuplicates", "yes").post(session, "/requests/new").statusCode());
        assertEquals(2, requests("Duplicate Person"));

        HttpSession denver = as("requester@ero-denver.example");
        HttpResponse<String> otherOffice = info.set("confirmDuplicates", "no").set("s1-fullName", "Same Number")
                .post(denver, "/requests/new");
        assertEquals(303, otherOffice.statusCode(), "need-to-know: another office's requests are never named");
        assertFalse(denver.get("/requests").body().contains(first));
    }
}

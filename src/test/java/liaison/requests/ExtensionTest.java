package liaison.requests;

import static liaison.support.RequestFixture.DENVER_REQUESTER;
import static liaison.support.RequestFixture.NYC_CLERK;
import static liaison.support.RequestFixture.NY_APPROVER;
import static liaison.support.RequestFixture.NY_REQUESTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import liaison.accounts.Account;
import liaison.deadlines.BusinessCalendar;
import liaison.support.HttpSession;
import liaison.support.RequestFixture;
import liaison.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Extending a request's due date (DESIGN.md §4: the clock is a ledger): the filing office gives the agency more
 * time; the ledger gets an EXTENDED entry with who and why, both sides see it, and bad input comes back next to the
 * field with what was typed, never a 500. The test app's clock stands at Monday 2026-11-02 14:00 UTC.
 */
class ExtensionTest {
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** A Tuesday, weeks after any fixture request's first due date. */
    static final LocalDate LATER = LocalDate.of(2026, 12, 15);

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

    static Request request(long id) {
        return app.database.jdbi().withHandle(h -> h.attach(RequestDao.class).lockForSystem(id).orElseThrow());
    }

    static List<ClockEntry> ledger(long id) {
        return app.database.jdbi().withHandle(h -> h.attach(RequestDao.class).clock(id));
    }

    static Instant endOfDay(LocalDate day) {
        return ZonedDateTime.of(day, BusinessCalendar.END_OF_BUSINESS_DAY, NEW_YORK).toInstant();
    }

    static Map<String, String> form(long id, String date, String reason) {
        Map<String, String> form = new HashMap<>();
        form.put("version", String.valueOf(fixture.version(id)));
        form.put("extendDate", date);
        form.put("extendReason", reason);
        return form;
    }

    // --- the service

    @Test
    void anExtensionIsALedgerEntryWithActorAndReasonAndMovesTheDueDate() {
        long id = fixture.inState(RequestState.SUBMITTED);
        Instant before = request(id).dueAt();
        Account requester = fixture.account(NY_REQUESTER);
        fixture.workflow.extend(requester, id, fixture.version(id), endOfDay(LATER), "The agency asked for time.");

        ClockEntry last = ledger(id).get(ledger(id).size() - 1);
        assertEquals("EXTENDED", last.kind().name());
        assertEquals(requester.id(), last.actorId());
        assertEquals("The agency asked for time.", last.reason());
        assertEquals(endOfDay(LATER), last.dueAt());
        assertTrue(endOfDay(LATER).isAfter(before));
        assertEquals(endOfDay(LATER), request(id).dueAt(), "the cached due instant follows the ledger");
        assertEquals(RequestState.SUBMITTED, fixture.state(id), "the state stays");
        String kind = app.database.jdbi().withHandle(h -> h.createQuery(
                "SELECT kind FROM request_events WHERE request_id = :id ORDER BY id DESC LIMIT 1")
                .bind("id", id).mapTo(String.class).one());
        assertEquals("due-extended", kind, "the timeline says so");
    }

    @Test
    void anApproverMayExtendAPausedClockWhichStaysPaused() {
        long id = fixture.inState(RequestState.CLARIFICATION_REQUESTED);
        fixture.workflow.extend(fixture.account(NY_APPROVER), id, fixture.version(id), endOfDay(LATER),
                "Take the time you need.");
        Request r = request(id);
        assertTrue(r.clockPaused());
        assertEquals(endOfDay(LATER), r.dueAt());
        assertEquals("EXTENDED", ledger(id).get(ledger(id).size() - 1).kind().name());
    }

    @Test
    void theAgencyCannotExtendItsOwnDeadlineAndOtherOfficesDoNotSeeTheRequest() {
        long id = fixture.inState(RequestState.SUBMITTED);
        int version = fixture.version(id);
        var clerk = assertThrows(WorkflowException.class, () -> fixture.workflow.extend(
                fixture.account(NYC_CLERK), id, version, endOfDay(LATER), "More time."));
        assertEquals(WorkflowException.Reason.NOT_ALLOWED, clerk.reason());
        var other = assertThrows(WorkflowException.class, () -> fixture.workflow.extend(
                fixture.account(DENVER_REQUESTER), id, version, endOfDay(LATER), "More time."));
        assertEquals(WorkflowException.Reason.NOT_FOUND, other.reason());
        assertEquals(version, fixture.version(id));

        assertEquals(403, app.session().signInAs(NYC_CLERK)
                .post("/requests/" + id + "/extend", form(id, LATER.toString(), "More time.")).statusCode());
        assertEquals(404, app.session().signInAs(DENVER_REQUESTER)
                .post("/requests/" + id + "/extend", form(id, LATER.toString(), "More time.")).statusCode());
        assertEquals(1, ledger(id).size(), "only the start");
    }

    @Test
    void anAnsweredRequestOrOneWithoutAClockCannotBeExtended() {
        long answered = fixture.inState(RequestState.ANSWERED);
        assertThrows(WorkflowException.class, () -> fixture.workflow.extend(fixture.account(NY_REQUESTER), answered,
                fixture.version(answered), endOfDay(LATER), "Too late."));
        long pending = fixture.inState(RequestState.PENDING_APPROVAL);
        assertThrows(WorkflowException.class, () -> fixture.workflow.extend(fixture.account(NY_APPROVER), pending,
                fixture.version(pending), endOfDay(LATER), "Not served."));
        long release = fixture.file(RequestType.RELEASE_NOTIFICATION);
        assertFalse(new RequestPolicy().canExtend(fixture.account(NY_REQUESTER), request(release)),
                "a release notification has no clock to extend");
    }

    @Test
    void theServiceRefusesAnEarlierDueDate() {
        long id = fixture.inState(RequestState.SUBMITTED);
        Instant earlier = request(id).dueAt().minusSeconds(3600);
        assertThrows(WorkflowException.class, () -> fixture.workflow.extend(fixture.account(NY_REQUESTER), id,
                fixture.version(id), earlier, "Sooner."));
        assertEquals(1, ledger(id).size());
    }

    // --- the form

    @Test
    void theFormIsOfferedToTheFilingOfficeOnly() {
        long id = fixture.inState(RequestState.SUBMITTED);
        assertTrue(app.session().signInAs(NY_REQUESTER).get("/requests/" + id).body()
                .contains("/requests/" + id + "/extend"));
        assertTrue(app.session().signInAs(NY_APPROVER).get("/requests/" + id).body()
                .contains("/requests/" + id + "/extend"));
        assertFalse(app.session().signInAs(NYC_CLERK).get("/requests/" + id).body()
                .contains("/requests/" + id + "/extend"));
        long answered = fixture.inState(RequestState.ANSWERED);
        assertFalse(app.session().signInAs(NY_REQUESTER).get("/requests/" + answered).body()
                .contains("/requests/" + answered + "/extend"));
    }

    @Test
    void badInputComesBackNextToTheFieldWithWhatWasTyped() {
        long id = fixture.inState(RequestState.SUBMITTED);
        int version = fixture.version(id);
        LocalDate due = request(id).dueAt().atZone(NEW_YORK).toLocalDate();
        HttpSession requester = app.session().signInAs(NY_REQUESTER);
        String[][] cases = {
            {"2026-10-30", "Reason.", "must be in the future"},                       // past (a Friday)
            {due.toString(), "Reason.", "must be after the current due date"},        // the current due date itself
            {due.minusDays(1).toString(), "Reason.", "must be after the current due date"},
            {"2026-12-12", "Reason.", "must be a business day"},                      // a Saturday
            {"2026-12-25", "Reason.", "must be a business day"},                      // Christmas Day
            {"next tuesday", "Reason.", "must be a date"},
            {"2026-02-30", "Reason.", "must be a date"},
            {"", "Reason.", "New due date is required"},
            {LATER.toString(), "", "Reason for the extension is required"},
            {LATER.toString(), "   ", "Reason for the extension is required"},
            {LATER.toString(), "y".repeat(1_001), "must be at most 1,000 characters"},
            {LATER.toString(), "y".repeat(10_000), "must be at most 1,000 characters"},
        };
        for (String[] c : cases) {
            HttpResponse<String> r = requester.post("/requests/" + id + "/extend", form(id, c[0], c[1]));
            String what = c[0] + " / " + c[1].length() + " chars";
            assertEquals(422, r.statusCode(), what);
            assertTrue(r.body().contains(c[2]), what + ": " + c[2]);
            assertTrue(r.body().contains("usa-error-message"), what);
            if (!c[0].isBlank()) {
                assertTrue(r.body().contains("value=\"" + c[0] + "\""), what + ": the date typed is kept");
            }
            if (!c[1].isBlank()) {
                assertTrue(r.body().contains(c[1] + "</textarea>"), what + ": the reason typed is kept");
            }
        }
        assertEquals(version, fixture.version(id), "nothing changed");
        assertEquals(1, ledger(id).size());
    }

    @Test
    void aGarbledBodyOrAStaleVersionIsNeverAServerError() {
        long id = fixture.inState(RequestState.SUBMITTED);
        HttpSession requester = app.session().signInAs(NY_REQUESTER);
        Map<String, String> stale = form(id, LATER.toString(), "Kept.");
        stale.put("version", String.valueOf(fixture.version(id) + 7)); // opened at another version
        HttpResponse<String> r = requester.post("/requests/" + id + "/extend", stale);
        assertEquals(409, r.statusCode());
        assertTrue(r.body().contains("Kept.</textarea>"));
        for (String date : new String[] {"x".repeat(10_000), "9999-12-31", "1999-01-04", "2026-12-15T17:00", "\u0000"}) {
            int status = requester.post("/requests/" + id + "/extend", form(id, date, "R")).statusCode();
            assertEquals(422, status, date.length() > 20 ? date.substring(0, 20) : date);
        }
        assertEquals(1, ledger(id).size());
    }

    @Test
    void theExtensionIsInTheClockLedgerForBothSides() {
        long id = fixture.inState(RequestState.SUBMITTED);
        HttpSession requester = app.session().signInAs(NY_REQUESTER);
        HttpResponse<String> done = requester.post("/requests/" + id + "/extend",
                form(id, "12/15/2026", "Records are archived off site."));
        assertEquals(303, done.statusCode(), done::body);
        assertEquals(endOfDay(LATER), request(id).dueAt());
        String name = fixture.account(NY_REQUESTER).displayName();
        for (String who : List.of(NY_REQUESTER, NYC_CLERK)) {
            HttpSession session = who.equals(NY_REQUESTER) ? requester : app.session().signInAs(who);
            String page = session.get("/requests/" + id).body();
            String ledger = page.substring(page.indexOf("id=\"clock-heading\""));
            ledger = ledger.substring(0, ledger.indexOf("</section>"));
            assertTrue(ledger.contains(">Extended<"), who + " sees the extension");
            assertTrue(ledger.contains("Records are archived off site."), who + " sees why");
            assertTrue(ledger.contains(escape(name)), who + " sees who");
            assertTrue(page.contains("Due date extended"), who + " sees it on the timeline");
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}

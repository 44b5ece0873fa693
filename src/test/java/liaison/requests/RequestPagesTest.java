package liaison.requests;

import static liaison.support.RequestFixture.DENVER_CLERK;
import static liaison.support.RequestFixture.DENVER_REQUESTER;
import static liaison.support.RequestFixture.NYC_CLERK;
import static liaison.support.RequestFixture.NY_APPROVER;
import static liaison.support.RequestFixture.NY_REQUESTER;
import static liaison.support.RequestFixture.versionOn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import liaison.support.HttpSession;
import liaison.support.RequestFixture;
import liaison.support.TestApp;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A request's page and its forms over HTTP: the whole life of a subpoena, and who may see and touch it. */
class RequestPagesTest {
    static final List<String> ACTIONS = List.of("approve", "return", "resubmit", "acknowledge", "ask-clarification",
            "answer-clarification", "note", "answer", "amend-release", "withdraw", "close");

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

    /** POSTs a detail-page form with the version shown on the request's page, as a browser would. */
    static HttpResponse<String> submit(HttpSession who, long id, String action, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.putIfAbsent("version", versionOn(who.get("/requests/" + id).body()));
        return who.post("/requests/" + id + "/" + action, form);
    }

    static void assertRedirectsToRequest(HttpResponse<String> response, long id) {
        assertEquals(303, response.statusCode(), response::body);
        assertEquals("/requests/" + id, response.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void aSubpoenaIsApprovedAcknowledgedClarifiedAnsweredAndClosedThroughTheForms() {
        long id = fixture.file(RequestType.ADMINISTRATIVE_SUBPOENA);
        HttpSession requester = app.session().signInAs(NY_REQUESTER);
        HttpSession approver = app.session().signInAs(NY_APPROVER);
        HttpSession clerk = app.session().signInAs(NYC_CLERK);

        String list = approver.get("/requests").body();
        assertTrue(list.contains("Waiting for your approval"));
        assertTrue(list.contains("href=\"/requests/" + id + "\""));
        assertEquals(404, clerk.get("/requests/" + id).statusCode(), "not served yet: the agency does not see it");

        assertRedirectsToRequest(submit(approver, id, "approve", Map.of("affirm", "yes")), id);
        String approved = approver.get("/requests/" + id).body();
        assertTrue(approved.contains("The subpoena is approved and served on the agency."), "flash after redirect");
        assertFalse(approver.get("/requests/" + id).body().contains("approved and served on the agency."),
                "a flash shows once");

        String queue = clerk.get("/queue").body();
        assertTrue(queue.contains("href=\"/requests/" + id + "\""), "served: in the agency's queue");
        assertRedirectsToRequest(submit(clerk, id, "acknowledge", Map.of()), id);
        assertRedirectsToRequest(submit(clerk, id, "ask-clarification", Map.of("question", "Which facility?")), id);
        String paused = requester.get("/requests/" + id).body();
        assertTrue(paused.contains("Which facility?"));
        assertTrue(paused.contains("Paused"));
        assertRedirectsToRequest(submit(requester, id, "answer-clarification",
                Map.of("clarification", "Any facility of the department.")), id);
        assertRedirectsToRequest(submit(clerk, id, "note", Map.of("note", "Checked the facility roster.")), id);

        assertRedirectsToRequest(submit(clerk, id, "answer", Map.ofEntries(
                Map.entry("disposition-RELEASE_DATE_TIME", "WITHHELD"),
                Map.entry("basis-RELEASE_DATE_TIME", "Administrative, not judicial, process"),
                Map.entry("value-RELEASE_DATE_TIME", "must not be stored: the item is withheld"),
                Map.entry("disposition-CUSTODY_STATUS", "PROVIDED"),
                Map.entry("value-CUSTODY_STATUS", "In custody at the Harbor Point Detention Center"),
                Map.entry("answerBookingNumber", "BK-4471"),
                Map.entry("releaseDate", "2026-12-01"), Map.entry("releaseTime", "09:30"),
                Map.entry("facility", "Harbor Point Detention Center"),
                Map.entry("summary", "Custody confirmed; release date withheld."),
                Map.entry("certify", "yes"))), id);
        String answered = requester.get("/requests/" + id).body();
        assertTrue(answered.contains("Partially fulfilled"));
        assertTrue(answered.contains("In custody at the Harbor Point Detention Center"));
        assertTrue(answered.contains("Administrative, not judicial, process"));
        assertTrue(answered.contains("BK-4471"));
        assertTrue(answered.contains("Dec 1, 2026, 9:30 AM EST"), "as the New York clerk typed it");
        assertFalse(answered.contains("must not be stored"), "a value next to a withheld item is not kept");
        assertFalse(answered.contains("Checked the facility roster."), "internal notes stay with the agency");
        assertFalse(answered.contains("Internal note added"), "and so does the timeline line about them");
        String agencyView = clerk.get("/requests/" + id).body();
        assertTrue(agencyView.contains("Checked the facility roster."));
        assertTrue(agencyView.contains("Internal note"));

        assertRedirectsToRequest(submit(clerk, id, "amend-release",
                Map.of("amendDate", "12/02/2026", "amendTime", "8:00", "amendReason", "Court date moved.")), id);
        assertTrue(requester.get("/requests/" + id).body().contains("Dec 2, 2026, 8:00 AM EST"));
        assertRedirectsToRequest(submit(requester, id, "close", Map.of()), id);

        String closed = requester.get("/requests/" + id).body();
        assertEquals(RequestState.CLOSED, fixture.state(id));
        for (String step : List.of("Filed", "Approved and served", "Acknowledged", "Clarification requested",
                "Clarification given", "Answered", "Release date amended", "Closed")) {
            assertTrue(closed.contains(step), "timeline shows " + step);
        }
        for (String kind : List.of("Started", "Paused", "Resumed", "Stopped")) {
            assertTrue(closed.contains(kind), "clock ledger shows " + kind);
        }
        assertFalse(closed.contains("/close\""), "no form for what can no longer be done");
    }

    @Test
    void theDetailPageShowsTheSubjectAndOnlyTheFormsTheViewerMayUse() {
        long id = fixture.inState(RequestState.SUBMITTED);
        String requesterView = app.session().signInAs(NY_REQUESTER).get("/requests/" + id).body();
        for (String field : List.of("Alias ", "Mar 14, 1985", "Testland", "FBI", "Needed for a removal case.")) {
            assertTrue(requesterView.contains(field), field);
        }
        assertTrue(requesterView.contains("/withdraw\""));
        assertFalse(requesterView.contains("/answer\""));
        assertFalse(requesterView.contains("/acknowledge\""));
        String clerkView = app.session().signInAs(NYC_CLERK).get("/requests/" + id).body();
        assertTrue(clerkView.contains("/answer\""));
        assertTrue(clerkView.contains("/acknowledge\""));
        assertTrue(clerkView.contains("name=\"disposition-RELEASE_DATE_TIME\""));
        assertFalse(clerkView.contains("/withdraw\""));
        assertFalse(clerkView.contains("/approve\""));
    }

    @Test
    void anotherAgencysClerkFindsNothingToSeeOrDo() {
        long id = fixture.inState(RequestState.SUBMITTED);
        HttpSession denver = app.session().signInAs(DENVER_CLERK);
        assertEquals(404, denver.get("/requests/" + id).statusCode());
        int version = fixture.version(id);
        for (String action : ACTIONS) {
            var response = denver.post("/requests/" + id + "/" + action, Map.of("version", String.valueOf(version),
                    "question", "?", "note", "?", "disposition-CUSTODY_STATUS", "NOT_HELD",
                    "disposition-RELEASE_DATE_TIME", "NOT_HELD", "amendDate", "2026-12-01", "amendTime", "10:00"));
            assertEquals(404, response.statusCode(), action);
            var empty = denver.post("/requests/" + id + "/" + action, Map.of());
            assertEquals(404, empty.statusCode(), action + " with an empty form");
        }
        assertEquals(RequestState.SUBMITTED, fixture.state(id));
        assertEquals(version, fixture.version(id));
        assertFalse(denver.get("/queue").body().contains("/requests/" + id + "\""));
    }

    @Test
    void aRequesterOfAnotherOfficeFindsNothing() {
        long id = fixture.inState(RequestState.SUBMITTED);
        HttpSession denver = app.session().signInAs(DENVER_REQUESTER);
        assertEquals(404, denver.get("/requests/" + id).statusCode());
        assertEquals(404, denver.post("/requests/" + id + "/withdraw",
                Map.of("version", String.valueOf(fixture.version(id)), "withdrawReason", "Mine now")).statusCode());
        assertFalse(denver.get("/requests").body().contains("/requests/" + id + "\""));
        assertEquals(RequestState.SUBMITTED, fixture.state(id));
    }

    @Test
    void aClerkCannotApproveAndARequesterCannotAnswer() {
        long served = fixture.inState(RequestState.SUBMITTED);
        HttpSession clerk = app.session().signInAs(NYC_CLERK);
        assertEquals(403, clerk.post("/requests/" + served + "/approve",
                Map.of("version", String.valueOf(fixture.version(served)))).statusCode());
        long pending = fixture.inState(RequestState.PENDING_APPROVAL);
        HttpSession requester = app.session().signInAs(NY_REQUESTER);
        assertEquals(403, requester.post("/requests/" + pending + "/approve",
                Map.of("version", String.valueOf(fixture.version(pending)))).statusCode(), "a requester does not sign");
        assertEquals(403, requester.post("/requests/" + served + "/answer", Map.of(
                "version", String.valueOf(fixture.version(served)),
                "disposition-RELEASE_DATE_TIME", "NOT_HELD", "disposition-CUSTODY_STATUS", "NOT_HELD")).statusCode());
        assertEquals(RequestState.PENDING_APPROVAL, fixture.state(pending));
        assertEquals(RequestState.SUBMITTED, fixture.state(served));
    }

    @Test
    void aReturnedSubpoenaIsResubmittedAndAnInformationRequestWithdrawn() {
        long id = fixture.inState(RequestState.PENDING_APPROVAL);
        HttpSession approver = app.session().signInAs(NY_APPROVER);
        HttpSession requester = app.session().signInAs(NY_REQUESTER);
        assertRedirectsToRequest(submit(approver, id, "return", Map.of("returnReason", "Name the facility.")), id);
        assertEquals(RequestState.DRAFT, fixture.state(id));
        assertTrue(requester.get("/requests/" + id).body().contains("Name the facility."));
        assertRedirectsToRequest(submit(requester, id, "resubmit", Map.of("resubmitNote", "Facility named.")), id);
        assertEquals(RequestState.PENDING_APPROVAL, fixture.state(id));

        long info = fixture.inState(RequestState.SUBMITTED);
        assertRedirectsToRequest(submit(requester, info, "withdraw", Map.of("withdrawReason", "Found elsewhere.")),
                info);
        assertEquals(RequestState.WITHDRAWN, fixture.state(info));
        assertTrue(requester.get("/requests/" + info).body().contains("Found elsewhere."));
    }

    @Test
    void aNonNumericOrUnknownIdIsNotFound() {
        HttpSession requester = app.session().signInAs(NY_REQUESTER);
        for (String id : List.of("abc", "0", "-1", "1.5", "99999999999999999999999", "999999999", "%27%20OR%201%3D1")) {
            assertEquals(404, requester.get("/requests/" + id).statusCode(), id);
            assertEquals(404, requester.post("/requests/" + id + "/withdraw",
                    Map.of("version", "0", "withdrawReason", "x")).statusCode(), id);
            assertEquals(404, requester.post("/requests/" + id + "/close", Map.of()).statusCode(), id);
        }
    }

    /** The page's own reads ({@link RequestReads}, fixed mappers) give the records the DAOs gave, for every request. */
    @Test
    void everyDemoRequestReadsAsTheDaosReadIt() {
        app.database.jdbi().useHandle(h -> {
            RequestDao requests = h.attach(RequestDao.class);
            AnswerDao answers = h.attach(AnswerDao.class);
            AffirmationDao affirmations = h.attach(AffirmationDao.class);
            List<Long> ids = h.createQuery("SELECT id FROM requests ORDER BY id").mapTo(Long.class).list();
            assertFalse(ids.isEmpty());
            int answered = 0;
            int affirmed = 0;
            for (long id : ids) {
                assertEquals(requests.items(id), RequestReads.items(h, id));
                assertEquals(requests.timeline(id), RequestReads.timeline(h, id));
                assertEquals(requests.clock(id), RequestReads.clock(h, id));
                assertEquals(requests.messages(id, true), RequestReads.messages(h, id, true));
                assertEquals(requests.messages(id, false), RequestReads.messages(h, id, false));
                assertEquals(answers.find(id), RequestReads.answer(h, id));
                assertEquals(affirmations.latest(id), RequestReads.affirmation(h, id));
                answered += answers.find(id).isPresent() ? 1 : 0;
                affirmed += affirmations.latest(id).isPresent() ? 1 : 0;
                assertVisibleAlike(h, requests, id);
            }
            assertTrue(answered > 0 && affirmed > 0, "the demo holds answers and affirmations to compare");
        });
    }

    /** As the filing office, the addressed agency and a third agency: the same request or none. */
    private static void assertVisibleAlike(Handle h, RequestDao requests, long id) {
        var row = h.createQuery("SELECT office_id, agency_id FROM requests WHERE id = :id").bind("id", id)
                .mapToMap().one();
        for (long agency : new long[] {((Number) row.get("office_id")).longValue(),
            ((Number) row.get("agency_id")).longValue(), 999_999}) {
            assertEquals(requests.findVisible(id, agency), RequestReads.findVisible(h, id, agency));
        }
    }
}

package liaison.requests;

import static liaison.support.RequestFixture.NYC_CLERK;
import static liaison.support.RequestFixture.NY_APPROVER;
import static liaison.support.RequestFixture.NY_REQUESTER;
import static liaison.support.RequestFixture.versionOn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import liaison.support.ErrorSummary;
import liaison.support.HttpSession;
import liaison.support.RequestFixture;
import liaison.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Approval is a signature (issue 10): a page showing the subpoena, a statement affirmed with a box, kept. */
class ApprovalPageTest {
    static final String STATEMENT = "I have reviewed this subpoena and approve its service under 8 U.S.C. § 1225(d)";
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

    static HttpResponse<String> post(HttpSession who, long id, Map<String, String> form) {
        return who.post("/requests/" + id + "/approve", form);
    }

    @Test
    void theDetailPageLeadsToTheSignaturePageWhichShowsTheSubpoenaAsServed() {
        long id = fixture.inState(RequestState.PENDING_APPROVAL);
        HttpSession approver = app.session().signInAs(NY_APPROVER);
        String detail = approver.get("/requests/" + id).body();
        assertTrue(detail.contains("href=\"/requests/" + id + "/approve\""), "a link to the signature page");
        assertFalse(detail.contains("action=\"/requests/" + id + "/approve\""), "no one-click approval");
        HttpResponse<String> page = approver.get("/requests/" + id + "/approve");
        assertEquals(200, page.statusCode());
        String body = page.body();
        for (String shown : new String[] {"ERO New York", RequestFixture.NYC_DOC, "Release date and time",
                "Custody status", "Needed for a removal case.", STATEMENT, "name=\"affirm\"",
                "action=\"/requests/" + id + "/approve\"", "name=\"version\""}) {
            assertTrue(body.contains(shown), shown);
        }
    }

    @Test
    void withoutTheBoxTickedNothingIsSignedAndTheMessageStandsAtTheBox() {
        long id = fixture.inState(RequestState.PENDING_APPROVAL);
        HttpSession approver = app.session().signInAs(NY_APPROVER);
        String version = versionOn(approver.get("/requests/" + id + "/approve").body());
        HttpResponse<String> refused = post(approver, id, Map.of("version", version));
        assertEquals(422, refused.statusCode());
        assertTrue(refused.body().contains("id=\"affirm-error\""), "message next to the box");
        assertEquals(List.of("affirm"), ErrorSummary.assertListsEachProblemOnce(refused.body()));
        assertTrue(refused.body().contains(STATEMENT), "the same page again");
        assertEquals(RequestState.PENDING_APPROVAL, fixture.state(id));
        assertEquals(0, affirmations(id));
    }

    @Test
    void theAffirmationIsKeptWithTheApprovalAndShownOnTheRequest() {
        long id = fixture.inState(RequestState.PENDING_APPROVAL);
        HttpSession approver = app.session().signInAs(NY_APPROVER);
        String version = versionOn(approver.get("/requests/" + id + "/approve").body());
        HttpResponse<String> signed = post(approver, id, Map.of("version", version, "affirm", "yes"));
        assertEquals(303, signed.statusCode(), signed::body);
        assertEquals(RequestState.SUBMITTED, fixture.state(id));
        Map<String, Object> row = app.database.jdbi().withHandle(h -> h.createQuery("""
                SELECT f.statement, a.email, f.affirmed_at FROM approval_affirmations f
                JOIN accounts a ON a.id = f.affirmed_by WHERE f.request_id = :id""").bind("id", id).mapToMap().one());
        String statement = (String) row.get("statement");
        assertTrue(statement.startsWith(STATEMENT), statement);
        assertEquals(NY_APPROVER, row.get("email"), "who signed");
        String tracking = app.database.jdbi().withHandle(h -> h.createQuery(
                "SELECT tracking_number FROM requests WHERE id = :id").bind("id", id).mapTo(String.class).one());
        assertTrue(statement.contains(tracking), "names the subpoena it signs");
        String audited = app.database.jdbi().withHandle(h -> h.createQuery(
                "SELECT details FROM audit_log WHERE action = :action AND object_id = :t")
                .bind("action", TimelineKind.APPROVED.auditAction()).bind("t", tracking).mapTo(String.class).one());
        assertEquals(statement, audited, "the audit entry of the approval carries the words affirmed");
        // the filing office and the agency both read who signed what
        for (String who : new String[] {NY_REQUESTER, NYC_CLERK}) {
            String page = app.session().signInAs(who).get("/requests/" + id).body();
            assertTrue(page.contains("id=\"affirmation\""), who);
            assertTrue(page.contains(STATEMENT.replace("§", "&sect;")) || page.contains(STATEMENT), who);
        }
    }

    @Test
    void aSignatureOpenedBeforeAChangeIsRefusedAsStale() {
        long id = fixture.inState(RequestState.PENDING_APPROVAL);
        HttpSession approver = app.session().signInAs(NY_APPROVER);
        String version = versionOn(approver.get("/requests/" + id + "/approve").body());
        fixture.workflow.returnToRequester(fixture.account(NY_APPROVER), id, fixture.version(id), "Add the facility.");
        assertEquals(409, post(approver, id, Map.of("version", version, "affirm", "yes")).statusCode());
        assertEquals(RequestState.DRAFT, fixture.state(id));
        assertEquals(0, affirmations(id));
    }

    @Test
    void whoFiledItMayNotSignAndOthersMayNotOpenThePage() {
        long id = fixture.inState(RequestState.PENDING_APPROVAL);
        String version = String.valueOf(fixture.version(id));
        HttpSession requester = app.session().signInAs(NY_REQUESTER);
        assertEquals(403, requester.get("/requests/" + id + "/approve").statusCode());
        assertEquals(403, post(requester, id, Map.of("version", version, "affirm", "yes")).statusCode());
        HttpSession clerk = app.session().signInAs(NYC_CLERK);
        assertEquals(404, clerk.get("/requests/" + id + "/approve").statusCode(), "not served yet: not theirs");
        HttpSession denver = app.session().signInAs("approver@ero-denver.example");
        assertEquals(404, denver.get("/requests/" + id + "/approve").statusCode());
        assertEquals(404, post(denver, id, Map.of("version", version, "affirm", "yes")).statusCode());
        assertEquals(RequestState.PENDING_APPROVAL, fixture.state(id));
        assertEquals(0, affirmations(id));
    }

    static int affirmations(long id) {
        return app.database.jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM approval_affirmations WHERE request_id = :id").bind("id", id)
                .mapTo(Integer.class).one());
    }
}

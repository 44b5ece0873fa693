package liaison.requests;

import static liaison.support.AnsweredRequests.NYC_CLERK;
import static liaison.support.AnsweredRequests.NYC_DOC;
import static liaison.support.AnsweredRequests.NY_APPROVER;
import static liaison.support.AnsweredRequests.NY_REQUESTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import liaison.support.AnsweredRequests;
import liaison.support.RequestFixture;
import liaison.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The approving officer's home (issue 10): headed as the menu names it, it leads with the subpoenas waiting for
 * their signature, then those they can refer for enforcement (refused or overdue), then every request.
 */
class ApproverHomeTest {
    static TestApp app;
    static AnsweredRequests requests;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        requests = new AnsweredRequests(app);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void leadsWithWhatWaitsForTheApprover() {
        long pending = new RequestFixture(app).inState(RequestState.PENDING_APPROVAL);
        Request declined = requests.file(NY_REQUESTER, NYC_DOC, RequestType.ADMINISTRATIVE_SUBPOENA,
                AnsweredRequests.subject("Dana Declined", "A300000901", null), RequestFixture.ITEMS);
        requests.answer(NYC_CLERK, declined.id(), Map.of(
                RequestedItem.RELEASE_DATE_TIME, AnsweredRequests.WITHHELD + "§ 9-131",
                RequestedItem.CUSTODY_STATUS, AnsweredRequests.WITHHELD + "§ 9-131"), StructuredAnswer.NONE);
        Request ignored = requests.file(NY_REQUESTER, NYC_DOC, RequestType.ADMINISTRATIVE_SUBPOENA,
                AnsweredRequests.subject("Ira Ignored", "A300000902", null), RequestFixture.ITEMS);
        Request answered = requests.file(NY_REQUESTER, NYC_DOC, RequestType.ADMINISTRATIVE_SUBPOENA,
                AnsweredRequests.subject("Fay Fulfilled", "A300000903", null), RequestFixture.ITEMS);
        requests.answer(NYC_CLERK, answered.id(), Map.of(RequestedItem.RELEASE_DATE_TIME, "2026-12-01 09:00",
                RequestedItem.CUSTODY_STATUS, "In custody"), StructuredAnswer.NONE);
        app.clock.advance(Duration.ofDays(60)); // every unanswered return date has passed

        String page = requests.app.session().signInAs(NY_APPROVER).get("/requests").body();
        assertTrue(page.contains("<title>Requests to approve"), "the title says what the menu said");
        assertTrue(page.contains("<h1>Requests to approve</h1>"), "so does the heading");
        int waiting = page.indexOf("id=\"approval-heading\"");
        int referable = page.indexOf("id=\"referable-heading\"");
        int all = page.indexOf("id=\"all-heading\"");
        assertTrue(0 < waiting && waiting < referable && referable < all, "to sign, to refer, then everything");
        String toSign = page.substring(waiting, referable);
        String toRefer = page.substring(referable, all);
        assertTrue(toSign.contains("href=\"/requests/" + pending + "\""));
        assertTrue(toRefer.contains("href=\"/requests/" + declined.id() + "\""), "declined");
        assertTrue(toRefer.contains("href=\"/requests/" + ignored.id() + "\""), "overdue");
        assertFalse(toRefer.contains("href=\"/requests/" + answered.id() + "\""), "fulfilled: nothing to compel");
        assertFalse(toRefer.contains("href=\"/requests/" + pending + "\""), "not served: nothing to compel");

        String requesterPage = app.session().signInAs(NY_REQUESTER).get("/requests").body();
        assertTrue(requesterPage.contains("<h1>Requests</h1>"), "a requester's menu says Requests");
        assertFalse(requesterPage.contains("id=\"referable-heading\""), "referring is the approver's");
        assertEquals(-1, requests.app.session().signInAs("approver@ero-denver.example").get("/requests").body()
                .indexOf("href=\"/requests/" + declined.id() + "\""), "another office's subpoenas are not listed");
    }
}

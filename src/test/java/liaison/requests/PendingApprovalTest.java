package liaison.requests;

import static liaison.support.RequestFixture.DENVER_REQUESTER;
import static liaison.support.RequestFixture.NY_APPROVER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import liaison.support.RequestFixture;
import liaison.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The approver's "Waiting for your approval": one query, the office's PENDING_APPROVAL requests by id, limited. */
class PendingApprovalTest {
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

    static List<Long> pending(long officeId, int limit) {
        return new ApprovalListQueries(app.database.jdbi()).waiting(officeId, 0, limit).stream()
                .map(Request::id).toList();
    }

    @Test
    void onlyTheOfficesRequestsWaitingForApprovalOldestFirstAndLimited() {
        long first = fixture.inState(RequestState.PENDING_APPROVAL);
        long served = fixture.inState(RequestState.SUBMITTED);
        long returned = fixture.inState(RequestState.DRAFT);
        long second = fixture.inState(RequestState.PENDING_APPROVAL);
        long office = fixture.account(NY_APPROVER).agencyId();

        List<Long> all = pending(office, 100);
        assertTrue(all.contains(first) && all.contains(second));
        assertTrue(!all.contains(served) && !all.contains(returned), "only those waiting for approval");
        assertTrue(all.indexOf(first) < all.indexOf(second), "by id, oldest first");
        assertEquals(all.stream().sorted().toList(), all);
        assertEquals(all.subList(0, 1), pending(office, 1), "limited");
        assertTrue(pending(fixture.account(DENVER_REQUESTER).agencyId(), 100).stream()
                .noneMatch(id -> id == first || id == second), "another office's list has none of them");

        String page = app.session().signInAs(NY_APPROVER).get("/requests").body();
        String waiting = page.substring(page.indexOf("Waiting for your approval"));
        waiting = waiting.substring(0, waiting.indexOf("</section>"));
        assertTrue(waiting.contains("/requests/" + first + "\"") && waiting.contains("/requests/" + second + "\""));
    }
}

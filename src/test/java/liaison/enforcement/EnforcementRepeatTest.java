package liaison.enforcement;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import liaison.accounts.Account;
import liaison.requests.Disposition;
import liaison.requests.ItemAnswer;
import liaison.requests.Outcome;
import liaison.requests.Request;
import liaison.requests.RequestState;
import liaison.requests.RequestView;
import liaison.requests.RequestViews;
import liaison.requests.RequestedItem;
import liaison.requests.StructuredAnswer;
import liaison.requests.WorkflowException;
import liaison.support.RequestFixture;
import liaison.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static liaison.support.RequestFixture.NYC_CLERK;
import static liaison.support.RequestFixture.NY_APPROVER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Enforcement moves made twice, late or wrongly: stale forms, a failed order, a second refusal and order. */
class EnforcementRepeatTest {
    static TestApp app;
    static EnforcementFixture fixture;
    static Enforcement enforcement;
    static RequestViews views;
    static Account approver;
    static Account clerk;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        fixture = new EnforcementFixture(app);
        enforcement = fixture.enforcement;
        views = app.modules().requests().views();
        approver = fixture.requests.account(NY_APPROVER);
        clerk = fixture.requests.account(NYC_CLERK);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static RequestView view(Account viewer, long id) {
        return views.detail(viewer, id, null).orElseThrow();
    }

    static int version(long id) {
        return fixture.requests.version(id);
    }

    static NewCourtOrder order(Set<RequestedItem> narrowed, LocalDate returnDate) {
        return new NewCourtOrder("U.S. District Court for the Southern District of New York", "1:26-mc-00418",
                LocalDate.of(2026, 11, 2), returnDate, narrowed, "order.pdf",
                "%PDF-1.4\n% order (test)\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void aStaleFormIsRefusedAndAFailedOrderLeavesNothingBehind() {
        long id = fixture.declined();
        int seen = version(id);
        fixture.requests.workflow.addNote(clerk, id, seen, "The office may go to court over this one.");
        var stale = assertThrows(WorkflowException.class, () -> enforcement.refer(approver, id, seen, "Referred."));
        assertEquals(WorkflowException.Reason.STALE, stale.reason());
        enforcement.refer(approver, id, version(id), "Referred.");
        // referred meanwhile: no longer a move this form can make (the routes show that as a changed request)
        var twice = assertThrows(WorkflowException.class, () -> enforcement.refer(approver, id, seen, "Again."));
        assertEquals(WorkflowException.Reason.NOT_ALLOWED, twice.reason());

        int referred = version(id);
        var notRequested = assertThrows(WorkflowException.class, () -> enforcement.recordCourtOrder(approver, id,
                referred, order(EnumSet.of(RequestedItem.BOOKING_RECORD), LocalDate.of(2026, 12, 4)), null));
        assertEquals(WorkflowException.Reason.NOT_ALLOWED, notRequested.reason());
        RequestView after = view(approver, id);
        assertEquals(RequestState.REFERRED_FOR_ENFORCEMENT, after.request().state());
        assertFalse(after.request().courtOrdered());
        assertEquals(RequestFixture.ITEMS, after.request().items());
        assertTrue(enforcement.panel(after).orders().isEmpty());
        assertTrue(app.modules().attachments().service().list(id).isEmpty(), "the document went with the order");
        assertEquals(Outcome.DECLINED, after.request().outcome(), "the refusal stands until an order is recorded");
    }

    @Test
    void aSecondRefusalCanBeReferredAgainAndOrderedAgain() {
        long id = fixture.referred();
        enforcement.recordCourtOrder(approver, id, version(id),
                order(EnumSet.of(RequestedItem.RELEASE_DATE_TIME), LocalDate.of(2026, 12, 4)), null);
        fixture.requests.answering.answer(clerk, id, version(id), Map.of(RequestedItem.RELEASE_DATE_TIME,
                new ItemAnswer(RequestedItem.RELEASE_DATE_TIME, Disposition.WITHHELD, null, EnforcementFixture.BASIS)),
                false, StructuredAnswer.NONE);
        Request refusedAgain = view(approver, id).request();
        assertTrue(enforcement.canRefer(approver, refusedAgain));
        enforcement.refer(approver, id, refusedAgain.version(), "Contempt motion filed.");
        enforcement.recordCourtOrder(approver, id, version(id), order(null, LocalDate.of(2026, 12, 11)), null);
        assertEquals(2, enforcement.panel(view(approver, id)).orders().size());
        assertEquals(EnumSet.of(RequestedItem.RELEASE_DATE_TIME), view(clerk, id).request().items());
        assertEquals(RequestState.SUBMITTED, fixture.requests.state(id));
    }
}

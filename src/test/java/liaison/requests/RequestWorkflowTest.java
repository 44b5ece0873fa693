package liaison.requests;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import liaison.support.RequestFixture;
import liaison.App;
import liaison.accounts.Account;
import liaison.accounts.AccountDao;
import liaison.agencies.AgencyDao;
import liaison.audit.AuditLog;
import liaison.demo.DemoData;
import liaison.filing.Filing;
import liaison.filing.FilingService;
import liaison.support.MutableClock;
import liaison.support.TestApp;
import liaison.support.TestDatabase;
import liaison.system.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The services on a real database: filing, approval, clarification, answer, withdrawal; scoping and staleness. */
class RequestWorkflowTest {
    static Database db;
    static MutableClock clock = new MutableClock(Instant.parse("2026-11-02T14:00:00Z"));
    static FilingService filings;
    static App.Modules modules;
    static RequestWorkflow workflow;
    static RequestViews views;
    static Account requester;
    static Account approver;
    static Account nycClerk;
    static Account denverClerk;
    static long nycDoc;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.fresh();
        AuditLog audit = new AuditLog(db.jdbi(), clock);
        new DemoData(db.jdbi(), audit, clock).seedIfEmpty("$2a$04$invalidinvalidinvalidinvalidinvalidinvalidinvalidinva");
        modules = TestApp.modules(db, clock);
        filings = modules.filing().service();
        workflow = modules.requests().workflow();
        views = modules.requests().views();
        requester = account("requester@ero-ny.example");
        approver = account("approver@ero-ny.example");
        nycClerk = account("clerk@nyc-doc.example");
        denverClerk = account("clerk@denver-sheriff.example");
        nycDoc = db.jdbi().onDemand(AgencyDao.class).findByName("New York City Department of Correction").orElseThrow().id();
    }

    @BeforeEach
    void resetClock() {
        clock.set(Instant.parse("2026-11-02T14:00:00Z"));
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    static Account account(String email) {
        AccountDao dao = db.jdbi().onDemand(AccountDao.class);
        return dao.page(email.substring(0, email.length() - 1), 1).get(0);
    }

    static Subject subject(String name, String aNumber) {
        return new Subject(name, null, LocalDate.of(1990, 1, 1), "Male", "Testland", aNumber, null, null, null);
    }

    static List<Long> file(RequestType type, List<Subject> subjects) {
        var filing = new Filing(0, 0, 0, type, Priority.ROUTINE,
                EnumSet.of(RequestedItem.RELEASE_DATE_TIME, RequestedItem.CUSTODY_STATUS), "Needed for a case.",
                type == RequestType.ADMINISTRATIVE_SUBPOENA ? Filing.SUBPOENA_AUTHORITY : null,
                type == RequestType.ADMINISTRATIVE_SUBPOENA ? LocalDate.of(2026, 11, 20) : null,
                List.of(nycDoc), subjects, null, 0);
        long id = filings.saveDraft(requester, filing).orElseThrow();
        List<String> tracking = filings.submit(requester, id, 0).orElseThrow();
        assertEquals(subjects.size(), tracking.size());
        return views.ofOffice(requester, Long.MAX_VALUE).stream().filter(r -> tracking.contains(r.trackingNumber()))
                .map(Request::id).toList();
    }

    static Request load(Account viewer, long id) {
        return views.detail(viewer, id, "127.0.0.1").orElseThrow().request();
    }

    @Test
    void aSubpoenaForFourSubjectsGoesThroughApprovalClarificationAndAnswer() {
        List<Long> ids = file(RequestType.ADMINISTRATIVE_SUBPOENA, List.of(subject("Test Person One", "A111111111"),
                subject("Test Person Two", "A222222222"), subject("Test Person Three", null),
                subject("Test Person Four", null)));
        assertEquals(4, ids.size());
        long id = ids.get(0);
        assertEquals(RequestState.PENDING_APPROVAL, load(requester, id).state());
        // the agency does not see a subpoena before it is served
        assertTrue(views.detail(nycClerk, id, null).isEmpty());

        workflow.approve(approver, id, load(approver, id).version(), RequestFixture.AFFIRMED);
        Request served = load(nycClerk, id);
        assertEquals(RequestState.SUBMITTED, served.state());
        assertEquals(Instant.parse("2026-11-20T22:00:00Z"), served.dueAt(), "return date, 17:00 New York time");

        workflow.acknowledge(nycClerk, id, served.version());
        workflow.askClarification(nycClerk, id, load(nycClerk, id).version(), "Which facility?");
        assertTrue(load(nycClerk, id).clockPaused());
        clock.advance(Duration.ofDays(1));
        workflow.answerClarification(requester, id, load(requester, id).version(), "Any facility.");
        Request resumed = load(nycClerk, id);
        assertFalse(resumed.clockPaused());
        assertEquals(Instant.parse("2026-11-23T22:00:00Z"), resumed.dueAt(), "a business day paused moves it one");

        Map<RequestedItem, ItemAnswer> items = new LinkedHashMap<>();
        items.put(RequestedItem.RELEASE_DATE_TIME, new ItemAnswer(RequestedItem.RELEASE_DATE_TIME,
                Disposition.WITHHELD, null, "Administrative, not judicial, process"));
        items.put(RequestedItem.CUSTODY_STATUS, new ItemAnswer(RequestedItem.CUSTODY_STATUS,
                Disposition.PROVIDED, "In custody", null));
        modules.answers().answering().answer(nycClerk, id, resumed.version(), items, false, StructuredAnswer.NONE);
        Request answered = load(requester, id);
        assertEquals(RequestState.ANSWERED, answered.state());
        assertEquals(Outcome.PARTIALLY_FULFILLED, answered.outcome());
        workflow.close(requester, id, answered.version());
        assertEquals(RequestState.CLOSED, load(requester, id).state());
        RequestView view = views.detail(requester, id, null).orElseThrow();
        assertEquals(List.of("filed", "approved", "acknowledged", "clarification-requested", "clarification-given",
                "answered", "closed"), view.timeline().stream().map(t -> t.kind().stored()).toList());
        assertEquals(List.of("STARTED", "PAUSED", "RESUMED", "STOPPED"),
                view.clockLedger().stream().map(c -> c.kind().name()).toList());
    }

    @Test
    void anotherAgencyCannotSeeOrTouchTheRequest() {
        long id = file(RequestType.INFORMATION_REQUEST, List.of(subject("Test Person Five", "A555555555"))).get(0);
        assertTrue(views.detail(denverClerk, id, null).isEmpty());
        var e = assertThrows(WorkflowException.class, () -> workflow.acknowledge(denverClerk, id, 0));
        assertEquals(WorkflowException.Reason.NOT_FOUND, e.reason());
    }

    @Test
    void aStaleFormIsRefused() {
        long id = file(RequestType.INFORMATION_REQUEST, List.of(subject("Test Person Six", "A666666666"))).get(0);
        int seen = load(nycClerk, id).version();
        workflow.acknowledge(nycClerk, id, seen);
        var e = assertThrows(WorkflowException.class, () -> workflow.askClarification(nycClerk, id, seen, "Who?"));
        assertEquals(WorkflowException.Reason.STALE, e.reason());
    }

    @Test
    void aMoveFromAnOlderVersionThanTheStoredOneIsRefusedByTheRowCount() {
        long id = file(RequestType.INFORMATION_REQUEST, List.of(subject("Test Person Nine", "A999999999"))).get(0);
        Request first = load(nycClerk, id);
        Request second = load(nycClerk, id);
        db.jdbi().useTransaction(h -> RequestWorkflow.update(h.attach(RequestDao.class), first,
                RequestState.ACKNOWLEDGED, clock.instant()));
        var e = assertThrows(WorkflowException.class, () -> db.jdbi().useTransaction(h -> RequestWorkflow.update(
                h.attach(RequestDao.class), second, RequestState.CLARIFICATION_REQUESTED, clock.instant())));
        assertEquals(WorkflowException.Reason.STALE, e.reason());
        assertEquals(RequestState.ACKNOWLEDGED, load(nycClerk, id).state());
    }

    @Test
    void theRequesterCanWithdrawAndTheDuplicateIsFound() {
        long id = file(RequestType.INFORMATION_REQUEST, List.of(subject("Test Person Seven", "A777777777"))).get(0);
        var again = new Filing(0, 0, 0, RequestType.INFORMATION_REQUEST, Priority.ROUTINE,
                EnumSet.of(RequestedItem.CUSTODY_STATUS), "x", null, null, List.of(nycDoc),
                List.of(subject("Test Person Seven", "A777777777")), null, 0);
        assertEquals(List.of(id), filings.duplicates(requester, again).stream().map(Request::id).toList());
        assertTrue(filings.duplicates(account("requester@ero-denver.example"), again).isEmpty(),
                "never another office's request");
        workflow.withdraw(requester, id, load(requester, id).version(), "No longer needed");
        assertEquals(RequestState.WITHDRAWN, load(requester, id).state());
        assertTrue(filings.duplicates(requester, again).isEmpty());
    }

    @Test
    void anAnsweredRequestClosesItselfThirtyDaysAfterTheAnswer() {
        long id = file(RequestType.INFORMATION_REQUEST, List.of(subject("Test Person Eight", "A888888888"))).get(0);
        Map<RequestedItem, ItemAnswer> items = new LinkedHashMap<>();
        for (RequestedItem item : load(nycClerk, id).items()) {
            items.put(item, new ItemAnswer(item, Disposition.NOT_HELD, null, null));
        }
        modules.answers().answering().answer(nycClerk, id, load(nycClerk, id).version(), items, true, StructuredAnswer.NONE);
        assertEquals(Outcome.NOT_IN_CUSTODY, load(requester, id).outcome());
        AutoClose autoClose = modules.requests().autoClose();
        clock.advance(Duration.ofDays(29));
        autoClose.run();
        assertEquals(RequestState.ANSWERED, load(requester, id).state());
        clock.advance(Duration.ofDays(2));
        assertTrue(autoClose.run() >= 1);
        assertEquals(RequestState.CLOSED, load(requester, id).state());
        List<TimelineEvent> timeline = views.detail(requester, id, null).orElseThrow().timeline();
        TimelineEvent last = timeline.get(timeline.size() - 1);
        assertEquals(TimelineKind.CLOSED_AUTOMATICALLY, last.kind());
        assertEquals(RequestState.ANSWERED, last.fromState());
        assertEquals(RequestState.CLOSED, last.toState());
    }
}

package liaison.enforcement;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import liaison.support.RequestFixture;
import liaison.App;
import liaison.accounts.Account;
import liaison.accounts.AccountDao;
import liaison.agencies.AgencyDao;
import liaison.attachments.Attachment;
import liaison.attachments.AttachmentService;
import liaison.audit.AuditLog;
import liaison.deadlines.DueClock;
import liaison.demo.DemoData;
import liaison.filing.Filing;
import liaison.filing.FilingService;
import liaison.requests.ClockEntry;
import liaison.requests.Disposition;
import liaison.requests.ItemAnswer;
import liaison.requests.LegalProcess;
import liaison.requests.Outcome;
import liaison.requests.Priority;
import liaison.requests.Request;
import liaison.requests.RequestState;
import liaison.requests.RequestType;
import liaison.requests.RequestView;
import liaison.requests.RequestViews;
import liaison.requests.RequestWorkflow;
import liaison.requests.RequestedItem;
import liaison.requests.StructuredAnswer;
import liaison.requests.Subject;
import liaison.requests.TimelineEvent;
import liaison.requests.WorkflowException;
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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Referral and court orders through the services on a real database: the whole path, and every refusal. */
class EnforcementTest {
    static final Instant START = Instant.parse("2026-11-02T14:00:00Z");
    static final Set<RequestedItem> ITEMS = EnumSet.of(RequestedItem.RELEASE_DATE_TIME, RequestedItem.CUSTODY_STATUS,
            RequestedItem.HOME_WORK_ADDRESS, RequestedItem.CRIMINAL_HISTORY);
    static final String BASIS = "NYC Admin. Code § 9-131: administrative, not judicial, process";
    static final byte[] ORDER_PDF = "%PDF-1.4\n% order of the court (test)\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    static Database db;
    static MutableClock clock = new MutableClock(START);
    static FilingService filings;
    static RequestWorkflow workflow;
    static RequestViews views;
    static App.Modules modules;
    static Enforcement enforcement;
    static Account requester;
    static Account approver;
    static Account clerk;
    static Account denverApprover;
    static long nycDoc;
    static int subjects;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.fresh();
        AuditLog audit = new AuditLog(db.jdbi(), clock);
        new DemoData(db.jdbi(), audit, clock).seedIfEmpty("not-a-real-hash");
        modules = TestApp.modules(db, clock);
        filings = modules.filing().service();
        workflow = modules.requests().workflow();
        views = modules.requests().views();
        enforcement = modules.enforcement().service();
        requester = account("requester@ero-ny.example");
        approver = account("approver@ero-ny.example");
        clerk = account("clerk@nyc-doc.example");
        denverApprover = account("approver@ero-denver.example");
        nycDoc = db.jdbi().onDemand(AgencyDao.class).findByName("New York City Department of Correction")
                .orElseThrow().id();
    }

    @BeforeEach
    void resetClock() {
        clock.set(START);
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    static Account account(String email) {
        AccountDao dao = db.jdbi().onDemand(AccountDao.class);
        return dao.signInRecord(email).flatMap(r -> dao.find(r.id())).orElseThrow();
    }

    /** A subpoena of ERO New York to NYC DOC, approved and so served; its return date is 2026-11-20. */
    static long servedSubpoena() {
        subjects++;
        var filing = new Filing(0, 0, 0, RequestType.ADMINISTRATIVE_SUBPOENA, Priority.ROUTINE, ITEMS, "Needed.",
                Filing.SUBPOENA_AUTHORITY, LocalDate.of(2026, 11, 20), List.of(nycDoc), List.of(new Subject(
                        "Enforcement Subject " + subjects, null, LocalDate.of(1980, 1, 1), "Male", "Testland",
                        String.format("A%09d", 900_000 + subjects), null, null, null)), null, 0);
        long draft = filings.saveDraft(requester, filing).orElseThrow();
        String tracking = filings.submit(requester, draft, 0).orElseThrow().get(0);
        long id = views.ofOffice(requester, Long.MAX_VALUE).stream()
                .filter(r -> r.trackingNumber().equals(tracking)).findFirst().orElseThrow().id();
        workflow.approve(approver, id, load(approver, id).version(), RequestFixture.AFFIRMED);
        return id;
    }

    static long declinedSubpoena() {
        long id = servedSubpoena();
        Map<RequestedItem, ItemAnswer> items = new LinkedHashMap<>();
        ITEMS.forEach(i -> items.put(i, new ItemAnswer(i, Disposition.WITHHELD, null, BASIS)));
        modules.answers().answering().answer(clerk, id, load(clerk, id).version(), items, false,
                new StructuredAnswer(null, null, null, null, null, null, "Declined under § 9-131."));
        return id;
    }

    static Request load(Account viewer, long id) {
        return view(viewer, id).request();
    }

    static RequestView view(Account viewer, long id) {
        return views.detail(viewer, id, "127.0.0.1").orElseThrow();
    }

    static int certifications(long id) {
        return db.jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM answer_certifications WHERE request_id = :id").bind("id", id)
                .mapTo(Integer.class).one());
    }

    static NewCourtOrder order(Set<RequestedItem> narrowed, LocalDate returnDate) {
        return new NewCourtOrder("U.S. District Court for the Southern District of New York", "1:26-mc-00417",
                LocalDate.of(2026, 11, 30), returnDate, narrowed, "order 1-26-mc-00417.pdf", ORDER_PDF);
    }

    @Test
    void aDeclinedSubpoenaIsReferredAndACourtOrderSendsItBackNarrowed() {
        long id = declinedSubpoena();
        enforcement.refer(approver, id, load(approver, id).version(), "Referred to the U.S. Attorney's Office.");
        assertEquals(RequestState.REFERRED_FOR_ENFORCEMENT, load(approver, id).state());

        clock.set(Instant.parse("2026-12-01T15:00:00Z"));
        Set<RequestedItem> narrowed = EnumSet.of(RequestedItem.RELEASE_DATE_TIME, RequestedItem.HOME_WORK_ADDRESS);
        enforcement.recordCourtOrder(approver, id, load(approver, id).version(),
                order(narrowed, LocalDate.of(2026, 12, 10)), "127.0.0.1");

        RequestView seen = view(clerk, id);
        Request r = seen.request();
        assertEquals(RequestState.SUBMITTED, r.state());
        assertTrue(r.courtOrdered());
        assertEquals(LegalProcess.JUDICIAL, LegalProcess.of(r));
        assertEquals(narrowed, r.items());
        assertNull(r.outcome());
        assertNull(r.answeredAt());
        assertNull(seen.answer(), "the earlier answer is set aside");
        assertEquals(0, certifications(id), "and its certification: the next answer is certified afresh");
        assertEquals(List.of(RequestedItem.RELEASE_DATE_TIME, RequestedItem.HOME_WORK_ADDRESS),
                seen.items().stream().map(ItemAnswer::item).sorted().toList());
        assertTrue(seen.items().stream().allMatch(i -> i.disposition() == null && i.basis() == null));

        // the clock runs again to the order's return date, 17:00 in New York
        assertEquals(Instant.parse("2026-12-10T22:00:00Z"), r.dueAt());
        assertEquals(DueClock.Status.ON_TIME, seen.clock().status());
        ClockEntry restart = seen.clockLedger().get(seen.clockLedger().size() - 1);
        assertEquals("RESTARTED", restart.kind().name());
        assertEquals("Court order 1:26-mc-00417", restart.reason());
        assertEquals(approver.id(), restart.actorId());
        assertEquals(List.of("STARTED", "STOPPED", "RESTARTED"),
                seen.clockLedger().stream().map(c -> c.kind().name()).toList());

        List<String> kinds = seen.timeline().stream().map(t -> t.kind().stored()).toList();
        assertEquals(List.of("filed", "approved", "answered", "referred", "court-order-recorded", "attachment-added",
                "answer-set-aside"), kinds);
        TimelineEvent referral = seen.timeline().get(3);
        assertEquals(RequestState.ANSWERED, referral.fromState());
        assertEquals("Referred to the U.S. Attorney's Office.", referral.details());
        TimelineEvent recorded = seen.timeline().get(4);
        assertEquals(RequestState.REFERRED_FOR_ENFORCEMENT, recorded.fromState());
        assertEquals(RequestState.SUBMITTED, recorded.toState());
        assertTrue(recorded.details().contains("Case 1:26-mc-00417"), recorded.details());
        assertTrue(recorded.details().contains("to be produced: Release date and time, Home / work address"));
        String setAside = seen.timeline().get(6).details();
        assertTrue(setAside.startsWith("Earlier answer (Declined) set aside"), setAside);
        assertTrue(setAside.contains("Criminal history: Withheld — " + BASIS), setAside);
        assertTrue(setAside.contains("Summary: Declined under § 9-131."), setAside);

        // the order, with its document stored on the request with its SHA-256
        CourtOrder o = enforcement.panel(seen).orders().get(0);
        assertEquals("1:26-mc-00417", o.caseNumber());
        assertEquals(LocalDate.of(2026, 12, 10), o.returnDate());
        assertEquals(List.copyOf(narrowed), o.ordered());
        assertEquals(List.of(RequestedItem.CUSTODY_STATUS, RequestedItem.CRIMINAL_HISTORY), o.notOrdered());
        assertEquals(AttachmentService.sha256(ORDER_PDF), o.sha256());
        assertEquals("order 1-26-mc-00417.pdf", o.fileName());
        assertEquals(approver.id(), o.recordedBy());
        Attachment doc = modules.attachments().service().list(id).get(0);
        assertEquals(o.attachmentId(), doc.id());
        assertEquals("application/pdf", doc.contentType());

        // the agency answers what the court ordered, and only that
        Map<RequestedItem, ItemAnswer> answer = new LinkedHashMap<>();
        answer.put(RequestedItem.RELEASE_DATE_TIME, new ItemAnswer(RequestedItem.RELEASE_DATE_TIME,
                Disposition.PROVIDED, "Released 2026-09-14 at 10:00", null));
        answer.put(RequestedItem.HOME_WORK_ADDRESS, new ItemAnswer(RequestedItem.HOME_WORK_ADDRESS,
                Disposition.PROVIDED, "12 Invented Street, Brooklyn", null));
        modules.answers().answering().answer(clerk, id, r.version(), answer, false, StructuredAnswer.NONE);
        Request answered = load(requester, id);
        assertEquals(RequestState.ANSWERED, answered.state());
        assertEquals(1, certifications(id));
        assertEquals(Outcome.FULFILLED, answered.outcome());
        assertFalse(enforcement.canRefer(approver, answered), "fulfilled: nothing left to compel");
    }

    @Test
    void anIgnoredSubpoenaCanBeReferredOnlyOnceItsReturnDateHasPassed() {
        long id = servedSubpoena();
        var early = assertThrows(WorkflowException.class,
                () -> enforcement.refer(approver, id, load(approver, id).version(), "Too early."));
        assertEquals(WorkflowException.Reason.NOT_ALLOWED, early.reason());

        clock.set(Instant.parse("2026-11-20T22:00:01Z"));
        assertEquals(DueClock.Status.OVERDUE, view(approver, id).clock().status());
        enforcement.refer(approver, id, load(approver, id).version(), "Referred to the U.S. Attorney's Office.");
        RequestView referred = view(approver, id);
        assertEquals(RequestState.REFERRED_FOR_ENFORCEMENT, referred.request().state());

        enforcement.recordCourtOrder(approver, id, referred.request().version(),
                order(null, LocalDate.of(2026, 12, 4)), null);
        RequestView ordered = view(clerk, id);
        assertEquals(ITEMS, ordered.request().items(), "not narrowed: every item is still asked for");
        assertNull(enforcement.panel(ordered).orders().get(0).narrowedItems());
        assertEquals(List.of("STARTED", "RESTARTED"), ordered.clockLedger().stream().map(c -> c.kind().name()).toList());
        assertFalse(ordered.timeline().stream().anyMatch(e -> e.kind().stored().equals("answer-set-aside")),
                "there was no answer to set aside");
    }

    @Test
    void onlyTheFilingOfficesApprovingOfficerActsAndOnlyOnARefusedSubpoena() {
        long declined = declinedSubpoena();
        int version = load(approver, declined).version();
        var otherOffice = assertThrows(WorkflowException.class,
                () -> enforcement.refer(denverApprover, declined, version, "Not ours."));
        assertEquals(WorkflowException.Reason.NOT_FOUND, otherOffice.reason());
        for (Account notApprover : List.of(requester, clerk)) {
            var e = assertThrows(WorkflowException.class,
                    () -> enforcement.refer(notApprover, declined, version, "No."));
            assertEquals(WorkflowException.Reason.NOT_ALLOWED, e.reason());
        }
        var notReferred = assertThrows(WorkflowException.class, () -> enforcement.recordCourtOrder(approver, declined,
                version, order(null, LocalDate.of(2026, 12, 4)), null));
        assertEquals(WorkflowException.Reason.NOT_ALLOWED, notReferred.reason());
        assertEquals(RequestState.ANSWERED, load(approver, declined).state());
        assertTrue(enforcement.panel(view(approver, declined)).orders().isEmpty());
    }
}

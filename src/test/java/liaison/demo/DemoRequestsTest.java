package liaison.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import liaison.accounts.Account;
import liaison.accounts.AccountDao;
import liaison.agencies.AgencyDao;
import liaison.audit.AuditLog;
import liaison.requests.Disposition;
import liaison.requests.ItemAnswer;
import liaison.requests.Outcome;
import liaison.requests.Priority;
import liaison.requests.Request;
import liaison.requests.RequestDao;
import liaison.requests.RequestState;
import liaison.requests.RequestType;
import liaison.requests.RequestedItem;
import liaison.requests.TimelineEvent;
import liaison.support.MutableClock;
import liaison.support.TestApp;
import liaison.support.TestDatabase;
import liaison.system.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo world of DESIGN.md §2, as every test app starts with it. */
class DemoRequestsTest {
    private static final Map<String, RequestState> SUBPOENAS = Map.of(
            "Tomasz Vrelnik", RequestState.ANSWERED,
            "Anselm Krediq", RequestState.CLARIFICATION_REQUESTED,
            "Dorian Paskewitz-Oro", RequestState.SUBMITTED,
            "Lucan Merrowby", RequestState.PENDING_APPROVAL,
            "Fenno Raskaveli", RequestState.SUBMITTED,
            "Evander Quillon", RequestState.CLOSED,
            "Marek Ostrovny-Hale", RequestState.SUBMITTED,
            "Caspian Drewlitt", RequestState.ACKNOWLEDGED);

    static TestApp app;
    static RequestDao requests;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        requests = app.database.jdbi().onDemand(RequestDao.class);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void theDemoAccountsAreThereForTheBannerToList() {
        assertTrue(new DemoData(app.database.jdbi(), new AuditLog(app.database.jdbi(), app.clock), app.clock).present());
    }

    static Account account(String email) {
        AccountDao dao = app.database.jdbi().onDemand(AccountDao.class);
        return dao.signInRecord(email).flatMap(r -> dao.find(r.id())).orElseThrow();
    }

    static List<Request> all() {
        List<Request> all = new ArrayList<>();
        all.addAll(requests.ofOffice(account("requester@ero-ny.example").agencyId(), Long.MAX_VALUE, 100));
        all.addAll(requests.ofOffice(account("requester@ero-denver.example").agencyId(), Long.MAX_VALUE, 100));
        return all;
    }

    static List<Request> subpoenas() {
        return all().stream().filter(r -> r.type() == RequestType.ADMINISTRATIVE_SUBPOENA).toList();
    }

    static Request bySubject(String name) {
        return all().stream().filter(r -> r.subject().fullName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theEightSubpoenasAreInTheirIntendedStates() {
        Map<String, RequestState> states = subpoenas().stream()
                .collect(Collectors.toMap(r -> r.subject().fullName(), Request::state));
        assertEquals(SUBPOENAS, states);
        assertEquals(Outcome.DECLINED, bySubject("Tomasz Vrelnik").outcome());
        Request ordered = bySubject("Marek Ostrovny-Hale");
        assertTrue(ordered.courtOrdered(), "refused, referred, and back under a court order");
        assertEquals(EnumSet.of(RequestedItem.HOME_WORK_ADDRESS, RequestedItem.EMERGENCY_CONTACTS,
                RequestedItem.CURRENT_CHARGES, RequestedItem.BOND_BAIL), ordered.items(), "the narrowed set");
        assertTrue(ordered.dueAt().isAfter(app.clock.instant()), "the order's new return date");
        assertEquals(Outcome.PARTIALLY_FULFILLED, bySubject("Evander Quillon").outcome());
        assertTrue(bySubject("Anselm Krediq").clockPaused(), "the clock waits for the clarification");
        assertTrue(bySubject("Fenno Raskaveli").dueAt().isBefore(app.clock.instant()), "the ignored one is overdue");
    }

    @Test
    void fourGoFromNewYorkToTheCityAndFourFromDenverToTheSheriff() {
        Map<String, Long> pairs = subpoenas().stream().collect(Collectors.groupingBy(
                r -> r.officeName() + " → " + r.agencyName(), Collectors.counting()));
        assertEquals(Map.of("ERO New York → New York City Department of Correction", 4L,
                "ERO Denver → Denver Sheriff Department", 4L), pairs);
    }

    @Test
    void eachSubpoenaIsVisibleOnlyToItsOfficeAndOnceServedToItsAgency() {
        List<Account> everyone = DemoData.ACCOUNTS.stream().map(a -> account(a.email()))
                .filter(a -> a.agencyId() != null).toList();
        for (Request r : subpoenas()) {
            for (Account a : everyone) {
                boolean served = r.state() != RequestState.PENDING_APPROVAL && r.state() != RequestState.DRAFT;
                boolean expected = a.agencyId() == r.officeId() || (a.agencyId() == r.agencyId() && served);
                assertEquals(expected, requests.findVisible(r.id(), a.agencyId()).isPresent(),
                        r.subject().fullName() + " as seen by " + a.email());
            }
        }
        long juniper = account("clerk@county-jail.example").agencyId();
        assertTrue(subpoenas().stream().noneMatch(r -> requests.findVisible(r.id(), juniper).isPresent()));
    }

    @Test
    void theDeclinesCiteAdministrativeNotJudicialProcessAndTheLocalLaw() {
        assertDeclinedCiting(bySubject("Tomasz Vrelnik"), "NYC Admin. Code § 9-131");
        List<TimelineEvent> marek = requests.timeline(bySubject("Marek Ostrovny-Hale").id());
        assertEquals(List.of("filed", "approved", "acknowledged", "answered", "referred", "court-order-recorded",
                "attachment-added", "answer-set-aside"), marek.stream().map(t -> t.kind().stored()).toList());
        assertTrue(marek.get(marek.size() - 1).details().contains("Denver Public Safety Enforcement Priorities Act"));
    }

    private static void assertDeclinedCiting(Request r, String law) {
        List<ItemAnswer> items = requests.items(r.id());
        assertFalse(items.isEmpty());
        for (ItemAnswer i : items) {
            assertEquals(Disposition.WITHHELD, i.disposition());
            assertTrue(i.basis().startsWith("Administrative, not judicial, process"), i.basis());
            assertTrue(i.basis().contains(law), i.basis());
        }
    }

    @Test
    void everyStepIsOnTheTimelineAndTheAuditChainHolds() {
        List<String> kinds = requests.timeline(bySubject("Tomasz Vrelnik").id()).stream()
                .map(t -> t.kind().stored()).toList();
        assertEquals(List.of("filed", "approved", "attachment-added", "acknowledged", "answered"), kinds);
        List<TimelineEvent> closed = requests.timeline(bySubject("Evander Quillon").id());
        assertEquals("closed", closed.get(closed.size() - 1).kind().stored());
        assertTrue(closed.stream().allMatch(e -> !e.occurredAt().isAfter(app.clock.instant())),
                "no demo event lies in the future");
        assertTrue(new AuditLog(app.database.jdbi(), app.clock).verify().isEmpty());
    }

    @Test
    void requestOneIsTheFirstNewYorkSubpoenaWithItsSignedCopyAsAttachmentOne() {
        // RouteAccessTest's rows for the attachment routes rely on this
        Request first = requests.findVisible(1, account("clerk@nyc-doc.example").agencyId()).orElseThrow();
        assertEquals("Tomasz Vrelnik", first.subject().fullName());
        var files = app.modules().attachments().service().list(1);
        assertEquals(1L, files.get(0).id());
        assertEquals("subpoena-" + first.trackingNumber() + ".pdf", files.get(0).fileName());
    }

    @Test
    void theOtherRequestsIncludeAnEmergencyAndAnAnswerInFullFromTheCountyJail() {
        Request emergency = all().stream().filter(r -> r.priority() == Priority.EMERGENCY).findFirst().orElseThrow();
        assertEquals(RequestType.RELEASE_NOTIFICATION, emergency.type());
        assertEquals(RequestState.ACKNOWLEDGED, emergency.state());
        assertTrue(emergency.dueAt().isAfter(app.clock.instant()), "hours left on the emergency clock");
        Request county = bySubject("Bastian Cordlewright");
        assertEquals("Juniper County Jail", county.agencyName());
        assertEquals(Outcome.FULFILLED, county.outcome());
        assertTrue(all().stream().anyMatch(r -> r.state() == RequestState.WITHDRAWN));
        assertTrue(all().stream().anyMatch(r -> r.outcome() == Outcome.NOT_IN_CUSTODY));
    }

    @Test
    void theStoryHoldsWhateverMomentThePortalFirstStarts() {
        // just after midnight on a Monday, and a federal holiday
        for (String start : List.of("2026-11-30T05:10:00Z", "2026-12-25T15:00:00Z")) {
            MutableClock clock = new MutableClock(Instant.parse(start));
            Database db = TestDatabase.fresh();
            try {
                new DemoData(db.jdbi(), new AuditLog(db.jdbi(), clock), clock).seedIfEmpty("not-a-real-hash");
                RequestDao dao = db.jdbi().onDemand(RequestDao.class);
                List<Request> filed = new ArrayList<>();
                for (String office : List.of("ERO New York", "ERO Denver")) {
                    long id = db.jdbi().onDemand(AgencyDao.class).findByName(office).orElseThrow().id();
                    filed.addAll(dao.ofOffice(id, Long.MAX_VALUE, 100));
                }
                Map<String, RequestState> states = filed.stream()
                        .filter(r -> r.type() == RequestType.ADMINISTRATIVE_SUBPOENA)
                        .collect(Collectors.toMap(r -> r.subject().fullName(), Request::state));
                assertEquals(SUBPOENAS, states, start);
                assertTrue(filed.stream().map(r -> dao.timeline(r.id())).flatMap(List::stream)
                        .noneMatch(e -> e.occurredAt().isAfter(clock.instant())), start);
                assertTrue(new AuditLog(db.jdbi(), clock).verify().isEmpty(), start);
            } finally {
                db.close();
            }
        }
    }

    @Test
    void everyPersonAndNumberIsPlainlyInvented() {
        Pattern aNumber = Pattern.compile("A0000\\d{5}");
        for (Request r : all()) {
            assertTrue(r.narrative().startsWith(DemoRequests.FICTIONAL), r.trackingNumber());
            assertTrue(aNumber.matcher(r.subject().aNumber()).matches(), r.subject().aNumber());
            if (r.subject().fbiNumber() != null) {
                assertTrue(r.subject().fbiNumber().startsWith("DEMO"), r.subject().fbiNumber());
            }
            if (r.subject().bookingNumber() != null) {
                assertTrue(r.subject().bookingNumber().startsWith("DEMO-"), r.subject().bookingNumber());
            }
        }
    }
}

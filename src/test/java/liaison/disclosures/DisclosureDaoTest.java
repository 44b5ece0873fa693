package liaison.disclosures;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import liaison.accounts.Account;
import liaison.agencies.AgencyKind;
import liaison.attachments.Attachment;
import liaison.requests.LegalProcess;
import liaison.requests.Request;
import liaison.requests.RequestType;
import liaison.requests.RequestedItem;
import liaison.requests.StructuredAnswer;
import liaison.support.AnsweredRequests;
import liaison.support.TestApp;
import liaison.system.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static liaison.support.AnsweredRequests.DENVER_CLERK;
import static liaison.support.AnsweredRequests.DENVER_REQUESTER;
import static liaison.support.AnsweredRequests.DENVER_SHERIFF;
import static liaison.support.AnsweredRequests.NYC_CLERK;
import static liaison.support.AnsweredRequests.NYC_DOC;
import static liaison.support.AnsweredRequests.NY_REQUESTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The disclosure accounting as answers write it, and its query: scoped, searched, keyset-paginated. */
class DisclosureDaoTest {
    static TestApp app;
    static AnsweredRequests requests;
    static DisclosureDao dao;
    static long nyc;
    static long denver;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        requests = new AnsweredRequests(app);
        dao = app.database.jdbi().onDemand(DisclosureDao.class);
        nyc = requests.account(NYC_CLERK).agencyId();
        denver = requests.account(DENVER_CLERK).agencyId();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static List<Disclosure> about(long agency, String identifier) {
        return dao.page(agency, identifier, null, null, null, Long.MAX_VALUE, 100);
    }

    @Test
    void anAnswerThatProvidesRecordsWhatToWhomWhenAndWhy() {
        Request r = requests.file(NY_REQUESTER, NYC_DOC, RequestType.ADMINISTRATIVE_SUBPOENA,
                AnsweredRequests.subject("Lorcan Featherby", "A000000801", "BK-801"),
                EnumSet.of(RequestedItem.CUSTODY_STATUS, RequestedItem.RELEASE_DATE_TIME, RequestedItem.BOND_BAIL));
        Attachment doc = requests.attach(NYC_CLERK, r.id(), "custody.pdf", "custody");
        requests.attach(NY_REQUESTER, r.id(), "subpoena.pdf", "the office's own");
        requests.answer(NYC_CLERK, r.id(), Map.of(RequestedItem.CUSTODY_STATUS, "In custody",
                RequestedItem.BOND_BAIL, "Bond set at $5,000", RequestedItem.RELEASE_DATE_TIME, "WITHHELD:§ 9-131"),
                new StructuredAnswer("BK-801-X", null, null, null, null, null, null));

        List<Disclosure> found = about(nyc, "A000000801");
        assertEquals(1, found.size());
        Disclosure d = found.get(0);
        assertEquals(Occasion.ANSWER, d.occasion());
        assertEquals(r.trackingNumber(), d.trackingNumber());
        assertEquals(RequestType.ADMINISTRATIVE_SUBPOENA, d.requestType());
        assertEquals(LegalProcess.ADMINISTRATIVE_SUBPOENA, d.legalProcess());
        assertEquals("Lorcan Featherby", d.subjectName());
        assertEquals("BK-801", d.bookingNumber());
        assertEquals("BK-801-X", d.answeredBookingNumber());
        assertEquals("Custody status, Bond / bail information", d.itemLabels(), "only what was provided");
        assertEquals("custody.pdf (SHA-256 " + doc.sha256() + ")", d.documents(), "only what the agency produced");
        assertEquals("ERO New York", d.officeName());
        assertEquals("Dana Whitlock", d.recipientName());
        assertEquals(requests.account(NY_REQUESTER).id(), d.recipientId());
        assertEquals("Elena Brightwater", d.disclosedByName());
        assertEquals(app.clock.instant(), d.disclosedAt());
        assertEquals(List.of(d.id()), about(nyc, "BK-801").stream().map(Disclosure::id).toList());
        assertEquals(List.of(d.id()), about(nyc, "BK-801-X").stream().map(Disclosure::id).toList());
        assertTrue(about(denver, "A000000801").isEmpty(), "another agency's query never finds it");
    }

    @Test
    void anAnswerThatProvidesNothingDisclosesNothing() {
        Request r = requests.file(NY_REQUESTER, NYC_DOC, RequestType.INFORMATION_REQUEST,
                AnsweredRequests.subject("Mirela Ostby", "A000000802", null), EnumSet.of(RequestedItem.CUSTODY_STATUS));
        requests.answer(NYC_CLERK, r.id(), Map.of(RequestedItem.CUSTODY_STATUS, "WITHHELD:policy"),
                StructuredAnswer.NONE);
        assertTrue(about(nyc, "A000000802").isEmpty());
    }

    @Test
    void anAmendedReleaseDateIsADisclosureOfItsOwnAndACourtOrderIsJudicialProcess() {
        Request r = requests.file(DENVER_REQUESTER, DENVER_SHERIFF, RequestType.ADMINISTRATIVE_SUBPOENA,
                AnsweredRequests.subject("Niamh Corrigan-Ley", "A000000803", null),
                EnumSet.of(RequestedItem.RELEASE_DATE_TIME));
        app.database.jdbi().useHandle(h -> h.execute("UPDATE requests SET court_ordered = TRUE WHERE id = ?", r.id()));
        requests.answer(DENVER_CLERK, r.id(), Map.of(RequestedItem.RELEASE_DATE_TIME, "2026-12-01 10:00"),
                StructuredAnswer.NONE);
        app.clock.advance(Duration.ofMinutes(30));
        requests.answering.amendRelease(requests.account(DENVER_CLERK), r.id(), requests.reload(r.id()).version(),
                Instant.parse("2026-12-03T17:00:00Z"), "Court date moved");

        List<Disclosure> found = about(denver, "A000000803");
        assertEquals(2, found.size());
        Disclosure amended = found.get(0);
        assertEquals(Occasion.RELEASE_AMENDED, amended.occasion(), "newest first");
        assertEquals("Release date and time", amended.itemLabels());
        assertNull(amended.documents());
        assertEquals("Harriet Quill", amended.disclosedByName());
        assertEquals("Priya Castellanos", amended.recipientName());
        assertEquals(LegalProcess.JUDICIAL, amended.legalProcess());
        assertEquals(Occasion.ANSWER, found.get(1).occasion());
    }

    @Test
    void theQueryIsScopedToTheAgencySearchedByDateAndPagedByKey() {
        Request r = requests.file(NY_REQUESTER, NYC_DOC, RequestType.INFORMATION_REQUEST,
                AnsweredRequests.subject("Oona Pettigrew", "A000000804", null),
                EnumSet.of(RequestedItem.CUSTODY_STATUS));
        Instant start = Instant.parse("2026-03-01T12:00:00Z");
        for (int day = 0; day < 30; day++) {
            dao.insert(synthetic(r, nyc, "A000000805", start.plus(Duration.ofDays(day))));
        }
        dao.insert(synthetic(r, denver, "A000000805", start));

        List<Disclosure> first = dao.page(nyc, "A000000805", null, null, null, Long.MAX_VALUE, 26);
        assertEquals(26, first.size());
        assertTrue(first.stream().allMatch(d -> d.agencyId() == nyc), "never another agency's row");
        assertEquals(start.plus(Duration.ofDays(29)), first.get(0).disclosedAt(), "newest first");
        List<Disclosure> rest = dao.page(nyc, "A000000805", null, null, null, first.get(24).id(), 26);
        assertEquals(5, rest.size(), "the page after the 25 shown");
        assertEquals(start, rest.get(4).disclosedAt());

        var march10to12 = new DisclosureSearch.Filter("A000000805", null, java.time.LocalDate.of(2026, 3, 10),
                java.time.LocalDate.of(2026, 3, 12), java.time.ZoneOffset.UTC);
        List<Disclosure> inRange = dao.page(nyc, march10to12, Long.MAX_VALUE, 100);
        assertEquals(3, inRange.size(), "both ends of the range are whole days");
        assertEquals(1, about(denver, "A000000805").size());
    }

    @Test
    void onlyALocalAgencysClerksAndAdminsMayList() {
        DisclosurePolicy policy = new DisclosurePolicy();
        assertTrue(policy.canList(account(AgencyKind.LOCAL_AGENCY, Role.CLERK)));
        assertTrue(policy.canList(account(AgencyKind.LOCAL_AGENCY, Role.AGENCY_ADMIN)));
        assertTrue(!policy.canList(account(AgencyKind.FEDERAL_OFFICE, Role.AGENCY_ADMIN)));
        assertTrue(!policy.canList(account(AgencyKind.LOCAL_AGENCY, Role.REQUESTER)));
        assertTrue(!policy.canList(new Account(1, null, null, null, "x@y", "X", null, true, 0, null,
                Set.of(Role.SYSTEM_ADMIN), java.time.ZoneOffset.UTC)));
    }

    @Test
    void csvCellsAreNeverFormulas() {
        assertEquals("'=HYPERLINK(\"x\")", DisclosureLog.cell("=HYPERLINK(\"x\")"));
        assertEquals("'+1", DisclosureLog.cell("+1"));
        assertEquals("'-1", DisclosureLog.cell("-1"));
        assertEquals("'@SUM(A1)", DisclosureLog.cell("@SUM(A1)"));
        assertEquals("A000000801", DisclosureLog.cell("A000000801"));
        assertEquals("", DisclosureLog.cell(null));
    }

    private static Account account(AgencyKind kind, Role role) {
        return new Account(1, 7L, "Agency", kind, "x@y", "X", null, true, 0, null, Set.of(role), java.time.ZoneOffset.UTC);
    }

    private static Disclosure synthetic(Request r, long agency, String aNumber, Instant at) {
        return new Disclosure(0, agency, r.id(), Occasion.ANSWER, r.trackingNumber(), r.type(), LegalProcess.NONE,
                "Synthetic Person", aNumber, null, null, "CUSTODY_STATUS", null, r.officeId(), r.officeName(),
                r.createdBy(), "Dana Whitlock", r.createdBy(), "Someone", at);
    }
}

package liaison.answers;

import static liaison.answers.CertifiedAnswerPdfTest.text;
import static liaison.support.AnsweredRequests.DENVER_CLERK;
import static liaison.support.AnsweredRequests.DENVER_REQUESTER;
import static liaison.support.AnsweredRequests.NYC_CLERK;
import static liaison.support.AnsweredRequests.NYC_DOC;
import static liaison.support.AnsweredRequests.NY_APPROVER;
import static liaison.support.AnsweredRequests.NY_REQUESTER;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import liaison.accounts.Account;
import liaison.attachments.DocumentKind;
import liaison.attachments.DownloadDao;
import liaison.audit.AuditLog;
import liaison.filing.Filing;
import liaison.requests.Priority;
import liaison.requests.Request;
import liaison.requests.RequestType;
import liaison.requests.RequestedItem;
import liaison.support.AnsweredRequests;
import liaison.support.HttpSession;
import liaison.support.RequestFixture;
import liaison.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * GET /requests/{id}/as-filed.pdf, read back with PDFBox: a subpoena as served (authority, issuing and approving
 * officers, the affirmed statement, subject, records demanded, return date), another request as filed; for the
 * people of the request only, each download in the chain of custody and the audit log.
 */
class AsFiledPdfTest {
    static TestApp app;
    static AnsweredRequests requests;
    static Request subpoena;
    static Request information;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        requests = new AnsweredRequests(app);
        subpoena = requests.file(NY_REQUESTER, NYC_DOC, RequestType.ADMINISTRATIVE_SUBPOENA,
                AnsweredRequests.subject("Thaddeus Quarrington-Ní", "A-044-100-200", "BK-4410"),
                EnumSet.of(RequestedItem.RELEASE_DATE_TIME, RequestedItem.BOOKING_RECORD));
        information = requests.file(NY_REQUESTER, NYC_DOC, RequestType.INFORMATION_REQUEST,
                AnsweredRequests.subject("Wilhelmina Ashgrove", "A000004411", null),
                EnumSet.of(RequestedItem.CUSTODY_STATUS));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static HttpResponse<byte[]> bytes(HttpSession session, String path) {
        return CertifiedAnswerRoutesTest.bytes(app, session, path);
    }

    static String path(long id) {
        return "/requests/" + id + "/as-filed.pdf";
    }

    @Test
    void theSubpoenaReadsAsServedWithItsAuthorityOfficersStatementSubjectItemsAndReturnDate() throws Exception {
        HttpResponse<byte[]> pdf = bytes(app.session().signInAs(NY_REQUESTER), path(subpoena.id()));
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("attachment; filename=\"subpoena-" + subpoena.trackingNumber() + "-as-filed.pdf\"",
                pdf.headers().firstValue("Content-Disposition").orElseThrow());
        assertEquals("no-store", pdf.headers().firstValue("Cache-Control").orElseThrow());
        assertArrayEquals("%PDF-".getBytes(), java.util.Arrays.copyOf(pdf.body(), 5));

        String text = text(pdf.body());
        Account requester = requests.account(NY_REQUESTER);
        Account approver = requests.account(NY_APPROVER);
        assertTrue(text.contains("Administrative subpoena " + subpoena.trackingNumber() + " as filed"), text);
        assertTrue(text.contains(Filing.SUBPOENA_AUTHORITY), "the legal authority, § included");
        assertTrue(text.contains("ERO New York"));
        assertTrue(text.contains(requester.displayName()), "the issuing officer");
        assertTrue(text.contains(approver.displayName()), "the approving officer");
        assertTrue(text.contains(RequestFixture.AFFIRMED), "the statement the approving officer affirmed");
        assertTrue(text.contains(NYC_DOC));
        assertTrue(text.contains("Thaddeus Quarrington-Ní"), "the subject, accents kept");
        assertTrue(text.contains("A-044-100-200"));
        assertTrue(text.contains("BK-4410"));
        assertTrue(text.contains("Release date and time") && text.contains("Booking record"), "the records demanded");
        assertFalse(text.contains("Custody status"), "only the items demanded");
        assertTrue(text.contains("Return date Nov 30, 2026"), "the return date");
        assertTrue(text.contains("Needed for a removal case."));
    }

    @Test
    void anotherRequestReadsAsFiledWithoutAnApproval() throws Exception {
        String text = text(bytes(app.session().signInAs(NYC_CLERK), path(information.id())).body());
        assertTrue(text.contains("Information request " + information.trackingNumber() + " as filed"), text);
        assertTrue(text.contains("Wilhelmina Ashgrove") && text.contains("Custody status"));
        assertFalse(text.contains("Approving officer"));
        assertFalse(text.contains("Return date"));
    }

    @Test
    void aSubpoenaNotYetApprovedSaysSoAndTheAgencyCannotHaveIt() throws Exception {
        Account requester = requests.account(NY_REQUESTER);
        long agency = new RequestFixture(app).agency(NYC_DOC);
        var filing = new Filing(0, 0, 0, RequestType.ADMINISTRATIVE_SUBPOENA, Priority.ROUTINE,
                EnumSet.of(RequestedItem.CUSTODY_STATUS), "Pending approval.", Filing.SUBPOENA_AUTHORITY,
                LocalDate.of(2026, 12, 15), List.of(agency),
                List.of(AnsweredRequests.subject("Ignatius Pendleworth", "A000004412", null)), null, 0);
        long draft = requests.filings.saveDraft(requester, filing).orElseThrow();
        requests.filings.submit(requester, draft, 0).orElseThrow();
        long pending = app.database.jdbi().withHandle(h -> h.createQuery(
                "SELECT id FROM requests WHERE subject_name = 'Ignatius Pendleworth'").mapTo(Long.class).one());

        String text = text(bytes(app.session().signInAs(NY_APPROVER), path(pending)).body());
        assertTrue(text.contains("has not been approved"), text);
        assertEquals(404, bytes(app.session().signInAs(NYC_CLERK), path(pending)).statusCode(),
                "not served: not the agency's to see");
    }

    @Test
    void anotherAgencyOrOfficeGetsNotFoundAndAnAgencyAdminIsRefused() {
        for (String who : List.of(DENVER_CLERK, DENVER_REQUESTER)) {
            HttpResponse<byte[]> r = bytes(app.session().signInAs(who), path(subpoena.id()));
            assertEquals(404, r.statusCode(), who);
            assertFalse(new String(r.body(), java.nio.charset.StandardCharsets.UTF_8)
                    .contains(subpoena.trackingNumber()), who);
        }
        assertEquals(403, bytes(app.session().signInAs(RequestFixture.NYC_ADMIN), path(subpoena.id())).statusCode());
        for (String bad : List.of("/requests/abc/as-filed.pdf", "/requests/0/as-filed.pdf",
                "/requests/99999999999999999999/as-filed.pdf", "/requests/999999/as-filed.pdf")) {
            assertEquals(404, bytes(app.session().signInAs(NY_REQUESTER), bad).statusCode(), bad);
        }
    }

    @Test
    void eachDownloadJoinsTheChainOfCustodyAndTheAuditLogAndThePageLinksToIt() {
        HttpResponse<byte[]> pdf = bytes(app.session().signInAs(NYC_CLERK), path(subpoena.id()));
        assertEquals(200, pdf.statusCode());
        Account clerk = requests.account(NYC_CLERK);
        var recorded = app.database.jdbi().onDemand(DownloadDao.class).latest(subpoena.id(), 1).get(0);
        assertEquals(DocumentKind.AS_FILED, recorded.documentKind());
        assertEquals(CertifiedAnswers.sha256(pdf.body()), recorded.sha256());
        assertEquals(clerk.id(), recorded.accountId());
        var audited = new AuditLog(app.database.jdbi(), app.clock).latestBy(clerk.id(), 1).get(0);
        assertEquals("request.as-filed-downloaded", audited.action());

        for (String who : List.of(NY_REQUESTER, NY_APPROVER, NYC_CLERK)) {
            String page = app.session().signInAs(who).get("/requests/" + subpoena.id()).body();
            assertTrue(page.contains("href=\"/requests/" + subpoena.id() + "/as-filed.pdf\""), who);
            assertTrue(page.contains("Request as filed (PDF)"), who + " sees the download recorded");
        }
    }
}

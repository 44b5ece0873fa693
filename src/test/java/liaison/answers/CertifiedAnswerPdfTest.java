package liaison.answers;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import liaison.accounts.Account;
import liaison.attachments.Attachment;
import liaison.attachments.DocumentKind;
import liaison.attachments.DownloadDao;
import liaison.audit.AuditLog;
import liaison.requests.Request;
import liaison.requests.RequestType;
import liaison.requests.RequestedItem;
import liaison.requests.StructuredAnswer;
import liaison.support.AnsweredRequests;
import liaison.support.TestApp;
import liaison.system.Messages;
import liaison.system.PdfDocuments;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static liaison.support.AnsweredRequests.DENVER_CLERK;
import static liaison.support.AnsweredRequests.DENVER_SHERIFF;
import static liaison.support.AnsweredRequests.NYC_CLERK;
import static liaison.support.AnsweredRequests.NYC_DOC;
import static liaison.support.AnsweredRequests.NY_REQUESTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The certified answer's content, read back from the PDF with PDFBox. */
class CertifiedAnswerPdfTest {
    static TestApp app;
    static AnsweredRequests requests;
    static CertifiedAnswers certified;
    static PdfDocuments pdfs = new PdfDocuments(new Messages());

    @BeforeAll
    static void start() {
        app = TestApp.start();
        requests = new AnsweredRequests(app);
        certified = app.modules().answers().certified();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** The PDF's text with every run of white space (line ends included) as one space. */
    static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void thePdfNamesTheRequestItsItemsEveryProducedDocumentWithItsHashAndTheCertification() throws Exception {
        Request r = requests.file(NY_REQUESTER, NYC_DOC, RequestType.ADMINISTRATIVE_SUBPOENA,
                AnsweredRequests.subject("Orrin Pelltree", "A000000901", "BK-901"),
                EnumSet.of(RequestedItem.RELEASE_DATE_TIME, RequestedItem.CUSTODY_STATUS,
                        RequestedItem.BOOKING_RECORD));
        Attachment subpoena = requests.attach(NY_REQUESTER, r.id(), "signed-subpoena.pdf", "the office's own");
        Attachment booking = requests.attach(NYC_CLERK, r.id(), "booking-record.pdf", "booking record");
        Attachment photo = requests.attach(NYC_CLERK, r.id(), "release-order.pdf", "release order");
        requests.answer(NYC_CLERK, r.id(), Map.of(
                RequestedItem.RELEASE_DATE_TIME, "Release set for 2026-12-01 at 09:00",
                RequestedItem.CUSTODY_STATUS, "In custody at the North Facility",
                RequestedItem.BOOKING_RECORD, "WITHHELD:NYC Admin. Code § 9-131"),
                new StructuredAnswer("BK-901-A", null, "North Facility", null, null, null, "Partly answered."));
        app.clock.advance(Duration.ofHours(2));
        Attachment late = requests.attach(NYC_CLERK, r.id(), "late-addendum.pdf", "after the answer");

        Account requester = requests.account(NY_REQUESTER);
        var file = certified.download(requester, r.id(), "127.0.0.1").orElseThrow();
        String text = text(file.content());

        assertTrue(text.contains("Certified answer " + r.trackingNumber()), text);
        assertTrue(text.contains("Administrative subpoena"));
        assertTrue(text.contains("ERO New York"));
        assertTrue(text.contains(NYC_DOC));
        assertTrue(text.contains("Orrin Pelltree"));
        assertTrue(text.contains("A000000901"));
        for (String item : new String[] {"Release date and time", "Custody status", "Booking record"}) {
            assertTrue(text.contains(item), item);
        }
        assertTrue(text.contains("Release set for 2026-12-01 at 09:00"));
        assertTrue(text.contains("In custody at the North Facility"));
        assertTrue(text.contains("Withheld"));
        assertTrue(text.contains("NYC Admin. Code § 9-131"), "the basis, and § survives the PDF's font");
        assertTrue(text.contains("BK-901-A"));
        for (Attachment produced : new Attachment[] {booking, photo, late}) {
            assertTrue(text.contains(produced.sha256()), produced.fileName() + " " + produced.sha256());
            assertTrue(text.contains(produced.fileName()));
        }
        assertFalse(text.contains(subpoena.sha256()), "the office's own file is no record the agency produced");
        assertTrue(text.contains("Added after the answer was certified"), "the late file is marked");
        assertTrue(text.contains("I certify that the records produced are true copies of records kept by "
                + NYC_DOC + "."));
        assertTrue(text.contains("Elena Brightwater"));
        assertTrue(text.contains("Demo account"), "the clerk's job title");
        assertTrue(text.contains("No version of the agency"), "no policy version recorded yet");

        assertEquals(CertifiedAnswers.sha256(file.content()), file.sha256());
        assertEquals("certified-answer-" + r.trackingNumber() + ".pdf", file.fileName());
        var recorded = app.database.jdbi().onDemand(DownloadDao.class).latest(r.id(), 1).get(0);
        assertEquals(DocumentKind.CERTIFIED_ANSWER, recorded.documentKind());
        assertEquals(file.sha256(), recorded.sha256());
        assertEquals(requester.id(), recorded.accountId());
        var audited = new AuditLog(app.database.jdbi(), app.clock).latestBy(requester.id(), 1).get(0);
        assertEquals("certified-answer.downloaded", audited.action());
        assertTrue(audited.details().contains(file.sha256()));
    }

    @Test
    void aDeclineIsCertifiedAsProducingNothing() throws Exception {
        Request r = requests.file(NY_REQUESTER, NYC_DOC, RequestType.INFORMATION_REQUEST,
                AnsweredRequests.subject("Quentin Marsh-Avery", "A000000902", null),
                EnumSet.of(RequestedItem.RELEASE_DATE_TIME));
        requests.answer(NYC_CLERK, r.id(), Map.of(RequestedItem.RELEASE_DATE_TIME,
                "WITHHELD:Administrative, not judicial, process"), StructuredAnswer.NONE);
        String text = text(certified.download(requests.account(NYC_CLERK), r.id(), null).orElseThrow().content());
        assertTrue(text.contains("no records were produced with it"), text);
        assertTrue(text.contains("The agency produced no documents with this answer."));
        assertTrue(text.contains("Administrative, not judicial, process"));
    }

    @Test
    void anAnswerGivenBeforeCertificationsSaysItCarriesNone() throws Exception {
        Request r = requests.file(NY_REQUESTER, NYC_DOC, RequestType.INFORMATION_REQUEST,
                AnsweredRequests.subject("Ximena Oakhurst", "A000000903", null),
                EnumSet.of(RequestedItem.CUSTODY_STATUS));
        requests.answer(NYC_CLERK, r.id(), Map.of(RequestedItem.CUSTODY_STATUS, "In custody"),
                StructuredAnswer.NONE);
        app.database.jdbi().useHandle(h -> h.execute("DELETE FROM answer_certifications WHERE request_id = ?",
                r.id()));
        String text = text(certified.download(requests.account(NY_REQUESTER), r.id(), null).orElseThrow().content());
        assertTrue(text.contains("before Liaison recorded certifications"), text);
    }

    @Test
    void theTemplateIsWellFormedXhtmlAndEscapesWhatPeopleTyped() throws Exception {
        Request r = requests.file(NY_REQUESTER, NYC_DOC, RequestType.INFORMATION_REQUEST,
                AnsweredRequests.subject("Zed <script>alert(1)</script> & Co", "A000000904", null),
                EnumSet.of(RequestedItem.CUSTODY_STATUS));
        requests.answer(NYC_CLERK, r.id(), Map.of(RequestedItem.CUSTODY_STATUS, "Held <b>&amp; released</b> \"soon\""),
                new StructuredAnswer(null, Instant.parse("2026-12-01T14:00:00Z"), null, null, "a < b", null, null));
        CertifiedAnswer answer = certified.load(requests.account(NYC_CLERK), r.id()).orElseThrow();
        String xhtml = pdfs.xhtml(CertifiedAnswers.TEMPLATE, Map.of("c", answer,
                "issuedTo", requests.account(NYC_CLERK), "issuedAt", app.clock.instant()));
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8)));
        assertEquals("html", doc.getDocumentElement().getLocalName());
        assertFalse(xhtml.contains("<script>"));
        assertFalse(xhtml.matches("(?s).*\\sth:[a-z]+=.*"), () -> "no Thymeleaf attribute left: " + xhtml);
        String text = text(pdfs.pdf(CertifiedAnswers.TEMPLATE, Map.of("c", answer,
                "issuedTo", requests.account(NYC_CLERK), "issuedAt", app.clock.instant())));
        assertTrue(text.contains("Zed <script>alert(1)</script> & Co"), "shown as text, not markup");
        assertTrue(text.contains("Dec 1, 2026, 2:00 PM UTC"), "a document given no zone reads UTC, labelled");
    }

    @Test
    void theReleaseTimeReadsInTheAnsweringAgencysZoneAsItsClerkTypedIt() throws Exception {
        Request r = requests.file(NY_REQUESTER, DENVER_SHERIFF, RequestType.INFORMATION_REQUEST,
                AnsweredRequests.subject("Ottoline Fairweather", "A000000906", null),
                EnumSet.of(RequestedItem.CUSTODY_STATUS));
        // the Denver clerk typed 10:00 on Dec 1: 17:00 UTC, 12:00 in New York where the requester reads the PDF
        requests.answer(DENVER_CLERK, r.id(), Map.of(RequestedItem.CUSTODY_STATUS, "In custody"),
                new StructuredAnswer(null, Instant.parse("2026-12-01T17:00:00Z"), null, null, null, null, null));
        String text = text(certified.download(requests.account(NY_REQUESTER), r.id(), null).orElseThrow().content());
        assertTrue(text.contains("Dec 1, 2026, 10:00 AM MST"), text);
        assertFalse(text.contains("12:00 PM EST"), "not the reader's zone");
    }

    @Test
    void nobodyButTheTwoSidesGetsItAndNotBeforeTheAnswer() {
        Request open = requests.file(NY_REQUESTER, NYC_DOC, RequestType.INFORMATION_REQUEST,
                AnsweredRequests.subject("Wilhelmina Dray", "A000000905", null),
                EnumSet.of(RequestedItem.CUSTODY_STATUS));
        assertTrue(certified.download(requests.account(NY_REQUESTER), open.id(), null).isEmpty(), "not answered");
        requests.answer(NYC_CLERK, open.id(), Map.of(RequestedItem.CUSTODY_STATUS, "In custody"),
                StructuredAnswer.NONE);
        assertTrue(certified.download(requests.account(DENVER_CLERK), open.id(), null).isEmpty());
        assertTrue(certified.download(requests.account(AnsweredRequests.DENVER_REQUESTER), open.id(), null).isEmpty());
        assertTrue(certified.download(requests.account("admin@nyc-doc.example"), open.id(), null).isEmpty());
        assertTrue(certified.download(requests.account("sysadmin@liaison.example"), open.id(), null).isEmpty());
        assertTrue(certified.download(requests.account(NYC_CLERK), open.id(), null).isPresent());
    }
}

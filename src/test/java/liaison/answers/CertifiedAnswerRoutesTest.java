package liaison.answers;

import static liaison.support.AnsweredRequests.DENVER_CLERK;
import static liaison.support.AnsweredRequests.DENVER_REQUESTER;
import static liaison.support.AnsweredRequests.NYC_CLERK;
import static liaison.support.AnsweredRequests.NYC_DOC;
import static liaison.support.AnsweredRequests.NY_APPROVER;
import static liaison.support.AnsweredRequests.NY_REQUESTER;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import liaison.attachments.Attachment;
import liaison.attachments.DocumentDownload;
import liaison.attachments.DocumentKind;
import liaison.attachments.DownloadDao;
import liaison.requests.Request;
import liaison.requests.RequestType;
import liaison.requests.RequestedItem;
import liaison.requests.StructuredAnswer;
import liaison.support.AnsweredRequests;
import liaison.support.HttpSession;
import liaison.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** GET /requests/{id}/answer.pdf, the chain of custody on the detail page, and the answer form's certification. */
class CertifiedAnswerRoutesTest {
    static TestApp app;
    static AnsweredRequests requests;
    static Request answered;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        requests = new AnsweredRequests(app);
        Request r = requests.file(NY_REQUESTER, NYC_DOC, RequestType.INFORMATION_REQUEST,
                AnsweredRequests.subject("Hollis Brandvold", "A000000911", "BK-911"),
                EnumSet.of(RequestedItem.CUSTODY_STATUS));
        requests.attach(NYC_CLERK, r.id(), "custody-record.pdf", "custody");
        answered = requests.answer(NYC_CLERK, r.id(), Map.of(RequestedItem.CUSTODY_STATUS, "In custody"),
                StructuredAnswer.NONE);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static HttpResponse<byte[]> bytes(HttpSession session, String path) {
        return bytes(app, session, path);
    }

    /** A download as bytes, in the session of {@code session}, from the portal {@code app}. */
    static HttpResponse<byte[]> bytes(TestApp app, HttpSession session, String path) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(app.url(path)))
                    .header("Cookie", "LIAISON_SESSION=" + session.sessionId().orElseThrow()).GET().build();
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String pdfPath(long id) {
        return "/requests/" + id + "/answer.pdf";
    }

    @Test
    void theRequesterDownloadsTheCertifiedAnswerAndBothSidesSeeTheRecord() {
        HttpSession requester = app.session().signInAs(NY_REQUESTER);
        HttpResponse<byte[]> pdf = bytes(requester, pdfPath(answered.id()));
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("attachment; filename=\"certified-answer-" + answered.trackingNumber() + ".pdf\"",
                pdf.headers().firstValue("Content-Disposition").orElseThrow());
        assertArrayEquals("%PDF-".getBytes(), java.util.Arrays.copyOf(pdf.body(), 5));
        String hash = CertifiedAnswers.sha256(pdf.body());

        for (String who : new String[] {NY_REQUESTER, NYC_CLERK, NY_APPROVER}) {
            String page = app.session().signInAs(who).get("/requests/" + answered.id()).body();
            assertTrue(page.contains(hash), who + " sees the download's hash");
            assertTrue(page.contains("Dana Whitlock"), who + " sees who downloaded");
            assertTrue(page.contains("Certified by Elena Brightwater, Demo account, " + NYC_DOC), who);
            assertTrue(page.contains("href=\"/requests/" + answered.id() + "/answer.pdf\""), who);
        }
    }

    @Test
    void theClerkDownloadsItToo() {
        HttpResponse<byte[]> pdf = bytes(app.session().signInAs(NYC_CLERK), pdfPath(answered.id()));
        assertEquals(200, pdf.statusCode());
        assertTrue(pdf.body().length > 1000);
    }

    /**
     * Text stored before the forms refused characters XML cannot carry (or written by anything but the forms) must
     * not make the certified answer impossible to download, for either side, for ever.
     */
    @Test
    void charactersXmlCannotCarryAreLeftOutOfThePdfNotFatalToIt() throws Exception {
        Request r = requests.file(NY_REQUESTER, NYC_DOC, RequestType.INFORMATION_REQUEST,
                AnsweredRequests.subject("Leander Quist", "A000000915", null),
                EnumSet.of(RequestedItem.CUSTODY_STATUS));
        requests.answer(NYC_CLERK, r.id(), Map.of(RequestedItem.CUSTODY_STATUS, "In custody"),
                StructuredAnswer.NONE);
        app.database.jdbi().useHandle(h -> {
            h.execute("UPDATE requests SET subject_name = ? WHERE id = ?", "Leander\u0001 Quist\u0000\uFFFF", r.id());
            h.execute("UPDATE request_items SET answer_value = ? WHERE request_id = ?", "In\u0008 custody\u001F",
                    r.id());
        });
        for (String who : new String[] {NY_REQUESTER, NYC_CLERK}) {
            HttpResponse<byte[]> pdf = bytes(app.session().signInAs(who), pdfPath(r.id()));
            assertEquals(200, pdf.statusCode(), who);
            String text = CertifiedAnswerPdfTest.text(pdf.body());
            assertTrue(text.contains("Leander Quist"), text);
            assertTrue(text.contains("In custody"), text);
        }
    }

    @Test
    void otherAgenciesGet404AndTheAgencyAdmin403() {
        for (String outsider : new String[] {DENVER_CLERK, DENVER_REQUESTER, "clerk@county-jail.example"}) {
            assertEquals(404, bytes(app.session().signInAs(outsider), pdfPath(answered.id())).statusCode(), outsider);
        }
        assertEquals(403, bytes(app.session().signInAs("admin@nyc-doc.example"), pdfPath(answered.id()))
                .statusCode());
        HttpSession requester = app.session().signInAs(NY_REQUESTER);
        for (String bad : new String[] {"/requests/abc/answer.pdf", "/requests/0/answer.pdf",
                "/requests/99999999999999999999/answer.pdf", "/requests/999999/answer.pdf"}) {
            assertEquals(404, bytes(requester, bad).statusCode(), bad);
        }
    }

    @Test
    void anUnansweredRequestHasNoCertifiedAnswer() {
        Request open = requests.file(NY_REQUESTER, NYC_DOC, RequestType.INFORMATION_REQUEST,
                AnsweredRequests.subject("Ines Calloway", "A000000912", null),
                EnumSet.of(RequestedItem.CUSTODY_STATUS));
        assertEquals(404, bytes(app.session().signInAs(NY_REQUESTER), pdfPath(open.id())).statusCode());
        assertEquals(404, bytes(app.session().signInAs(NYC_CLERK), pdfPath(open.id())).statusCode());
        String page = app.session().signInAs(NY_REQUESTER).get("/requests/" + open.id()).body();
        assertTrue(!page.contains("/answer.pdf"), "no link before the answer");
        assertTrue(page.contains("No file or certified answer of this request has been downloaded yet."));
    }

    @Test
    void anAttachmentDownloadIsRecordedWithItsHash() {
        Attachment file = requests.attachments.list(answered.id()).get(0);
        HttpSession approver = app.session().signInAs(NY_APPROVER);
        assertEquals(200, bytes(approver, "/requests/" + answered.id() + "/attachments/" + file.id()).statusCode());
        DocumentDownload recorded = app.database.jdbi().onDemand(DownloadDao.class).latest(answered.id(), 1).get(0);
        assertEquals(DocumentKind.ATTACHMENT, recorded.documentKind());
        assertEquals(file.sha256(), recorded.sha256());
        assertEquals(file.id(), recorded.attachmentId());
        assertEquals("Marcus Oyelaran", recorded.accountName());
        String clerkView = app.session().signInAs(NYC_CLERK).get("/requests/" + answered.id()).body();
        assertTrue(clerkView.contains("Marcus Oyelaran"));
        assertTrue(clerkView.contains("File of the request"));
    }

    @Test
    void providingAnythingNeedsTheCertificationCheckbox() {
        Request r = requests.file(NY_REQUESTER, NYC_DOC, RequestType.INFORMATION_REQUEST,
                AnsweredRequests.subject("Jasper Quenneville", "A000000913", null),
                EnumSet.of(RequestedItem.CUSTODY_STATUS, RequestedItem.RELEASE_DATE_TIME));
        HttpSession clerk = app.session().signInAs(NYC_CLERK);
        Map<String, String> form = new HashMap<>(Map.of("version", String.valueOf(r.version()),
                "disposition-CUSTODY_STATUS", "PROVIDED", "value-CUSTODY_STATUS", "In custody",
                "disposition-RELEASE_DATE_TIME", "NOT_HELD"));
        HttpResponse<String> refused = clerk.post("/requests/" + r.id() + "/answer", form);
        assertEquals(422, refused.statusCode());
        assertTrue(refused.body().contains("id=\"certify-error\""));
        assertTrue(refused.body().contains("Check the certification: records you provide must be true copies of "
                + "records kept by " + NYC_DOC + "."));
        assertTrue(refused.body().contains("href=\"#certify\""), "the error summary links to the checkbox");
        assertTrue(refused.body().contains("In custody</textarea>"), "what was typed is kept");

        form.put("certify", "yes");
        assertEquals(303, clerk.post("/requests/" + r.id() + "/answer", form).statusCode());
        Certification c = app.database.jdbi().onDemand(CertificationDao.class).find(r.id()).orElseThrow();
        assertEquals("Elena Brightwater", c.clerkName());
        assertEquals("Demo account", c.clerkTitle());
        assertEquals(NYC_DOC, c.agencyName());
        assertEquals(app.clock.instant(), c.certifiedAt());
        assertEquals("I certify that the records produced are true copies of records kept by " + NYC_DOC + ".",
                c.statement());
    }

    @Test
    void answeringWithNothingProvidedNeedsNoCheckbox() {
        Request r = requests.file(NY_REQUESTER, NYC_DOC, RequestType.INFORMATION_REQUEST,
                AnsweredRequests.subject("Kestrel Vantongeren", "A000000914", null),
                EnumSet.of(RequestedItem.CUSTODY_STATUS));
        HttpSession clerk = app.session().signInAs(NYC_CLERK);
        assertEquals(303, clerk.post("/requests/" + r.id() + "/answer", Map.of("version",
                String.valueOf(r.version()), "disposition-CUSTODY_STATUS", "NOT_HELD")).statusCode());
        assertTrue(app.database.jdbi().onDemand(CertificationDao.class).find(r.id()).orElseThrow().statement()
                .contains("no records were produced"));
    }
}

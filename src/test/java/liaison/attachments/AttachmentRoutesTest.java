package liaison.attachments;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import liaison.accounts.Account;
import liaison.audit.AuditLog;
import liaison.requests.Request;
import liaison.requests.RequestDao;
import liaison.requests.RequestView;
import liaison.requests.RequestedItem;
import liaison.support.HttpSession;
import liaison.support.TestApp;
import liaison.system.Formats;
import liaison.system.Messages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The upload and download routes over HTTP: multipart with the CSRF token, limits, refusals, scoping. */
class AttachmentRoutesTest {
    static final String BOUNDARY = "----liaison-test-boundary-7f3a";

    static TestApp app;
    static AttachmentService attachments;
    static Request served;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        attachments = app.modules().attachments().service();
        long office = account("requester@ero-ny.example").agencyId();
        served = app.database.jdbi().onDemand(RequestDao.class).ofOffice(office, Long.MAX_VALUE, 100).stream()
                .filter(r -> r.subject().fullName().equals("Dorian Paskewitz-Oro")).findFirst().orElseThrow();
    }

    static Account account(String email) {
        var dao = app.database.jdbi().onDemand(liaison.accounts.AccountDao.class);
        return dao.signInRecord(email).flatMap(r -> dao.find(r.id())).orElseThrow();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** A multipart form: the file, and the session's CSRF token unless {@code token} is null. */
    static byte[] multipart(String token, String fileName, byte[] content, Map<String, String> fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (token != null) {
            all.put("pac4jCsrfToken", token);
        }
        all.forEach((name, value) -> out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static HttpResponse<byte[]> send(HttpSession session, HttpRequest.Builder request) {
        try {
            HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
            request.header("Cookie", "LIAISON_SESSION=" + session.sessionId().orElseThrow());
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpResponse<byte[]> upload(HttpSession session, long requestId, byte[] body) {
        return send(session, HttpRequest.newBuilder(URI.create(app.url("/requests/" + requestId + "/attachments")))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    static HttpResponse<byte[]> download(HttpSession session, long requestId, long attachmentId) {
        return send(session, HttpRequest.newBuilder(
                URI.create(app.url("/requests/" + requestId + "/attachments/" + attachmentId))).GET());
    }

    static String location(HttpResponse<?> r) {
        return r.headers().firstValue("Location").orElse("");
    }

    static Attachment newest(long requestId) {
        List<Attachment> files = attachments.list(requestId);
        return files.get(files.size() - 1);
    }

    @Test
    void aRequesterUploadsAPdfAndTheClerkDownloadsItAsAnAttachment() throws Exception {
        HttpSession requester = app.session().signInAs("requester@ero-ny.example");
        byte[] pdf = AttachmentServiceTest.pdf("served copy");
        HttpResponse<byte[]> up = upload(requester, served.id(),
                multipart(requester.csrfToken(), "served copy é.pdf", pdf, Map.of("item", "RELEASE_DATE_TIME")));
        assertEquals(303, up.statusCode());
        assertEquals("/requests/" + served.id() + "#attachments", location(up));
        Attachment stored = newest(served.id());
        assertEquals("served copy é.pdf", stored.fileName());
        assertEquals(RequestedItem.RELEASE_DATE_TIME, stored.item());
        assertEquals(AttachmentServiceTest.sha256(pdf), stored.sha256());

        HttpSession clerk = app.session().signInAs("clerk@nyc-doc.example");
        HttpResponse<byte[]> down = download(clerk, served.id(), stored.id());
        assertEquals(200, down.statusCode());
        assertArrayEquals(pdf, down.body());
        assertEquals("application/pdf", down.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("nosniff", down.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertEquals("attachment; filename=\"served copy _.pdf\"; filename*=UTF-8''served%20copy%20%C3%A9.pdf",
                down.headers().firstValue("Content-Disposition").orElseThrow());
        Account clerkAccount = account("clerk@nyc-doc.example");
        var audited = new AuditLog(app.database.jdbi(), app.clock).latestBy(clerkAccount.id(), 1).get(0);
        assertEquals("attachment.downloaded", audited.action());
        assertTrue(audited.details().contains(stored.sha256()));
    }

    @Test
    void pngAndJpegUploadsKeepTheirDetectedType() {
        HttpSession clerk = app.session().signInAs("clerk@nyc-doc.example");
        String token = clerk.csrfToken();
        upload(clerk, served.id(), multipart(token, "mugshot.png",
                AttachmentServiceTest.withSignature(AttachmentServiceTest.PNG_SIGNATURE, 100), Map.of()));
        assertEquals("image/png", newest(served.id()).contentType());
        upload(clerk, served.id(), multipart(token, "mugshot.jpg",
                AttachmentServiceTest.withSignature(AttachmentServiceTest.JPEG_SIGNATURE, 100), Map.of()));
        Attachment jpeg = newest(served.id());
        assertEquals("image/jpeg", jpeg.contentType());
        assertEquals("image/jpeg", download(clerk, served.id(), jpeg.id()).headers().firstValue("Content-Type")
                .orElseThrow());
    }

    @Test
    void elevenMegabytesGoBackToTheFormWithTheMessageNeverA500() {
        HttpSession requester = app.session().signInAs("requester@ero-ny.example");
        int before = attachments.list(served.id()).size();
        byte[] big = AttachmentServiceTest.withSignature(AttachmentServiceTest.pdf("big"), 11 * 1024 * 1024);
        HttpResponse<byte[]> r = upload(requester, served.id(), multipart(requester.csrfToken(), "big.pdf", big,
                Map.of()));
        assertEquals(303, r.statusCode());
        assertEquals("/requests/" + served.id() + "?attachmentError=too-large#attachment-file", location(r));
        assertEquals(before, attachments.list(served.id()).size());
        // the detail page includes the panel: the message stands next to the file field
        HttpResponse<String> page = requester.get(location(r).replace("#attachment-file", ""));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"attachment-file-error\""));
        assertTrue(page.body().contains("The file is larger than 10 MB."));
    }

    @Test
    void aBodyTooLargeToReadIsA413PageNeverA500() {
        HttpSession requester = app.session().signInAs("requester@ero-ny.example");
        byte[] huge = AttachmentServiceTest.withSignature(AttachmentServiceTest.pdf("huge"), 17 * 1024 * 1024);
        HttpResponse<byte[]> r = upload(requester, served.id(), multipart(requester.csrfToken(), "huge.pdf", huge,
                Map.of()));
        assertEquals(413, r.statusCode());
        assertTrue(new String(r.body(), StandardCharsets.UTF_8).contains("Too large"));
    }

    @Test
    void aChunkedBodyTooLargeToReadIsNeverA500() {
        HttpSession requester = app.session().signInAs("requester@ero-ny.example");
        byte[] huge = multipart(requester.csrfToken(), "huge.pdf",
                AttachmentServiceTest.withSignature(AttachmentServiceTest.pdf("huge"), 17 * 1024 * 1024), Map.of());
        // no Content-Length: the size shows only while the body is read
        HttpResponse<byte[]> r = send(requester, HttpRequest.newBuilder(
                        URI.create(app.url("/requests/" + served.id() + "/attachments")))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(huge))));
        assertEquals(413, r.statusCode());
    }

    @Test
    void aMalformedBodyIsA400NeverA500() {
        HttpSession requester = app.session().signInAs("requester@ero-ny.example");
        byte[] body = multipart(requester.csrfToken(), "x.pdf", AttachmentServiceTest.pdf("x"), Map.of());
        byte[] truncated = java.util.Arrays.copyOf(body, body.length - 20);
        assertEquals(400, upload(requester, served.id(), truncated).statusCode());
    }

    @Test
    void aProgramRenamedPdfIsRefusedWithTheReason() {
        HttpSession requester = app.session().signInAs("requester@ero-ny.example");
        byte[] exe = AttachmentServiceTest.withSignature(new byte[] {'M', 'Z', (byte) 0x90, 0}, 4096);
        HttpResponse<byte[]> r = upload(requester, served.id(), multipart(requester.csrfToken(), "invoice.pdf", exe,
                Map.of()));
        assertEquals(303, r.statusCode());
        assertEquals("/requests/" + served.id() + "?attachmentError=wrong-type#attachment-file", location(r));
        assertTrue(attachments.list(served.id()).stream().noneMatch(a -> a.fileName().equals("invoice.pdf")));
    }

    @Test
    void aZeroByteFileGoesBackToTheFormWithAMessage() {
        HttpSession requester = app.session().signInAs("requester@ero-ny.example");
        int before = attachments.list(served.id()).size();
        HttpResponse<byte[]> r = upload(requester, served.id(), multipart(requester.csrfToken(), "empty.pdf",
                new byte[0], Map.of()));
        assertEquals(303, r.statusCode());
        assertTrue(location(r).startsWith("/requests/" + served.id() + "?attachmentError="), location(r));
        assertEquals(before, attachments.list(served.id()).size());
        assertEquals(200, requester.get(location(r).replaceAll("#.*", "")).statusCode());
    }

    /**
     * A polyglot (a PDF whose bytes also read as a web page with a script) named with a path, control and bidi
     * characters: stored under a clean name, served only as a PDF attachment that no browser sniffs into a page.
     */
    @Test
    void aPolyglotWithAHostileNameIsAPdfAttachmentUnderACleanName() throws Exception {
        HttpSession requester = app.session().signInAs("requester@ero-ny.example");
        byte[] pdf = AttachmentServiceTest.pdf("polyglot");
        byte[] script = "<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.UTF_8);
        byte[] polyglot = java.util.Arrays.copyOf(pdf, pdf.length + script.length);
        System.arraycopy(script, 0, polyglot, pdf.length, script.length);
        // a control character in a part's header is malformed HTTP: refused whole, never a 500
        assertEquals(400, upload(requester, served.id(), multipart(requester.csrfToken(), "bell\u0007.pdf", polyglot,
                Map.of())).statusCode());
        HttpResponse<byte[]> up = upload(requester, served.id(), multipart(requester.csrfToken(),
                "../../etc/cron\u202egpj.html\t\u200b.pdf", polyglot, Map.of()));
        assertEquals(303, up.statusCode());
        Attachment stored = newest(served.id());
        assertFalse(stored.fileName().contains("/") || stored.fileName().contains("\\")
                || stored.fileName().chars().anyMatch(c -> c < 0x20 || c == 0x202e), stored.fileName());
        assertTrue(stored.fileName().endsWith(".pdf"), stored.fileName());
        HttpResponse<byte[]> down = download(requester, served.id(), stored.id());
        assertEquals("application/pdf", down.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("nosniff", down.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertTrue(down.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment;"));
        String page = requester.get("/requests/" + served.id()).body();
        assertFalse(page.contains("<script>alert(document.cookie)"), "nothing of the file reaches a page as markup");
    }

    @Test
    void aFormWithNoFileAsksForOne() {
        HttpSession requester = app.session().signInAs("requester@ero-ny.example");
        HttpResponse<String> r = requester.post("/requests/" + served.id() + "/attachments", Map.of());
        assertEquals(303, r.statusCode());
        assertEquals("/requests/" + served.id() + "?attachmentError=missing#attachment-file", location(r));
    }

    @Test
    void anotherAgencysClerkGets404OnUploadAndDownload() {
        Attachment signedSubpoena = attachments.list(1).get(0);
        HttpSession denver = app.session().signInAs("clerk@denver-sheriff.example");
        int before = attachments.list(served.id()).size();
        assertEquals(404, upload(denver, served.id(), multipart(denver.csrfToken(), "x.pdf",
                AttachmentServiceTest.pdf("x"), Map.of())).statusCode());
        assertEquals(404, download(denver, 1, signedSubpoena.id()).statusCode());
        assertEquals(404, download(denver, 1, 999_999).statusCode());
        assertEquals(404, download(denver, 1, -1).statusCode());
        assertEquals(before, attachments.list(served.id()).size());
        HttpSession juniper = app.session().signInAs("clerk@county-jail.example");
        assertEquals(404, download(juniper, 1, signedSubpoena.id()).statusCode());
    }

    @Test
    void anUploadWithoutTheCsrfTokenIsRefusedWith403() {
        HttpSession requester = app.session().signInAs("requester@ero-ny.example");
        int before = attachments.list(served.id()).size();
        assertEquals(403, upload(requester, served.id(), multipart(null, "x.pdf", AttachmentServiceTest.pdf("x"),
                Map.of())).statusCode());
        assertEquals(403, upload(requester, served.id(), multipart("not-the-token", "x.pdf",
                AttachmentServiceTest.pdf("x"), Map.of())).statusCode());
        assertEquals(before, attachments.list(served.id()).size());
    }

    @Test
    void thePanelShowsTheFilesTheFormAndTheMessageNextToTheFileField() {
        Account clerk = account("clerk@nyc-doc.example");
        attachments.store(clerk, served.id(), "panel.pdf", AttachmentServiceTest.pdf("panel"), Optional.empty(),
                null);
        RequestView view = app.modules().requests().views().detail(clerk, served.id(), null).orElseThrow();
        String html = renderPanel(view, attachments.panel(clerk, served), Map.of("attachmentError", "too-large"));
        assertTrue(html.contains("panel.pdf"));
        assertTrue(html.contains(newest(served.id()).sha256()));
        assertTrue(html.contains("href=\"/requests/" + served.id() + "/attachments/"));
        assertTrue(html.contains("enctype=\"multipart/form-data\""));
        assertTrue(html.contains("name=\"pac4jCsrfToken\" value=\"token-123\""));
        assertTrue(html.contains("class=\"usa-file-input\""));
        assertTrue(html.contains("<label class=\"usa-label usa-label--error\" for=\"attachment-file\""));
        assertTrue(html.contains("The file is larger than 10 MB."));

        String unknownCode = renderPanel(view, attachments.panel(clerk, served), Map.of("attachmentError", "<x>"));
        assertFalse(unknownCode.contains("usa-error-message"));
        assertFalse(unknownCode.contains("&lt;x&gt;"));
        Account admin = account("admin@nyc-doc.example");
        assertFalse(renderPanel(view, attachments.panel(admin, served), Map.of()).contains("<form"));
    }

    /** The fragment as the detail page includes it, with what the portal's renderer gives every page. */
    static String renderPanel(RequestView view, AttachmentPanel panel, Map<String, String> param) {
        ClassLoaderTemplateResolver files = new ClassLoaderTemplateResolver();
        files.setPrefix("templates/");
        files.setSuffix(".html");
        files.setTemplateMode(TemplateMode.HTML);
        files.setCharacterEncoding("UTF-8");
        files.setCheckExistence(true);
        files.setOrder(1);
        StringTemplateResolver page = new StringTemplateResolver();
        page.setTemplateMode(TemplateMode.HTML);
        page.setOrder(2);
        TemplateEngine engine = new TemplateEngine();
        engine.addTemplateResolver(files);
        engine.addTemplateResolver(page);
        engine.setMessageResolver(new Messages());
        Map<String, Object> model = new HashMap<>();
        model.put("view", view);
        model.put("attachments", panel);
        model.put("param", param);
        model.put("csrfToken", "token-123");
        model.put("fmt", new Formats());
        // the include line the detail page uses
        return engine.process("<div th:replace=\"~{attachments/panel :: panel(${view}, ${attachments})}\"></div>",
                new Context(Locale.US, model));
    }
}

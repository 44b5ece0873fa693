package liaison.answers;

import static liaison.support.AnsweredRequests.NYC_CLERK;
import static liaison.support.AnsweredRequests.NYC_DOC;
import static liaison.support.AnsweredRequests.NY_REQUESTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liaison.requests.Request;
import liaison.requests.RequestType;
import liaison.requests.RequestedItem;
import liaison.requests.StructuredAnswer;
import liaison.support.AnsweredRequests;
import liaison.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The public "Verify a document" page (issue 13), used by someone without an account: a genuine certified answer is
 * confirmed by its PDF or its code; a changed PDF or an unknown code is not; nothing about the subject or the
 * request appears; bad uploads get a message; every check is audited.
 */
class VerifyPageTest {
    private static final String BOUNDARY = "----liaison-verify-boundary-91c2";
    private static final Pattern CSRF = Pattern.compile("name=\"pac4jCsrfToken\" value=\"([^\"]+)\"");
    private static final String SUBJECT = "Orrin Vantablack";
    private static final String A_NUMBER = "A000000977";

    static TestApp app;
    static Request request;
    static CertifiedAnswers.CertifiedFile pdf;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        AnsweredRequests requests = new AnsweredRequests(app);
        request = requests.file(NY_REQUESTER, NYC_DOC, RequestType.ADMINISTRATIVE_SUBPOENA,
                AnsweredRequests.subject(SUBJECT, A_NUMBER, "BK-977"), EnumSet.of(RequestedItem.CUSTODY_STATUS));
        requests.answer(NYC_CLERK, request.id(), Map.of(RequestedItem.CUSTODY_STATUS, "In custody at the East Wing"),
                StructuredAnswer.NONE);
        pdf = app.modules().answers().certified().download(requests.account(NY_REQUESTER), request.id(), "192.0.2.7")
                .orElseThrow();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void theCertifiedPdfCarriesItsCodeAndTheLinkToCheckIt() throws Exception {
        assertTrue(pdf.code().matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}"), pdf.code());
        String text = CertifiedAnswerPdfTest.text(pdf.content());
        assertTrue(text.contains("Verification code " + pdf.code()), text);
        assertTrue(text.replace(" ", "").contains(TestApp.BASE_URL + "/verify?code=" + pdf.code()), text);
    }

    @Test
    void aGenuinePdfIsConfirmedWithWhatMayBeToldAndNothingAboutTheSubject() {
        Visitor v = new Visitor();
        HttpResponse<String> r = v.upload(pdf.content(), "certified.pdf");
        assertEquals(200, r.statusCode(), r::body);
        String page = r.body();
        assertTrue(page.contains("This document matches a certified answer issued by this portal"), page);
        assertTrue(page.contains(NYC_DOC));
        assertTrue(page.contains("Elena Brightwater"), "who certified");
        assertTrue(page.contains(pdf.code()));
        for (String secret : new String[] {SUBJECT, A_NUMBER, "BK-977", request.trackingNumber(), "East Wing",
                "ERO New York", NY_REQUESTER, pdf.sha256()}) {
            assertFalse(page.contains(secret), "the page tells nothing of " + secret);
        }
    }

    @Test
    void aPdfChangedByOneByteIsNotConfirmed() {
        byte[] changed = pdf.content().clone();
        changed[changed.length / 2] ^= 1;
        HttpResponse<String> r = new Visitor().upload(changed, "certified.pdf");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("No match"), r::body);
        assertFalse(r.body().contains(NYC_DOC));
    }

    @Test
    void theCodeFromThePdfIsConfirmedHoweverItIsTyped() {
        Visitor v = new Visitor();
        assertTrue(v.get("/verify?code=" + pdf.code()).body().contains("This document matches"));
        String typed = pdf.code().replace("-", " ").toLowerCase();
        HttpResponse<String> r = v.get("/verify?code=" + typed.replace(" ", "+"));
        assertTrue(r.body().contains("This document matches"), r::body);
    }

    @Test
    void anUnknownCodeIsNotConfirmedAndAMalformedOneGetsAMessage() {
        Visitor v = new Visitor();
        String unknown = pdf.code().startsWith("0") ? "1111-2222-3333" : "0000-2222-3333";
        HttpResponse<String> r = v.get("/verify?code=" + unknown);
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("No match"));
        HttpResponse<String> bad = v.get("/verify?code=%3Cscript%3E");
        assertEquals(422, bad.statusCode());
        assertTrue(bad.body().contains("A verification code has twelve letters and digits"), bad::body);
        assertFalse(bad.body().contains("<script>"));
        HttpResponse<String> huge = v.get("/verify?code=" + "A".repeat(2_000));
        assertEquals(422, huge.statusCode());
        assertEquals(422, v.get("/verify?code=%00%01").statusCode());
    }

    @Test
    void badUploadsGetAMessage() {
        Visitor v = new Visitor();
        HttpResponse<String> empty = v.upload(new byte[0], "empty.pdf");
        assertEquals(422, empty.statusCode());
        assertTrue(empty.body().contains("the file is empty or none was chosen"), empty::body);

        byte[] big = new byte[11 * 1024 * 1024];
        System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 8);
        HttpResponse<String> tooLarge = v.upload(big, "big.pdf");
        assertEquals(422, tooLarge.statusCode());
        assertTrue(tooLarge.body().contains("larger than 10 MB"), tooLarge::body);

        HttpResponse<String> notPdf = v.upload("just some text".getBytes(StandardCharsets.UTF_8), "note.pdf");
        assertEquals(422, notPdf.statusCode());
        assertTrue(notPdf.body().contains("The file is not a PDF"), notPdf::body);
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefused() {
        Visitor v = new Visitor();
        v.get("/verify");
        HttpResponse<String> r = v.send(HttpRequest.newBuilder(URI.create(app.url("/verify")))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(null, pdf.content(), "x.pdf"))));
        assertNotEquals(200, r.statusCode());
    }

    @Test
    void thePageSaysWhenASignedCheckpointCoversTheIssue() {
        app.modules().audit().sequencer().run();
        // a checkpoint is signed every few minutes: until then, the page says none covers it yet
        boolean coveredBefore = app.modules().audit().sequencer().latestCheckpoint().isPresent();
        if (!coveredBefore) {
            assertTrue(new Visitor().get("/verify?code=" + pdf.code()).body().contains("no signed checkpoint covers it yet"));
        }
        app.modules().audit().sequencer().checkpoint();
        String page = new Visitor().get("/verify?code=" + pdf.code()).body();
        assertTrue(page.contains("covered by a checkpoint signed on"), page);
    }

    @Test
    void everyCheckIsAuditedAsAnAnonymousVisitorsAction() {
        int before = checks();
        new Visitor().get("/verify?code=" + pdf.code());
        new Visitor().upload(pdf.content(), "x.pdf");
        assertEquals(before + 2, checks());
        String details = app.database.jdbi().withHandle(h -> h.createQuery(
                "SELECT details FROM audit_log WHERE action = 'document.verified' AND actor_id IS NULL ORDER BY id DESC LIMIT 1")
                .mapTo(String.class).one());
        assertTrue(details.contains(pdf.sha256()) && details.endsWith("matches"), details);
    }

    @Test
    void theSignInPageLinksToIt() {
        assertTrue(new Visitor().get("/login").body().contains("href=\"/verify\""));
    }

    private static int checks() {
        return app.database.jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM audit_log WHERE action = 'document.verified'").mapTo(Integer.class).one());
    }

    static byte[] multipart(String token, byte[] content, String fileName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (token != null) {
            out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"pac4jCsrfToken\"\r\n\r\n"
                    + token + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** Someone without an account, with a browser's cookies. */
    static final class Visitor {
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(URI.create(app.url(path))).GET());
        }

        HttpResponse<String> upload(byte[] content, String fileName) {
            Matcher m = CSRF.matcher(get("/verify").body());
            assertTrue(m.find(), "the form carries a CSRF token");
            return send(HttpRequest.newBuilder(URI.create(app.url("/verify")))
                    .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(m.group(1), content, fileName))));
        }

        HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}

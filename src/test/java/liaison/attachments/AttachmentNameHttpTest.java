package liaison.attachments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import liaison.enforcement.EnforcementFixture;
import liaison.support.HttpSession;
import liaison.support.RequestFixture;
import liaison.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A file is downloaded under a name whose extension matches the type found in its bytes, whatever name it was
 * sent with: a PDF that is also an HTML page, sent as {@code page.html}, comes back as {@code page.pdf}.
 */
class AttachmentNameHttpTest {
    /** Starts as a PDF (so it is accepted as one), and a browser would also render it as a page. */
    static final byte[] POLYGLOT = ("%PDF-1.4\n<html><body><script>alert(document.cookie)</script></body></html>"
            + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    static TestApp app;
    static EnforcementFixture fixture;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        fixture = new EnforcementFixture(app);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static HttpResponse<byte[]> download(HttpSession session, long requestId, long attachmentId) {
        return AttachmentRoutesTest.send(session, HttpRequest.newBuilder(
                URI.create(app.url("/requests/" + requestId + "/attachments/" + attachmentId))).GET());
    }

    static Attachment newest(long requestId) {
        List<Attachment> files = app.database.jdbi().onDemand(AttachmentDao.class).list(requestId);
        return files.get(files.size() - 1);
    }

    static void assertServedAs(String name, HttpResponse<byte[]> r) {
        assertEquals(200, r.statusCode());
        assertEquals("attachment; filename=\"" + name + "\"; filename*=UTF-8''" + name,
                r.headers().firstValue("Content-Disposition").orElseThrow());
        assertEquals("application/pdf", r.headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void aPdfSentAsPageHtmlIsStoredAndServedAsPagePdf() {
        long id = fixture.served();
        HttpSession requester = app.session().signInAs(RequestFixture.NY_REQUESTER);
        HttpResponse<byte[]> up = AttachmentRoutesTest.send(requester, HttpRequest.newBuilder(
                        URI.create(app.url("/requests/" + id + "/attachments")))
                .header("Content-Type", "multipart/form-data; boundary=" + AttachmentRoutesTest.BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(AttachmentRoutesTest.multipart(requester.csrfToken(),
                        "page.html", POLYGLOT, Map.of()))));
        assertEquals(303, up.statusCode());
        Attachment stored = newest(id);
        assertEquals("page.pdf", stored.fileName());
        assertServedAs("page.pdf", download(app.session().signInAs(RequestFixture.NYC_CLERK), id, stored.id()));

        // a name stored before names were made to match is served with the right extension all the same
        app.database.jdbi().useHandle(h -> h.execute("UPDATE attachments SET file_name = 'old.html' WHERE id = ?",
                stored.id()));
        assertServedAs("old.pdf", download(requester, id, stored.id()));
    }

    @Test
    void aCourtOrderSentAsHtmlIsNamedAsThePdfItIs() {
        long id = fixture.referred();
        HttpSession approver = app.session().signInAs(RequestFixture.NY_APPROVER);
        HttpResponse<String> r = fixture.postOrder(approver, id, fixture.orderForm(id), "order.html", POLYGLOT);
        assertEquals(303, r.statusCode(), r::body);
        Attachment stored = newest(id);
        assertEquals("order.pdf", stored.fileName());
        assertServedAs("order.pdf", download(approver, id, stored.id()));
    }
}

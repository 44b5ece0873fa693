package liaison.enforcement;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import liaison.requests.Disposition;
import liaison.requests.ItemAnswer;
import liaison.requests.RequestType;
import liaison.requests.RequestedItem;
import liaison.requests.StructuredAnswer;
import liaison.support.HttpSession;
import liaison.support.RequestFixture;
import liaison.support.TestApp;

/**
 * Subpoenas brought to the states enforcement needs (declined, referred) through the real services, and the court
 * order form posted as a browser posts it: multipart, with the session's CSRF token.
 */
public final class EnforcementFixture {
    static final String DENVER_APPROVER = "approver@ero-denver.example";
    static final String BASIS = "NYC Admin. Code § 9-131: administrative, not judicial, process";
    static final byte[] ORDER_PDF = "%PDF-1.4\n% the court order (test)\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final String BOUNDARY = "----liaison-court-order-5d1e";

    final RequestFixture requests;
    final Enforcement enforcement;
    private final TestApp app;

    public EnforcementFixture(TestApp app) {
        this.app = app;
        this.requests = new RequestFixture(app);
        this.enforcement = app.modules().enforcement().service();
    }

    /** A subpoena of ERO New York to NYC DOC, approved (served); its items are {@link RequestFixture#ITEMS}. */
    public long served() {
        long id = requests.file(RequestType.ADMINISTRATIVE_SUBPOENA);
        requests.workflow.approve(requests.account(RequestFixture.NY_APPROVER), id, requests.version(id),
                RequestFixture.AFFIRMED);
        return id;
    }

    /** Served, then declined item by item citing § 9-131. */
    long declined() {
        long id = served();
        Map<RequestedItem, ItemAnswer> items = new LinkedHashMap<>();
        RequestFixture.ITEMS.forEach(i -> items.put(i, new ItemAnswer(i, Disposition.WITHHELD, null, BASIS)));
        requests.answering.answer(requests.account(RequestFixture.NYC_CLERK), id, requests.version(id), items, false,
                StructuredAnswer.NONE);
        return id;
    }

    /** Declined, then referred for enforcement by the office's approving officer. */
    public long referred() {
        long id = declined();
        enforcement.refer(requests.account(RequestFixture.NY_APPROVER), id, requests.version(id),
                "Referred to the U.S. Attorney's Office.");
        return id;
    }

    /** A valid court order form for the request at its current version, every item ticked. */
    public Map<String, String> orderForm(long id) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("version", String.valueOf(requests.version(id)));
        form.put("court", "U.S. District Court for the Southern District of New York");
        form.put("caseNumber", "1:26-mc-00417");
        form.put("orderDate", "2026-11-02");
        form.put("orderReturnDate", "2026-11-30");
        RequestFixture.ITEMS.forEach(i -> form.put("ordered-" + i.name(), "yes"));
        return form;
    }

    /** Posts the court order form with this file (none when {@code file} is null) and the session's CSRF token. */
    public HttpResponse<String> postOrder(HttpSession session, long id, Map<String, String> fields, String fileName,
                                   byte[] file) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (session.sessionId().isPresent()) {
            all.put("pac4jCsrfToken", session.csrfToken());
        }
        all.forEach((name, value) -> body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        if (file != null) {
            body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"orderDocument\"; filename=\""
                    + fileName + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.url("/requests/" + id + "/court-order")))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        session.sessionId().ifPresent(s -> request.header("Cookie", "LIAISON_SESSION=" + s));
        try {
            return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                    .send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

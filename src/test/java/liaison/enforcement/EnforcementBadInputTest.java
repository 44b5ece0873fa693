package liaison.enforcement;

import static liaison.support.RequestFixture.NY_APPROVER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import liaison.attachments.AttachmentService;
import liaison.requests.RequestState;
import liaison.support.HttpSession;
import liaison.support.TestApp;
import liaison.system.Messages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bad input on the enforcement forms (DESIGN.md §7): never a 500, the page again (422) with the message beside the
 * field and in the summary, and everything typed kept; nothing recorded.
 */
class EnforcementBadInputTest {
    static final Messages MESSAGES = new Messages();
    static TestApp app;
    static EnforcementFixture fixture;
    static HttpSession approver;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        fixture = new EnforcementFixture(app);
        approver = app.session().signInAs(NY_APPROVER);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** Posts the order form, checks it came back with the message next to the field and the request unchanged. */
    static String refused(long id, Map<String, String> form, String fileName, byte[] file, String field, String key) {
        return refused(id, form, fileName, file, field, key, "2026-11-02");
    }

    static String refused(long id, Map<String, String> form, String fileName, byte[] file, String field, String key,
                          String argument) {
        HttpResponse<String> r = fixture.postOrder(approver, id, form, fileName, file);
        assertEquals(422, r.statusCode(), r::body);
        String page = r.body();
        String message = escaped(MESSAGES.get(key, argument));
        assertTrue(page.contains("id=\"" + field + "-error\">" + message + "<"),
                () -> "no message \"" + message + "\" beside " + field + " in\n" + page);
        assertTrue(page.contains("href=\"#" + field + "\""), "the summary links to the field");
        assertEquals(RequestState.REFERRED_FOR_ENFORCEMENT, fixture.requests.state(id));
        return page;
    }

    static String escaped(String text) {
        return text.replace("&", "&amp;").replace("'", "&#39;").replace("\"", "&quot;");
    }

    @Test
    void anOrderWithoutItsDocumentAsksForItAndKeepsWhatWasTyped() {
        long id = fixture.referred();
        Map<String, String> form = fixture.orderForm(id);
        form.remove("ordered-CUSTODY_STATUS");
        String page = refused(id, form, null, null, "orderDocument", "enforcement.error.documentMissing");
        assertTrue(page.contains("value=\"1:26-mc-00417\""));
        assertTrue(page.contains("value=\"U.S. District Court for the Southern District of New York\""));
        assertTrue(page.contains("value=\"2026-11-30\""));
        assertTrue(page.contains(escaped(MESSAGES.get("enforcement.order.documentAgain"))));
        assertTrue(page.matches("(?s).*name=\"ordered-RELEASE_DATE_TIME\" value=\"yes\" checked.*"), "ticked kept");
        assertTrue(page.matches("(?s).*name=\"ordered-CUSTODY_STATUS\" value=\"yes\">.*"), "unticked kept");
    }

    @Test
    void aFileThatIsNotAPdfIsRefused() {
        long id = fixture.referred();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};
        refused(id, fixture.orderForm(id), "order.pdf", png, "orderDocument", "enforcement.error.documentNotPdf");
        byte[] program = {'M', 'Z', (byte) 0x90, 0, 1, 2, 3};
        refused(id, fixture.orderForm(id), "order.pdf", program, "orderDocument", "enforcement.error.documentNotPdf");
    }

    @Test
    void aNewReturnDateInThePastIsRefused() {
        long id = fixture.referred();
        Map<String, String> form = fixture.orderForm(id);
        form.put("orderReturnDate", "2026-11-01");
        refused(id, form, "order.pdf", EnforcementFixture.ORDER_PDF, "orderReturnDate",
                "enforcement.error.returnDatePast");
        form.put("orderReturnDate", "the 30th");
        HttpResponse<String> r = fixture.postOrder(approver, id, form, "order.pdf", EnforcementFixture.ORDER_PDF);
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("value=\"the 30th\""));
    }

    @Test
    void courtAndCaseNumberAreRequired() {
        long id = fixture.referred();
        Map<String, String> form = fixture.orderForm(id);
        form.put("court", "");
        refused(id, form, "order.pdf", EnforcementFixture.ORDER_PDF, "court", "form.error.required", "Court");
        form = fixture.orderForm(id);
        form.remove("caseNumber");
        HttpResponse<String> r = fixture.postOrder(approver, id, form, "order.pdf", EnforcementFixture.ORDER_PDF);
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("id=\"caseNumber-error\">Case number is required.<"));
    }

    @Test
    void itemsTheRequestDidNotAskForAreRefused() {
        long id = fixture.referred();
        Map<String, String> form = fixture.orderForm(id);
        form.put("ordered-CRIMINAL_HISTORY", "yes");
        refused(id, form, "order.pdf", EnforcementFixture.ORDER_PDF, "orderedItems",
                "enforcement.error.itemNotRequested");
        form = fixture.orderForm(id);
        form.keySet().removeIf(k -> k.startsWith("ordered-"));
        refused(id, form, "order.pdf", EnforcementFixture.ORDER_PDF, "orderedItems", "enforcement.error.noItems");
    }

    @Test
    void aReferralWithoutANoteAsksForOne() {
        long id = fixture.declined();
        HttpResponse<String> r = approver.post("/requests/" + id + "/refer",
                Map.of("version", String.valueOf(fixture.requests.version(id)), "referNote", "  "));
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("id=\"referNote-error\">"));
        assertEquals(RequestState.ANSWERED, fixture.requests.state(id));
    }

    @Test
    void aStaleCourtOrderFormIsShownAgainWithWhatWasTyped() {
        long id = fixture.referred();
        Map<String, String> form = fixture.orderForm(id);
        form.put("version", String.valueOf(fixture.requests.version(id) - 1));
        HttpResponse<String> r = fixture.postOrder(approver, id, form, "order.pdf", EnforcementFixture.ORDER_PDF);
        assertEquals(409, r.statusCode());
        assertTrue(r.body().contains("value=\"1:26-mc-00417\""));
        assertEquals(RequestState.REFERRED_FOR_ENFORCEMENT, fixture.requests.state(id));
    }

    @Test
    void aBodyTooLargeToReadIsA413NeverA500() {
        long id = fixture.referred();
        byte[] huge = new byte[17 * 1024 * 1024];
        System.arraycopy(EnforcementFixture.ORDER_PDF, 0, huge, 0, EnforcementFixture.ORDER_PDF.length);
        assertEquals(413, fixture.postOrder(approver, id, fixture.orderForm(id), "huge.pdf", huge).statusCode());
        byte[] tooLarge = new byte[AttachmentService.MAX_BYTES + 1];
        System.arraycopy(EnforcementFixture.ORDER_PDF, 0, tooLarge, 0, EnforcementFixture.ORDER_PDF.length);
        refused(id, fixture.orderForm(id), "large.pdf", tooLarge, "orderDocument",
                "enforcement.error.documentTooLarge");
    }
}

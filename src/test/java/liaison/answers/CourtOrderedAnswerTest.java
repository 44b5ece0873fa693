package liaison.answers;

import static liaison.support.AnsweredRequests.NYC_CLERK;
import static liaison.support.AnsweredRequests.NYC_DOC;
import static liaison.support.AnsweredRequests.NY_APPROVER;
import static liaison.support.AnsweredRequests.NY_REQUESTER;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Map;
import liaison.enforcement.Enforcement;
import liaison.enforcement.NewCourtOrder;
import liaison.requests.Request;
import liaison.requests.RequestType;
import liaison.requests.RequestedItem;
import liaison.requests.StructuredAnswer;
import liaison.support.AnsweredRequests;
import liaison.support.RequestFixture;
import liaison.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * After a court order (issue 10): the request's summary reads the order's return date, the original one struck
 * through; the certified answer names the court order it answers (court, case, date, the order's SHA-256).
 */
class CourtOrderedAnswerTest {
    static final String COURT = "U.S. District Court for the Southern District of New York";
    static final String CASE = "1:26-mc-00488";
    static final byte[] ORDER = "%PDF-1.4\n% order compelling the subpoena\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    static TestApp app;
    static AnsweredRequests requests;
    static Enforcement enforcement;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        requests = new AnsweredRequests(app);
        enforcement = app.modules().enforcement().service();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** A subpoena declined by NYC DOC, referred, and compelled by a court with a new return date of Dec 10. */
    static Request ordered(String name, String aNumber) {
        Request r = requests.file(NY_REQUESTER, NYC_DOC, RequestType.ADMINISTRATIVE_SUBPOENA,
                AnsweredRequests.subject(name, aNumber, null), RequestFixture.ITEMS);
        requests.answer(NYC_CLERK, r.id(), Map.of(
                RequestedItem.RELEASE_DATE_TIME, AnsweredRequests.WITHHELD + "§ 9-131",
                RequestedItem.CUSTODY_STATUS, AnsweredRequests.WITHHELD + "§ 9-131"), StructuredAnswer.NONE);
        var approver = requests.account(NY_APPROVER);
        enforcement.refer(approver, r.id(), requests.reload(r.id()).version(), "Referred to the U.S. Attorney.");
        enforcement.recordCourtOrder(approver, r.id(), requests.reload(r.id()).version(), new NewCourtOrder(COURT,
                CASE, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 12, 10),
                EnumSet.of(RequestedItem.RELEASE_DATE_TIME), "order-" + aNumber + ".pdf", ORDER), "127.0.0.1");
        return requests.reload(r.id());
    }

    @Test
    void theSummaryReadsTheOrdersReturnDateAndStrikesTheOriginal() {
        Request r = ordered("Cato Compelled", "A300000801");
        for (String who : new String[] {NY_REQUESTER, NYC_CLERK}) {
            String page = app.session().signInAs(who).get("/requests/" + r.id()).body();
            int at = page.indexOf("id=\"return-date\"");
            assertTrue(at > 0, who);
            String returnDate = page.substring(at, page.indexOf("</dd>", at));
            assertTrue(returnDate.contains("Dec 10, 2026"), returnDate);
            assertTrue(returnDate.contains(CASE), "says which order set it");
            assertFalse(returnDate.contains("Nov 30, 2026"), returnDate);
            assertTrue(page.contains("Original return date"));
            assertTrue(page.contains("<s>Nov 30, 2026</s>"), "the original, struck through");
        }
        String before = app.session().signInAs(NY_REQUESTER).get("/requests/"
                + requests.file(NY_REQUESTER, NYC_DOC, RequestType.ADMINISTRATIVE_SUBPOENA,
                        AnsweredRequests.subject("Uma Unordered", "A300000802", null), RequestFixture.ITEMS).id())
                .body();
        assertFalse(before.contains("Original return date"), "no order, one return date");
    }

    @Test
    void theCertifiedAnswerNamesTheCourtOrderItAnswers() throws Exception {
        Request r = ordered("Otto Ordered", "A300000803");
        requests.answer(NYC_CLERK, r.id(), Map.of(RequestedItem.RELEASE_DATE_TIME, "2026-12-01 09:00"),
                StructuredAnswer.NONE);
        byte[] pdf = app.modules().answers().certified().download(requests.account(NY_REQUESTER), r.id(), "127.0.0.1")
                .orElseThrow().content();
        String text = CertifiedAnswerPdfTest.text(pdf);
        assertTrue(text.contains("Court order of the " + COURT + ", case " + CASE + ", dated Nov 2, 2026"), text);
        assertFalse(text.contains("Judicial warrant or court order"), "named, not only its kind");
        assertTrue(text.contains("Dec 10, 2026"), "the return date it set");
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(ORDER));
        assertTrue(text.replace(" ", "").contains(sha), "the order document's SHA-256");
    }
}

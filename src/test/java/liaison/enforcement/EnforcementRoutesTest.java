package liaison.enforcement;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import liaison.attachments.AttachmentService;
import liaison.requests.RequestState;
import liaison.support.HttpSession;
import liaison.support.MappedAlike;
import liaison.support.RequestFixture;
import liaison.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static liaison.enforcement.EnforcementFixture.DENVER_APPROVER;
import static liaison.support.RequestFixture.DENVER_CLERK;
import static liaison.support.RequestFixture.NYC_ADMIN;
import static liaison.support.RequestFixture.NYC_CLERK;
import static liaison.support.RequestFixture.NY_APPROVER;
import static liaison.support.RequestFixture.NY_REQUESTER;
import static liaison.support.RequestFixture.SYSADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The enforcement routes over HTTP on real requests: every kind of person on both forms, the page both sides see
 * once an order is recorded, and an ignored subpoena becoming referable as its return date passes.
 * Bad input on the forms is {@link EnforcementBadInputTest}'s.
 */
class EnforcementRoutesTest {
    private static final String ANONYMOUS = "anonymous";
    static final List<String> WHO = List.of(ANONYMOUS, NY_REQUESTER, NY_APPROVER, NYC_CLERK, DENVER_CLERK,
            DENVER_APPROVER, NYC_ADMIN, SYSADMIN);
    /** What each of {@link #WHO} gets from either form: 303 back to the request, sign-in, 403 or 404. */
    static final List<String> EXPECTED = List.of("sign in", "403", "303", "403", "404", "404", "403", "403");

    static TestApp app;
    static EnforcementFixture fixture;
    static final Map<String, HttpSession> SESSIONS = new HashMap<>();

    @BeforeAll
    static void start() {
        app = TestApp.start();
        fixture = new EnforcementFixture(app);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static HttpSession as(String who) {
        return who.equals(ANONYMOUS) ? app.session() : SESSIONS.computeIfAbsent(who, w -> app.session().signInAs(w));
    }

    static String outcome(HttpResponse<String> r, long id) {
        String location = r.headers().firstValue("Location").orElse("").replaceFirst("^https?://[^/]+", "");
        if (r.statusCode() == 303 && location.equals("/requests/" + id)) {
            return "303";
        }
        if ((r.statusCode() == 302 || r.statusCode() == 303) && location.equals("/login")) {
            return "sign in";
        }
        return String.valueOf(r.statusCode());
    }

    @TestFactory
    Stream<DynamicTest> onlyTheFilingOfficesApprovingOfficerRefersAndRecordsTheOrder() {
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < WHO.size(); i++) {
            String who = WHO.get(i);
            String expected = EXPECTED.get(i);
            tests.add(DynamicTest.dynamicTest("refer a declined subpoena as " + who + " → " + expected, () -> {
                long id = fixture.declined();
                HttpResponse<String> r = as(who).post("/requests/" + id + "/refer", Map.of("version",
                        String.valueOf(fixture.requests.version(id)), "referNote", "Referred to the USAO."));
                assertEquals(expected, outcome(r, id), r::body);
                assertEquals(expected.equals("303") ? RequestState.REFERRED_FOR_ENFORCEMENT : RequestState.ANSWERED,
                        fixture.requests.state(id));
            }));
            tests.add(DynamicTest.dynamicTest("record a court order as " + who + " → " + expected, () -> {
                long id = fixture.referred();
                HttpResponse<String> r = fixture.postOrder(as(who), id, fixture.orderForm(id), "order.pdf",
                        EnforcementFixture.ORDER_PDF);
                assertEquals(expected, outcome(r, id), r::body);
                assertEquals(expected.equals("303") ? RequestState.SUBMITTED : RequestState.REFERRED_FOR_ENFORCEMENT,
                        fixture.requests.state(id));
            }));
        }
        return tests.stream();
    }

    @Test
    void aSubpoenaNeitherRefusedNorOverdueCannotBeReferred() {
        long served = fixture.served();
        HttpSession approver = as(NY_APPROVER);
        assertFalse(approver.get("/requests/" + served).body().contains("action=\"/requests/" + served + "/refer\""));
        HttpResponse<String> r = approver.post("/requests/" + served + "/refer",
                Map.of("version", String.valueOf(fixture.requests.version(served)), "referNote", "Too early."));
        assertEquals(403, r.statusCode());
        long answered = fixture.requests.inState(RequestState.ANSWERED);
        assertEquals(403, approver.post("/requests/" + answered + "/refer", Map.of("version",
                String.valueOf(fixture.requests.version(answered)), "referNote", "Fulfilled.")).statusCode());
        assertEquals(RequestState.SUBMITTED, fixture.requests.state(served));
    }

    @Test
    void anIgnoredSubpoenaBecomesReferableWhenItsReturnDatePasses() {
        long id = fixture.served();
        try {
            // sessions end after 30 idle minutes, by the app's clock: sign in anew at each moment
            app.clock.set(Instant.parse("2026-11-20T21:59:00Z"));
            assertFalse(app.session().signInAs(NY_APPROVER).get("/requests/" + id).body().contains("/refer\""));
            app.clock.set(Instant.parse("2026-11-20T22:01:00Z"));
            HttpSession approver = app.session().signInAs(NY_APPROVER);
            String page = approver.get("/requests/" + id).body();
            assertTrue(page.contains(">Overdue<"), "the clock reads overdue");
            assertTrue(page.contains("The return date has passed without an answer."));
            HttpResponse<String> r = approver.post("/requests/" + id + "/refer", Map.of("version",
                    RequestFixture.versionOn(page), "referNote", "Referred to the U.S. Attorney's Office."));
            assertEquals("303", outcome(r, id));
            String referred = approver.get("/requests/" + id).body();
            assertTrue(referred.contains("Referred by"));
            assertTrue(referred.contains("Referred to the U.S. Attorney&#39;s Office."));
            assertTrue(referred.contains("Record the court order"));
        } finally {
            app.clock.set(Instant.parse("2026-11-02T14:00:00Z"));
        }
    }

    @Test
    void bothSidesSeeTheOrderAndTheAgencyAnswersOnlyWhatTheCourtOrdered() {
        long id = fixture.referred();
        Map<String, String> form = fixture.orderForm(id);
        form.remove("ordered-CUSTODY_STATUS");
        HttpResponse<String> r = fixture.postOrder(as(NY_APPROVER), id, form, "order 1-26-mc-00417.pdf",
                EnforcementFixture.ORDER_PDF);
        assertEquals("303", outcome(r, id), r::body);

        for (String who : List.of(NY_REQUESTER, NY_APPROVER, NYC_CLERK)) {
            String page = as(who).get("/requests/" + id).body();
            assertTrue(page.contains("Court order in case 1:26-mc-00417"), who);
            assertTrue(page.contains("U.S. District Court for the Southern District of New York"), who);
            assertTrue(page.contains("Requested, but left out by the court"), who);
            assertTrue(page.contains("order 1-26-mc-00417.pdf"), who);
            assertTrue(page.contains(AttachmentService.sha256(EnforcementFixture.ORDER_PDF)), who);
            assertTrue(page.contains("class=\"usa-tag bg-primary-dark text-no-wrap\">Court order<"), who);
            assertTrue(page.contains("Court order recorded") && page.contains("Court order 1:26-mc-00417"), who);
        }
        String clerkPage = as(NYC_CLERK).get("/requests/" + id).body();
        assertTrue(clerkPage.contains("name=\"disposition-RELEASE_DATE_TIME\""));
        assertFalse(clerkPage.contains("name=\"disposition-CUSTODY_STATUS\""), "the court left it out");
        String queue = as(NYC_CLERK).get("/queue").body();
        assertTrue(queue.contains(">Court order<"), "marked in the agency's queue");

        long attachmentId = fixture.enforcement.panel(app.modules().requests().views()
                .detail(fixture.requests.account(NYC_CLERK), id, null).orElseThrow()).orders().get(0).attachmentId();
        assertTrue(clerkPage.contains("/requests/" + id + "/attachments/" + attachmentId));
        assertEquals(200, as(NYC_CLERK).get("/requests/" + id + "/attachments/" + attachmentId).statusCode());

        HttpResponse<String> answer = as(NYC_CLERK).post("/requests/" + id + "/answer", Map.of(
                "version", RequestFixture.versionOn(clerkPage), "disposition-RELEASE_DATE_TIME", "PROVIDED",
                "value-RELEASE_DATE_TIME", "Released 2026-09-14 10:00", "certify", "yes"));
        assertEquals("303", outcome(answer, id), answer::body);
        assertEquals(RequestState.ANSWERED, fixture.requests.state(id));
    }

    /** A subpoena's page reads its court orders with a fixed mapper: the records ConstructorMapper read. */
    @Test
    void courtOrdersReadWithTheFixedMapperAsBefore() {
        assertTrue(MappedAlike.forEveryRequest(app.database.jdbi(), CourtOrderDao.LIST, id -> Map.of("requestId", id),
                CourtOrderDao.ORDER, CourtOrder.class) > 0, "the demo has a court order");
    }
}

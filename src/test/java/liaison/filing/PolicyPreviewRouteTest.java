package liaison.filing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import liaison.agencies.AgencyDao;
import liaison.support.HttpSession;
import liaison.support.PolicyPreviewHtml;
import liaison.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The request form's policy preview alone (GET /requests/new/policy-preview), as static/js/policy-preview.js asks
 * for it while the form is filled in: item by item, only for requesters, only about the office's recipients.
 */
class PolicyPreviewRouteTest {
    static final String PATH = "/requests/new/policy-preview";
    static TestApp app;
    static long nyc;
    static long denver;
    static long eroNewYork;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        AgencyDao agencies = app.database.jdbi().onDemand(AgencyDao.class);
        nyc = agencies.findByName("New York City Department of Correction").orElseThrow().id();
        denver = agencies.findByName("Denver Sheriff Department").orElseThrow().id();
        eroNewYork = agencies.findByName("ERO New York").orElseThrow().id();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static HttpSession requester() {
        return app.session().signInAs("requester@ero-ny.example");
    }

    @Test
    void theFormCarriesTheScriptAndWhereToAsk() {
        String page = requester().get("/requests/new").body();
        assertTrue(page.contains("<script src=\"/static/js/policy-preview.js\"></script>"));
        assertTrue(page.contains("data-preview-url=\"" + PATH + "\""));
        assertTrue(page.contains("id=\"policy-preview-body\" aria-live=\"polite\""));
        assertTrue(page.contains("Check what each agency shares"), "the button for the way without script");
    }

    @Test
    void theFragmentSaysItemByItemWhatEachChosenAgencyShares() {
        HttpResponse<String> r = requester().get(PATH + "?type=ADMINISTRATIVE_SUBPOENA&recipients=" + nyc
                + "&recipients=" + denver + "&items=RELEASE_DATE_TIME&items=EMERGENCY_CONTACTS");
        assertEquals(200, r.statusCode(), r::body);
        String fragment = r.body();
        assertFalse(fragment.contains("<html") || fragment.contains("<header"), "the section alone, no layout");
        assertTrue(fragment.contains("id=\"policy-preview-body\" aria-live=\"polite\""));
        assertTrue(r.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
        String release = PolicyPreviewHtml.section(fragment, "Release date and time");
        assertTrue(release.contains("New York City Department of Correction — only with a judicial warrant or court order"));
        assertTrue(release.contains("Denver Sheriff Department — shared"), release);
        String contacts = PolicyPreviewHtml.section(fragment, "Emergency contacts");
        assertTrue(contacts.contains("Denver Sheriff Department — only with a judicial warrant or court order"));
        assertTrue(fragment.indexOf("Release date and time") < fragment.indexOf("Emergency contacts"), "item order");
    }

    @Test
    void anIncompleteChoiceGivesTheHintForTheScriptsWay() {
        String fragment = requester().get(PATH + "?recipients=" + nyc).body();
        assertTrue(fragment.contains("appears here as you choose"), fragment);
        assertFalse(fragment.contains("usa-summary-box"));
    }

    @Test
    void badParametersAreLeftOutNeverA500() {
        HttpSession requester = requester();
        for (String query : new String[] {
                "type=" + "x".repeat(5_000) + "&recipients=abc&items=NOPE",
                "type=ADMINISTRATIVE_SUBPOENA&recipients=" + enc("1\u0000\u202e") + "&items=" + enc("\uffff"),
                "type=&recipients=&items=", "recipients=99999999999999999999999&items=RELEASE_DATE_TIME",
                "type=ADMINISTRATIVE_SUBPOENA&recipients=" + enc("%ZZ") + "&items=RELEASE_DATE_TIME", ""}) {
            HttpResponse<String> r = requester.get(PATH + "?" + query);
            assertTrue(r.statusCode() < 500, () -> r.statusCode() + " for " + query);
            assertFalse(r.body().contains("usa-summary-box"), query);
        }
        // an agency the office does not file to (its own) is not one the preview reads
        String own = requester.get(PATH + "?type=INFORMATION_REQUEST&recipients=" + eroNewYork
                + "&items=COURT_DATES").body();
        assertFalse(own.contains("ERO New York"), own);
    }

    @Test
    void onlyRequestersAsk() {
        for (String email : new String[] {"clerk@nyc-doc.example", "approver@ero-ny.example", "admin@nyc-doc.example",
                "sysadmin@liaison.example"}) {
            HttpResponse<String> r = app.session().signInAs(email).get(PATH + "?type=ADMINISTRATIVE_SUBPOENA&recipients="
                    + nyc + "&items=RELEASE_DATE_TIME");
            assertEquals(403, r.statusCode(), email);
            assertFalse(r.body().contains("only with a judicial warrant"), email);
        }
        assertEquals(302, app.session().get(PATH).statusCode(), "sign in first");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

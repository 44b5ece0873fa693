package liaison.policies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import liaison.accounts.AccountDao;
import liaison.accounts.NewAccount;
import liaison.accounts.PasswordHasher;
import liaison.agencies.AgencyDao;
import liaison.demo.DemoData;
import liaison.requests.LegalProcess;
import liaison.requests.RequestedItem;
import liaison.support.HttpSession;
import liaison.support.TestApp;
import liaison.system.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The policy pages over HTTP: who publishes, what bad input gets back, who reads the profiles. */
class PolicyRoutesTest {
    static final String NYC_ADMIN = "admin@nyc-doc.example";
    static final String FEDERAL_ADMIN = "admin@ero-ny.test";
    static final List<String> EVERYONE = List.of("requester@ero-ny.example", "approver@ero-ny.example",
            "clerk@nyc-doc.example", NYC_ADMIN, "clerk@denver-sheriff.example", "sysadmin@liaison.example",
            FEDERAL_ADMIN);

    static TestApp app;
    static long nyc;
    static long eroNy;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        AgencyDao agencies = app.database.jdbi().onDemand(AgencyDao.class);
        nyc = agencies.findByName("New York City Department of Correction").orElseThrow().id();
        eroNy = agencies.findByName("ERO New York").orElseThrow().id();
        app.database.jdbi().onDemand(AccountDao.class).create(new NewAccount(eroNy, FEDERAL_ADMIN, "Fed Admin",
                "Admin", Set.of(Role.AGENCY_ADMIN)), new PasswordHasher(4).hash(DemoData.PASSWORD), Instant.now());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static HttpSession as(String email) {
        return app.session().signInAs(email);
    }

    static int nycVersion() {
        return app.database.jdbi().onDemand(PolicyDao.class).current(nyc).orElseThrow().version();
    }

    static Map<String, String> form(Decision everywhere, String... pairs) {
        Map<String, String> form = PolicyForms.complete(everywhere, nycVersion());
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    @Test
    void theAdminPublishesTheNextVersionAndTheEarlierOnesStayReadable() {
        HttpSession admin = as(NYC_ADMIN);
        int before = nycVersion();
        String page = admin.get("/agency/policy").body();
        assertTrue(page.contains("NYC Admin. Code § 9-131"), "the current version is shown");
        assertTrue(page.contains("Publish version " + (before + 1)));
        assertTrue(page.contains("href=\"/agency/policy\""), "a local agency's admin has the link in the navigation");

        HttpResponse<String> published = admin.post("/agency/policy", form(Decision.DOES_NOT_SHARE,
                "statement", "Version three: nothing without a warrant.", "citations", "NYC Admin. Code § 9-131",
                PolicyForm.cell(RequestedItem.RELEASE_DATE_TIME, LegalProcess.JUDICIAL), "SHARES"));
        assertEquals(303, published.statusCode(), published::body);
        assertEquals("/agency/policy", published.headers().firstValue("Location").orElseThrow());
        String after = admin.get("/agency/policy").body();
        assertTrue(after.contains("Version " + (before + 1) + " of the policy is published."));
        assertTrue(after.contains("Version three: nothing without a warrant."));
        assertEquals(before + 1, nycVersion());
        PolicyVersion now = app.database.jdbi().onDemand(PolicyDao.class).current(nyc).orElseThrow();
        assertEquals(Decision.SHARES, now.cell(RequestedItem.RELEASE_DATE_TIME, LegalProcess.JUDICIAL));
        assertEquals(Decision.DOES_NOT_SHARE, now.cell(RequestedItem.RELEASE_DATE_TIME, LegalProcess.NONE));
        assertEquals("Tobias Renfield", now.publishedBy());

        String profile = as("requester@ero-ny.example").get("/agencies/" + nyc).body();
        assertTrue(profile.contains("Version three: nothing without a warrant."));
        assertTrue(profile.contains("href=\"/agencies/" + nyc + "/policy/" + before + "\""), "older versions linked");
        String old = as("clerk@denver-sheriff.example").get("/agencies/" + nyc + "/policy/" + before).body();
        assertTrue(old.contains("Current charges, bond and court dates are shared as far as they are public"), old);
        assertTrue(old.contains("This version has been replaced"));
        assertTrue(admin.get("/profile").body().contains("Published a new version of the agency’s sharing policy"));
    }

    @Test
    void noOneElsePublishesNotEvenAFederalOfficesAdmin() {
        int before = nycVersion();
        for (String email : List.of("clerk@nyc-doc.example", "requester@ero-ny.example", "approver@ero-ny.example",
                "sysadmin@liaison.example", FEDERAL_ADMIN)) {
            HttpSession s = as(email);
            assertEquals(403, s.get("/agency/policy").statusCode(), email);
            assertEquals(403, s.post("/agency/policy", form(Decision.SHARES)).statusCode(), email);
        }
        assertEquals(before, nycVersion());
        assertFalse(as(FEDERAL_ADMIN).get("/agencies/" + eroNy).body().contains("href=\"/agency/policy\""),
                "no navigation link to a page a federal office's admin may not use");
    }

    @Test
    void badInputComesBackNextToItsFieldWithEverythingTypedAndNothingPublished() {
        HttpSession admin = as(NYC_ADMIN);
        int before = nycVersion();
        String court = PolicyForm.cell(RequestedItem.COURT_DATES, LegalProcess.NONE);
        assertRefused(admin.post("/agency/policy", form(Decision.DOES_NOT_SHARE, "citations", "  \n ",
                        "statement", "Kept statement")), 422,
                "Enter at least one legal citation", "id=\"citations-error\"", "Kept statement</textarea>");
        assertRefused(admin.post("/agency/policy", form(Decision.SHARES, "statement", " ",
                        "citations", "Kept Code § 2")), 422,
                "Enter the policy statement.", "id=\"statement-error\"", "Kept Code § 2</textarea>");
        assertRefused(admin.post("/agency/policy", form(Decision.SHARES, court, "MAYBE")), 422,
                "Choose shares, public information only or does not share for Court dates under No legal process",
                "id=\"" + court + "-error\"", "href=\"#" + court + "\"");
        Map<String, String> empty = form(Decision.SHARES);
        empty.keySet().removeIf(k -> k.startsWith("rule-"));
        assertRefused(admin.post("/agency/policy", empty), 422, "33 of 33 are not chosen");
        String huge = "x".repeat(10_000);
        assertRefused(admin.post("/agency/policy", form(Decision.SHARES, "statement", huge)), 422,
                "Enter at most 4,000 characters; this has 10,000.");
        assertRefused(admin.post("/agency/policy", form(Decision.SHARES, "citations", huge)), 422,
                "Each citation can have at most 300 characters; line 1 has 10,000.");
        String unstorable = "Remove the control characters (invisible characters other than tabs and line breaks)";
        assertRefused(admin.post("/agency/policy", form(Decision.SHARES, "statement", "Kept\u0000 statement\n\tok")),
                422, unstorable, "id=\"statement-error\"", "statement\n\tok</textarea>");
        assertRefused(admin.post("/agency/policy", form(Decision.SHARES, "citations", "Code \uFFFF§ 3")), 422,
                unstorable, "id=\"citations-error\"");
        assertRefused(admin.post("/agency/policy", form(Decision.SHARES, "effectiveOn", huge)), 422,
                "Enter the date like 2026-11-02");
        assertRefused(admin.post("/agency/policy", form(Decision.SHARES, "effectiveOn", "2030-01-01")), 422,
                "A policy cannot take effect in the future");
        assertRefused(admin.post("/agency/policy", form(Decision.SHARES, court, huge)), 422,
                "Court dates under No legal process");
        assertRefused(admin.post("/agency/policy", form(Decision.SHARES, "basedOn", huge)), 409, "Not published");
        assertRefused(admin.post("/agency/policy", form(Decision.SHARES, "basedOn", String.valueOf(before - 1),
                "statement", "Typed while someone else published")), 409,
                "Someone published version " + before, "Typed while someone else published</textarea>",
                "name=\"basedOn\" value=\"" + before + "\"");
        assertEquals(before, nycVersion());
    }

    private static void assertRefused(HttpResponse<String> r, int status, String... shown) {
        assertEquals(status, r.statusCode(), r::body);
        for (String s : shown) {
            assertTrue(r.body().contains(s), () -> "missing " + s + " in " + r.body());
        }
    }

    @Test
    void everyoneSignedInReadsEveryAgencysProfile() {
        long juniper = app.database.jdbi().onDemand(AgencyDao.class).findByName("Juniper County Jail").orElseThrow().id();
        for (String email : EVERYONE) {
            HttpSession s = as(email);
            String nycPage = s.get("/agencies/" + nyc).body();
            assertTrue(nycPage.contains("<h1>New York City Department of Correction</h1>"), email);
            assertTrue(nycPage.contains("Information-sharing policy, version"), email);
            assertTrue(s.get("/agencies/" + eroNy).body().contains("only local agencies publish"), email);
            assertTrue(s.get("/agencies/" + juniper).body().contains("None: the policy withholds nothing."), email);
            assertEquals(200, s.get("/agencies/" + nyc + "/policy/1").statusCode(), email);
            for (String missing : List.of("/agencies/999999", "/agencies/abc", "/agencies/" + "9".repeat(30),
                    "/agencies/" + nyc + "/policy/99", "/agencies/" + nyc + "/policy/0",
                    "/agencies/" + nyc + "/policy/-1", "/agencies/" + nyc + "/policy/x",
                    "/agencies/" + eroNy + "/policy/1")) {
                assertEquals(404, s.get(missing).statusCode(), email + " " + missing);
            }
        }
        assertEquals(302, app.session().get("/agencies/" + nyc).statusCode(), "signed out: to the sign-in page");
    }
}

package liaison.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liaison.demo.DemoData;
import liaison.support.DemoMfa;
import liaison.support.HttpSession;
import liaison.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The second factor over HTTP: enrollment, codes, recovery codes, and what a half-signed-in session may reach. */
class MfaHttpTest {
    private static final Pattern KEY = Pattern.compile("id=\"totp-key\">([A-Z2-7 ]+)<");
    private static final Pattern RECOVERY = Pattern.compile("<code>([a-z0-9]{4}(?:-[a-z0-9]{4}){3})</code>");
    static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static String location(HttpResponse<String> r) {
        return r.headers().firstValue("Location").orElse("");
    }

    private static HttpSession passwordOnly(String email) {
        HttpSession s = app.session();
        HttpResponse<String> r = s.signIn(email, DemoData.PASSWORD);
        assertEquals(303, r.statusCode());
        assertEquals("/", location(r));
        return s;
    }

    private static long accountId(String email) {
        return app.database.jdbi().withHandle(h -> h.select("SELECT id FROM accounts WHERE email = ?", email)
                .mapTo(Long.class).one());
    }

    @Test
    void untilTheSecondFactorIsDoneNoOtherPageCountsAsSignedIn() {
        HttpSession s = passwordOnly("approver@ero-ny.example");
        for (String path : List.of("/", "/profile", "/requests", "/requests/1", "/account/password", "/system")) {
            HttpResponse<String> r = s.get(path);
            assertEquals(302, r.statusCode(), path);
            assertEquals("/login/code", location(r), path);
        }
        HttpResponse<String> post = s.post("/requests/new", Map.of("action", "draft"));
        assertEquals("/login/code", location(post));
        HttpResponse<String> notFound = s.get("/no-such-page");
        assertEquals(404, notFound.statusCode());
        assertFalse(notFound.body().contains("Sign out"), "no signed-in header on error pages either");
        HttpResponse<String> codePage = s.get("/login/code");
        assertEquals(200, codePage.statusCode());
        assertFalse(codePage.body().contains("usa-nav__primary"), "no navigation before the second factor");
        assertEquals("/login/code", location(s.get("/login/enroll")), "an enrolled account gets the code page");
        // cancelling signs out
        assertEquals(303, s.post("/logout", Map.of()).statusCode());
        assertEquals("/login", location(s.get("/login/code")));
    }

    @Test
    void afterTheCodeThePersonGoesWhereTheyFirstAsked() {
        HttpSession s = app.session();
        assertEquals(302, s.get("/requests/1").statusCode());
        HttpResponse<String> r = s.signIn("requester@ero-ny.example", DemoData.PASSWORD);
        assertTrue(location(r).endsWith("/requests/1"), location(r)); // pac4j's own redirect, to the full address
        assertEquals("/login/code", location(s.get("/requests/1")));
        HttpResponse<String> done = s.enterCode("requester@ero-ny.example");
        assertEquals("/requests/1", location(done));
        assertEquals(200, s.get("/requests/1").statusCode());
    }

    @Test
    void aCodeCannotBeUsedTwiceNorAnOlderOne() {
        String email = "clerk@denver-sheriff.example";
        HttpSession first = passwordOnly(email);
        DemoMfa.forgetLastCode(app, email);
        String code = DemoMfa.code(app);
        assertEquals(303, first.post("/login/code", Map.of("code", code)).statusCode());

        HttpSession second = passwordOnly(email);
        HttpResponse<String> reused = second.post("/login/code", Map.of("code", code));
        assertEquals(200, reused.statusCode());
        assertTrue(reused.body().contains("already been used"), "the error is shown");
        assertTrue(reused.body().contains("id=\"code-error\""));
        String previous = DemoMfa.code(DemoData.TOTP_SECRET, app.clock.instant().minusSeconds(30));
        assertEquals(200, second.post("/login/code", Map.of("code", previous)).statusCode(), "an older step");
        // the next step's code is new: accepted (within the one-step drift allowed)
        String next = DemoMfa.code(DemoData.TOTP_SECRET, app.clock.instant().plusSeconds(30));
        assertEquals(303, second.post("/login/code", Map.of("code", next)).statusCode());
        assertEquals(200, second.get("/queue").statusCode());
        app.app.accountSecurity().unlock(accountId(email)); // the two wrong codes above counted
    }

    @Test
    void blankAndGarbledCodesAreFormErrorsNeverA500() {
        HttpSession s = passwordOnly("approver@ero-denver.example");
        for (String input : List.of("", "   ", "12345", "x".repeat(10_000), "<script>alert(1)</script>", "１２３４５６")) {
            HttpResponse<String> r = s.post("/login/code", Map.of("code", input));
            assertEquals(200, r.statusCode(), input);
            assertTrue(r.body().contains("id=\"code-error\""), input);
            assertFalse(r.body().contains("<script>alert(1)</script>"));
        }
        assertEquals(200, s.post("/login/code", Map.of()).statusCode(), "no field at all");
        app.app.accountSecurity().unlock(accountId("approver@ero-denver.example"));
    }

    @Test
    void enrollmentShowsAQrCodeAndTheKeyThenTenRecoveryCodesOnce() {
        String email = "requester@ero-denver.example";
        long id = accountId(email);
        assertTrue(app.app.accountSecurity().resetMfa(id));
        HttpSession s = passwordOnly(email);
        assertEquals("/login/enroll", location(s.get("/")));
        assertEquals("/login/enroll", location(s.get("/login/code")), "nothing to check a code against yet");
        HttpResponse<String> page = s.get("/login/enroll");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<svg xmlns=\"http://www.w3.org/2000/svg\""), "the QR code, drawn inline");
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""));
        Matcher key = KEY.matcher(page.body());
        assertTrue(key.find(), "the key in text");
        String secret = key.group(1).replace(" ", "");
        assertNotEquals(DemoData.TOTP_SECRET, secret);
        assertEquals(secret, keyOf(s.get("/login/enroll").body()), "the same key until confirmed");

        HttpResponse<String> wrong = s.post("/login/enroll", Map.of("code", DemoMfa.code(app)));
        assertEquals(200, wrong.statusCode());
        assertTrue(wrong.body().contains("id=\"code-error\""), "the demo key's code is not this key's");

        HttpResponse<String> done = s.post("/login/enroll", Map.of("code", DemoMfa.code(secret, app.clock.instant())));
        assertEquals(200, done.statusCode());
        List<String> codes = new ArrayList<>();
        Matcher m = RECOVERY.matcher(done.body());
        while (m.find()) {
            codes.add(m.group(1));
        }
        assertEquals(10, codes.size(), done.body());
        assertTrue(done.body().contains("Sign out"), "signed in now: the header shows the person");
        assertEquals(302, s.get("/").statusCode());
        assertEquals("/requests", location(s.get("/")));

        List<String> stored = app.database.jdbi().withHandle(h -> h.select(
                "SELECT code_hash FROM recovery_codes WHERE account_id = ?", id).mapTo(String.class).list());
        assertEquals(10, stored.size());
        assertTrue(stored.stream().noneMatch(codes::contains), "only digests are stored");
        assertEquals(secret, app.database.jdbi().withHandle(h -> h.select(
                "SELECT totp_secret FROM accounts WHERE id = ?", id).mapTo(String.class).one()));

        // a recovery code signs in once, typed any which way; the second time it is refused
        assertEquals(303, s.post("/logout", Map.of()).statusCode());
        HttpSession again = passwordOnly(email);
        assertEquals(303, again.post("/login/code", Map.of("code", codes.get(3).toUpperCase().replace("-", " ")))
                .statusCode());
        assertEquals(200, again.get("/requests").statusCode());
        HttpSession third = passwordOnly(email);
        HttpResponse<String> reused = third.post("/login/code", Map.of("code", codes.get(3)));
        assertEquals(200, reused.statusCode());
        assertTrue(reused.body().contains("id=\"code-error\""));
        assertEquals(303, third.post("/login/code", Map.of("code", codes.get(4))).statusCode(), "another one works");
        app.app.accountSecurity().unlock(id);
    }

    @Test
    void theSessionIdChangesAfterEachFactorAndTheOldOnesAreDead() {
        HttpSession s = app.session();
        s.signIn("admin@nyc-doc.example", "not-the-password"); // a failed attempt makes the first session
        String anonymous = s.sessionId().orElseThrow();
        s.signIn("admin@nyc-doc.example", DemoData.PASSWORD);
        String afterPassword = s.sessionId().orElseThrow();
        assertNotEquals(anonymous, afterPassword);
        assertEquals(303, s.enterCode("admin@nyc-doc.example").statusCode());
        String afterCode = s.sessionId().orElseThrow();
        assertNotEquals(afterPassword, afterCode);
        assertEquals(200, s.get("/agency/accounts").statusCode());
        assertEquals(0, rowsOf(afterPassword), "the half-signed-in session is gone from the sessions table");
        assertEquals(1, rowsOf(afterCode));
    }

    @Test
    void theEnrollmentPageOfAnotherSessionCannotBeUsedWithoutThePassword() {
        HttpSession stranger = app.session();
        assertEquals("/login", location(stranger.get("/login/enroll")));
        assertEquals("/login", location(stranger.post("/login/code", Map.of("code", DemoMfa.code(app)))));
    }

    @Test
    void aWaitingSessionStillRunsOutAfterTwelveHours() {
        HttpSession s = passwordOnly("clerk@county-jail.example");
        app.clock.advance(Duration.ofHours(12));
        try {
            assertEquals("/login?expired", location(s.get("/login/code")));
        } finally {
            app.clock.advance(Duration.ofHours(-12));
        }
    }

    static int rowsOf(String sessionId) {
        return rowsOf(app, sessionId);
    }

    static int rowsOf(TestApp app, String sessionId) {
        // the cookie carries the id with the node's name after a dot; the table the id alone
        String id = sessionId.replaceFirst("\\.[^.]*$", "");
        return app.database.jdbi().withHandle(h -> h.select("SELECT COUNT(*) FROM JettySessions WHERE sessionId = ?",
                id).mapTo(Integer.class).one());
    }

    private static String keyOf(String body) {
        Matcher key = KEY.matcher(body);
        assertTrue(key.find());
        return key.group(1).replace(" ", "");
    }
}

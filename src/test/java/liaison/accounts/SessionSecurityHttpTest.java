package liaison.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import liaison.demo.DemoData;
import liaison.support.HttpSession;
import liaison.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Sessions end when they must: 12 hours after sign-in, at sign-out everywhere, when the credentials change. */
class SessionSecurityHttpTest {
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

    private static long accountId(String email) {
        return app.database.jdbi().withHandle(h -> h.select("SELECT id FROM accounts WHERE email = ?", email)
                .mapTo(Long.class).one());
    }

    @Test
    void aSessionEndsTwelveHoursAfterSignInHoweverBusy() {
        HttpSession s = app.session().signInAs("requester@ero-ny.example");
        try {
            app.clock.advance(Duration.ofHours(11).plusMinutes(59));
            assertEquals(200, s.get("/requests").statusCode());
            app.clock.advance(Duration.ofMinutes(1));
            HttpResponse<String> r = s.get("/requests");
            assertEquals(302, r.statusCode());
            assertEquals("/login?expired", location(r));
            assertTrue(app.session().get("/login?expired").body().contains("12-hour limit"));
            assertEquals("/login", location(s.get("/requests")), "the session is gone, not just refused once");
        } finally {
            app.clock.advance(Duration.ofHours(-12));
        }
    }

    @Test
    void signOutDeletesTheSessionFromTheDatabaseSoNoInstanceCanUseIt() {
        HttpSession s = app.session().signInAs("approver@ero-ny.example");
        String cookie = s.sessionId().orElseThrow();
        assertEquals(1, MfaHttpTest.rowsOf(app, cookie));
        assertEquals(303, s.post("/logout", Map.of()).statusCode());
        assertEquals(0, MfaHttpTest.rowsOf(app, cookie));
        // replaying the old cookie (as a second instance would see it) finds nobody signed in
        assertEquals(302, withCookie(cookie, "/profile").statusCode());
    }

    @Test
    void aPasswordChangeEndsTheOtherSessionsAndKeepsThisOne() {
        String email = "clerk@denver-sheriff.example";
        HttpSession here = app.session().signInAs(email);
        HttpSession elsewhere = app.session().signInAs(email);
        String before = here.sessionId().orElseThrow();
        String newPassword = "seven plum lanterns drift";
        HttpResponse<String> r = here.post("/account/password",
                Map.of("current", DemoData.PASSWORD, "password", newPassword, "confirm", newPassword));
        assertEquals(303, r.statusCode(), r.body());
        assertEquals("/profile", location(r));
        assertTrue(here.get("/profile").body().contains("Your password has been changed"));
        assertTrue(!before.equals(here.sessionId().orElseThrow()), "a new session id with the new password");

        HttpResponse<String> old = elsewhere.get("/queue");
        assertEquals(302, old.statusCode());
        assertEquals("/login?ended", location(old));
        assertEquals(200, here.get("/queue").statusCode());

        HttpSession oldPassword = app.session();
        assertEquals("failed", oldPassword.signInError(oldPassword.signIn(email, DemoData.PASSWORD)),
                "the old password no longer signs in");
        HttpSession fresh = app.session();
        assertEquals(303, fresh.signIn(email, newPassword).statusCode());
        assertEquals(303, fresh.enterCode(email).statusCode());
        assertEquals(200, fresh.get("/queue").statusCode());
        long audited = app.database.jdbi().withHandle(h -> h.select(
                "SELECT COUNT(*) FROM audit_log WHERE action = 'account.password-changed' AND actor_email = ?", email)
                .mapTo(Long.class).one());
        assertEquals(1, audited);
        app.app.accountSecurity().unlock(accountId(email));
    }

    @Test
    void resettingMfaEndsTheSessionsAndTheNextSignInEnrolls() {
        String email = "approver@ero-denver.example";
        HttpSession s = app.session().signInAs(email);
        assertTrue(app.app.accountSecurity().resetMfa(accountId(email)));
        assertEquals("/login?ended", location(s.get("/requests")));
        HttpSession again = app.session();
        again.signIn(email, DemoData.PASSWORD);
        assertEquals("/login/enroll", location(again.get("/")));
    }

    @Test
    void aForcedPasswordChangeComesBeforeAnythingElse() {
        String email = "requester@ero-denver.example";
        HttpSession s = app.session().signInAs(email);
        assertTrue(app.app.accountSecurity().forcePasswordChange(accountId(email)));
        assertEquals("/account/password", location(s.get("/requests")));
        HttpResponse<String> form = s.get("/account/password");
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("You must choose a new password"));
        String newPassword = "quiet harbor ledger 42";
        assertEquals(303, s.post("/account/password",
                Map.of("current", DemoData.PASSWORD, "password", newPassword, "confirm", newPassword)).statusCode());
        assertEquals(200, s.get("/requests").statusCode());
    }

    @Test
    void unlockForAnAccountThatDoesNotExistSaysSo() {
        assertTrue(!app.app.accountSecurity().unlock(999_999));
        assertTrue(!app.app.accountSecurity().resetMfa(999_999));
        assertTrue(!app.app.accountSecurity().forcePasswordChange(999_999));
    }

    private static HttpResponse<String> withCookie(String cookie, String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(app.url(path)))
                    .header("Cookie", "LIAISON_SESSION=" + cookie).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

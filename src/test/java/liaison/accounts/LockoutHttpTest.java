package liaison.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import liaison.demo.DemoData;
import liaison.support.DemoMfa;
import liaison.support.HttpSession;
import liaison.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Five failures lock a name; the page says so, whether or not an account has that name; an admin unlocks. */
class LockoutHttpTest {
    private static final String WRONG = "Wrong-Horse-Battery-7731";
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
        return r.headers().firstValue("Location").orElse("").replaceFirst("^https?://[^/]+", "");
    }

    /** What the sign-in form says after signing in with these, in a session of its own. */
    private static String outcome(String email, String password) {
        HttpSession s = app.session();
        return s.signInError(s.signIn(email, password));
    }

    private static long accountId(String email) {
        return app.database.jdbi().withHandle(h -> h.select("SELECT id FROM accounts WHERE email = ?", email)
                .mapTo(Long.class).one());
    }

    private static long audited(String action) {
        return app.database.jdbi().withHandle(h -> h.select("SELECT COUNT(*) FROM audit_log WHERE action = ?", action)
                .mapTo(Long.class).one());
    }

    @Test
    void fiveWrongPasswordsLockAndTheLockedPersonIsToldSo() {
        String email = "requester@ero-ny.example";
        long locks = audited("sign-in.locked");
        for (int i = 1; i <= 4; i++) {
            assertEquals("failed", outcome(email, WRONG));
        }
        assertEquals("locked", outcome(email, WRONG));
        assertEquals(locks + 1, audited("sign-in.locked"));
        // the right password does not get in, and is not checked: the same answer as a wrong one
        HttpSession s = app.session();
        HttpResponse<String> right = s.signIn(email, DemoData.PASSWORD);
        assertEquals("/login", location(right));
        String page = s.get(location(right)).body();
        assertTrue(page.contains("Account locked"), page);
        assertTrue(page.contains("locked for 30 minutes"));
        assertTrue(page.contains("value=\"" + email + "\""), "the e-mail address is kept");

        assertTrue(app.app.accountSecurity().unlock(accountId(email)));
        app.session().signInAs(email);
    }

    @Test
    void theLockEndsByItselfAfterThirtyMinutes() {
        String email = "approver@ero-ny.example";
        for (int i = 0; i < 5; i++) {
            app.session().signIn(email, WRONG);
        }
        try {
            app.clock.advance(Duration.ofMinutes(29));
            assertEquals("locked", outcome(email, DemoData.PASSWORD));
            app.clock.advance(Duration.ofMinutes(1));
            app.session().signInAs(email);
        } finally {
            app.clock.advance(Duration.ofMinutes(-30));
        }
    }

    @Test
    void aNameWithNoAccountLocksTheSameWaySoTheMessageRevealsNothing() {
        String known = "clerk@denver-sheriff.example";
        String unknown = "nobody-here@denver-sheriff.example";
        for (int i = 1; i <= 5; i++) {
            String a = outcome(known, WRONG);
            String b = outcome(unknown, WRONG);
            assertEquals(a, b, "attempt " + i);
            assertEquals(i == 5 ? "locked" : "failed", a, "attempt " + i);
        }
        assertTrue(app.app.accountSecurity().unlock(accountId(known)));
    }

    @Test
    void wrongCodesCountTowardTheLockoutAndACorrectPasswordDoesNotResetTheCount() {
        String email = "clerk@county-jail.example";
        app.session().signIn(email, WRONG);
        app.session().signIn(email, WRONG);
        HttpSession s = app.session();
        assertEquals(303, s.signIn(email, DemoData.PASSWORD).statusCode());
        assertEquals(200, s.post("/login/code", Map.of("code", "000000")).statusCode());
        assertEquals(200, s.post("/login/code", Map.of("code", "not-a-recovery-code")).statusCode());
        HttpResponse<String> fifth = s.post("/login/code", Map.of("code", "111111"));
        assertEquals(303, fifth.statusCode());
        assertEquals("/login?error=locked", location(fifth));
        assertEquals("/login", location(s.get("/login/code")), "the unfinished sign-in is over");
        // even the right code cannot finish a sign-in now
        HttpSession t = app.session();
        assertEquals("locked", t.signInError(t.signIn(email, DemoData.PASSWORD)));

        assertTrue(app.app.accountSecurity().unlock(accountId(email)));
        app.session().signInAs(email);
        int failures = app.database.jdbi().withHandle(h -> h.select(
                "SELECT failed_attempts FROM accounts WHERE email = ?", email).mapTo(Integer.class).one());
        assertEquals(0, failures, "a completed sign-in clears the count");
    }

    @Test
    void failuresMoreThanFifteenMinutesApartDoNotAddUp() {
        String email = "admin@nyc-doc.example";
        try {
            for (int i = 0; i < 4; i++) {
                app.session().signIn(email, WRONG);
            }
            app.clock.advance(Duration.ofMinutes(16));
            assertEquals("failed", outcome(email, WRONG));
            app.session().signInAs(email);
        } finally {
            app.clock.advance(Duration.ofMinutes(-16));
        }
    }

    @Test
    void aLockedAccountsCodePageIsNotAWayIn() {
        String email = "sysadmin@liaison.example";
        HttpSession s = app.session();
        assertEquals(303, s.signIn(email, DemoData.PASSWORD).statusCode());
        for (int i = 0; i < 5; i++) {
            app.session().signIn(email, WRONG);
        }
        DemoMfa.forgetLastCode(app, email);
        HttpResponse<String> r = s.post("/login/code", Map.of("code", DemoMfa.code(app)));
        assertEquals("/login?error=locked", location(r));
        assertTrue(app.app.accountSecurity().unlock(accountId(email)));
    }
}

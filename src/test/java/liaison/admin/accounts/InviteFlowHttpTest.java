package liaison.admin.accounts;

import static liaison.support.AdminSteps.accountId;
import static liaison.support.AdminSteps.audited;
import static liaison.support.AdminSteps.invite;
import static liaison.support.AdminSteps.linkPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import liaison.accounts.PasswordHasher;
import liaison.support.HttpSession;
import liaison.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An invitation end to end over HTTP, with no mail server: the agency admin invites and is shown the link once;
 * the invited person opens it, chooses a password against the rules, and signs in; the link works once, for 72
 * hours, and only its hash is stored.
 */
class InviteFlowHttpTest {
    static final String PASSWORD = "correct horse battery staple";
    static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static HttpSession admin() {
        return app.session().signInAs("admin@nyc-doc.example");
    }

    static HttpResponse<String> setPassword(HttpSession s, String link, String password, String confirm) {
        return s.post(link, Map.of("password", password, "confirm", confirm));
    }

    static String token(String link) {
        return link.substring("/invite/".length());
    }

    @Test
    void anInvitedClerkSetsAPasswordAndSignsIn() {
        HttpResponse<String> sent = invite(admin(), "Nadia Invitee", "nadia@nyc-doc.example", "CLERK");
        assertTrue(sent.body().contains("No mail server is configured"), sent::body);
        String link = linkPath(sent);
        assertTrue(sent.body().contains(TestApp.BASE_URL + link), "the link starts with the portal's address");
        long id = accountId(sent);
        assertEquals(id, accountId(app, "nadia@nyc-doc.example"));
        assertTrue(admin().get("/agency/accounts/" + id).body().contains("has not set a password yet"));
        assertEquals(1, audited(app, "account.invited", "account", id));

        HttpSession person = app.session();
        HttpResponse<String> form = person.get(link);
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("nadia@nyc-doc.example"), "names the account");
        // the invited person cannot sign in before choosing a password
        HttpSession early = app.session();
        assertEquals("failed", early.signInError(early.signIn("nadia@nyc-doc.example", PASSWORD)), "sign-in refused");

        HttpResponse<String> done = setPassword(person, link, PASSWORD, PASSWORD);
        assertEquals(303, done.statusCode(), done::body);
        assertEquals("/login", location(done));
        assertTrue(person.get("/login").body().contains("Your password is set."));
        assertEquals(1, audited(app, "account.invite-accepted", "account", id));

        HttpResponse<String> signIn = app.session().signIn("nadia@nyc-doc.example", PASSWORD);
        assertEquals(303, signIn.statusCode());
        assertFalse(location(signIn).startsWith("/login"), "signed in: " + location(signIn));

        // once only
        assertEquals(410, app.session().get(link).statusCode());
        assertEquals(410, setPassword(app.session(), link, "another long password", "another long password").statusCode());
        assertFalse(admin().get("/agency/accounts/" + id).body().contains("has not set a password yet"));
    }

    @Test
    void badPasswordsAreRefusedWithTheReasonAndTheLinkStillWorks() {
        String link = linkPath(invite(admin(), "Omar Rules", "omar.rules@nyc-doc.example", "CLERK"));
        HttpSession person = app.session();
        Map<String, String> cases = Map.of(
                "", "Enter a password.",
                "short", "Use at least 12 characters.",
                "password1234", "list of common or breached passwords",
                "my omar.rules secret", "contains the name part of your e-mail address",
                "x".repeat(129), "Use at most 128 characters.");
        cases.forEach((password, message) -> {
            HttpResponse<String> r = setPassword(person, link, password, password);
            assertEquals(422, r.statusCode(), password);
            assertTrue(r.body().contains(message), () -> password + ": " + r.body());
            assertTrue(r.body().contains("usa-error-message"), "shown at the field");
        });
        HttpResponse<String> mismatch = setPassword(person, link, PASSWORD, PASSWORD + "!");
        assertEquals(422, mismatch.statusCode());
        assertTrue(mismatch.body().contains("The two passwords are not the same."));
        assertEquals(303, setPassword(person, link, PASSWORD, PASSWORD).statusCode(), "the link still works");
    }

    @Test
    void onlyTheTokensHashIsStoredAndTheLinkChecksIt() {
        String link = linkPath(invite(admin(), "Hash Person", "hash.person@nyc-doc.example", "CLERK"));
        String token = token(link);
        assertEquals(43, token.length());
        String stored = app.database.jdbi().withHandle(h -> h.createQuery("""
                SELECT t.token_hash FROM account_tokens t JOIN accounts a ON a.id = t.account_id
                WHERE a.email = 'hash.person@nyc-doc.example'""").mapTo(String.class).one());
        assertEquals(Tokens.hash(token), stored);
        int mentions = app.database.jdbi().withHandle(h -> h.createQuery("""
                SELECT (SELECT COUNT(*) FROM account_tokens WHERE token_hash = :t)
                     + (SELECT COUNT(*) FROM audit_log WHERE details LIKE CONCAT('%', :t, '%'))""")
                .bind("t", token).mapTo(Integer.class).one());
        assertEquals(0, mentions, "the token itself is nowhere in the database");
        // a link one character off names nothing
        String off = link.substring(0, link.length() - 1) + (link.endsWith("A") ? "B" : "A");
        assertEquals(404, app.session().get(off).statusCode());
        assertEquals(404, app.session().get("/invite/short").statusCode());
    }

    @Test
    void aLinkExpiresAfter72Hours() {
        String link = linkPath(invite(admin(), "Late Person", "late.person@nyc-doc.example", "CLERK"));
        Instant start = app.clock.instant();
        try {
            app.clock.advance(Duration.ofHours(72).minusMinutes(1));
            assertEquals(200, app.session().get(link).statusCode());
            app.clock.advance(Duration.ofMinutes(2));
            HttpResponse<String> gone = app.session().get(link);
            assertEquals(410, gone.statusCode());
            assertTrue(gone.body().contains("This link no longer works"));
            assertEquals(410, setPassword(app.session(), link, PASSWORD, PASSWORD).statusCode());
        } finally {
            app.clock.set(start);
        }
    }

    @Test
    void aNewLinkReplacesTheOldOne() {
        HttpResponse<String> sent = invite(admin(), "Resent Person", "resent@nyc-doc.example", "CLERK");
        String first = linkPath(sent);
        long id = accountId(sent);
        HttpSession admin = admin();
        HttpResponse<String> again = admin.post("/agency/accounts/" + id + "/resend-invite", Map.of());
        assertEquals(200, again.statusCode());
        String second = linkPath(again);
        assertFalse(first.equals(second));
        assertEquals(410, app.session().get(first).statusCode());
        assertEquals(200, app.session().get(second).statusCode());
        assertEquals(1, audited(app, "account.invite-resent", "account", id));
        assertEquals(303, setPassword(app.session(), second, PASSWORD, PASSWORD).statusCode());
        assertEquals(403, admin.post("/agency/accounts/" + id + "/resend-invite", Map.of()).statusCode(),
                "nothing to resend once accepted");
    }

    @Test
    void aDeactivatedAccountsLinkNoLongerWorks() {
        HttpResponse<String> sent = invite(admin(), "Gone Person", "gone.person@nyc-doc.example", "CLERK");
        assertEquals(303, admin().post("/agency/accounts/" + accountId(sent) + "/deactivate", Map.of()).statusCode());
        assertEquals(410, app.session().get(linkPath(sent)).statusCode());
    }

    @Test
    void settingThePasswordNeedsTheFormsCsrfToken() {
        String link = linkPath(invite(admin(), "Csrf Person", "csrf.person@nyc-doc.example", "CLERK"));
        HttpSession person = app.session();
        person.get(link);
        byte[] body = ("password=" + PASSWORD.replace(' ', '+') + "&confirm=" + PASSWORD.replace(' ', '+')).getBytes();
        assertEquals(403, person.postRaw(link, body).statusCode());
        String hash = app.database.jdbi().withHandle(h -> h.createQuery(
                "SELECT password_hash FROM accounts WHERE email = 'csrf.person@nyc-doc.example'").mapTo(String.class).one());
        assertFalse(new PasswordHasher(4).verify(PASSWORD, hash));
    }

    @Test
    void theInvitationFormRefusesBadInputAndKeepsWhatWasTyped() {
        HttpSession admin = admin();
        record Case(Map<String, String> form, String message) {
        }
        String longName = "N".repeat(201);
        for (Case c : new Case[] {
                new Case(Map.of("roles", "CLERK"), "Full name is required."),
                new Case(Map.of("displayName", longName, "email", "long@nyc-doc.example", "roles", "CLERK"),
                        "Use at most 200 characters."),
                new Case(Map.of("displayName", "Bad Mail", "email", "not-an-address", "roles", "CLERK"),
                        "Enter an e-mail address like"),
                new Case(Map.of("displayName", "Bad Mail", "email", "a@b@nyc-doc.example", "roles", "CLERK"),
                        "Enter an e-mail address like"),
                new Case(Map.of("displayName", "Taken", "email", "Clerk@NYC-doc.example", "roles", "CLERK"),
                        "An account with this e-mail address already exists."),
                new Case(Map.of("displayName", "Power Grab", "email", "grab@nyc-doc.example", "roles", "SYSTEM_ADMIN"),
                        "only the roles shown can be given"),
                new Case(Map.of("displayName", "Wrong Kind", "email", "kind@nyc-doc.example", "roles", "REQUESTER"),
                        "only the roles shown can be given"),
                new Case(Map.of("displayName", "No Role", "email", "norole@nyc-doc.example"), "Choose at least one role."),
                new Case(Map.of("displayName", "Line\nBreak", "email", "crlf@nyc-doc.example", "roles", "CLERK"),
                        "Remove the line breaks"),
                new Case(Map.of("displayName", "Not\uFFFFa name", "email", "ffff@nyc-doc.example", "roles", "CLERK"),
                        "Remove the line breaks and other control characters: they cannot be stored."),
                new Case(Map.of("displayName", "Job", "email", "nul@nyc-doc.example", "jobTitle", "Cl\u0000erk",
                        "roles", "CLERK"), "Remove the line breaks and other control characters"),
                new Case(Map.of("displayName", "Title", "email", "title@nyc-doc.example", "jobTitle", "T".repeat(201),
                        "roles", "CLERK"), "Use at most 200 characters.")}) {
            HttpResponse<String> r = admin.post("/agency/accounts/invite", c.form());
            assertEquals(422, r.statusCode(), () -> c.form() + ": " + r.body());
            assertTrue(r.body().contains(c.message()), () -> c.form() + " should say " + c.message());
            assertTrue(r.body().contains("There is a problem"));
            String typed = c.form().getOrDefault("email", "");
            assertTrue(typed.contains("\n") || r.body().contains("value=\"" + typed + "\""), "keeps " + typed);
        }
        int made = app.database.jdbi().withHandle(h -> h.createQuery("""
                SELECT COUNT(*) FROM accounts WHERE email IN ('long@nyc-doc.example', 'grab@nyc-doc.example',
                'kind@nyc-doc.example', 'norole@nyc-doc.example', 'crlf@nyc-doc.example', 'title@nyc-doc.example',
                'ffff@nyc-doc.example', 'nul@nyc-doc.example')""")
                .mapTo(Integer.class).one());
        assertEquals(0, made);
    }

    private static String location(HttpResponse<String> r) {
        return r.headers().firstValue("Location").orElse("").replaceFirst("^https?://[^/]+", "");
    }
}

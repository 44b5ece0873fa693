package liaison.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liaison.audit.AuditLog;
import liaison.demo.DemoData;
import liaison.support.HttpSession;
import liaison.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Whatever arrives at the sign-in form, the answer is never a 500 or a stack trace; a failed sign-in goes back to
 * the form with the error shown and the e-mail address kept (DESIGN.md §7), and every attempt is in the audit log
 * without the password (§8).
 */
class SignInBadInputTest {
    private static final String CALLBACK = "/callback?client_name=FormClient";
    private static final Pattern USERNAME_VALUE =
            Pattern.compile("<input[^>]*\\bid=\"username\"[^>]*\\bvalue=\"([^\"]*)\"", Pattern.DOTALL);
    /** Passwords typed in this class: none may ever reach the audit log. */
    private static final String WRONG_PASSWORD = "Wrong-Horse-Battery-7731";
    private static final String LONG_PASSWORD = "Zq9!long".repeat(100_000 / 8);

    static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void emptyFieldsGoBackToTheFormWithTheError() {
        failedAndAudited("", "", "");
    }

    @Test
    void anEmptyPasswordKeepsTheEmail() {
        HttpSession s = app.session();
        String form = failedSignIn(s, s.signIn("clerk@nyc-doc.example", ""));
        assertEquals("clerk@nyc-doc.example", typedEmail(form));
    }

    @Test
    void missingFieldsGoBackToTheFormWithTheError() {
        HttpSession s = app.session();
        failedSignIn(s, s.post(CALLBACK, Map.of()));
        failedSignIn(s, s.post(CALLBACK, Map.of("username", "clerk@nyc-doc.example")));
        failedSignIn(s, s.post(CALLBACK, Map.of("password", WRONG_PASSWORD)));
    }

    @Test
    void aWrongPasswordIsAuditedWithoutThePassword() {
        failedAndAudited("clerk@nyc-doc.example", WRONG_PASSWORD, "clerk@nyc-doc.example");
        Map<String, Object> entry = latest("sign-in.failed");
        assertEquals("clerk@nyc-doc.example", entry.get("actor_email"));
        assertEquals("wrong password", entry.get("details"));
        assertNoPasswordInTheAuditLog();
    }

    @Test
    void anUnknownEmailIsAudited() {
        failedAndAudited("nobody@nowhere.example", WRONG_PASSWORD, "nobody@nowhere.example");
        assertNoPasswordInTheAuditLog();
    }

    @Test
    void aTenThousandCharacterEmailIsRefusedAndKeptTruncated() {
        String email = "a".repeat(10_000 - "@ero-ny.example".length()) + "@ero-ny.example";
        failedAndAudited(email, WRONG_PASSWORD, email.substring(0, 254));
    }

    @Test
    void anEmailOfExactly254CharactersIsKeptWhole() {
        String email = "b".repeat(254 - "@ero-ny.example".length()) + "@ero-ny.example";
        HttpSession s = app.session();
        String form = failedSignIn(s, s.signIn(email, WRONG_PASSWORD));
        assertEquals(email, typedEmail(form));
    }

    @Test
    void aHundredThousandCharacterPasswordIsRefused() {
        failedAndAudited("clerk@nyc-doc.example", LONG_PASSWORD, "clerk@nyc-doc.example");
        assertNoPasswordInTheAuditLog();
    }

    @Test
    void markupInTheEmailIsKeptAsTextNotMarkup() {
        String email = "\"><script>alert(1)</script>@x.example";
        HttpSession s = app.session();
        String form = failedSignIn(s, s.signIn(email, WRONG_PASSWORD));
        assertFalse(form.contains("<script>alert(1)</script>"), "what was typed is escaped");
        assertEquals("&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;@x.example", typedEmail(form));
    }

    @Test
    void nonUtf8BytesInTheEmailAreAFailedSignIn() {
        HttpSession s = app.session();
        String token = s.csrfToken();
        byte[] body = bytes("username=".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0xFF, (byte) 0xFE},
                ("&password=" + WRONG_PASSWORD + "&pac4jCsrfToken=" + token).getBytes(StandardCharsets.US_ASCII));
        long before = count("sign-in.failed");
        failedSignIn(s, s.postRaw(CALLBACK, body));
        assertEquals(before + 1, count("sign-in.failed"));
    }

    @Test
    void percentEncodedNonUtf8BytesAreAFailedSignIn() {
        HttpSession s = app.session();
        String token = s.csrfToken();
        String body = "username=%FF%FE%C0%80&password=%FF&pac4jCsrfToken=" + token;
        failedSignIn(s, s.postRaw(CALLBACK, body.getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void aBodyWithBrokenEscapesIsAFailedSignInOrABadRequest() {
        HttpSession s = app.session();
        String token = s.csrfToken();
        for (String body : List.of(
                "username=%zz&password=%&pac4jCsrfToken=" + token,
                "username=%E0%A4%A&password=x%2&pac4jCsrfToken=" + token,
                "username=a%&password=%%41&pac4jCsrfToken=" + token)) {
            HttpResponse<String> r = s.postRaw(CALLBACK, body.getBytes(StandardCharsets.US_ASCII));
            if (r.statusCode() == 400) {
                assertErrorPage(r);
            } else {
                failedSignIn(s, r);
            }
        }
        assertEquals(200, s.get("/login").statusCode(), "the session survives a garbled body");
    }

    @Test
    void aBodyThatIsNotAFormAtAllIsRefused() {
        HttpSession s = app.session();
        s.csrfToken();
        List<byte[]> bodies = List.of(
                "{\"username\":\"clerk@nyc-doc.example\",\"password\":\"x\"}".getBytes(StandardCharsets.UTF_8),
                "%%%%%%%%".getBytes(StandardCharsets.US_ASCII),
                "===&&&==%".getBytes(StandardCharsets.US_ASCII),
                new byte[] {0, 1, 2, (byte) 0x80, (byte) 0xFF, '%', '&', '=', '%', 'Z'});
        for (byte[] body : bodies) {
            HttpResponse<String> r = s.postRaw(CALLBACK, body);
            assertTrue(r.statusCode() == 400 || r.statusCode() == 403,
                    () -> new String(body, StandardCharsets.ISO_8859_1) + " answered " + r.statusCode());
            assertErrorPage(r);
        }
    }

    @Test
    void aHugeBodyIsRefusedOrAFailedSignIn() {
        HttpSession s = app.session();
        String token = s.csrfToken();
        byte[] body = ("pac4jCsrfToken=" + token + "&username=clerk%40nyc-doc.example&password="
                + "p".repeat(3_000_000)).getBytes(StandardCharsets.US_ASCII);
        HttpResponse<String> r = s.postRaw(CALLBACK, body);
        if (r.statusCode() == 303) {
            failedSignIn(s, r);
        } else {
            assertTrue(r.statusCode() == 413 || r.statusCode() == 400, "answered " + r.statusCode());
            assertErrorPage(r);
        }
    }

    @Test
    void aMissingClientNameStillSignsIn() {
        HttpSession s = app.session();
        HttpResponse<String> r = s.post("/callback", credentials("approver@ero-ny.example", DemoData.PASSWORD));
        assertEquals(303, r.statusCode());
        assertEquals("/", r.headers().firstValue("Location").orElseThrow());
        assertEquals(303, s.enterCode("approver@ero-ny.example").statusCode());
        assertEquals(200, s.get("/profile").statusCode());
    }

    @Test
    void aMissingClientNameWithAWrongPasswordGoesBackToTheForm() {
        HttpSession s = app.session();
        failedSignIn(s, s.post("/callback", credentials("approver@ero-ny.example", WRONG_PASSWORD)));
    }

    @Test
    void anUnknownClientNameIsNeverA500() {
        HttpResponse<String> r = app.session().post("/callback?client_name=NoSuchClient",
                credentials("approver@ero-ny.example", WRONG_PASSWORD));
        assertTrue(r.statusCode() < 500, "answered " + r.statusCode());
        assertNoStackTrace(r);
    }

    @Test
    void signInAndSignOutAreAudited() {
        long succeeded = count("sign-in.succeeded");
        long signedOut = count("sign-out");
        HttpSession s = app.session().signInAs("admin@nyc-doc.example");
        assertEquals(succeeded + 1, count("sign-in.succeeded"));
        assertEquals("admin@nyc-doc.example", latest("sign-in.succeeded").get("actor_email"));
        assertEquals(303, s.post("/logout", Map.of()).statusCode());
        assertEquals(signedOut + 1, count("sign-out"));
        assertEquals("admin@nyc-doc.example", latest("sign-out").get("actor_email"));
        assertNoPasswordInTheAuditLog();
        assertTrue(new AuditLog(app.database.jdbi(), app.clock).verify().isEmpty(), "the audit chain is intact");
    }

    /**
     * Checks the answer of a failed sign-in and returns the sign-in form it leads to, in the same session: back to
     * the bare sign-in address, nothing typed in it (it would reach logs and the browser's history).
     */
    private static String failedSignIn(HttpSession s, HttpResponse<String> r) {
        assertEquals(303, r.statusCode(), () -> "answered " + r.statusCode() + " " + r.headers().map());
        assertEquals("/login", r.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> form = s.get("/login");
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("id=\"login-error\""), "the error is shown");
        assertNoStackTrace(form);
        return form.body();
    }

    /**
     * Signs in with these through the form; checks that it fails back to the form ({@link #failedSignIn}), that the
     * form keeps {@code typed} as the e-mail address, and that exactly one failed sign-in was audited.
     */
    private static void failedAndAudited(String email, String password, String typed) {
        long before = count("sign-in.failed");
        HttpSession s = app.session();
        String form = failedSignIn(s, s.signIn(email, password));
        assertEquals(typed, typedEmail(form));
        assertEquals(before + 1, count("sign-in.failed"));
    }

    private static String typedEmail(String form) {
        Matcher m = USERNAME_VALUE.matcher(form);
        assertTrue(m.find(), "no e-mail field with a value on the form");
        return m.group(1);
    }

    private static void assertErrorPage(HttpResponse<String> r) {
        assertTrue(r.body().contains("<html"), "the portal's error page");
        assertNoStackTrace(r);
    }

    private static void assertNoStackTrace(HttpResponse<String> r) {
        String body = r.body();
        assertFalse(body.contains("Exception"), "no exception named in the body");
        assertFalse(body.contains(".java:"), "no stack trace in the body");
        assertFalse(body.contains("\tat "), "no stack trace in the body");
    }

    private static void assertNoPasswordInTheAuditLog() {
        List<String> secrets = List.of(WRONG_PASSWORD, LONG_PASSWORD.substring(0, 16), DemoData.PASSWORD);
        List<Map<String, Object>> rows = app.database.jdbi().withHandle(h ->
                h.createQuery("SELECT * FROM audit_log").mapToMap().list());
        for (Map<String, Object> row : rows) {
            for (Object value : row.values()) {
                if (value != null) {
                    secrets.forEach(secret -> assertFalse(value.toString().contains(secret),
                            "a password in the audit log: " + row));
                }
            }
        }
    }

    private static long count(String action) {
        return app.database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM audit_log WHERE action = :a")
                .bind("a", action).mapTo(Long.class).one());
    }

    private static Map<String, Object> latest(String action) {
        return app.database.jdbi().withHandle(h ->
                h.createQuery("SELECT * FROM audit_log WHERE action = :a ORDER BY id DESC LIMIT 1")
                        .bind("a", action).mapToMap().one());
    }

    private static Map<String, String> credentials(String email, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", email);
        form.put("password", password);
        return form;
    }

    private static byte[] bytes(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}

package liaison.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import liaison.demo.DemoData;
import liaison.support.HttpSession;
import liaison.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every state-changing request carries the session's CSRF token (DESIGN.md §7): without it, 403, never 500. */
class CsrfTest {
    private static final String CALLBACK = "/callback?client_name=FormClient";
    private static final String REQUESTER = "requester@ero-ny.example";

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
    void signOutWithoutATokenIsRefusedAndTheSessionLives() {
        HttpSession s = app.session().signInAs(REQUESTER);
        assertRefused(s.postRaw("/logout", new byte[0]));
        assertStillSignedIn(s);
    }

    @Test
    void signOutWithAWrongTokenIsRefusedAndTheSessionLives() {
        HttpSession s = app.session().signInAs(REQUESTER);
        assertRefused(s.post("/logout", Map.of(Security.CSRF_PARAMETER, "not-the-token")));
        assertRefused(s.post("/logout", Map.of(Security.CSRF_PARAMETER, "")));
        assertStillSignedIn(s);
    }

    @Test
    void signOutWithAnotherSessionsTokenIsRefused() {
        HttpSession mine = app.session().signInAs(REQUESTER);
        HttpSession other = app.session().signInAs("approver@ero-ny.example");
        assertRefused(mine.post("/logout", Map.of(Security.CSRF_PARAMETER, other.csrfToken())));
        assertStillSignedIn(mine);
    }

    @Test
    void signOutWithTheRightTokenWorks() {
        HttpSession s = app.session().signInAs(REQUESTER);
        HttpResponse<String> out = s.post("/logout", Map.of());
        assertEquals(303, out.statusCode());
        assertEquals("/login?signedOut", out.headers().firstValue("Location").orElseThrow());
        assertEquals(302, s.get("/profile").statusCode());
    }

    @Test
    void signInWithoutATokenIsRefused() {
        HttpSession s = app.session();
        s.csrfToken(); // a session with a token exists; the POST just does not carry it
        byte[] body = HttpSession.encode(credentials()).getBytes(StandardCharsets.UTF_8);
        assertRefused(s.postRaw(CALLBACK, body));
        assertNotSignedIn(s);
    }

    @Test
    void signInWithoutAnySessionIsRefused() {
        HttpSession s = app.session();
        byte[] body = HttpSession.encode(credentials()).getBytes(StandardCharsets.UTF_8);
        assertRefused(s.postRaw(CALLBACK, body));
        assertNotSignedIn(s);
    }

    @Test
    void signInWithAWrongTokenIsRefused() {
        HttpSession s = app.session();
        Map<String, String> form = credentials();
        form.put(Security.CSRF_PARAMETER, "not-the-token");
        assertRefused(s.post(CALLBACK, form));
        assertNotSignedIn(s);
    }

    @Test
    void signInWithTheTokenInTheQueryStringOnlyIsRefused() {
        HttpSession s = app.session();
        String token = s.csrfToken();
        byte[] body = HttpSession.encode(credentials()).getBytes(StandardCharsets.UTF_8);
        // a token in the address leaks through logs and Referer: it is never taken from there
        assertRefused(s.postRaw(CALLBACK + "&" + Security.CSRF_PARAMETER + "=" + token, body));
        assertNotSignedIn(s);
    }

    @Test
    void aSignedInFormWithTheTokenInTheAddressIsRefusedEvenWhenTheTokenIsRight() {
        HttpSession s = app.session().signInAs(REQUESTER);
        String token = s.csrfToken();
        assertRefused(s.postRaw("/logout?" + Security.CSRF_PARAMETER + "=" + token, new byte[0]));
        byte[] both = HttpSession.encode(Map.of(Security.CSRF_PARAMETER, token)).getBytes(StandardCharsets.UTF_8);
        assertRefused(s.postRaw("/logout?" + Security.CSRF_PARAMETER + "=" + token, both));
        assertStillSignedIn(s);
    }

    @Test
    void theTokenIsReplacedWhenAPersonSignsIn() {
        HttpSession s = app.session();
        String beforeSignIn = s.csrfToken();
        assertEquals(303, s.signIn(REQUESTER, DemoData.PASSWORD).statusCode());
        String afterPassword = s.csrfToken();
        assertNotEquals(beforeSignIn, afterPassword, "a new token with the password");
        assertEquals(303, s.enterCode(REQUESTER).statusCode());
        String signedIn = s.csrfToken();
        assertNotEquals(afterPassword, signedIn, "and another with the second factor");
        // a token seen before sign-in (a planted sign-in form, a page left open) is worth nothing after it
        assertRefused(s.post("/logout", Map.of(Security.CSRF_PARAMETER, beforeSignIn)));
        assertRefused(s.post("/logout", Map.of(Security.CSRF_PARAMETER, afterPassword)));
        assertStillSignedIn(s);
        assertEquals(signedIn, s.csrfToken(), "one token a session from then on: several tabs keep working");
    }

    @Test
    void aPostTheBrowserSaysComesFromAnotherSiteIsRefusedEvenWithTheToken() {
        HttpSession s = app.session().signInAs(REQUESTER);
        assertRefused(s.post("/logout", Map.of(), "Sec-Fetch-Site", "cross-site"));
        assertRefused(s.post("/logout", Map.of(), "Sec-Fetch-Site", "same-site"));
        assertStillSignedIn(s);
        assertRefused(app.session().post(CALLBACK, credentials(), "Sec-Fetch-Site", "cross-site"));
        assertEquals(303, s.post("/logout", Map.of(), "Sec-Fetch-Site", "same-origin").statusCode());
    }

    @Test
    void signInWithTheRightTokenWorks() {
        HttpSession s = app.session();
        HttpResponse<String> r = s.post(CALLBACK, credentials());
        assertEquals(303, r.statusCode());
        assertEquals("/", r.headers().firstValue("Location").orElseThrow());
        assertEquals(303, s.enterCode(REQUESTER).statusCode(), "the second factor's form takes the token too");
        assertEquals(200, s.get("/profile").statusCode());
    }

    private static Map<String, String> credentials() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", REQUESTER);
        form.put("password", DemoData.PASSWORD);
        return form;
    }

    private static void assertRefused(HttpResponse<String> r) {
        assertEquals(403, r.statusCode(), () -> "answered " + r.statusCode() + " " + r.headers().map());
        assertTrue(r.body().contains("<html"), "the 403 is the portal's error page");
        assertFalse(r.body().contains("Exception"), "no stack trace in the body");
    }

    private static void assertStillSignedIn(HttpSession s) {
        assertEquals(200, s.get("/profile").statusCode(), "the refused sign-out must leave the session signed in");
    }

    private static void assertNotSignedIn(HttpSession s) {
        HttpResponse<String> profile = s.get("/profile");
        assertEquals(302, profile.statusCode());
        assertEquals("/login", profile.headers().firstValue("Location").orElseThrow());
    }
}

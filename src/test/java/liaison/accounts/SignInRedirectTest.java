package liaison.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import liaison.demo.DemoData;
import liaison.support.DemoMfa;
import liaison.support.HttpSession;
import liaison.support.RawHttp;
import liaison.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Where sign-in sends a person: always a path of the portal, never an address built from the request (a forged
 * Host header must not turn the portal into a redirector to another site), and on to the page first asked for.
 */
class SignInRedirectTest {
    private static final Pattern CSRF = Pattern.compile("name=\"pac4jCsrfToken\" value=\"([^\"]+)\"");
    private static final String EVIL = "Host: evil.example";

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
    void aForgedHostHeaderNeverReachesARedirect() {
        String email = "clerk@nyc-doc.example";
        Map<String, String> cookies = new LinkedHashMap<>();
        RawHttp.Answer asked = get("/queue", cookies);
        assertEquals(302, asked.status());
        RawHttp.Answer form = get("/login", cookies);
        assertTrue(form.body().contains("name=\"next\" value=\"/queue\""), "the form carries the address on");
        RawHttp.Answer password = post("/callback?client_name=FormClient", cookies, Map.of("username", email,
                "password", DemoData.PASSWORD, "pac4jCsrfToken", token(form), "next", "/queue"));
        assertEquals(303, password.status());
        assertEquals("/queue", password.header("Location").orElseThrow(), "the page asked for, as a path");
        RawHttp.Answer pending = get("/queue", cookies); // as the browser follows the redirect
        assertEquals("/login/code", pending.header("Location").orElseThrow());
        DemoMfa.forgetLastCode(app, email);
        RawHttp.Answer code = post("/login/code", cookies,
                Map.of("code", DemoMfa.codeOf(app, email), "pac4jCsrfToken", token(get("/login/code", cookies))));
        assertEquals(303, code.status());
        assertEquals("/queue", code.header("Location").orElseThrow());
        for (RawHttp.Answer a : List.of(asked, form, password, pending, code)) {
            a.header("Location").ifPresent(location ->
                    assertTrue(location.startsWith("/") && !location.contains("evil"), location));
        }
    }

    @Test
    void signInEndsOnThePageFirstAskedFor() {
        String email = "requester@ero-ny.example";
        HttpSession s = app.session();
        assertEquals("/login", s.get("/requests/1?tab=timeline").headers().firstValue("Location").orElseThrow());
        HttpResponse<String> password = s.signIn(email, DemoData.PASSWORD);
        assertEquals("/requests/1?tab=timeline", password.headers().firstValue("Location").orElseThrow());
        assertEquals("/login/code", s.get("/requests/1?tab=timeline").headers().firstValue("Location").orElseThrow());
        HttpResponse<String> code = s.enterCode(email);
        assertEquals("/requests/1?tab=timeline", code.headers().firstValue("Location").orElseThrow());
        assertEquals(200, s.get("/requests/1?tab=timeline").statusCode());

        s.post("/logout", Map.of());
        assertEquals("/", s.signIn(email, DemoData.PASSWORD).headers().firstValue("Location").orElseThrow(),
                "the next sign-in starts afresh");
    }

    @Test
    void aRememberedAddressOfAnotherSiteIsIgnored() {
        for (String planted : List.of("//evil.example/queue", "/\\evil.example", "https://evil.example/", "%zz")) {
            Map<String, String> cookies = new LinkedHashMap<>();
            cookies.put("LIAISON_NEXT", planted.equals("%zz") ? planted
                    : URLEncoder.encode(planted, StandardCharsets.UTF_8));
            RawHttp.Answer form = get("/login", cookies);
            assertFalse(form.body().contains("name=\"next\""), planted);
            RawHttp.Answer r = post("/callback?client_name=FormClient", cookies, Map.of("username",
                    "approver@ero-ny.example", "password", DemoData.PASSWORD, "pac4jCsrfToken", token(form),
                    "next", planted));
            assertEquals(303, r.status(), planted);
            assertEquals("/", r.header("Location").orElseThrow(), planted);
        }
    }

    /**
     * Issue 10: the person before on this browser had asked for a page (their session had ended) and was shown the
     * sign-in page; the next person opens the sign-in page anew and signs in: they land on their own home.
     */
    @Test
    void aSignInNotStartedFromARedirectGoesHome() {
        HttpSession browser = app.session().signInAs("clerk@nyc-doc.example");
        assertEquals(200, browser.get("/queue").statusCode());
        browser.post("/logout", Map.of());
        assertEquals("/login", browser.get("/queue").headers().firstValue("Location").orElseThrow());
        assertTrue(browser.get("/login").body().contains("name=\"next\" value=\"/queue\""));

        String requester = "requester@ero-ny.example";
        HttpResponse<String> password = browser.signIn(requester, DemoData.PASSWORD);
        assertEquals("/", password.headers().firstValue("Location").orElseThrow());
        assertEquals("/login/code", browser.get("/").headers().firstValue("Location").orElseThrow());
        HttpResponse<String> code = browser.enterCode(requester);
        assertEquals("/", code.headers().firstValue("Location").orElseThrow());
        assertEquals("/requests", browser.get("/").headers().firstValue("Location").orElseThrow());
        assertEquals(200, browser.get("/requests").statusCode());
    }

    /** The next person signs in on the very form the redirect showed: never to a page their roles do not open. */
    @Test
    void aSignInOnAnotherPersonsRedirectNeverEndsOnAPageRefused() {
        HttpSession browser = app.session();
        assertEquals("/login", browser.get("/queue").headers().firstValue("Location").orElseThrow());
        String requester = "requester@ero-ny.example";
        HttpResponse<String> password = browser.signIn(requester, DemoData.PASSWORD);
        assertEquals("/queue", password.headers().firstValue("Location").orElseThrow(), "the address, as asked");
        assertEquals("/login/code", browser.get("/queue").headers().firstValue("Location").orElseThrow());
        HttpResponse<String> code = browser.enterCode(requester);
        assertEquals("/", code.headers().firstValue("Location").orElseThrow(), "not the clerks' queue: 403");
        assertEquals("/requests", browser.get("/").headers().firstValue("Location").orElseThrow());
    }

    @Test
    void aWrongPasswordKeepsTheAddressForTheNextTry() {
        HttpSession browser = app.session();
        browser.get("/requests/1?tab=timeline");
        String email = "requester@ero-ny.example";
        HttpResponse<String> failed = browser.signIn(email, "not-the-password");
        assertEquals("/login", failed.headers().firstValue("Location").orElseThrow());
        // signIn reads the form shown again first, as the person does, and sends it
        assertEquals("/requests/1?tab=timeline",
                browser.signIn(email, DemoData.PASSWORD).headers().firstValue("Location").orElseThrow());
    }

    @Test
    void signOutClearsAnAddressLeftForSignIn() {
        HttpSession browser = app.session().signInAs("clerk@nyc-doc.example");
        Map<String, String> cookies = new LinkedHashMap<>();
        cookies.put("LIAISON_SESSION", browser.sessionId().orElseThrow());
        cookies.put("LIAISON_NEXT", "%2Fqueue");
        RawHttp.Answer out = post("/logout", cookies, Map.of("pac4jCsrfToken", browser.csrfToken()));
        assertTrue(out.all("Set-Cookie").stream().anyMatch(c -> c.startsWith("LIAISON_NEXT=;")),
                out.all("Set-Cookie").toString());
        assertFalse(cookies.containsKey("LIAISON_NEXT"));
    }

    private static RawHttp.Answer get(String path, Map<String, String> cookies) {
        return keep(cookies, RawHttp.send(app.javalin.port(), null, "GET " + path + " HTTP/1.1", EVIL,
                cookieLine(cookies)));
    }

    private static RawHttp.Answer post(String path, Map<String, String> cookies, Map<String, String> form) {
        return keep(cookies, RawHttp.send(app.javalin.port(), HttpSession.encode(form), "POST " + path + " HTTP/1.1",
                EVIL, cookieLine(cookies), "Content-Type: application/x-www-form-urlencoded"));
    }

    private static String cookieLine(Map<String, String> cookies) {
        return "Cookie: " + cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("; "));
    }

    private static RawHttp.Answer keep(Map<String, String> cookies, RawHttp.Answer answer) {
        for (String set : answer.all("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            int eq = pair.indexOf('=');
            String name = pair.substring(0, eq);
            String value = pair.substring(eq + 1);
            if (value.isEmpty() || set.toLowerCase().contains("max-age=0")) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
        return answer;
    }

    private static String token(RawHttp.Answer page) {
        Matcher m = CSRF.matcher(page.body());
        assertTrue(m.find(), "no CSRF token: " + page.status());
        return m.group(1);
    }
}

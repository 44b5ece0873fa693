package liaison.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import liaison.support.HttpSession;
import liaison.support.RawHttp;
import liaison.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The headers of DESIGN.md §7 on every kind of response: pages, files, redirects and errors alike. */
class SecurityHeadersTest {
    private static final Set<String> STRICT_REFERRER_POLICIES = Set.of(
            "no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin");

    static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** Each kind of response, got by someone anonymous or signed in; {@code page} says whether it is HTML. */
    static Stream<Arguments> responses() {
        Function<TestApp, HttpResponse<String>> signInPage = a -> a.session().get("/login");
        Function<TestApp, HttpResponse<String>> signedInPage = a -> a.session().signInAs("clerk@nyc-doc.example").get("/queue");
        Function<TestApp, HttpResponse<String>> staticFile = a -> a.session().get("/static/css/liaison.css");
        Function<TestApp, HttpResponse<String>> notFound = a -> a.session().get("/no-such-page");
        Function<TestApp, HttpResponse<String>> forbidden = a -> a.session().signInAs("clerk@nyc-doc.example").get("/system");
        Function<TestApp, HttpResponse<String>> signInRedirect = a -> a.session().get("/profile");
        Function<TestApp, HttpResponse<String>> csrfRefused =
                a -> a.session().signInAs("clerk@nyc-doc.example").postRaw("/logout", new byte[0]);
        Function<TestApp, HttpResponse<String>> failedSignIn = a -> a.session().signIn("nobody@x.example", "wrong-password-here");
        return Stream.of(
                Arguments.of("sign-in page", signInPage, 200, true),
                Arguments.of("signed-in page", signedInPage, 200, true),
                Arguments.of("static file", staticFile, 200, false),
                Arguments.of("not found", notFound, 404, true),
                Arguments.of("forbidden", forbidden, 403, true),
                Arguments.of("forbidden: no CSRF token", csrfRefused, 403, true),
                Arguments.of("redirect to sign in", signInRedirect, 302, false),
                Arguments.of("failed sign-in", failedSignIn, 303, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("responses")
    void everyResponseCarriesTheSecurityHeaders(String kind, Function<TestApp, HttpResponse<String>> request,
                                                int status, boolean page) {
        HttpResponse<String> r = request.apply(app);
        assertEquals(status, r.statusCode(), kind);

        String csp = header(r, "Content-Security-Policy");
        assertFalse(csp.contains("'unsafe-inline'"), kind + ": " + csp);
        assertFalse(csp.contains("'unsafe-eval'"), kind + ": " + csp);
        assertTrue(directives(csp).contains("frame-ancestors 'none'"), kind + ": " + csp);
        assertTrue(directives(csp).contains("object-src 'none'"), kind + ": " + csp);
        assertTrue(directives(csp).stream().anyMatch(d -> d.startsWith("default-src ")), kind + ": " + csp);
        assertEquals("nosniff", header(r, "X-Content-Type-Options"), kind);
        assertEquals("DENY", header(r, "X-Frame-Options"), kind);
        assertTrue(STRICT_REFERRER_POLICIES.contains(header(r, "Referrer-Policy")), kind);
        // the test portal is not behind TLS: no HSTS (a browser would pin plain HTTP on localhost otherwise)
        assertTrue(r.headers().firstValue("Strict-Transport-Security").isEmpty(), kind);

        if (page) {
            String type = header(r, "Content-Type").toLowerCase(Locale.ROOT).replace(" ", "");
            assertEquals("text/html;charset=utf-8", type, kind);
            assertEquals("no-store", header(r, "Cache-Control"), kind + ": pages hold personal data");
            assertTrue(r.body().startsWith("<!DOCTYPE html>"), kind);
        }
    }

    /** Requests Jetty answers itself, before any route or handler of the portal runs. */
    static Stream<Arguments> refusedByJetty() {
        return Stream.of(
                Arguments.of("a broken escape in the address", 400, new String[] {"GET /% HTTP/1.1"}),
                Arguments.of("an address too long", 414, new String[] {"GET /" + "a".repeat(20_000) + " HTTP/1.1"}),
                Arguments.of("headers too long", 431, new String[] {"GET /login HTTP/1.1",
                        "X-Filler: " + "a".repeat(20_000)}),
                Arguments.of("an unknown protocol", 505, new String[] {"GET /login HTTP/7.1"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedByJetty")
    void jettysOwnErrorsCarryTheSecurityHeadersToo(String kind, int status, String[] request) {
        String[] lines = Stream.concat(Stream.of(request), Stream.of("Host: 127.0.0.1")).toArray(String[]::new);
        RawHttp.Answer r = RawHttp.send(app.javalin.port(), null, lines);
        assertEquals(status, r.status(), kind);
        String csp = r.header("Content-Security-Policy").orElseThrow(() -> new AssertionError(kind + ": no CSP"));
        assertTrue(directives(csp).contains("frame-ancestors 'none'"), kind + ": " + csp);
        assertEquals(Optional.of("nosniff"), r.header("X-Content-Type-Options"), kind);
        assertEquals(Optional.of("DENY"), r.header("X-Frame-Options"), kind);
        assertTrue(STRICT_REFERRER_POLICIES.contains(r.header("Referrer-Policy").orElse("")), kind);
        assertEquals(Optional.of("no-store"), r.header("Cache-Control"), kind);
        assertFalse(r.body().contains("Exception"), kind + ": no stack trace");
    }

    @Test
    void theStaticFileIsServedAsCss() {
        HttpResponse<String> css = app.session().get("/static/css/liaison.css");
        assertTrue(header(css, "Content-Type").startsWith("text/css"), header(css, "Content-Type"));
    }

    @Test
    void scriptAndStyleComeFromThePortalOnly() {
        List<String> csp = directives(header(app.session().get("/login"), "Content-Security-Policy"));
        assertTrue(csp.contains("script-src 'self'"), csp.toString());
        assertTrue(csp.contains("style-src 'self'"), csp.toString());
    }

    @Test
    void pagesHoldNoInlineScriptOrStyle() {
        // the CSP forbids them, so the browser would drop them silently
        String login = app.session().get("/login").body();
        String queue = app.session().signInAs("clerk@nyc-doc.example").get("/queue").body();
        for (String body : List.of(login, queue)) {
            assertFalse(body.matches("(?s).*<script(?![^>]*\\bsrc=)[^>]*>.*"), "inline <script> on a page");
            assertFalse(body.matches("(?s).*<style[\\s>].*"), "inline <style> on a page");
            assertFalse(body.matches("(?s).*\\son[a-z]+=\".*"), "inline event handler on a page");
            assertFalse(body.contains(" style=\""), "style attribute on a page");
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        HttpSession s = app.session();
        HttpResponse<String> first = s.get("/login");
        assertCookie(first, Csrf.cookieName(false), "samesite=strict");
        HttpResponse<String> failed = s.signIn("requester@ero-ny.example", "not-the-password");
        assertCookie(failed, Sessions.COOKIE, "samesite=lax");
        // sign-in gives a new session id: its cookie must have the same attributes
        HttpResponse<String> signedIn = s.signIn("requester@ero-ny.example", liaison.demo.DemoData.PASSWORD);
        assertEquals(303, signedIn.statusCode());
        assertCookie(signedIn, Sessions.COOKIE, "samesite=lax");
    }

    private static void assertCookie(HttpResponse<String> r, String name, String sameSite) {
        List<String> cookies = r.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(name + "=")).toList();
        assertFalse(cookies.isEmpty(), "no " + name + " cookie set: " + r.headers().map());
        for (String cookie : cookies) {
            List<String> attributes = Stream.of(cookie.split(";")).map(String::strip)
                    .map(a -> a.toLowerCase(Locale.ROOT)).toList();
            assertTrue(attributes.contains("httponly"), cookie);
            assertTrue(attributes.contains(sameSite), cookie);
            assertTrue(attributes.contains("path=/"), cookie);
            assertTrue(attributes.stream().noneMatch(a -> a.startsWith("domain=")), "host-only cookie: " + cookie);
        }
    }

    private static String header(HttpResponse<String> r, String name) {
        return r.headers().firstValue(name)
                .orElseThrow(() -> new AssertionError("no " + name + " header: " + r.statusCode() + " " + r.uri()));
    }

    private static List<String> directives(String csp) {
        return Stream.of(csp.split(";")).map(String::strip).map(d -> d.replaceAll("\\s+", " ")).toList();
    }
}

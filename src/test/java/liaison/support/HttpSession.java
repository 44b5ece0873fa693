package liaison.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** One person's HTTP conversation with the portal: its own cookies, redirects not followed, CSRF token at hand. */
public final class HttpSession {
    private static final Pattern CSRF = Pattern.compile("name=\"pac4jCsrfToken\" value=\"([^\"]+)\"");
    private static final Pattern NEXT = Pattern.compile("name=\"next\" value=\"([^\"]*)\"");
    private static final Pattern TOTP_KEY = Pattern.compile("id=\"totp-key\">([A-Z2-7 ]+)<");

    private final TestApp app;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;

    /** Where requests go: the portal itself, or a load balancer in front of it. */
    private final String base;

    HttpSession(TestApp app) {
        this(app, app.url(""));
    }

    HttpSession(TestApp app, String base) {
        this.app = app;
        this.base = base;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    /** POSTs the form with the session's CSRF token added. */
    public HttpResponse<String> post(String path, Map<String, String> form) {
        Map<String, String> withToken = new LinkedHashMap<>(form);
        withToken.putIfAbsent("pac4jCsrfToken", csrfToken());
        return postRaw(path, encode(withToken).getBytes(StandardCharsets.UTF_8));
    }

    /** POSTs the form with the session's CSRF token added and one more header (as browsers add Sec-Fetch-Site). */
    public HttpResponse<String> post(String path, Map<String, String> form, String header, String value) {
        Map<String, String> withToken = new LinkedHashMap<>(form);
        withToken.putIfAbsent("pac4jCsrfToken", csrfToken());
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded").header(header, value)
                .POST(HttpRequest.BodyPublishers.ofString(encode(withToken))).build());
    }

    /** POSTs exactly these bytes as a form body: no token added. */
    public HttpResponse<String> postRaw(String path, byte[] body) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    public HttpResponse<String> head(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build());
    }

    /**
     * The CSRF token this session's forms carry now: the sign-in page's (from a cookie) before sign-in, the
     * session's after the password. Read from the page the second sign-in step's address leads to, whatever the
     * state: the sign-in form, the second step, the password change, or the person's home page.
     */
    public String csrfToken() {
        String path = "/login/code";
        for (int hop = 0; hop < 5; hop++) {
            HttpResponse<String> r = get(path);
            Matcher m = CSRF.matcher(r.body());
            if (r.statusCode() == 200 && m.find()) {
                return m.group(1);
            }
            path = r.headers().firstValue("Location").orElseThrow(
                    () -> new AssertionError("no CSRF token on " + r.uri() + ": " + r.statusCode()));
        }
        throw new AssertionError("no page with a CSRF token within five redirects");
    }

    /**
     * Which error the sign-in form shows after this failed sign-in answer: "locked", "failed", or "" for none.
     * The answer must send the person back to the bare sign-in address (nothing of what was typed in it).
     */
    public String signInError(HttpResponse<String> failed) {
        String location = failed.headers().firstValue("Location").orElse("");
        if (failed.statusCode() != 303 || !location.equals("/login")) {
            throw new AssertionError("not sent back to the sign-in form: " + failed.statusCode() + " " + location);
        }
        String page = get(location).body();
        return page.contains("Account locked") ? "locked" : page.contains("id=\"login-error\"") ? "failed" : "";
    }

    /**
     * Signs in with the sign-in form as a browser shows it now: with the address it carries on to, if the redirect
     * that led to it carried one (the form is read first, and takes that address).
     */
    public HttpResponse<String> signIn(String email, String password) {
        Matcher next = NEXT.matcher(get("/login").body());
        Map<String, String> form = new LinkedHashMap<>(Map.of("username", email, "password", password));
        if (next.find()) {
            form.put("next", next.group(1).replace("&amp;", "&"));
        }
        return post("/callback?client_name=FormClient", form);
    }

    /**
     * Signs in with the demo password and the second factor, and checks it worked: the current code of the
     * account's authenticator key, or, for an account without one, an enrollment with the key the page shows.
     */
    public HttpSession signInAs(String email) {
        HttpResponse<String> r = signIn(email, liaison.demo.DemoData.PASSWORD);
        if (r.statusCode() != 303 || !"/".equals(r.headers().firstValue("Location").orElse(""))) {
            throw new AssertionError("sign-in as " + email + " failed: " + r.statusCode() + " " + r.headers().map());
        }
        boolean enrolling = !DemoMfa.enrolled(app, email);
        HttpResponse<String> c = enrolling ? enroll() : enterCode(email);
        boolean done = enrolling ? c.statusCode() == 200 && c.body().contains("id=\"recovery-codes\"")
                : c.statusCode() == 303 && "/".equals(c.headers().firstValue("Location").orElse(""));
        if (!done) {
            throw new AssertionError("second factor of " + email + " failed: " + c.statusCode() + " "
                    + c.headers().map());
        }
        return this;
    }

    /** The second sign-in step: the account's current code (its last used code forgotten first). */
    public HttpResponse<String> enterCode(String email) {
        DemoMfa.forgetLastCode(app, email);
        return post("/login/code", Map.of("code", DemoMfa.codeOf(app, email)));
    }

    /** The second sign-in step of an account without an authenticator: enrolls with the key the page shows. */
    public HttpResponse<String> enroll() {
        Matcher key = TOTP_KEY.matcher(get("/login/enroll").body());
        if (!key.find()) {
            throw new AssertionError("no authenticator key on the enrollment page");
        }
        return post("/login/enroll", Map.of("code", DemoMfa.code(key.group(1).replace(" ", ""), app.clock.instant())));
    }

    public Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("LIAISON_SESSION")).map(HttpCookie::getValue).findFirst();
    }

    public static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package liaison.demo;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import liaison.demo.PageCrawl.Page;
import liaison.support.HttpSession;
import liaison.support.TestApp;
import liaison.system.Role;
import liaison.system.Route;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Hostile input everywhere (issue 15): every demo account, on a portal of its own, reaches every form and every
 * address with a query by links from home ({@link PageCrawl}, the forms read by {@link PageForms}); each form is sent
 * with every field bad at once, with one field bad at a time and the others as the page filled them, with invalid
 * UTF-8, with its fields missing and with its fields repeated; each query field gets bad values too; and every route
 * of the route table gets bad path parameters. No answer may be a server error or show a stack trace, and afterwards
 * no page the person reaches shows a script they typed as markup.
 */
@Tag("faults")
class HostileInputTest {
    static final String SCRIPT = "<script>alert('liaison-fuzz')</script>";
    /** Values for every field at once: long, control and bidi characters, SQL, markup, numbers, dates, paths. */
    static final List<String> BAD = List.of("x".repeat(100_000), "ctl\u0000\u0001\u0008\u001b[2J\u007f\r\n\t",
            "\u202eevil\u2066bidi\u2069\u200b\ufeff", "' OR '1'='1' -- ", "1); DROP TABLE requests; --", SCRIPT,
            "\"><img src=x onerror=alert(1)>", "%_*\\", "+MATCH -AGAINST \"*\" @2 ~<>()", "-1",
            "-9223372036854775809", "99999999999999999999999999", "1e309", "NaN", "0x1F", "", "   ", "2026-02-30",
            "9999-12-31T99:99", "0000-00-00", "../../../etc/passwd", "\ud83d\ude00 \u00e9\u0301 \u4e2d",
            "{\"a\":1}", "[]");
    /** Values for one field at a time, the others as the page filled them. */
    static final List<String> ONE_BAD = List.of("y".repeat(100_000), "a\u0000b\u202e", SCRIPT, "-1",
            "99999999999999999999");
    /** Bytes that are no UTF-8: a lone continuation, an overlong form, a surrogate, a five-byte form. */
    static final String INVALID_UTF8 = "%FF%FE%C3%28%C0%AF%ED%A0%80%F8%88%80%80%80";
    static final List<String> BAD_PATH = List.of("0", "-1", "99999999999999999999", "abc%27%20OR%201=1",
            "%00", "..%2F..%2Fetc", "%FF%FE", "z".repeat(3000));
    /** What only a stack trace or a database error shows (plain searches: a page may echo 100,000 characters). */
    private static final List<String> STACK = List.of("\tat ", "at liaison.", "at java.", "at io.javalin.",
            "at org.jdbi.", "at org.eclipse.", "Exception: ", "Exception\n", "SQLState", "SQLSyntax", "Caused by:");

    /** Forms and queries already fuzzed by an earlier person: each is fuzzed once, by the first who reaches it. */
    private static final java.util.Set<String> DONE = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @TestFactory
    Stream<DynamicTest> noBadInputGivesAServerErrorAStackTraceOrAStoredScript() {
        Stream<String> people = Stream.concat(Stream.of((String) null),
                DemoData.ACCOUNTS.stream().map(DemoData.DemoAccount::email));
        return people.map(email -> DynamicTest.dynamicTest(email == null ? "nobody signed in" : email,
                () -> fuzzAs(email)));
    }

    private static void fuzzAs(String email) {
        try (TestApp app = TestApp.start()) {
            Fuzz fuzz = new Fuzz(app, email);
            List<Page> pages = fuzz.crawl();
            List<PageForms.Form> forms = PageForms.distinct(app, pages);
            for (PageForms.Form form : forms) {
                if (DONE.add(form.key())) {
                    fuzz.form(form);
                }
            }
            for (String query : PageForms.queries(pages)) {
                if (DONE.add("GET " + PageCrawl.pattern(query))) {
                    fuzz.query(query);
                }
            }
            java.util.Set<Role> roles = email == null ? java.util.Set.of(Role.ANYONE) : DemoData.ACCOUNTS.stream()
                    .filter(a -> a.email().equals(email)).findFirst().orElseThrow().roles();
            for (Route route : app.app.routes()) {
                // a route is fuzzed by each kind of person it lets in; the others are refused before it reads anything
                if (route.roles().stream().anyMatch(r -> roles.contains(r) || r == Role.ANYONE
                        || r == Role.SIGNED_IN && email != null)) {
                    fuzz.path(route);
                }
            }
            System.out.println("hostile input as " + fuzz.who + ": " + forms.size() + " forms, " + fuzz.sent
                    + " requests");
            for (Page page : fuzz.crawl()) {
                if (page.html() && page.body().contains(SCRIPT)) {
                    fuzz.problems.add(page + " shows a typed script as markup");
                }
            }
            if (!fuzz.problems.isEmpty()) {
                fail(fuzz.problems.size() + " problem(s) as " + fuzz.who + ":\n" + String.join("\n",
                        fuzz.problems.stream().distinct().limit(40).toList()));
            }
            // a fuzzer that reached nothing would pass: each person has forms to fill and many answers were read
            assertTrue(forms.size() >= 1 && fuzz.sent >= 50, fuzz.who + " reached " + forms.size() + " forms, sent "
                    + fuzz.sent + " requests: the crawl found too little to fuzz");
        }
    }

    /** One person's fuzzing: their session, signed in again when a bad form signed it out, and what went wrong. */
    private static final class Fuzz {
        final TestApp app;
        final String email;
        final String who;
        final List<String> problems = new ArrayList<>();
        HttpSession session;
        String token;
        int sent;

        Fuzz(TestApp app, String email) {
            this.app = app;
            this.email = email;
            this.who = email == null ? "nobody" : email;
            signIn();
        }

        private void signIn() {
            session = app.session();
            if (email != null) {
                // a bad current password on the password form counts as a failed sign-in: five lock the account
                app.database.jdbi().useHandle(h -> h.createUpdate("UPDATE accounts SET failed_attempts = 0,"
                        + " failure_streak_started_at = NULL, locked_until = NULL WHERE email = :e")
                        .bind("e", email).execute());
                session.signInAs(email);
            }
            token = session.csrfToken();
        }

        List<Page> crawl() {
            return PageCrawl.from(session, who, email == null ? new String[] {"/login", "/verify", "/no-such-page"}
                    : new String[] {"/"});
        }

        void form(PageForms.Form form) {
            for (String bad : BAD) {
                send(form, form.encoded(name -> enc(bad)), "every field " + describe(bad));
            }
            send(form, form.encoded(name -> INVALID_UTF8), "invalid UTF-8 in every field");
            send(form, form.encoded(name -> null), "every field missing");
            send(form, form.repeated(enc(SCRIPT)), "every field repeated");
            for (String name : form.names()) {
                for (String bad : ONE_BAD) {
                    send(form, form.encoded(n -> n.equals(name) ? enc(bad) : enc(form.value(n))),
                            name + " " + describe(bad));
                }
                send(form, form.encoded(n -> n.equals(name) ? INVALID_UTF8 : enc(form.value(n))),
                        name + " invalid UTF-8");
            }
        }

        void query(String pathWithQuery) {
            String[] parts = pathWithQuery.split("\\?", 2);
            for (String field : parts[1].split("&")) {
                String name = field.split("=", 2)[0];
                for (String bad : Stream.concat(ONE_BAD.stream().map(HostileInputTest::enc),
                        Stream.of(INVALID_UTF8, "%25_*", "2026-13-45")).toList()) {
                    String query = parts[1].replace(field, name + "=" + bad) + "&" + name + "=" + enc(SCRIPT);
                    check("GET " + parts[0] + "?" + name + "=" + shorten(bad), () -> session.get(parts[0] + "?" + query));
                }
            }
        }

        void path(Route route) {
            if (!route.path().contains("{")) {
                return;
            }
            for (String bad : BAD_PATH) {
                String path = route.path().replaceAll("\\{[^}]+}", bad);
                check(route.method() + " " + route.path() + " with " + shorten(bad), () -> route.method().name()
                        .equals("GET") ? session.get(path) : session.postRaw(path, ("pac4jCsrfToken=" + enc(token))
                                .getBytes(StandardCharsets.UTF_8)));
            }
        }

        private void send(PageForms.Form form, String body, String what) {
            String withToken = "pac4jCsrfToken=" + enc(token) + (body.isEmpty() ? "" : "&" + body);
            HttpResponse<String> r;
            try {
                r = againOnAClosedConnection(() -> form.post() ? session.postRaw(form.action(),
                        withToken.getBytes(StandardCharsets.ISO_8859_1)) : session.get(form.action() + "?" + body));
            } catch (IllegalStateException e) {
                problems.add(form + ": " + what + " → no answer (" + e.getMessage() + ")");
                return;
            }
            check(form + ": " + what, r);
            if (email != null && r.statusCode() / 100 == 3 && r.headers().firstValue("Location").orElse("")
                    .startsWith("/login")) {
                signIn();
            }
        }

        private void check(String what, java.util.function.Supplier<HttpResponse<String>> request) {
            HttpResponse<String> r;
            try {
                r = againOnAClosedConnection(request);
            } catch (IllegalStateException e) {
                problems.add(what + " → no answer (" + e.getMessage() + ")");
                return;
            }
            check(what, r);
        }

        private void check(String what, HttpResponse<String> r) {
            sent++;
            if (r.statusCode() >= 500) {
                problems.add(what + " → " + r.statusCode());
            } else if (STACK.stream().anyMatch(r.body()::contains)) {
                problems.add(what + " → a stack trace in the answer");
            }
        }
    }

    /**
     * Jetty answers a request it cannot parse (a NUL in the path, say) with 400 and closes the connection; Java's
     * client sends the next POST on that closed connection and, a POST not being safe to repeat, fails it. A browser
     * opens a new connection: so does this, once.
     */
    private static HttpResponse<String> againOnAClosedConnection(
            java.util.function.Supplier<HttpResponse<String>> request) {
        try {
            return request.get();
        } catch (IllegalStateException e) {
            return request.get();
        }
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String describe(String bad) {
        return "= " + shorten(bad);
    }

    private static String shorten(String bad) {
        String shown = bad.length() > 30 ? bad.substring(0, 12) + "…(" + bad.length() + " chars)" : bad;
        return "\"" + shown.codePoints().mapToObj(c -> c < 0x20 || c == 0x7f ? String.format("\\u%04x", c)
                : Character.toString(c)).reduce("", String::concat) + "\"";
    }
}

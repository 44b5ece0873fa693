package liaison.demo;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import liaison.demo.PageCrawl.Page;
import liaison.support.HttpSession;
import liaison.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every page of every demo account, as each reaches it by links from home, plus the sign-in pages and an error page:
 * none shows a message key instead of words, none fails with a server error, and the Nu Html Checker finds no error
 * in any of them.
 */
class EveryPageTest {
    private static final Pattern RAW_KEY = Pattern.compile("\\?\\?[^?\\s<>\"]+\\?\\?");

    static TestApp app;
    static List<Page> pages = new ArrayList<>();

    @BeforeAll
    static void crawl() {
        app = TestApp.start();
        HttpSession stranger = app.session();
        pages.addAll(PageCrawl.from(stranger, "nobody", "/login", "/no-such-page"));
        for (DemoData.DemoAccount account : DemoData.ACCOUNTS) {
            HttpSession s = app.session();
            HttpResponse<String> password = s.signIn(account.email(), DemoData.PASSWORD);
            assertTrue(password.statusCode() == 303, account.email() + " was not let past the password");
            pages.addAll(PageCrawl.from(s, account.email() + " (second step)", "/login/code"));
            s.enterCode(account.email());
            pages.addAll(PageCrawl.from(s, account.email(), "/"));
        }
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void crawlReachesEveryRolesPages() {
        List<String> paths = pages.stream().map(Page::path).toList();
        for (String expected : List.of("/profile", "/requests", "/requests/new", "/queue", "/agency/accounts",
                "/agency/policy", "/system", "/system/audit", "/system/accounts", "/reports")) {
            assertTrue(paths.contains(expected), "the crawl never reached " + expected + ": " + paths);
        }
        assertTrue(paths.stream().anyMatch(p -> p.matches("/requests/[^/?]*\\d[^/?]*")),
                "the crawl never reached a request's page: " + paths);
    }

    @Test
    void noPageShowsAMessageKeyInsteadOfWords() {
        Map<String, List<String>> raw = new TreeMap<>();
        for (Page page : pages.stream().filter(p -> p.contentType().startsWith("text/")).toList()) {
            Matcher m = RAW_KEY.matcher(page.body());
            while (m.find()) {
                raw.computeIfAbsent(m.group(), k -> new ArrayList<>()).add(page.toString());
            }
        }
        if (!raw.isEmpty()) {
            fail(raw.size() + " message key(s) without words:\n" + raw.entrySet().stream()
                    .map(e -> e.getKey() + " on " + e.getValue().stream().distinct().limit(5).toList())
                    .collect(Collectors.joining("\n")));
        }
    }

    @Test
    void noPageFailsWithAServerError() {
        List<Page> failed = pages.stream().filter(p -> p.status() >= 500).toList();
        assertTrue(failed.isEmpty(), "server errors: " + failed);
    }

    @Test
    void theNuHtmlCheckerFindsNoErrorOnAnyPage() throws Exception {
        assertTrue(NuHtmlChecker.installed(), NuHtmlChecker.JAR + " is missing: the build's npm ci installs it");
        List<Page> html = pages.stream().filter(p -> p.html() && !p.body().isEmpty()).toList();
        List<NuHtmlChecker.Error> errors = NuHtmlChecker.check(html.stream().map(Page::body).toList(),
                Path.of("target", "every-page"));
        Map<String, List<String>> byError = new TreeMap<>();
        for (NuHtmlChecker.Error e : errors) {
            byError.computeIfAbsent(e.message() + "\n      " + e.extract(), k -> new ArrayList<>())
                    .add((e.document() < 0 ? "?" : html.get(e.document()).toString()) + " line " + e.line());
        }
        if (!byError.isEmpty()) {
            fail(errors.size() + " HTML error(s) on " + html.size() + " pages (kept in target/every-page):\n"
                    + byError.entrySet().stream().map(e -> e.getKey() + "\n      on " + e.getValue().size()
                            + " page(s): " + e.getValue().stream().limit(5).toList())
                    .collect(Collectors.joining("\n")));
        }
    }
}

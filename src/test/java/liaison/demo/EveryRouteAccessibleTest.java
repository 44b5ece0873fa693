package liaison.demo;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import liaison.demo.PageCrawl.Page;
import liaison.agencies.AgencyDao;
import liaison.e2e.Browser;
import liaison.support.FilingPosts;
import liaison.support.RequestFixture;
import liaison.support.HttpSession;
import liaison.support.TestApp;
import liaison.system.Route;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every GET route of the route table, as each demo account reaches it (issue 15): the crawl of {@link EveryPageTest}
 * must reach every page route but those named in {@link #NOT_PAGES} (files, and addresses only an e-mail or a form's
 * answer leads to), and axe-core in Chromium finds no violation on one page of each address pattern for each kind of
 * person, nor any sideways scroll at desktop and phone widths. (The Nu Html Checker reads the same pages in
 * EveryPageTest.)
 */
@Tag("faults")
class EveryRouteAccessibleTest {
    /** GET routes that are no page to reach by a link from home: downloads, and addresses with a secret in them. */
    private static final Map<String, String> NOT_PAGES = Map.ofEntries(
            Map.entry("/invite/{token}", "the invitation e-mail's link"),
            Map.entry("/password-reset/{token}", "the reset e-mail's link"),
            Map.entry("/requests/{id}/certified-answer.pdf", "a PDF download"),
            Map.entry("/requests/{id}/as-filed.pdf", "a PDF download"),
            Map.entry("/attachments/{id}", "a file download"),
            Map.entry("/system/audit.csv", "a CSV download"),
            Map.entry("/disclosures.csv", "a CSV download"),
            Map.entry("/search.csv", "a CSV download"),
            Map.entry("/requests/new/policy-preview", "a fragment the request form fetches"),
            Map.entry("/requests/waiting", "linked from an approver's home once more than ten wait, which the demo's"
                    + " do not: EnforcementJourneyTest checks it with axe-core"),
            Map.entry("/requests/referable", "linked from an approver's home once more than ten can be referred:"
                    + " EnforcementJourneyTest checks it with axe-core"),
            Map.entry("/login/code", "the second sign-in step: every browser journey signs in through it"),
            Map.entry("/login/enroll", "an account's first sign-in: MfaJourneyTest checks it with axe-core"));

    @Test
    void everyPageRouteIsReachedAndAxeFindsNoViolationOnAny() {
        try (TestApp app = TestApp.start()) {
            // the demo holds no draft: one, so that the drafts' pages are reached too
            HttpSession drafter = app.session().signInAs(RequestFixture.NY_REQUESTER);
            Map<String, String> draft = FilingPosts.subpoena(drafter, app.database.jdbi().onDemand(AgencyDao.class)
                    .findByName(RequestFixture.NYC_DOC).orElseThrow().id(), "Drafted Person");
            draft.put("action", "save");
            assertTrue(FilingPosts.post(drafter, "/requests/new", draft).statusCode() < 400, "the draft was saved");
            Map<String, String> toCheck = new LinkedHashMap<>();
            Map<String, String> whoseTurn = new LinkedHashMap<>();
            List<Page> all = new ArrayList<>(PageCrawl.from(app.session(), "nobody", "/login", "/verify"));
            all.forEach(p -> toCheck.putIfAbsent("nobody " + PageCrawl.pattern(p.path()), p.path()));
            for (DemoData.DemoAccount account : DemoData.ACCOUNTS) {
                HttpSession s = app.session().signInAs(account.email());
                for (Page p : PageCrawl.from(s, account.email(), "/")) {
                    all.add(p);
                    if (p.status() == 200 && p.html()) {
                        String key = account.roles() + " " + PageCrawl.pattern(p.path());
                        if (toCheck.putIfAbsent(key, p.path()) == null) {
                            whoseTurn.put(key, account.email());
                        }
                    }
                }
            }

            Set<String> unreached = new TreeSet<>();
            for (Route route : app.app.routes()) {
                if (route.method().name().equals("GET") && !NOT_PAGES.containsKey(route.path())) {
                    Pattern pattern = Pattern.compile(route.path().replaceAll("\\{[^}]+}", "[^/?]+") + "(\\?.*)?");
                    if (all.stream().noneMatch(p -> pattern.matcher(p.path()).matches())) {
                        unreached.add(route.path());
                    }
                }
            }
            assertTrue(unreached.isEmpty(), "GET routes no demo account reaches by links from home (reach them, or"
                    + " name them in NOT_PAGES with the reason): " + unreached);

            List<String> failures = new ArrayList<>();
            try (Browser browser = Browser.start(app)) {
                String signedIn = null;
                for (Map.Entry<String, String> page : toCheck.entrySet()) {
                    String who = whoseTurn.get(page.getKey());
                    if (who != null && !who.equals(signedIn)) {
                        browser.forgetSession().signIn(who, DemoData.PASSWORD);
                        signedIn = who;
                    }
                    if (who == null && signedIn != null) {
                        browser.forgetSession();
                        signedIn = null;
                    }
                    try {
                        browser.open(page.getValue()).assertAccessible();
                    } catch (AssertionError e) {
                        failures.add((who == null ? "nobody" : who) + " " + page.getValue() + ": " + e.getMessage());
                    }
                }
            }
            if (!failures.isEmpty()) {
                fail(failures.size() + " of " + toCheck.size() + " pages:\n" + failures.stream()
                        .collect(Collectors.joining("\n")));
            }
            System.out.println("EveryRouteAccessibleTest: axe-core on " + toCheck.size() + " pages");
        }
    }
}

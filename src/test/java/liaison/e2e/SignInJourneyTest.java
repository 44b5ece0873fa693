package liaison.e2e;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import liaison.demo.DemoData;
import liaison.demo.DemoData.DemoAccount;
import liaison.system.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** Signing in and out through the real form, as every demo account, with an accessibility check of each page seen. */
class SignInJourneyTest extends JourneyTest {
    /** The h1 of every page the navigation can lead to. */
    private static final Map<String, String> HEADINGS = Map.ofEntries(
            Map.entry("/requests", "Requests"),
            Map.entry("/queue", "Queue"),
            Map.entry("/agency/accounts", "Agency accounts"),
            Map.entry("/agency/policy", "Information-sharing policy"),
            Map.entry("/disclosures", "Disclosures"),
            Map.entry("/system", "Agencies"),
            Map.entry("/system/accounts", "All accounts"),
            Map.entry("/system/audit", "Audit log"),
            Map.entry("/system/outbox", "E-mail outbox"),
            Map.entry("/agencies", "Local agencies"),
            Map.entry("/reports", "Reports"),
            Map.entry("/profile", "Your account"));

    /** Every test starts signed out, on a freshly loaded sign-in page. */
    @BeforeEach
    void signedOut() {
        browser.forgetSession();
    }

    static Stream<Arguments> demoAccounts() {
        return DemoData.ACCOUNTS.stream().map(a -> Arguments.of(a.email(), a));
    }

    /** The h1 of a page for this person: an approving officer who does not file reads "Requests to approve". */
    private static String headingOf(String path, DemoAccount a) {
        if (path.equals("/requests") && a.roles().contains(Role.APPROVER) && !a.roles().contains(Role.REQUESTER)) {
            return "Requests to approve";
        }
        return HEADINGS.get(path);
    }

    /** Where a person with these roles lands, written out here rather than asked of the portal. */
    private static String homeOf(DemoAccount a) {
        if (a.roles().contains(Role.SYSTEM_ADMIN)) {
            return "/system";
        }
        if (a.roles().contains(Role.AGENCY_ADMIN)) {
            return "/agency/accounts";
        }
        if (a.roles().contains(Role.CLERK)) {
            return "/queue";
        }
        return "/requests";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demoAccounts")
    void signsInLandsOnTheRoleHomeWalksTheNavigationAndSignsOut(String email, DemoAccount account) {
        assertEquals("/login", browser.path(), "each test starts on a fresh sign-in page");
        browser.assertAccessible();
        browser.signIn(email, DemoData.PASSWORD);

        String home = homeOf(account);
        assertEquals(home, browser.path(), () -> "home page of " + email + ", showing " + browser.describePage());
        assertEquals(headingOf(home, account), browser.heading());
        String header = browser.headerUser();
        assertTrue(header.contains(account.name()), "header shows the name: " + header);
        String agency = account.agency() == null ? "Liaison portal" : account.agency();
        assertTrue(header.contains(agency), "header shows the agency: " + header);
        assertEquals(home, browser.currentNavLink(), "the navigation marks the home page as current");
        browser.assertAccessible();

        List<String> links = browser.navLinks();
        assertTrue(links.contains(home), "navigation links to the home page: " + links);
        assertTrue(links.contains("/profile"), "navigation links to the profile: " + links);
        // every other link, then back home through the navigation
        List<String> tour = Stream.concat(links.stream().filter(l -> !l.equals(home)), Stream.of(home)).toList();
        for (String link : tour) {
            browser.followNav(link);
            assertEquals(link, browser.path());
            assertEquals(headingOf(link, account), browser.heading(), "h1 of " + link);
            assertEquals(link, browser.currentNavLink(), "current link on " + link);
            assertTrue(browser.headerUser().contains(account.name()));
            if (link.equals("/profile")) {
                assertTrue(browser.mainText().contains(email), "the profile shows the e-mail address");
                assertTrue(browser.mainText().contains("Signed in"), "the profile lists the sign-in just made");
            }
            browser.assertAccessible();
        }

        browser.signOut();
        assertEquals("/login", browser.path());
        assertEquals("Sign in", browser.heading());
        assertTrue(browser.noticeText().contains("You have signed out."), browser.noticeText());
        assertEquals("", browser.headerUser(), "nobody is shown as signed in");
        browser.assertAccessible();

        // the session is gone: the home page asks for a sign-in again
        browser.open(home);
        assertEquals("/login", browser.path());
        assertEquals("Sign in", browser.heading());
        browser.assertAccessible();
    }

    @Test
    void wrongPasswordShowsTheErrorAndKeepsTheEmail() {
        String email = "clerk@county-jail.example";
        browser.signIn(email, "not-the-right-password");
        assertEquals("/login", browser.path());
        assertEquals("Sign in", browser.heading());
        assertTrue(browser.alertText().contains("not correct"), browser.alertText());
        assertEquals(email, browser.fieldValue("username"));
        assertEquals("", browser.fieldValue("password"), "the password is never sent back");
        assertEquals("", browser.headerUser());
        browser.assertAccessible();

        // and the form still works from there
        browser.signIn(email, DemoData.PASSWORD);
        assertEquals("/queue", browser.path());
        browser.signOut();
    }

    @Test
    void signInPageShowsTheSystemUseNotification() {
        browser.open("/login");
        assertEquals("Sign in", browser.heading());
        assertTrue(browser.title().startsWith("Sign in"), browser.title());
        assertTrue(browser.hasLayout());
        String text = browser.mainText();
        assertAll(
                () -> assertTrue(text.contains("System use notification"), text),
                () -> assertTrue(text.contains("U.S. Government information system"), text),
                () -> assertTrue(text.contains("Unauthorized or improper use"), text),
                () -> assertFalse(browser.isShowing(By.cssSelector("nav.usa-nav")), "no navigation before sign-in"),
                () -> assertEquals("", browser.alertText()),
                () -> assertEquals("", browser.noticeText()));
        browser.assertAccessible();
    }

    /** The accessibility check itself: a page with a real fault must fail it, naming the rule and the element. */
    @Test
    void accessibilityCheckCatchesAFault() {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.querySelector('label[for=username]').remove()");
        AssertionError failure = assertThrows(AssertionError.class, browser::assertAccessible);
        assertTrue(failure.getMessage().contains("- label "), failure.getMessage());
        assertTrue(failure.getMessage().contains("#username"), failure.getMessage());
    }

    @Test
    void notFoundPageRendersInTheLayout() {
        browser.open("/no-such-page");
        assertEquals("Page not found", browser.heading());
        assertTrue(browser.hasLayout());
        assertTrue(browser.mainText().contains("404"), browser.mainText());
        browser.assertAccessible();

        browser.signIn("requester@ero-ny.example", DemoData.PASSWORD);
        browser.open("/no-such-page");
        assertEquals("Page not found", browser.heading());
        assertTrue(browser.hasLayout());
        browser.assertAccessible();
    }

    @Test
    void forbiddenPageRendersInTheLayout() {
        browser.signIn("clerk@nyc-doc.example", DemoData.PASSWORD);
        assertEquals("/queue", browser.path());
        browser.open("/system");
        assertEquals("/system", browser.path());
        assertEquals("Not allowed", browser.heading());
        assertTrue(browser.hasLayout());
        assertTrue(browser.mainText().contains("403"), browser.mainText());
        assertFalse(browser.text().contains("Agencies on the portal"), "none of the system page is shown");
        browser.assertAccessible();
    }
}

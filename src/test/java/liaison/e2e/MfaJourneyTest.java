package liaison.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import liaison.demo.DemoData;
import liaison.support.DemoMfa;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A person at a browser enrolls an authenticator by reading the key off the page and computing its code, as an
 * app would; then signs in with a code; changes their password; gets locked out. axe-core checks every new page.
 */
class MfaJourneyTest extends JourneyTest {
    @BeforeEach
    void signedOut() {
        browser.forgetSession();
    }

    private static long accountId(String email) {
        return app.database.jdbi().withHandle(h -> h.select("SELECT id FROM accounts WHERE email = ?", email)
                .mapTo(Long.class).one());
    }

    @Test
    void enrollsByReadingTheKeyThenSignsInWithACode() {
        String email = "clerk@county-jail.example";
        app.app.accountSecurity().resetMfa(accountId(email));

        browser.signInWithPassword(email, DemoData.PASSWORD);
        assertEquals("/login/enroll", browser.path(), browser::describePage);
        assertEquals("Set up your authenticator app", browser.heading());
        assertEquals("", browser.headerUser(), "not signed in yet");
        assertTrue(browser.isShowing(By.cssSelector(".liaison-qr-box svg")), "the QR code is shown");
        browser.assertAccessible();

        String key = browser.driver().findElement(By.id("totp-key")).getText().replace(" ", "");
        assertEquals(32, key.length(), key);
        browser.enterCode("000000");
        assertEquals("/login/enroll", browser.path());
        assertTrue(browser.fieldError("code").contains("not correct"), browser.fieldError("code"));
        browser.assertAccessible();

        browser.enterCode(DemoMfa.code(key, app.clock.instant()));
        assertEquals("Your recovery codes", browser.heading(), browser::describePage);
        assertEquals(10, browser.driver().findElements(By.cssSelector("#recovery-codes li")).size());
        assertTrue(browser.headerUser().contains("Owen Lachance"), "signed in now");
        browser.assertAccessible();
        browser.clickAndWait(By.linkText("I have saved them: continue"));
        assertEquals("/queue", browser.path());

        browser.signOut();
        app.clock.advance(Duration.ofSeconds(30)); // the next code: the one used to enroll cannot be used again
        browser.signInWithPassword(email, DemoData.PASSWORD);
        assertEquals("/login/code", browser.path());
        assertEquals("Enter your code", browser.heading());
        browser.assertAccessible();
        browser.enterCode(DemoMfa.code(key, app.clock.instant()));
        assertEquals("/queue", browser.path(), browser::describePage);
        browser.signOut();
    }

    @Test
    void changesThePasswordWithErrorsShownBesideTheFields() {
        browser.signIn("approver@ero-denver.example", DemoData.PASSWORD);
        browser.followNav("/profile");
        browser.clickAndWait(By.linkText("Change your password"));
        assertEquals("/account/password", browser.path());
        browser.assertAccessible();
        browser.driver().findElement(By.id("current")).sendKeys(DemoData.PASSWORD);
        browser.driver().findElement(By.id("password")).sendKeys("password1234");
        browser.driver().findElement(By.id("confirm")).sendKeys("password1234");
        browser.clickAndWait(By.xpath("//button[normalize-space()='Change password']"));
        assertTrue(browser.fieldError("password").contains("common or breached"), browser.describePage());
        assertEquals("", browser.fieldValue("current"), "passwords are never sent back");
        browser.assertAccessible();
        browser.signOut();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountAndTheAgencyAdminUnlocksIt() {
        String email = "clerk@nyc-doc.example";
        for (int i = 0; i < 5; i++) {
            browser.signInWithPassword(email, "not-the-password-" + i);
        }
        assertEquals("/login", browser.path());
        assertTrue(browser.alertText().contains("locked for 30 minutes"), browser.alertText());
        assertEquals(email, browser.fieldValue("username"));
        browser.assertAccessible();
        // even the right password is refused while locked
        browser.signInWithPassword(email, DemoData.PASSWORD);
        assertTrue(browser.alertText().contains("locked for 30 minutes"), browser.alertText());

        // the agency's admin unlocks it from the account's page
        browser.forgetSession();
        browser.signIn("admin@nyc-doc.example", DemoData.PASSWORD);
        browser.open("/agency/accounts/" + accountId(email));
        browser.assertAccessible();
        browser.clickAndWait(browser.driver().findElement(By.id("action-unlock")));
        assertTrue(browser.mainText().contains("is unlocked"), browser::describePage);
        browser.assertAccessible();
        browser.signOut();

        browser.signIn(email, DemoData.PASSWORD);
        assertEquals("/queue", browser.path());
        browser.signOut();
    }
}

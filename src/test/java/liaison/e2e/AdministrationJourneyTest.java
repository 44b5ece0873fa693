package liaison.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import liaison.demo.DemoData;
import liaison.support.TestApp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Administration in the browser, axe-checked on every page: an agency admin invites a clerk, who opens the link,
 * sets a password and signs in; the system admin adds an agency, invites its admin, reads and verifies the audit log.
 */
class AdministrationJourneyTest extends JourneyTest {
    @BeforeEach
    void signedOut() {
        browser.forgetSession();
    }

    @Test
    void anAgencyAdminInvitesAClerkWhoSetsAPasswordAndSignsIn() {
        browser.signIn("admin@nyc-doc.example", DemoData.PASSWORD);
        browser.open("/agency/accounts").assertAccessible();
        click(By.linkText("Invite a person"));
        assertEquals("/agency/accounts/invite", browser.path());
        browser.assertAccessible();

        // a first try with the e-mail address missing: the error is at the field, what was typed is kept
        type("displayName", "Mirela Newclerk");
        type("jobTitle", "Records clerk");
        driver().findElement(By.cssSelector("label[for='roles']")).click();
        click(By.xpath("//button[normalize-space()='Send the invitation']"));
        assertEquals("E-mail address is required.", browser.fieldError("email"));
        assertEquals("Mirela Newclerk", browser.fieldValue("displayName"));
        browser.assertAccessible();

        type("email", "mirela.newclerk@nyc-doc.example");
        click(By.xpath("//button[normalize-space()='Send the invitation']"));
        assertEquals("Invitation sent", browser.heading());
        browser.assertAccessible();
        String link = browser.fieldValue("invite-link");
        assertTrue(link.startsWith(TestApp.BASE_URL + "/invite/"), link);

        click(By.linkText("See the account"));
        assertTrue(browser.mainText().toLowerCase().contains("invited: has not set a password yet"), browser::describePage);
        assertTrue(browser.mainText().contains("Clerk"), "the role chosen");
        browser.assertAccessible();

        // the clerk, in a browser of their own
        browser.forgetSession();
        browser.open(URI.create(link).getPath());
        assertEquals("Set your password", browser.heading());
        browser.assertAccessible();
        type("password", "lantern orchard pebble");
        type("confirm", "lantern orchard pebbles");
        click(By.xpath("//button[normalize-space()='Set password']"));
        assertTrue(browser.fieldError("confirm").contains("not the same"), browser::describePage);
        browser.assertAccessible();
        type("password", "lantern orchard pebble");
        type("confirm", "lantern orchard pebble");
        click(By.xpath("//button[normalize-space()='Set password']"));
        assertEquals("/login", browser.path());
        assertTrue(browser.noticeText().contains("Your password is set."), browser::describePage);
        browser.assertAccessible();

        browser.signIn("mirela.newclerk@nyc-doc.example", "lantern orchard pebble");
        assertFalse(browser.path().equals("/login"), () -> "signed in: " + browser.describePage());
        browser.assertAccessible();

        // the link was for once
        browser.forgetSession();
        browser.open(URI.create(link).getPath());
        assertEquals("This link no longer works", browser.heading());
        browser.assertAccessible();
    }

    @Test
    void theSystemAdminAddsAnAgencyInvitesItsAdminAndChecksTheAuditLog() {
        browser.signIn("sysadmin@liaison.example", DemoData.PASSWORD);
        browser.open("/system").assertAccessible();
        click(By.linkText("Add an agency"));
        browser.assertAccessible();
        click(By.xpath("//button[normalize-space()='Save']"));
        assertEquals("Choose the kind of agency.", driver().findElement(By.id("kind-error")).getText());
        browser.assertAccessible();

        driver().findElement(By.cssSelector("label[for='kind-LOCAL_AGENCY']")).click();
        type("name", "Willow Creek Jail");
        type("jurisdiction", "Willow Creek County (fictional)");
        type("contactPhone", "+1 555 0100");
        click(By.xpath("//button[normalize-space()='Save']"));
        assertEquals("Willow Creek Jail", browser.heading());
        browser.assertAccessible();

        type("displayName", "Quentin Firstadmin");
        type("email", "quentin@willow-creek.example");
        click(By.xpath("//button[normalize-space()='Send the invitation']"));
        assertEquals("Invitation sent", browser.heading());
        browser.assertAccessible();
        click(By.linkText("See the account"));
        assertTrue(browser.mainText().contains("quentin@willow-creek.example"));
        browser.assertAccessible();

        browser.followNav("/system/audit");
        assertEquals("Audit log", browser.heading());
        browser.assertAccessible();
        type("from", "2026-13-01");
        click(By.xpath("//button[normalize-space()='Apply filters']"));
        assertTrue(browser.fieldError("from").contains("Enter a real date"), browser::describePage);
        browser.assertAccessible();
        browser.open("/system/audit?action=account.invited");
        assertTrue(browser.mainText().contains("account.invited"));
        click(By.xpath("//button[normalize-space()='Verify the chain']"));
        assertTrue(browser.text().contains("The chain is intact"), browser::describePage);
        browser.assertAccessible();

        browser.open("/system/agencies/3/edit").assertAccessible();
    }

    private static WebDriver driver() {
        return browser.driver();
    }

    private static void type(String id, String text) {
        WebElement field = driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Clicks something that loads a new page and waits for it. */
    private static void click(By by) {
        browser.clickAndWait(by);
    }
}

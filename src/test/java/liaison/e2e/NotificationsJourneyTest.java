package liaison.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import liaison.demo.DemoData;
import liaison.requests.RequestType;
import liaison.support.RequestFixture;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The bell changes as events happen, the notifications page, the preferences form (bad input answered with a
 * message) and the outbox page, each checked with axe-core.
 */
class NotificationsJourneyTest extends JourneyTest {

    @Test
    void theBellCountsWhatHappensAndThePagesAreAccessible() {
        RequestFixture requests = new RequestFixture(app);
        browser.forgetSession().signIn(RequestFixture.NY_REQUESTER, DemoData.PASSWORD);
        assertFalse(browser.isShowing(By.id("unread-count")), "no count for none");
        long id = requests.file(RequestType.INFORMATION_REQUEST);
        requests.workflow.acknowledge(requests.account(RequestFixture.NYC_CLERK), id, requests.version(id));
        browser.open("/requests");
        assertEquals("1 unread", browser.driver().findElement(By.id("unread-count")).getDomProperty("textContent").trim()
                .replaceAll("\\s+", " "));
        browser.assertAccessible();

        browser.driver().findElement(By.id("bell")).click();
        assertEquals("Notifications", browser.heading());
        assertTrue(browser.mainText().contains("Request acknowledged"), browser::describePage);
        browser.assertAccessible();
        browser.clickAndWait(By.cssSelector("form[action='/notifications/read'] button"));
        assertFalse(browser.isShowing(By.id("unread-count")));
        assertTrue(browser.mainText().contains("No unread notifications."), browser::describePage);
        browser.assertAccessible();

        // the preferences page: bad input gets a message; a choice saved; the bell counts the next event
        browser.clickAndWait(By.cssSelector("a[href='/notifications/preferences']"));
        assertEquals("Notification preferences", browser.heading());
        assertTrue(browser.mainText().contains("Emergencies and court orders always come by e-mail"));
        browser.assertAccessible();
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById('acknowledged-app').value = 'sometimes';"
                        + "document.getElementById('acknowledged-app').checked = true;");
        browser.clickAndWait(By.cssSelector("form#preferences button[type='submit']"));
        assertTrue(browser.alertText().contains("Choose one of the options."), browser::describePage);
        browser.assertAccessible();
        browser.driver().findElement(By.cssSelector("label[for='clarification-requested-app']")).click();
        browser.driver().findElement(By.cssSelector("label[for='acknowledged']")).click();
        browser.clickAndWait(By.cssSelector("form#preferences button[type='submit']"));
        assertTrue(browser.noticeText().contains("Your notification preferences are saved."), browser::describePage);
        assertTrue(browser.driver().findElement(By.id("clarification-requested-app")).isSelected());
        requests.workflow.askClarification(requests.account(RequestFixture.NYC_CLERK), id, requests.version(id),
                "Which facility? (invented)");
        browser.open("/notifications/preferences");
        assertEquals("1 unread", browser.driver().findElement(By.id("unread-count")).getDomProperty("textContent")
                .trim().replaceAll("\\s+", " "), "in-app still, though not by e-mail");
        browser.open("/requests/" + id);
        assertTrue(browser.driver().findElement(By.id("sent-notifications")).getText()
                .contains("None (in-app only)"), browser::describePage);
        browser.assertAccessible();

        browser.forgetSession().signIn(RequestFixture.SYSADMIN, DemoData.PASSWORD);
        browser.followNav("/system/outbox");
        assertEquals("E-mail outbox", browser.heading());
        assertTrue(browser.mainText().contains(RequestFixture.NY_REQUESTER), browser::describePage);
        browser.assertAccessible();
    }
}

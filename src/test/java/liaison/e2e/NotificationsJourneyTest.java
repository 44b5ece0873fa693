package liaison.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import liaison.demo.DemoData;
import liaison.requests.RequestType;
import liaison.support.RequestFixture;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The bell changes as events happen, the notifications page and the outbox page, each checked with axe-core. */
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

        browser.forgetSession().signIn(RequestFixture.SYSADMIN, DemoData.PASSWORD);
        browser.followNav("/system/outbox");
        assertEquals("E-mail outbox", browser.heading());
        assertTrue(browser.mainText().contains(RequestFixture.NY_REQUESTER), browser::describePage);
        browser.assertAccessible();
    }
}

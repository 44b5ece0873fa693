package liaison.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import liaison.demo.DemoData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** The reports in a browser, reached from the header, each checked with axe-core: a local agency's, a federal
 * office's, the portal's and one agency's, and a filter with a wrong date. */
class ReportsJourneyTest extends JourneyTest {

    @Test
    void aClerkRunsTheAgencysReportAndMistypesADate() {
        browser.forgetSession().signIn("clerk@nyc-doc.example", DemoData.PASSWORD);
        browser.followNav("/reports");
        assertEquals("Reports", browser.heading());
        assertTrue(browser.mainText().contains("Requests served on New York City Department of Correction"));
        browser.assertAccessible();
        browser.driver().findElement(By.id("from")).sendKeys("02/30/2026");
        browser.clickAndWait(By.cssSelector("form[action='/reports'] button[type='submit']"));
        assertEquals("Enter a date as mm/dd/yyyy, for example 11/20/2026.", browser.fieldError("from"));
        assertEquals("02/30/2026", browser.fieldValue("from"));
        browser.assertAccessible();
    }

    @Test
    void aRequesterSeesTheOfficesReport() {
        browser.forgetSession().signIn("requester@ero-ny.example", DemoData.PASSWORD);
        browser.followNav("/reports");
        assertTrue(browser.mainText().contains("Requests filed by ERO New York"), browser::describePage);
        assertTrue(browser.mainText().contains("Subpoenas by stage"));
        browser.assertAccessible();
    }

    @Test
    void aSystemAdminSeesThePortalAndThenOneAgency() {
        browser.forgetSession().signIn("sysadmin@liaison.example", DemoData.PASSWORD);
        browser.followNav("/reports");
        assertTrue(browser.mainText().contains("Failed sign-ins and lockouts per day"), browser::describePage);
        browser.assertAccessible();
        new Select(browser.driver().findElement(By.id("agency"))).selectByVisibleText("Denver Sheriff Department");
        browser.clickAndWait(By.cssSelector("form[action='/reports'] button[type='submit']"));
        assertTrue(browser.mainText().contains("Requests served on Denver Sheriff Department"), browser::describePage);
        browser.assertAccessible();
    }
}

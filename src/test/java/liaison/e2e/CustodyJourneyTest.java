package liaison.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import liaison.demo.DemoData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Disclosure accounting and the chain of custody in headless Chromium, on the demo data, with axe-core on every
 * page: Denver's clerk searches the agency's disclosures, and the office sees who downloaded what.
 */
class CustodyJourneyTest extends JourneyTest {
    @Test
    void aClerkSearchesTheDisclosuresAndOpensTheCertifiedAnswer() {
        browser.forgetSession().signIn("clerk@denver-sheriff.example", DemoData.PASSWORD);
        browser.followNav("/disclosures").assertAccessible();
        assertEquals("Disclosures", browser.heading());
        assertTrue(browser.mainText().contains("Evander Quillon"), browser::describePage);

        browser.open("/disclosures?identifier=A000000202&from=2026-13-01&to=2026-10-01").assertAccessible();
        assertEquals("From must be a date as mm/dd/yyyy, like 11/20/2026.", browser.fieldError("from"));
        assertEquals("A000000202", browser.fieldValue("identifier"), "what was typed stays");

        // by name, typed in the form, with a range the wrong way round, then right
        browser.open("/disclosures");
        browser.driver().findElement(org.openqa.selenium.By.id("name")).sendKeys("quillon");
        browser.driver().findElement(org.openqa.selenium.By.id("from")).sendKeys("11/05/2026");
        browser.driver().findElement(org.openqa.selenium.By.id("to")).sendKeys("11/01/2026");
        browser.clickAndWait(org.openqa.selenium.By.cssSelector("form[action='/disclosures'] button[type='submit']"));
        browser.assertAccessible();
        assertEquals("To must be on or after From.", browser.fieldError("to"));
        assertEquals("quillon", browser.fieldValue("name"), "what was typed stays");
        browser.open("/disclosures?name=quillon").assertAccessible();
        assertTrue(browser.mainText().contains("Evander Quillon"), browser::describePage);

        browser.open("/disclosures?identifier=A000000202").assertAccessible();
        assertTrue(browser.mainText().contains("Custody status"), browser::describePage);
        assertTrue(browser.mainText().contains("Priya Castellanos"), "to whom");
        assertTrue(browser.mainText().contains("Administrative subpoena"), "under which process");

        browser.clickAndWait(org.openqa.selenium.By.cssSelector("td a.usa-link[href^='/requests/']"));
        browser.open(browser.path()).assertAccessible();
        String page = browser.mainText();
        assertTrue(page.contains("Certified by Harriet Quill"), page);
        assertTrue(page.contains("Download the certified answer (PDF)"), page);
    }

    @Test
    void theOfficeSeesWhoDownloadedTheProducedRecord() {
        browser.forgetSession().signIn("requester@ero-ny.example", DemoData.PASSWORD);
        browser.open("/requests").assertAccessible();
        browser.clickAndWait(org.openqa.selenium.By.xpath(
                "//tr[.//*[contains(normalize-space(), 'Bastian Cordlewright')]]//a[starts-with(@href, '/requests/')]"));
        browser.open(browser.path()).assertAccessible();
        String page = browser.mainText();
        assertTrue(page.contains("Downloads of this request"), page);
        assertTrue(page.contains("booking-record-DEMO-JCJ-0106.pdf"), page);
        assertTrue(page.contains("Dana Whitlock"), page);
        assertTrue(page.contains("I certify that the records produced are true copies of records kept by Juniper "
                + "County Jail."), page);

        // a SHA-256 shows its first 12 characters; the whole value is in its title and copied by the Copy button
        WebElement hash = browser.driver().findElement(By.cssSelector("#custody code[data-copy]"));
        String full = hash.getAttribute("title");
        assertTrue(full.matches("[0-9a-f]{64}"), full);
        assertEquals(full.substring(0, 12) + "\u2026", hash.getText());
        WebElement copy = hash.findElement(By.xpath("following-sibling::button[1]"));
        assertEquals("Copy", copy.getText());
    }
}

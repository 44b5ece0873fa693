package liaison.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import liaison.agencies.AgencyDao;
import liaison.demo.DemoData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The policy pages in a browser, each checked with axe-core: publishing, profiles, the preview, the answer form. */
class PolicyPagesJourneyTest extends JourneyTest {
    static long nyc;

    @BeforeAll
    static void findNyc() {
        nyc = app.database.jdbi().onDemand(AgencyDao.class).findByName("New York City Department of Correction")
                .orElseThrow().id();
    }

    private static void clickAndWait(By by) {
        browser.clickAndWait(by);
    }

    private static void click(By by) {
        browser.driver().findElement(by).click();
    }

    @Test
    void theAdminsPageWithAndWithoutErrorsAndTheProfilesAreAccessible() {
        browser.forgetSession().signIn("admin@nyc-doc.example", DemoData.PASSWORD);
        browser.followNav("/agency/policy");
        assertEquals("Information-sharing policy", browser.heading());
        browser.assertAccessible();

        browser.driver().findElement(By.id("statement")).clear();
        browser.driver().findElement(By.id("citations")).clear();
        clickAndWait(By.cssSelector("form[action='/agency/policy'] button[type='submit']"));
        assertEquals("Enter the policy statement.", browser.fieldError("statement"));
        assertTrue(browser.fieldError("citations").startsWith("Enter at least one legal citation"));
        browser.assertAccessible();

        browser.open("/agencies/" + nyc);
        assertEquals("New York City Department of Correction", browser.heading());
        browser.assertAccessible();
        browser.open("/agencies/" + nyc + "/policy/1");
        assertTrue(browser.mainText().contains("This version has been replaced"));
        browser.assertAccessible();
    }

    @Test
    void theRequestFormsPreviewIsAccessible() {
        browser.forgetSession().signIn("requester@ero-ny.example", DemoData.PASSWORD);
        // first the directory of local agencies: searched, then a search that cannot be one
        browser.followNav("/agencies");
        assertEquals("Local agencies", browser.heading());
        browser.assertAccessible();
        browser.driver().findElement(By.id("q")).sendKeys("denver");
        clickAndWait(By.cssSelector("form[action='/agencies'] button[type='submit']"));
        assertTrue(browser.mainText().contains("Denver Sheriff Department"), browser::describePage);
        assertTrue(!browser.mainText().contains("City of New York, NY"), browser::describePage);
        browser.assertAccessible();
        browser.open("/agencies?q=" + "x".repeat(201));
        assertTrue(browser.fieldError("q").startsWith("Use at most 200 characters"), browser::describePage);
        browser.assertAccessible();

        browser.open("/requests/new");
        click(By.cssSelector("label[for='type-ADMINISTRATIVE_SUBPOENA']"));
        click(By.cssSelector("label[for='recipient-" + nyc + "']"));
        click(By.cssSelector("label[for='items']"));
        // the policy follows the choices (static/js/policy-preview.js): no button pressed, no page loaded
        String line = "New York City Department of Correction — only with a judicial warrant or court order";
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> previewText().contains(line));
        assertTrue(previewText().contains("Release date and time"), this::previewText);
        assertEquals("polite", browser.driver().findElement(By.id("policy-preview-body")).getAttribute("aria-live"));
        browser.assertAccessible();
        click(By.cssSelector("label[for='item-EMERGENCY_CONTACTS']"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> previewText().contains("Emergency contacts"));
        browser.assertAccessible();
        // the button still asks the server for the same, as it does without script
        clickAndWait(By.cssSelector("button[value='preview']"));
        assertTrue(previewText().contains(line), browser::describePage);
        browser.assertAccessible();
    }

    private String previewText() {
        return browser.driver().findElement(By.id("policy-preview")).getText();
    }

    @Test
    void theClerksAnswerFormWithSuggestionsIsAccessible() {
        long id = app.database.jdbi().withHandle(h -> h.createQuery(
                "SELECT id FROM requests WHERE subject_name = 'Dorian Paskewitz-Oro'").mapTo(Long.class).one());
        browser.forgetSession().signIn("clerk@nyc-doc.example", DemoData.PASSWORD);
        browser.open("/requests/" + id);
        assertTrue(browser.mainText().contains("Shared only with a judicial warrant or court order"),
                browser::describePage);
        browser.assertAccessible();
    }
}

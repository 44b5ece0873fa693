package liaison.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import liaison.demo.DemoData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Search, the subject page and the CSV export in headless Chromium (issue 12), on the demo data, with axe-core on
 * every page: ERO New York's requester types an A-number written another way in the header's box, reaches the
 * person's page, searches again in the advanced search and downloads the results.
 */
class SearchJourneyTest extends JourneyTest {
    static final String NAME = "Tomasz Vrelnik";

    @Test
    void anANumberWrittenAnotherWayLeadsToThePersonAndTheResultsDownloadAsCsv() {
        browser.forgetSession().signIn("requester@ero-ny.example", DemoData.PASSWORD);
        browser.open("/").assertAccessible();
        // the demo's A000000101, with dashes and without its leading zeros' letter
        browser.driver().findElement(By.id("header-search")).sendKeys("a-000-000-101");
        browser.clickAndWait(By.cssSelector("form[role='search'][action='/search'] button[type='submit']"));
        if (browser.path().startsWith("/requests/")) {
            browser.assertAccessible();
            assertTrue(browser.mainText().contains("Download the request as filed (PDF)"), browser::describePage);
            browser.clickAndWait(By.cssSelector("a[href^='/subjects/']"));
        }
        assertTrue(browser.path().startsWith("/subjects/"), browser::describePage);
        browser.assertAccessible();
        assertTrue(browser.heading().contains(NAME), browser::describePage);

        browser.open("/search?identifier=" + "000000101").assertAccessible();
        assertTrue(browser.mainText().contains(NAME), browser::describePage);
        String href = browser.driver().findElement(By.id("search-csv")).getAttribute("href");
        assertTrue(href.contains("/search.csv?identifier=000000101"), href);

        // the download, fetched as the link would be, in the signed-in browser
        @SuppressWarnings("unchecked")
        List<Object> got = (List<Object>) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.text().then(t => done([r.status, r.headers.get('content-type'),
                    r.headers.get('content-disposition'), t]))).catch(e => done([0, String(e), '', '']));
                """, href);
        assertEquals(200L, ((Number) got.get(0)).longValue(), String.valueOf(got));
        assertEquals("text/csv;charset=utf-8", String.valueOf(got.get(1)).replace(" ", "").toLowerCase());
        assertTrue(String.valueOf(got.get(2)).startsWith("attachment; filename=\"search-results-"));
        String csv = String.valueOf(got.get(3));
        assertTrue(csv.startsWith("Tracking number,Type,State") || csv.startsWith("\uFEFFTracking number,Type,State"),
                csv);
        assertTrue(csv.contains(NAME) && csv.contains("A000000101"), csv);
        assertEquals(2, csv.split("\r\n").length, "the header and the one request: " + csv);

        // a search with a mistake is the page with its message, for the export too
        browser.open("/search.csv?filedFrom=02/30/2026").assertAccessible();
        assertEquals("Filed from must be a date as mm/dd/yyyy, like 11/20/2026.", browser.fieldError("filedFrom"));
    }
}

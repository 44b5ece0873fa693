package liaison.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The story of DESIGN.md §2 in a browser, every page checked with axe-core: ERO New York serves four subpoenas on the
 * NYC Department of Correction; the clerk declines one citing § 9-131 and lets the others pass their return date;
 * the approving officer refers two for enforcement and records the court order on the refused one, narrowed to two
 * items; the clerk answers with the release date; the office reads the answer and downloads it certified. Time
 * passes by moving the test app's clock, never by sleeping.
 */
class EnforcementJourneyTest extends JourneyTest {
    static final String REQUESTER = "requester@ero-ny.example";
    static final String APPROVER = "approver@ero-ny.example";
    static final String CLERK = "clerk@nyc-doc.example";
    static final List<String> SUBJECTS = List.of("Journey Vrelnik-Test", "Journey Krediq-Test",
            "Journey Paskewitz-Test", "Journey Merrowby-Test");
    static final List<String> ITEMS = List.of("RELEASE_DATE_TIME", "CUSTODY_STATUS", "HOME_WORK_ADDRESS",
            "CRIMINAL_HISTORY");
    static final String BASIS = "NYC Admin. Code § 9-131: release dates only with a judicial warrant or court order";

    static RequestSteps steps;
    static WebDriver driver;
    static Path orderPdf;

    @BeforeAll
    static void prepareStepsAndCourtOrder() throws IOException {
        steps = new RequestSteps(browser);
        driver = browser.driver();
        orderPdf = Files.createTempFile("court-order-", ".pdf");
        Files.write(orderPdf, ("%PDF-1.4\n% ORDER COMPELLING PRODUCTION - FICTIONAL TEST DOCUMENT\n"
                + "% Case 1:26-mc-00417 (invented)\n%%EOF\n").getBytes(StandardCharsets.US_ASCII));
    }

    @AfterAll
    static void deleteCourtOrder() throws IOException {
        if (orderPdf != null) {
            Files.deleteIfExists(orderPdf);
        }
    }

    @Test
    void fourSubpoenasRefusedOverdueReferredCourtOrderedAndAnswered() throws Exception {
        // the office files four subpoenas at once, one per person; the approving officer signs and serves them
        steps.signInAs(REQUESTER).open("/requests/new").choose("type", "ADMINISTRATIVE_SUBPOENA")
                .choose("recipients", "New York City Department of Correction");
        for (int n = 1; n <= 4; n++) {
            if (n > 1) {
                steps.press("Add another subject");
            }
            steps.type("s" + n + "-fullName", SUBJECTS.get(n - 1)).type("s" + n + "-aNumber", "A0000009" + (10 + n));
        }
        ITEMS.forEach(item -> steps.choose("items", item));
        steps.type("narrative", "FICTIONAL TEST DATA. The subjects are sought on removal orders; the Department "
                + "refuses release dates to this office without a judicial warrant.")
                .choose("priority", "ROUTINE").type("returnDate", "2026-11-20").press("Submit request");
        assertTrue(browser.noticeText().contains("4"), browser::describePage);

        steps.signInAs(APPROVER);
        // the first is signed only once the statement is affirmed: refused without the box ticked
        steps.open("/requests").openRowAbout(SUBJECTS.get(0)).follow("Review and sign").press("Approve and serve");
        assertTrue(browser.mainText().contains("Tick the box to affirm the statement"), browser::describePage);
        steps.choose("affirm", "yes").press("Approve and serve");
        assertTrue(browser.noticeText().contains("approved and served"), browser::describePage);
        for (String subject : SUBJECTS.subList(1, SUBJECTS.size())) {
            steps.open("/requests").openRowAbout(subject).approve();
        }

        // the clerk declines the first, citing § 9-131, and lets the others lie
        steps.signInAs(CLERK).open("/queue").openRowAbout(SUBJECTS.get(0));
        ITEMS.forEach(item -> steps.choose("disposition-" + item, "WITHHELD").type("basis-" + item, BASIS));
        steps.press("Send answer");
        assertEquals("Declined", steps.fact("Outcome"));

        // the return date, 2026-11-20 at 17:00 in New York, passes (sessions expire meanwhile: sign in again)
        app.clock.set(Instant.parse("2026-11-23T15:00:00Z"));
        steps.signInAs(APPROVER).open("/requests");
        for (String subject : SUBJECTS.subList(1, 4)) {
            assertTrue(tagged(row(subject), "Overdue"), () -> subject + ": " + row(subject));
        }
        // the whole lists the home shows the first of (issue 14): axe-core checks them, full and empty
        steps.open("/requests/referable");
        for (String subject : SUBJECTS) {
            assertTrue(browser.mainText().contains(subject), () -> subject + " is referable: " + browser.mainText());
        }
        steps.open("/requests/waiting").open("/requests");
        steps.openRowAbout(SUBJECTS.get(2));
        assertTrue(tagged(browser.heading(), "Overdue"), browser::heading);
        steps.type("referNote", "Referred to the U.S. Attorney's Office for the Southern District of New York.")
                .press("Refer for enforcement");
        assertTrue(steps.section("enforcement").contains("Referred by"), browser::describePage);

        steps.open("/requests").openRowAbout(SUBJECTS.get(0))
                .type("referNote", "Refused under § 9-131. Referred to the U.S. Attorney's Office.")
                .press("Refer for enforcement");
        assertEquals("Referred for enforcement", steps.fact("State"));

        // a week on, the court orders two of the four items produced; sent first without the order itself
        app.clock.advance(Duration.ofDays(7));
        steps.signInAs(APPROVER).open("/requests").openRowAbout(SUBJECTS.get(0))
                .type("court", "U.S. District Court for the Southern District of New York")
                .type("caseNumber", "1:26-mc-00417").type("orderDate", "2026-11-27")
                .type("orderReturnDate", "2026-12-11");
        untick("ordered-CUSTODY_STATUS");
        untick("ordered-CRIMINAL_HISTORY");
        steps.press("Record the court order");
        assertEquals("Attach the court order as a PDF.", browser.fieldError("orderDocument"));
        assertEquals("1:26-mc-00417", browser.fieldValue("caseNumber"), "what was typed is kept");
        assertFalse(driver.findElement(By.id("ordered-CUSTODY_STATUS")).isSelected(), "unticked stays unticked");
        driver.findElement(By.id("orderDocument")).sendKeys(orderPdf.toString());
        steps.press("Record the court order");
        assertTrue(tagged(browser.heading(), "Court order"), browser::heading);
        String order = steps.section("enforcement");
        assertTrue(order.contains("Court order in case 1:26-mc-00417"), order);
        assertTrue(order.contains("Requested, but left out by the court\nCustody status\nCriminal history"), order);
        assertTrue(steps.section("timeline").contains("Court order recorded"));
        assertTrue(steps.section("timeline").contains("Earlier answer set aside"));
        assertTrue(steps.section("clock").contains("Court order 1:26-mc-00417"), "the clock restarted, with why");

        // back in the agency's queue, marked; the clerk answers what the court ordered, and only that
        steps.signInAs(CLERK).open("/queue");
        assertTrue(tagged(row(SUBJECTS.get(0)), "Court order"), () -> row(SUBJECTS.get(0)));
        steps.openRowAbout(SUBJECTS.get(0));
        assertTrue(steps.section("enforcement").contains("Court order in case 1:26-mc-00417"));
        assertTrue(driver.findElements(By.name("disposition-CUSTODY_STATUS")).isEmpty(), "left out by the court");
        steps.choose("disposition-RELEASE_DATE_TIME", "PROVIDED")
                .type("value-RELEASE_DATE_TIME", "Released 2026-08-14 at 10:00 from the Kestrel Bay Correctional "
                        + "Center.")
                .choose("disposition-HOME_WORK_ADDRESS", "PROVIDED")
                .type("value-HOME_WORK_ADDRESS", "12 Invented Street, Brooklyn, NY (fictional)")
                .type("releaseDate", "2026-08-14").type("releaseTime", "10:00").choose("certify", "yes")
                .press("Send answer");
        assertEquals("Fulfilled", steps.fact("Outcome"));

        // the office reads the answer and downloads it certified
        steps.signInAs(REQUESTER).open("/requests").openRowAbout(SUBJECTS.get(0));
        assertEquals(List.of("Provided", "Released 2026-08-14 at 10:00 from the Kestrel Bay Correctional Center.", "—"),
                steps.item("Release date and time"));
        assertTrue(steps.section("answer").contains("Aug 14, 2026, 10:00 AM EDT"), "the structured release date");
        String pdf = certifiedAnswer();
        assertTrue(pdf.contains("Kestrel Bay"), pdf);
        assertTrue(pdf.contains("12 Invented Street"), pdf);
    }

    /** The certified answer the page links to, fetched in the browser's session and read back as text. */
    private static String certifiedAnswer() throws Exception {
        String href = driver.findElement(By.cssSelector("a[href$='/answer.pdf']")).getAttribute("href");
        String cookie = driver.manage().getCookieNamed("LIAISON_SESSION").getValue();
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "LIAISON_SESSION=" + cookie).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        assertEquals("application/pdf", r.headers().firstValue("Content-Type").orElse(""));
        try (PDDocument doc = Loader.loadPDF(r.body())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    /** USWDS draws tags in capitals: what the page reads is compared regardless of case. */
    private static boolean tagged(String text, String tag) {
        return text.toLowerCase(Locale.ROOT).contains(tag.toLowerCase(Locale.ROOT));
    }

    private static String row(String subject) {
        return driver.findElement(By.xpath("//main//tr[td[normalize-space()='" + subject + "']]")).getText();
    }

    /** Unticks a checkbox by its label, as a person does (USWDS draws the label; the input is hidden). */
    private static void untick(String name) {
        WebElement input = driver.findElement(By.name(name));
        if (input.isSelected()) {
            WebElement label = driver.findElement(By.cssSelector("label[for='" + input.getAttribute("id") + "']"));
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})", label);
            label.click();
        }
        assertFalse(input.isSelected(), name);
    }
}

package liaison.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import liaison.requests.Request;
import liaison.requests.RequestType;
import liaison.requests.RequestedItem;
import liaison.requests.StructuredAnswer;
import liaison.support.AnsweredRequests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The public "Verify a document" page in headless Chromium with axe-core, by someone without an account: from the
 * sign-in page's footer, a code typed wrong then right, and the PDF itself uploaded.
 */
class VerifyJourneyTest extends JourneyTest {
    @TempDir
    Path folder;

    @Test
    void someoneWithoutAnAccountChecksACertifiedAnswer() throws Exception {
        AnsweredRequests requests = new AnsweredRequests(app);
        Request r = requests.file(AnsweredRequests.NY_REQUESTER, AnsweredRequests.NYC_DOC,
                RequestType.ADMINISTRATIVE_SUBPOENA, AnsweredRequests.subject("Ilsa Marrowfield", "A000000988", null),
                EnumSet.of(RequestedItem.CUSTODY_STATUS));
        requests.answer(AnsweredRequests.NYC_CLERK, r.id(), Map.of(RequestedItem.CUSTODY_STATUS, "Released"),
                StructuredAnswer.NONE);
        var pdf = app.modules().answers().certified()
                .download(requests.account(AnsweredRequests.NY_REQUESTER), r.id(), null).orElseThrow();

        browser.forgetSession().open("/login");
        browser.clickAndWait(By.linkText("Verify a document"));
        assertEquals("Verify a document", browser.heading());
        browser.assertAccessible();

        browser.driver().findElement(By.id("code")).sendKeys("not a code");
        browser.clickAndWait(By.xpath("//button[normalize-space()='Check the code']"));
        assertTrue(browser.fieldError("code").contains("twelve letters and digits"), browser::describePage);
        browser.assertAccessible();

        browser.driver().findElement(By.id("code")).clear();
        browser.driver().findElement(By.id("code")).sendKeys(pdf.code());
        browser.clickAndWait(By.xpath("//button[normalize-space()='Check the code']"));
        assertTrue(browser.mainText().contains("This document matches a certified answer issued by this portal"),
                browser::describePage);
        browser.assertAccessible();

        Path file = folder.resolve("certified-answer.pdf");
        Files.write(file, pdf.content());
        browser.driver().findElement(By.id("file")).sendKeys(file.toString());
        browser.clickAndWait(By.xpath("//button[normalize-space()='Check the PDF']"));
        assertTrue(browser.mainText().contains(AnsweredRequests.NYC_DOC), browser::describePage);
        browser.assertAccessible();
    }
}

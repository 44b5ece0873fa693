package liaison.e2e;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import liaison.demo.DemoData;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The request pages' words for a {@link Browser}: fill the filing form, find a request in a list, use the detail
 * page's forms, read what the page says. Every step that loads a page checks it with axe-core, so a journey
 * written with these steps has no page it did not check.
 */
final class RequestSteps {
    private final Browser browser;
    private final WebDriver driver;
    private final WebDriverWait wait;

    RequestSteps(Browser browser) {
        this.browser = browser;
        this.driver = browser.driver();
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    Browser browser() {
        return browser;
    }

    // ---- going places: each checks the page it lands on

    /** Signs out whoever is signed in and signs in as this demo (or test) account, checking both pages. */
    RequestSteps signInAs(String email) {
        browser.forgetSession().assertAccessible();
        browser.signIn(email, DemoData.PASSWORD).assertAccessible();
        return this;
    }

    RequestSteps open(String path) {
        browser.open(path).assertAccessible();
        return this;
    }

    RequestSteps nav(String href) {
        browser.followNav(href).assertAccessible();
        return this;
    }

    /** Follows the link of the main content with exactly this text. */
    RequestSteps follow(String linkText) {
        clickAndWait(one(By.xpath("//main//a[normalize-space()='" + linkText + "']"), "link " + linkText));
        return this;
    }

    /**
     * Opens the first row of the page's tables that names this subject, by the link in its row header: a request
     * in the office's list or the queue (its tracking number), a draft in the drafts list.
     */
    RequestSteps openRowAbout(String subject) {
        List<WebElement> links = driver.findElements(By.xpath("//main//tr[td[normalize-space()='" + subject
                + "' or contains(concat(', ', normalize-space(), ','), ', " + subject + ",')]]/th//a"));
        if (links.isEmpty()) {
            throw new AssertionError("no row about " + subject + " on " + browser.describePage());
        }
        clickAndWait(links.get(0));
        return this;
    }

    /** Presses the one submit button of the main content with this text, waits for the answer and checks it. */
    RequestSteps press(String buttonText) {
        clickAndWait(one(By.xpath("//main//button[@type='submit' and normalize-space()='" + buttonText + "']"),
                "button " + buttonText));
        return this;
    }

    /**
     * Signs the subpoena open on the page as its approving officer: opens the signature page (axe checks it), ticks
     * the affirmation and approves.
     */
    RequestSteps approve() {
        return follow("Review and sign").choose("affirm", "yes").press("Approve and serve");
    }

    // ---- filling forms

    /**
     * Types into a field, replacing what it holds. A date input takes the date as a person types it in an
     * en-US browser (month, day, year); the field then holds the ISO date.
     */
    RequestSteps type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        if ("date".equals(field.getAttribute("type"))) {
            LocalDate day = LocalDate.parse(text);
            field.sendKeys(String.format("%02d%02d%04d", day.getMonthValue(), day.getDayOfMonth(), day.getYear()));
        } else {
            field.sendKeys(text);
        }
        String now = browser.fieldValue(id);
        if (!text.equals(now)) {
            throw new AssertionError("field " + id + " holds \"" + now + "\" after typing \"" + text + "\"");
        }
        return this;
    }

    RequestSteps select(String id, String visibleText) {
        new Select(driver.findElement(By.id(id))).selectByVisibleText(visibleText);
        return this;
    }

    /**
     * Ticks the radio button or checkbox named {@code name} whose value, or whose label's first line, is
     * {@code choice}, by clicking its label as a person does (USWDS draws the label; the input is hidden).
     */
    RequestSteps choose(String name, String choice) {
        for (WebElement input : driver.findElements(By.name(name))) {
            WebElement label = driver.findElement(By.cssSelector("label[for='" + input.getAttribute("id") + "']"));
            String firstLine = label.getText().strip().split("\n")[0].strip();
            if (choice.equals(input.getAttribute("value")) || choice.equals(firstLine)) {
                if (!input.isSelected()) {
                    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})", label);
                    label.click();
                }
                if (!input.isSelected()) {
                    throw new AssertionError(name + " " + choice + " did not get ticked");
                }
                return this;
            }
        }
        throw new AssertionError("no " + name + " choice " + choice + " on " + browser.path());
    }

    /** Fills subject fieldset n of the filing form. */
    RequestSteps subject(int n, String name, String sex, String citizenship, String dateOfBirth, String aNumber) {
        String p = "s" + n + "-";
        return type(p + "fullName", name).select(p + "sex", sex).type(p + "citizenship", citizenship)
                .type(p + "dateOfBirth", dateOfBirth).type(p + "aNumber", aNumber);
    }

    // ---- reading the page

    /** The request id of a detail page's address. */
    long requestId() {
        String[] parts = browser.path().split("/");
        return Long.parseLong(parts[parts.length - 1]);
    }

    /** The value the page's first description list gives this term, e.g. "State", "Outcome", "Release type". */
    String fact(String term) {
        return one(By.xpath("(//main//dt[normalize-space()='" + term + "'])[1]/following-sibling::dd[1]"),
                "fact " + term).getText().strip();
    }

    /** The cells of the requested-items table's row for this item: answer, value, basis. */
    List<String> item(String label) {
        return driver.findElements(By.xpath("//section[@aria-labelledby='items-heading']//tr[th[normalize-space()='"
                + label + "']]/td")).stream().map(WebElement::getText).map(String::strip).toList();
    }

    /** The text of a section of the detail page: "timeline", "thread", "answer", "clock", "items", "unsent". */
    String section(String name) {
        return driver.findElements(By.cssSelector("section[aria-labelledby='" + name + "-heading']")).stream()
                .map(WebElement::getText).collect(Collectors.joining("\n"));
    }

    /** The headings (h3) of the forms the detail page offers this viewer. */
    List<String> forms() {
        return driver.findElements(By.cssSelector("section[aria-labelledby='actions-heading'] h3")).stream()
                .map(WebElement::getText).map(String::strip).toList();
    }

    // ---- helpers

    private WebElement one(By by, String what) {
        List<WebElement> found = driver.findElements(by).stream().filter(WebElement::isDisplayed).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one " + what + ", found " + found.size() + " on "
                    + browser.describePage());
        }
        return found.get(0);
    }

    /** Clicks something that loads a page, waits until it has replaced the old one and checks the new page. */
    private void clickAndWait(WebElement element) {
        browser.clickAndWait(element);
        browser.assertAccessible();
    }
}

package liaison.e2e;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import liaison.support.DemoMfa;
import liaison.support.TestApp;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person at a browser: Debian's headless Chromium driven through the portal's real pages, with an axe-core
 * accessibility check of whatever page is showing, and a check that it does not scroll sideways on a wide screen or
 * a phone ({@link PageWidth}). Start one per test class: Chromium takes a second to start.
 *
 * <p>Set {@code -Dliaison.e2e.screenshots=DIR} to keep a screenshot of every page {@link #assertAccessible()} checks;
 * a page that fails the check is always saved under {@code target/e2e-screenshots/}.
 */
public final class Browser implements AutoCloseable {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final AtomicInteger SHOTS = new AtomicInteger();
    private static final Pattern CSRF_VALUE = Pattern.compile("(?<=name=\"pac4jCsrfToken\" value=\")[^\"]*");

    private final TestApp app;
    private final Path profile;
    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final AxeBuilder axe = axe();
    /** DOMs of the pages axe found clean so far. */
    private final Set<String> clean = new HashSet<>();

    private Browser(TestApp app) {
        this.app = app;
        try {
            this.profile = Files.createTempDirectory("liaison-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        // with both paths given, Selenium Manager never goes looking for (or downloading) a browser
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1000", "--lang=en-US", "--user-data-dir=" + profile);
        this.service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        this.wait = new WebDriverWait(driver, WAIT);
    }

    /** A fresh browser, with no cookies, pointed at this running portal. */
    public static Browser start(TestApp app) {
        return new Browser(app);
    }

    // ---- going places ----

    /** Opens a path of the portal, e.g. {@code /login}, and waits until the page has loaded. */
    public Browser open(String path) {
        driver.get(app.url(path));
        waitForLoad();
        return this;
    }

    /**
     * Forgets the session and shows a fresh sign-in page, as someone who never signed in sees it. (Reloading
     * matters: a form left showing from the old session carries that session's CSRF token, and submitting it is
     * rightly refused.)
     */
    public Browser forgetSession() {
        if (!driver.getCurrentUrl().startsWith("http")) {
            open("/login");
        }
        driver.manage().deleteAllCookies();
        return open("/login");
    }

    /**
     * Types into the sign-in form (opening {@code /login} unless the form is showing) and submits it; then does
     * the second step as the person's authenticator app would: the code of the account's key, or, for an account
     * without one, enrollment with the key the page shows (and on past the recovery codes).
     */
    public Browser signIn(String email, String password) {
        signInWithPassword(email, password);
        if (path().equals("/login/code")) {
            DemoMfa.forgetLastCode(app, email);
            enterCode(DemoMfa.codeOf(app, email));
        } else if (path().equals("/login/enroll")) {
            // an account a test made has no authenticator yet: set one up with the key the page shows
            String key = driver.findElement(By.id("totp-key")).getText().replace(" ", "");
            enterCode(DemoMfa.code(key, app.clock.instant()));
            clickAndWait(driver.findElement(By.cssSelector("a.usa-button[href^='/']")));
        }
        return this;
    }

    /** The first sign-in step only: types into the sign-in form (opening it if need be) and submits it. */
    public Browser signInWithPassword(String email, String password) {
        if (driver.findElements(By.id("username")).isEmpty()) {
            open("/login");
        }
        type(By.id("username"), email);
        type(By.id("password"), password);
        clickAndWait(driver.findElement(By.xpath("//form//button[@type='submit' and normalize-space()='Sign in']")));
        return this;
    }

    /** Types a code into the second sign-in step's form (code page or enrollment page) and submits it. */
    public Browser enterCode(String code) {
        type(By.id("code"), code);
        clickAndWait(driver.findElement(By.xpath("//form[starts-with(@action, '/login/')]//button[@type='submit']")));
        return this;
    }

    /** Presses the header's "Sign out" button. */
    public Browser signOut() {
        clickAndWait(driver.findElement(By.cssSelector("header form[action='/logout'] button[type='submit']")));
        return this;
    }

    /** Follows the link of the primary navigation with this address. */
    public Browser followNav(String href) {
        WebElement link = navLinkElements().stream().filter(a -> path(a.getAttribute("href")).equals(href)).findFirst()
                .orElseThrow(() -> new AssertionError("no link to " + href + " in the navigation: " + navLinks()));
        clickAndWait(link);
        return this;
    }

    // ---- reading the page ----

    /** The address bar's path, without the query. */
    public String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    /** The address bar's query, or null. */
    public String query() {
        return URI.create(driver.getCurrentUrl()).getQuery();
    }

    public String title() {
        return driver.getTitle();
    }

    /** The text of the page's one h1. */
    public String heading() {
        List<WebElement> h1 = driver.findElements(By.tagName("h1"));
        if (h1.size() != 1) {
            throw new AssertionError("expected one h1 on " + path() + ", found " + h1.size());
        }
        return h1.get(0).getText().trim();
    }

    /** The visible text of the whole page. */
    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** The visible text of the main content only (no banner, header or footer). */
    public String mainText() {
        return driver.findElement(By.id("main-content")).getText();
    }

    /** The signed-in person's name and agency as the header shows them; empty when nobody is signed in. */
    public String headerUser() {
        return driver.findElements(By.cssSelector("header .liaison-user")).stream().map(WebElement::getText)
                .collect(Collectors.joining("\n"));
    }

    /** The text of the page's error alerts (role=alert), joined. Empty when there is none. */
    public String alertText() {
        return joinedText(By.cssSelector("[role='alert']"));
    }

    /** The text of the page's status notices (role=status), joined. Empty when there is none. */
    public String noticeText() {
        return joinedText(By.cssSelector("[role='status']"));
    }

    /** The error message shown next to a form field: the USWDS {@code .usa-error-message} of the field's group. */
    public String fieldError(String fieldId) {
        WebElement field = driver.findElement(By.id(fieldId));
        String describedBy = field.getAttribute("aria-describedby");
        if (describedBy != null) {
            for (String id : describedBy.trim().split("\\s+")) {
                List<WebElement> found = driver.findElements(By.id(id));
                if (!found.isEmpty() && found.get(0).getAttribute("class").contains("usa-error-message")) {
                    return found.get(0).getText().trim();
                }
            }
        }
        return "";
    }

    /** What a form field holds now. */
    public String fieldValue(String fieldId) {
        return driver.findElement(By.id(fieldId)).getDomProperty("value");
    }

    /** The addresses (paths) of the primary navigation's links, in order. */
    public List<String> navLinks() {
        return navLinkElements().stream().map(a -> path(a.getAttribute("href"))).toList();
    }

    /** The address of the navigation link marked as the current page, or null. */
    public String currentNavLink() {
        return navLinkElements().stream().filter(a -> "page".equals(a.getAttribute("aria-current")))
                .map(a -> path(a.getAttribute("href"))).findFirst().orElse(null);
    }

    /** Whether the page is drawn in the portal's layout: government banner, header with the logo, main, footer. */
    public boolean hasLayout() {
        return !driver.findElements(By.cssSelector("body > section.usa-banner")).isEmpty()
                && !driver.findElements(By.cssSelector("body > header.usa-header .usa-logo")).isEmpty()
                && !driver.findElements(By.cssSelector("body > main#main-content")).isEmpty()
                && !driver.findElements(By.cssSelector("body > footer.usa-footer")).isEmpty();
    }

    public boolean isShowing(By by) {
        return driver.findElements(by).stream().anyMatch(WebElement::isDisplayed);
    }

    /** Where the browser is and what it shows, for assertion messages. */
    public String describePage() {
        String body = driver.findElements(By.tagName("body")).stream().map(WebElement::getText).findFirst().orElse("");
        return driver.getCurrentUrl() + " \"" + driver.getTitle() + "\":\n" + body;
    }

    /** For the odd check the DSL has no word for. */
    public WebDriver driver() {
        return driver;
    }

    // ---- checking ----

    /**
     * Runs axe-core on the page showing and fails listing every violation with the nodes it found it on; then fails
     * if the page scrolls sideways at 1280x800 or 390x844 ({@link PageWidth}). A page
     * whose DOM is exactly that of a page already found clean (CSRF token aside) is not analysed again: axe would
     * give the same answer, and the sign-in page alone is seen once per account.
     */
    public Browser assertAccessible() {
        String dom = CSRF_VALUE.matcher(driver.getPageSource()).replaceAll("");
        if (clean.contains(dom)) {
            return this;
        }
        Results results = axe.analyze(driver);
        String shots = System.getProperty("liaison.e2e.screenshots");
        if (shots != null && !shots.isBlank()) {
            screenshot(Path.of(shots));
        }
        if (results.isErrored()) {
            throw new AssertionError("axe-core could not check " + path() + ": " + results.getErrorMessage());
        }
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            Path shot = screenshot(Path.of("target", "e2e-screenshots"));
            throw new AssertionError(violations.size() + " accessibility violation(s) on " + driver.getCurrentUrl()
                    + " (screenshot " + shot + "):\n" + violations.stream().map(Browser::describe)
                            .collect(Collectors.joining("\n")));
        }
        PageWidth.assertNoSideScroll(driver, driver.getCurrentUrl());
        clean.add(dom);
        return this;
    }

    /** Saves what the window shows as a PNG in this folder and returns its path. */
    public Path screenshot(Path folder) {
        String name = String.format("%03d%s.png", SHOTS.incrementAndGet(), path().replaceAll("[^A-Za-z0-9]+", "-"));
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(name);
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteQuietly(profile);
        }
    }

    // ---- helpers ----

    /**
     * axe-core run straight in the page ("legacy" mode): the default mode opens a blank window for every check to
     * merge per-frame results, which triples its cost, and the portal's pages have no frames. Only violations are
     * asked for, so passing nodes are not serialised back.
     */
    private static AxeBuilder axe() {
        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        return new AxeBuilder().withOptions(options).setLegacyMode(true);
    }

    private static String describe(Rule rule) {
        String nodes = rule.getNodes().stream().map(Browser::describe).collect(Collectors.joining("\n"));
        return "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " " + rule.getHelpUrl()
                + "\n" + nodes;
    }

    private static String describe(CheckedNode node) {
        String summary = node.getFailureSummary() == null ? "" : node.getFailureSummary().replace("\n", " ");
        return "    at " + node.getTarget() + "  " + node.getHtml() + "\n      " + summary;
    }

    private List<WebElement> navLinkElements() {
        return driver.findElements(By.cssSelector("nav.usa-nav .usa-nav__primary a.usa-nav-link"));
    }

    private String joinedText(By by) {
        return driver.findElements(by).stream().map(WebElement::getText).map(String::trim)
                .filter(t -> !t.isEmpty()).collect(Collectors.joining("\n"));
    }

    private void type(By by, String text) {
        WebElement field = driver.findElement(by);
        field.clear();
        field.sendKeys(text);
    }

    /** Clicks something that loads a new page and waits until the new page has replaced the old one. */
    void clickAndWait(WebElement element) {
        WebElement oldPage = driver.findElement(By.tagName("html"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})", element);
        try {
            element.click();
        } catch (org.openqa.selenium.ElementNotInteractableException e) {
            // on a loaded machine the window may still be settling back to its width after a narrow-screen check
            // (PageWidth), the navigation still folded: once the element shows, click it
            wait.until(d -> element.isDisplayed() && element.isEnabled());
            element.click();
        } catch (org.openqa.selenium.WebDriverException e) {
            // chromedriver sometimes inspects the clicked node after the new page replaced it; the click happened
            if (!replaced(e)) {
                throw e;
            }
        }
        wait.until(d -> isGone(oldPage));
        waitForLoad();
    }

    /** Clicks what {@code by} finds, when it loads a new page. */
    void clickAndWait(By by) {
        clickAndWait(driver.findElement(by));
    }

    /**
     * Whether the element's page has been replaced. Chromedriver says so either as a stale element or, when the
     * question races the navigation, as a node that "does not belong to the document".
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (replaced(e)) {
                return true;
            }
            throw e;
        }
    }

    private static boolean replaced(org.openqa.selenium.WebDriverException e) {
        return e.getMessage() != null && e.getMessage().contains("does not belong to the document");
    }

    private void waitForLoad() {
        Function<WebDriver, Boolean> loaded = d -> "complete".equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState"));
        wait.until(loaded::apply);
    }

    private static String path(String url) {
        return url == null ? "" : URI.create(url).getPath();
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temp folder is harmless
        }
    }
}

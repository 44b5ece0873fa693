package liaison.e2e;

import liaison.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * What every browser journey shares: one portal ({@link TestApp}, on a fresh demo database) and one headless
 * Chromium pointed at it, started before the first test of the class and closed after the last. A class that needs
 * more (a second account, a file to upload, helpers of its own) adds its own {@code @BeforeAll}, which JUnit runs
 * after this one, with {@link #app} and {@link #browser} ready; its own {@code @AfterAll} runs before these are
 * closed. The fields are static and shared by the subclasses, which is safe because the test classes run one after
 * another in one JVM, and each class starts and closes its own pair.
 */
abstract class JourneyTest {
    static TestApp app;
    static Browser browser;

    @BeforeAll
    static void startAppAndBrowser() {
        app = null;
        browser = null;
        app = TestApp.start();
        browser = Browser.start(app);
    }

    @AfterAll
    static void closeBrowserAndApp() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (app != null) {
                app.close();
            }
            browser = null;
            app = null;
        }
    }
}

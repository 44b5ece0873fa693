package liaison.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liaison.demo.DemoData;
import liaison.support.HttpSession;
import liaison.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad input on the change-password form: the reason next to the field, never a 500, never a password echoed. */
class ChangePasswordHttpTest {
    private static final String EMAIL = "clerk@nyc-doc.example";
    static TestApp app;
    static HttpSession clerk;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        clerk = app.session().signInAs(EMAIL);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @BeforeEach
    void noLockoutBetweenTests() {
        long id = app.database.jdbi().withHandle(h -> h.select("SELECT id FROM accounts WHERE email = ?", EMAIL)
                .mapTo(Long.class).one());
        app.app.accountSecurity().unlock(id);
    }

    private static String refused(String current, String password, String confirm, String field) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("current", current);
        form.put("password", password);
        form.put("confirm", confirm);
        HttpResponse<String> r = clerk.post("/account/password", form);
        assertEquals(200, r.statusCode(), () -> "answered " + r.statusCode());
        String body = r.body();
        assertFalse(body.contains("Exception"), "no stack trace");
        assertTrue(body.contains("The password was not changed"), "the summary is shown");
        Matcher error = Pattern.compile("id=\"" + field + "-error\">([^<]+)<").matcher(body);
        assertTrue(error.find(), () -> "an error next to " + field);
        for (String typed : new String[] {current, password, confirm}) {
            if (typed.length() > 3) {
                assertFalse(body.contains("value=\"" + typed), "a password is never sent back");
            }
        }
        assertTrue(body.contains("aria-describedby=\"" + field + "-error\"") || body.contains(field + "-error\""));
        return error.group(1);
    }

    @Test
    void everythingEmpty() {
        assertEquals("Enter your current password.", refused("", "", "", "current"));
        assertEquals("Enter a password.", refused("", "", "", "password"));
    }

    @Test
    void tooShort() {
        assertTrue(refused(DemoData.PASSWORD, "short pass", "short pass", "password").contains("at least 12"));
    }

    @Test
    void oneCharacterTooLong() {
        String long129 = "qv7plumoxtrn".repeat(10) + "abcdefghi";
        assertEquals(129, long129.length());
        assertTrue(refused(DemoData.PASSWORD, long129, long129, "password").contains("at most 128"));
    }

    @Test
    void onTheBlocklist() {
        assertTrue(refused(DemoData.PASSWORD, "Password1234", "Password1234", "password").contains("common"));
    }

    @Test
    void containsTheEmailName() {
        assertTrue(refused(DemoData.PASSWORD, "the clerk of the court", "the clerk of the court", "password")
                .contains("e-mail"));
    }

    @Test
    void theTwoNewPasswordsDiffer() {
        assertTrue(refused(DemoData.PASSWORD, "velvet lantern quarry", "velvet lantern quary", "confirm")
                .contains("not the same"));
    }

    @Test
    void theSameAsTheCurrentOne() {
        assertTrue(refused(DemoData.PASSWORD, DemoData.PASSWORD, DemoData.PASSWORD, "password").contains("same as"));
    }

    @Test
    void wrongCurrentPasswordIsRefusedAndCounted() {
        assertEquals("The current password is not correct.",
                refused("not-my-password", "velvet lantern quarry", "velvet lantern quarry", "current"));
        int failures = app.database.jdbi().withHandle(h -> h.select(
                "SELECT failed_attempts FROM accounts WHERE email = ?", EMAIL).mapTo(Integer.class).one());
        assertEquals(1, failures);
    }

    @Test
    void hugeAndMissingFieldsAreNeverA500() {
        String huge = "p".repeat(200_000);
        assertEquals("The current password is not correct.", refused(huge, huge, huge, "current"));
        HttpResponse<String> nothing = clerk.post("/account/password", Map.of());
        assertEquals(200, nothing.statusCode());
        assertTrue(nothing.body().contains("id=\"current-error\""));
    }

    @Test
    void fiveWrongCurrentPasswordsLockTheAccountAndEndTheSession() {
        HttpSession s = app.session().signInAs(EMAIL);
        HttpResponse<String> last = null;
        for (int i = 0; i < 5; i++) {
            last = s.post("/account/password", Map.of("current", "guess-" + i, "password", "velvet lantern quarry",
                    "confirm", "velvet lantern quarry"));
        }
        assertEquals(303, last.statusCode());
        assertEquals("/login?error=locked", last.headers().firstValue("Location").orElse(""));
        assertEquals(302, s.get("/queue").statusCode());
    }

    @Test
    void theFormHasNoPasswordInItAndIsInTheLayout() {
        HttpResponse<String> page = clerk.get("/account/password");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("autocomplete=\"new-password\""));
        assertTrue(page.body().contains("autocomplete=\"current-password\""));
        assertTrue(clerk.get("/profile").body().contains("href=\"/account/password\""), "linked from the profile");
    }
}

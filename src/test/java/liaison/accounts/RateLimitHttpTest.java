package liaison.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import liaison.demo.DemoData;
import liaison.support.HttpSession;
import liaison.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** 20 sign-in attempts a minute per client address, then the 429 page; old attempts are pruned. */
class RateLimitHttpTest {
    static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.withSignInLimit(SignInRateLimit.DEFAULT_PER_MINUTE);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static int rows() {
        return app.database.jdbi().withHandle(h -> h.select("SELECT COUNT(*) FROM sign_in_attempts")
                .mapTo(Integer.class).one());
    }

    @Test
    void theTwentyFirstAttemptInAMinuteGetsTheTooManyAttemptsPage() {
        HttpSession halfway = app.session();
        assertEquals(303, halfway.signIn("requester@ero-ny.example", DemoData.PASSWORD).statusCode());
        HttpSession s = app.session();
        for (int i = 1; i < 20; i++) {
            // any mix of names: the limit is per address, not per account
            assertEquals(303, s.signIn("someone" + i + "@x.example", "wrong-password-" + i).statusCode(), "try " + i);
        }
        HttpResponse<String> refused = s.signIn("someone@x.example", "wrong-password");
        assertEquals(429, refused.statusCode());
        assertTrue(refused.body().contains("Too many attempts"), refused.body());
        assertTrue(refused.body().contains("<html"), "the portal's error page");
        assertEquals("60", refused.headers().firstValue("Retry-After").orElse(""));
        // the code step counts too
        assertEquals(429, halfway.post("/login/code", Map.of("code", "123456")).statusCode());

        app.clock.advance(Duration.ofSeconds(61));
        try {
            assertEquals(303, s.signIn("someone@x.example", "wrong-password").statusCode());
            assertEquals(1, rows(), "attempts older than the minute are deleted");
        } finally {
            app.clock.advance(Duration.ofSeconds(-61));
        }
    }
}

package liaison.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import liaison.support.HttpSession;
import liaison.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SignInHttpTest {
    static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void signInWithTheRightPasswordLandsOnTheRoleHomePage() {
        HttpSession clerk = app.session().signInAs("clerk@nyc-doc.example");
        HttpResponse<String> home = clerk.get("/");
        assertEquals(302, home.statusCode());
        assertEquals("/queue", home.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> queue = clerk.get("/queue");
        assertEquals(200, queue.statusCode());
        assertTrue(queue.body().contains("New York City Department of Correction"));
    }

    @Test
    void wrongPasswordAndUnknownAccountGetTheSameAnswer() {
        HttpResponse<String> wrong = app.session().signIn("clerk@nyc-doc.example", "not-the-password-at-all");
        HttpResponse<String> unknown = app.session().signIn("nobody@nowhere.example", "not-the-password-at-all");
        assertEquals(303, wrong.statusCode());
        assertEquals(303, unknown.statusCode());
        String wrongTo = wrong.headers().firstValue("Location").orElseThrow();
        String unknownTo = unknown.headers().firstValue("Location").orElseThrow();
        assertTrue(wrongTo.startsWith("/login?"), wrongTo);
        assertEquals(wrongTo.replace("clerk%40nyc-doc.example", "X"), unknownTo.replace("nobody%40nowhere.example", "X"));
    }

    @Test
    void sessionIdChangesAtSignIn() {
        HttpSession s = app.session();
        s.csrfToken();
        String before = s.sessionId().orElseThrow();
        s.signInAs("requester@ero-ny.example");
        assertNotEquals(before, s.sessionId().orElseThrow());
    }

    @Test
    void signOutEndsTheSession() {
        HttpSession s = app.session().signInAs("requester@ero-ny.example");
        assertEquals(200, s.get("/requests").statusCode());
        assertEquals(303, s.post("/logout", Map.of()).statusCode());
        assertEquals(302, s.get("/requests").statusCode());
        assertFalse(s.get("/login").body().contains("Sign out"));
    }
}

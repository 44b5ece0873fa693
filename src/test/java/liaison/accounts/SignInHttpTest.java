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
        HttpSession wrong = app.session();
        HttpSession unknown = app.session();
        HttpResponse<String> w = wrong.signIn("clerk@nyc-doc.example", "not-the-password-at-all");
        HttpResponse<String> u = unknown.signIn("nobody@nowhere.example", "not-the-password-at-all");
        assertEquals("failed", wrong.signInError(w));
        assertEquals("failed", unknown.signInError(u));
        assertEquals(w.headers().firstValue("Location"), u.headers().firstValue("Location"));
    }

    @Test
    void aFailedSignInKeepsTheAddressTypedOutOfTheUrlAndShowsItOnce() {
        HttpSession s = app.session();
        HttpResponse<String> failed = s.signIn("clerk@nyc-doc.example", "not-the-password-at-all");
        assertEquals(303, failed.statusCode());
        String location = failed.headers().firstValue("Location").orElseThrow();
        assertEquals("/login", location, "nothing typed in the address: it reaches logs and the browser's history");
        String form = s.get(location).body();
        assertTrue(form.contains("value=\"clerk@nyc-doc.example\""), "the form keeps the e-mail address");
        assertTrue(form.contains("id=\"login-error\""));
        String again = s.get("/login").body();
        assertFalse(again.contains("clerk@nyc-doc.example"), "shown once, like a flash message");
        assertFalse(again.contains("id=\"login-error\""));
        assertFalse(app.session().get("/login").body().contains("clerk@nyc-doc.example"), "nor to anyone else");
    }

    @Test
    void sessionIdChangesAtSignIn() {
        // a session fixed before sign-in (here: the one a failed attempt made) is not the one signed in
        HttpSession s = app.session();
        s.signIn("requester@ero-ny.example", "not-the-password-at-all");
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

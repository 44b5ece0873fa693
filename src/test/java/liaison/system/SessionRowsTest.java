package liaison.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import liaison.support.HttpSession;
import liaison.support.TestApp;
import org.eclipse.jetty.session.DefaultSessionIdManager;
import org.eclipse.jetty.session.HouseKeeper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sessions table holds the sessions of people signing in or signed in, nothing else: anonymous traffic writes
 * no row, and the rows of expired sessions are deleted by a scheduled job.
 */
class SessionRowsTest {
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
    void anonymousVisitsWriteNoSession() {
        long before = rows();
        HttpSession s = app.session();
        for (int i = 0; i < 20; i++) {
            assertEquals(200, s.get("/login").statusCode());
        }
        HttpSession stranger = app.session();
        for (String path : List.of("/", "/profile", "/queue", "/requests/1", "/login/code", "/no-such-page",
                "/invite/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "/static/css/liaison.css")) {
            HttpResponse<String> r = stranger.get(path);
            assertTrue(r.statusCode() < 500, path + " answered " + r.statusCode());
            assertTrue(r.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith(Sessions.COOKIE)),
                    path + " set a session cookie");
        }
        stranger.head("/profile");
        assertEquals(before, rows(), "anonymous pages made sessions");
        assertTrue(s.sessionId().isEmpty());
    }

    @Test
    void aSessionStartsWhenAPersonStartsSigningIn() {
        long before = rows();
        HttpSession s = app.session();
        s.signIn("clerk@nyc-doc.example", "not-the-password");
        assertTrue(s.sessionId().isPresent());
        assertEquals(before + 1, rows());
    }

    @Test
    void theRowsOfExpiredSessionsAreDeletedOnASchedule() {
        HttpSession expired = app.session().signInAs("approver@ero-ny.example");
        HttpSession live = app.session().signInAs("clerk@nyc-doc.example");
        // expired a little longer ago than three grace periods: what the first look of an instance finds
        long longAgo = System.currentTimeMillis() - Duration.ofSeconds(3L * Sessions.GRACE_SECONDS + 60).toMillis();
        app.database.jdbi().useHandle(h -> h.execute("UPDATE JettySessions SET expiryTime = ? WHERE sessionId = ?",
                longAgo, id(expired)));

        HouseKeeper houseKeeper = app.javalin.jettyServer().server().getBean(DefaultSessionIdManager.class)
                .getSessionHouseKeeper();
        // Jetty adds up to a tenth to the interval, so instances sharing the table do not all look at once
        long interval = houseKeeper.getIntervalSec();
        assertTrue(interval >= Sessions.SCAVENGE_SECONDS && interval <= Sessions.SCAVENGE_SECONDS * 11 / 10,
                "the job is scheduled: every " + interval + " s");
        houseKeeper.scavenge(); // what the schedule runs

        assertEquals(0, count(id(expired)), "the expired session's row is gone");
        assertEquals(1, count(id(live)), "a live session is kept");
        assertEquals(200, live.get("/queue").statusCode());
        assertEquals(302, expired.get("/requests").statusCode());
    }

    private static String id(HttpSession s) {
        // the cookie carries the id with the node's name after a dot; the table the id alone
        return s.sessionId().orElseThrow().replaceFirst("\\.[^.]*$", "");
    }

    private static long count(String id) {
        return app.database.jdbi().withHandle(h -> h.select("SELECT COUNT(*) FROM JettySessions WHERE sessionId = ?",
                id).mapTo(Long.class).one());
    }

    private static long rows() {
        return app.database.jdbi().withHandle(h -> h.select("SELECT COUNT(*) FROM JettySessions")
                .mapTo(Long.class).one());
    }
}

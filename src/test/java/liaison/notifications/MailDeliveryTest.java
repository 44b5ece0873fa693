package liaison.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import liaison.accounts.Account;
import liaison.requests.RequestDao;
import liaison.requests.RequestType;
import liaison.requests.TimelineKind;
import liaison.support.RequestFixture;
import liaison.support.TestApp;
import liaison.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The delivery job's rules, with a mailer the test controls and the clock the test moves: back-off on temporary
 * failures, given up after 24 hours, permanent failures failed at once, the system admin's retry, nothing sent
 * without a mail server; and the outbox is written in the event's transaction.
 */
class MailDeliveryTest {
    /** Fails as told, else records what it sends. */
    static final class ScriptedMailer implements Mailer {
        final List<String> sent = new ArrayList<>();
        volatile Boolean failPermanently;

        @Override
        public void send(String to, String subject, String text) {
            if (failPermanently != null) {
                throw new MailFailure(failPermanently ? "550 no such mailbox" : "connection refused", null,
                        failPermanently);
            }
            sent.add(to);
        }
    }

    static final ScriptedMailer MAILER = new ScriptedMailer();
    static TestApp app;
    static RequestFixture requests;
    static MailDelivery delivery;

    @BeforeAll
    static void start() {
        app = TestApp.startWithMail(MAILER);
        requests = new RequestFixture(app);
        delivery = app.modules().notifications().delivery();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @BeforeEach
    void clearOutbox() {
        MAILER.failPermanently = null;
        delivery.run();
        MAILER.sent.clear();
    }

    @Test
    void backOffDoublesFromAMinuteToAnHour() {
        assertEquals(Duration.ofMinutes(1), MailDelivery.wait(1));
        assertEquals(Duration.ofMinutes(2), MailDelivery.wait(2));
        assertEquals(Duration.ofMinutes(32), MailDelivery.wait(6));
        assertEquals(Duration.ofHours(1), MailDelivery.wait(7));
        assertEquals(Duration.ofHours(1), MailDelivery.wait(400));
    }

    @Test
    void temporaryFailuresAreRetriedFor24HoursThenFailedAndTheAdminsRetrySendsIt() {
        long id = requests.file(RequestType.INFORMATION_REQUEST);
        MAILER.failPermanently = false;
        int tries = 0;
        for (int hour = 0; hour < 30 && status(id).equals("QUEUED"); hour++) {
            delivery.run();
            tries++;
            app.clock.advance(Duration.ofHours(1));
        }
        assertEquals("FAILED", status(id));
        assertTrue(tries > 20 && tries <= 26, "about a try an hour for a day: " + tries);
        MAILER.failPermanently = null;
        assertEquals(0, delivery.run(), "failed mail waits for the admin");

        Account admin = requests.account(RequestFixture.SYSADMIN);
        Outbox outbox = new Outbox(app.database.jdbi(), app.clock, app.modules().audit().log());
        assertTrue(outbox.retry(admin, mailOf(id)));
        assertEquals(false, outbox.retry(admin, mailOf(id)), "only failed mail is retried");
        assertEquals(1, delivery.run());
        assertEquals("SENT", status(id));
        assertEquals(List.of(RequestFixture.NYC_CLERK), MAILER.sent);
    }

    @Test
    void aPermanentFailureIsFailedAtOnce() {
        long id = requests.file(RequestType.INFORMATION_REQUEST);
        MAILER.failPermanently = true;
        delivery.run();
        assertEquals("FAILED", status(id));
    }

    @Test
    void withNoMailServerMailStaysInTheOutbox() {
        try (TestApp noMail = TestApp.start()) {
            long id = new RequestFixture(noMail).file(RequestType.INFORMATION_REQUEST);
            noMail.clock.advance(Duration.ofDays(2));
            assertEquals(0, noMail.modules().notifications().delivery().run());
            assertEquals(List.of("QUEUED"), noMail.database.jdbi().withHandle(h -> h.createQuery(
                    "SELECT o.status FROM mail_outbox o JOIN notifications n ON n.id = o.notification_id"
                            + " WHERE n.request_id = :id").bind("id", id).mapTo(String.class).list()));
        }
    }

    @Test
    void nothingIsQueuedWhenTheEventsTransactionRollsBack() {
        long id = requests.file(RequestType.INFORMATION_REQUEST);
        int before = count();
        var events = app.modules().notifications().events();
        try {
            app.database.jdbi().useTransaction(h -> {
                var r = h.attach(RequestDao.class).lockForSystem(id).orElseThrow();
                long event = h.createQuery("SELECT MAX(id) FROM request_events WHERE request_id = :id").bind("id", id)
                        .mapTo(Long.class).one();
                events.happened(h, r, event, TimelineKind.ACKNOWLEDGED, null, app.clock.instant());
                assertEquals(before + 1, h.createQuery("SELECT COUNT(*) FROM mail_outbox").mapTo(Integer.class).one());
                throw new IllegalStateException("the event fails after the outbox was written");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        assertEquals(before, count());
    }

    @Test
    void theRequestPageShowsWhoWasToldAndWhereEachMailIs() {
        long id = requests.file(RequestType.INFORMATION_REQUEST);
        assertEquals(1, delivery.run());
        long requester = requests.account(RequestFixture.NY_REQUESTER).id();
        app.database.jdbi().useHandle(h -> h.execute(
                "INSERT INTO notification_in_app_only (account_id, kind) VALUES (?, 'clarification-requested')", requester));
        try {
            requests.workflow.acknowledge(requests.account(RequestFixture.NYC_CLERK), id, requests.version(id));
            requests.workflow.askClarification(requests.account(RequestFixture.NYC_CLERK), id, requests.version(id),
                    "Which facility?");
        } finally {
            app.database.jdbi().useHandle(h -> h.execute("DELETE FROM notification_in_app_only WHERE account_id = ?",
                    requester));
        }
        MAILER.failPermanently = false;
        delivery.run();

        String section = sent(app.session().signInAs(RequestFixture.NY_REQUESTER), id);
        String clerk = name(RequestFixture.NYC_CLERK);
        assertTrue(section.matches("(?s).*New request filed</th>.*" + clerk + " \\(New York City Department of"
                + " Correction\\).*Delivered.*Request acknowledged</th>.*Retrying.*Clarification asked</th>.*"
                + "None \\(in-app only\\).*"), section);
        assertFalse(section.contains("@"), "no e-mail addresses");
        MAILER.failPermanently = true;
        app.clock.advance(Duration.ofHours(1));
        delivery.run();
        String clerks = sent(app.session().signInAs(RequestFixture.NYC_CLERK), id);
        assertTrue(clerks.matches("(?s).*Request acknowledged</th>.*Failed.*"), clerks);
        assertEquals(404, app.session().signInAs(RequestFixture.DENVER_CLERK).get("/requests/" + id).statusCode());
    }

    /** The request page's notifications section as this person sees it. */
    private static String sent(liaison.support.HttpSession who, long id) {
        String page = who.get("/requests/" + id).body();
        int start = page.indexOf("id=\"sent-notifications\"");
        assertTrue(start >= 0, page);
        return page.substring(start, page.indexOf("</section>", start));
    }

    private static String name(String email) {
        return app.database.jdbi().withHandle(h -> h.createQuery("SELECT display_name FROM accounts WHERE email = :e")
                .bind("e", email).mapTo(String.class).one());
    }

    private static int count() {
        return app.database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM mail_outbox")
                .mapTo(Integer.class).one());
    }

    private static long mailOf(long requestId) {
        return app.database.jdbi().withHandle(h -> h.createQuery(
                "SELECT o.id FROM mail_outbox o JOIN notifications n ON n.id = o.notification_id WHERE n.request_id = :id")
                .bind("id", requestId).mapTo(Long.class).one());
    }

    private static String status(long requestId) {
        return app.database.jdbi().withHandle(h -> h.createQuery(
                "SELECT o.status FROM mail_outbox o JOIN notifications n ON n.id = o.notification_id WHERE n.request_id = :id")
                .bind("id", requestId).mapTo(String.class).one());
    }
}

package liaison.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import liaison.requests.Priority;
import liaison.requests.RequestType;
import liaison.support.RequestFixture;
import liaison.support.TestApp;
import liaison.system.Config;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * E-mail through a real SMTP server (GreenMail on a free loopback port): a subpoena's whole life delivers exactly
 * the expected mails, each once, to the right people, with no subject's name, identifier or answer in them; and
 * mail queued while the server is down all arrives, once each, when it is back.
 */
class NotificationMailTest {
    private static final int PORT = freePort();
    private static final ServerSetup SETUP = new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

    static GreenMail smtp;
    static TestApp app;
    static MailDelivery delivery;

    @BeforeAll
    static void start() {
        smtp = new GreenMail(SETUP);
        smtp.start();
        app = TestApp.startWithMail(Mailer.of(new Config.Smtp(Optional.of("127.0.0.1"), PORT, "", "",
                "Liaison <no-reply@liaison.test>")).orElseThrow());
        delivery = app.modules().notifications().delivery();
    }

    @AfterAll
    static void stop() {
        app.close();
        smtp.stop();
    }

    @BeforeEach
    void emptyMailboxes() {
        delivery.run();
        smtp.reset();
    }

    @Test
    void aSubpoenasLifeDeliversEachExpectedMailOnceAndNoPersonalData() throws Exception {
        RequestLife life = new RequestLife(app);
        long id = life.subpoenaLife();
        String tracking = trackingNumber(id);

        assertEquals(13, delivery.run());
        assertEquals(0, delivery.run(), "nothing is sent twice");
        MimeMessage[] mails = smtp.getReceivedMessages();
        String what = "[Liaison] " + tracking + ": ";
        Map<String, List<String>> byPerson = new TreeMap<>();
        for (MimeMessage m : mails) {
            String to = m.getRecipients(Message.RecipientType.TO)[0].toString();
            assertTrue(m.getSubject().startsWith(what), m.getSubject());
            byPerson.computeIfAbsent(to, k -> new ArrayList<>()).add(m.getSubject().substring(what.length()));
        }
        assertEquals(Map.of(
                RequestFixture.NY_APPROVER, List.of("Subpoena waiting for approval", "Request acknowledged",
                        "Clarification asked", "Subpoena refused: ready to refer", "Request answered"),
                RequestFixture.NY_REQUESTER, List.of("Subpoena approved and served", "Request acknowledged",
                        "Clarification asked", "Subpoena refused: ready to refer", "Request answered"),
                RequestFixture.NYC_CLERK, List.of("Subpoena approved and served", "Clarification answered",
                        "Court order recorded")), byPerson);

        String subjectName = app.database.jdbi().withHandle(h -> h.createQuery(
                "SELECT CONCAT(subject_name, '|', subject_aliases, '|', a_number, '|', fbi_number) FROM requests WHERE id = :id")
                .bind("id", id).mapTo(String.class).one());
        for (MimeMessage m : mails) {
            MimeMultipart parts = (MimeMultipart) m.getContent();
            assertEquals(2, parts.getCount(), "a plain-text and an HTML part");
            assertTrue(parts.getBodyPart(0).isMimeType("text/plain"));
            assertTrue(parts.getBodyPart(1).isMimeType("text/html"));
            String whole = GreenMailUtil.getWholeMessage(m);
            assertTrue(whole.contains(TestApp.BASE_URL + "/requests/" + id), "the link");
            assertPreferencesLink(m, parts);
            assertTrue(whole.contains(tracking));
            for (String secret : subjectName.split("\\|")) {
                assertFalse(whole.contains(secret), "no " + secret + " in " + whole);
            }
            for (String said : List.of(RequestLife.QUESTION, RequestLife.REPLY, RequestLife.PROVIDED, "9-131")) {
                assertFalse(whole.contains(said), "nothing asked or answered: " + said);
            }
        }
    }

    @Test
    void mailQueuedWhileTheServerIsDownAllArrivesOnceWhenItIsBack() throws Exception {
        smtp.stop();
        try {
            RequestFixture requests = new RequestFixture(app);
            long id = requests.file(RequestType.INFORMATION_REQUEST, Priority.EMERGENCY, RequestFixture.NYC_DOC, 1).get(0);
            requests.workflow.acknowledge(requests.account(RequestFixture.NYC_CLERK), id, requests.version(id));
            requests.workflow.askClarification(requests.account(RequestFixture.NYC_CLERK), id, requests.version(id),
                    "Which facility?");
            assertEquals(0, delivery.run());
            assertEquals(0, delivery.run(), "not tried again before its time");
            assertEquals(List.of(1), attempts());
            app.clock.advance(Duration.ofMinutes(1));
            assertEquals(0, delivery.run());
            assertEquals(List.of(2), attempts());
        } finally {
            smtp = new GreenMail(SETUP);
            smtp.start();
        }
        app.clock.advance(Duration.ofMinutes(2));
        assertEquals(3, delivery.run());
        app.clock.advance(Duration.ofHours(1));
        assertEquals(0, delivery.run());
        MimeMessage[] mails = smtp.getReceivedMessages();
        assertEquals(3, mails.length);
        List<String> seen = new ArrayList<>();
        for (MimeMessage m : mails) {
            seen.add(m.getRecipients(Message.RecipientType.TO)[0] + " " + m.getSubject().replaceAll(".*: ", ""));
        }
        assertEquals(List.of(RequestFixture.NYC_CLERK + " New request filed",
                RequestFixture.NY_REQUESTER + " Request acknowledged",
                RequestFixture.NY_REQUESTER + " Clarification asked"), seen);
        assertTrue(Arrays.stream(mails).allMatch(m -> subject(m).contains("EMERGENCY")), "an emergency says so");
    }

    @Test
    void aPersonInTwoAudiencesOfOneEventGetsOneMail() throws Exception {
        RequestFixture requests = new RequestFixture(app);
        long requester = requests.account(RequestFixture.NY_REQUESTER).id();
        app.database.jdbi().useHandle(h -> h.execute(
                "INSERT INTO account_roles (account_id, role) VALUES (?, 'APPROVER')", requester));
        try {
            long id = requests.file(RequestType.ADMINISTRATIVE_SUBPOENA);
            requests.workflow.approve(requests.account(RequestFixture.NY_APPROVER), id, requests.version(id),
                RequestFixture.AFFIRMED);
            requests.workflow.acknowledge(requests.account(RequestFixture.NYC_CLERK), id, requests.version(id));
            delivery.run();
            List<String> toRequester = new ArrayList<>();
            for (MimeMessage m : smtp.getReceivedMessages()) {
                if (m.getRecipients(Message.RecipientType.TO)[0].toString().equals(RequestFixture.NY_REQUESTER)) {
                    toRequester.add(m.getSubject().replaceAll(".*: ", ""));
                }
            }
            // the filer is not told of their own filing, though they now approve too; the requester and approver of
            // the acknowledged subpoena is told once
            assertEquals(List.of("Subpoena approved and served", "Request acknowledged"), toRequester);
        } finally {
            app.database.jdbi().useHandle(h -> h.execute(
                    "DELETE FROM account_roles WHERE account_id = ? AND role = 'APPROVER'", requester));
        }
    }

    /** The preferences page as List-Unsubscribe, and linked from the text and the HTML part. */
    static void assertPreferencesLink(MimeMessage m, MimeMultipart parts) throws Exception {
        String preferences = TestApp.BASE_URL + "/notifications/preferences";
        assertEquals("<" + preferences + ">", m.getHeader("List-Unsubscribe", null));
        assertTrue(((String) parts.getBodyPart(0).getContent()).contains(preferences), "in the text");
        assertTrue(((String) parts.getBodyPart(1).getContent()).contains("href=\"" + preferences + "\""), "in the HTML");
    }

    @Test
    void theDailyDigestNamesThePreferencesPageToo() throws Exception {
        app.clock.set(java.time.Instant.parse("2026-11-20T13:00:00Z"));
        assertTrue(app.modules().notifications().digests().run() > 0, "someone has something due");
        assertTrue(delivery.run() > 0);
        List<String> secrets = app.database.jdbi().withHandle(h -> h.createQuery(
                "SELECT subject_name FROM requests UNION SELECT a_number FROM requests WHERE a_number IS NOT NULL")
                .mapTo(String.class).list());
        for (MimeMessage m : smtp.getReceivedMessages()) {
            assertTrue(m.getSubject().startsWith("[Liaison] Daily digest"), m.getSubject());
            assertPreferencesLink(m, (MimeMultipart) m.getContent());
            String whole = GreenMailUtil.getWholeMessage(m);
            secrets.forEach(secret -> assertFalse(whole.contains(secret), "no " + secret + " in the digest"));
        }
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The distinct try counts of the mail still queued. */
    private static List<Integer> attempts() {
        return app.database.jdbi().withHandle(h -> h.createQuery(
                "SELECT DISTINCT attempts FROM mail_outbox WHERE status = 'QUEUED'").mapTo(Integer.class).list())
                .stream().sorted().collect(Collectors.toList());
    }

    private static String trackingNumber(long id) {
        return app.database.jdbi().withHandle(h -> h.createQuery("SELECT tracking_number FROM requests WHERE id = :id")
                .bind("id", id).mapTo(String.class).one());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

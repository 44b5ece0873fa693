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
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liaison.audit.AuditKeys;
import liaison.audit.AuditSequencer;
import liaison.audit.Checkpoint;
import liaison.audit.CheckpointFile;
import liaison.audit.VerifyAudit;
import liaison.requests.RequestType;
import liaison.support.RequestFixture;
import liaison.support.TestApp;
import liaison.system.Config;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The day's last audit checkpoint e-mailed to the system admins, through a real SMTP server (GreenMail): each active
 * system admin gets one mail a day, however often the job runs and on however many instances; its checkpoint line
 * verifies with the public key it names (and {@code verify-audit} accepts it); a day with nothing added mails the
 * same checkpoint again and says so; and no request's data is in it.
 */
class CheckpointMailTest {
    private static final int PORT = freePort();
    private static final Pattern LINE = Pattern.compile("^v1 .+$", Pattern.MULTILINE);
    private static final Pattern KEY = Pattern.compile("Public key \\(X\\.509, Base64\\): (\\S+)");

    static GreenMail smtp;
    static TestApp app;
    static MailDelivery delivery;
    static CheckpointMails job;

    @BeforeAll
    static void start() {
        smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        app = TestApp.startWithMail(Mailer.of(new Config.Smtp(Optional.of("127.0.0.1"), PORT, "", "",
                "Liaison <no-reply@liaison.test>")).orElseThrow());
        delivery = app.modules().notifications().delivery();
        job = app.modules().notifications().checkpointMails(app.modules().audit().sequencer());
    }

    @AfterAll
    static void stop() {
        app.close();
        smtp.stop();
    }

    @Test
    void eachSystemAdminGetsOneMailADayWhoseLineVerifiesAndNothingTwice(@TempDir Path dir) throws Exception {
        RequestFixture requests = new RequestFixture(app);
        long id = requests.file(RequestType.INFORMATION_REQUEST);
        delivery.run();
        smtp.reset();
        app.clock.set(Instant.parse("2026-11-03T00:10:00Z"));
        app.database.jdbi().useHandle(h -> {
            for (String[] a : new String[][] {{"second-admin@liaison.example", "1"}, {"gone-admin@liaison.example", "0"}}) {
                h.execute("INSERT INTO accounts (email, display_name, password_hash, created_at, active)"
                        + " VALUES (?, 'Invented Admin', 'x', ?, ?)", a[0], app.clock.instant(), a[1].equals("1"));
                h.execute("INSERT INTO account_roles (account_id, role) SELECT id, 'SYSTEM_ADMIN' FROM accounts"
                        + " WHERE email = ?", a[0]);
            }
        });
        List<String> admins = systemAdmins();
        assertTrue(admins.containsAll(List.of(RequestFixture.SYSADMIN, "second-admin@liaison.example")), "" + admins);
        assertFalse(admins.contains("gone-admin@liaison.example"), "an inactive admin gets none");

        // two runs, and another instance's job on the same database (instances share the key file, so the same
        // sequencer's key): one mail per admin
        CheckpointMails other = TestApp.modules(app.database, app.clock).notifications()
                .checkpointMails(app.modules().audit().sequencer());
        assertEquals(admins.size(), job.run());
        assertEquals(0, job.run(), "the day is mailed once");
        assertEquals(0, other.run(), "by one instance");
        delivery.run();
        MimeMessage[] mails = smtp.getReceivedMessages();
        List<String> to = new ArrayList<>();
        for (MimeMessage m : mails) {
            to.add(m.getRecipients(Message.RecipientType.TO)[0].toString());
        }
        assertEquals(admins, to);

        AuditSequencer sequencer = app.modules().audit().sequencer();
        Checkpoint latest = sequencer.latestCheckpoint().orElseThrow();
        MimeMessage m = mails[0];
        assertEquals("[Liaison] Audit checkpoint for Nov 2, 2026: " + latest.seq() + " entries", m.getSubject());
        MimeMultipart parts = (MimeMultipart) m.getContent();
        assertEquals(2, parts.getCount(), "a plain-text and an HTML part");
        String text = (String) parts.getBodyPart(0).getContent();
        String html = (String) parts.getBodyPart(1).getContent();
        assertFalse(text.contains("still the newest"), "the chain grew that day");
        assertTrue(html.contains(latest.line()), "the line in the HTML part too");

        // the admin's copy: the line in a file, the public key in another; it verifies
        Path file = dir.resolve("kept-checkpoints.txt");
        Path key = dir.resolve("public-key.txt");
        Files.writeString(file, lineOf(text) + "\n");
        Files.writeString(key, keyOf(text) + "\n");
        List<CheckpointFile.Line> lines = new CheckpointFile(file).read();
        assertEquals(1, lines.size());
        Checkpoint kept = lines.get(0).checkpoint();
        assertEquals(latest, kept);
        assertTrue(kept.validFor(AuditKeys.readPublicKey(key)), "the signature verifies with the mailed key");
        assertEquals(sequencer.keys().keyId(), kept.keyId());
        assertTrue(kept.signedAt().isAfter(Instant.parse("2026-11-03T00:00:00Z")), "signed when the day was over");
        // a forged copy (one signature character changed) does not verify
        String sig = kept.signature();
        Checkpoint forged = new Checkpoint(kept.seq(), kept.headHash(), kept.signedAt(), kept.keyId(),
                (sig.charAt(0) == 'A' ? "B" : "A") + sig.substring(1));
        assertFalse(forged.validFor(AuditKeys.readPublicKey(key)));

        // no data of any request
        String secrets = app.database.jdbi().withHandle(h -> h.createQuery(
                "SELECT CONCAT(tracking_number, '|', subject_name) FROM requests WHERE id = :id").bind("id", id)
                .mapTo(String.class).one());
        for (MimeMessage each : mails) {
            String whole = GreenMailUtil.getWholeMessage(each);
            for (String secret : secrets.split("\\|")) {
                assertFalse(whole.contains(secret), "no " + secret + " in " + whole);
            }
        }

        // the next day with nothing added: the same checkpoint, said to be still the newest; once
        smtp.reset();
        app.clock.set(Instant.parse("2026-11-04T00:20:00Z"));
        assertEquals(admins.size(), other.run(), "the other instance's turn");
        assertEquals(0, job.run());
        app.clock.advance(Duration.ofHours(23));
        assertEquals(0, job.run(), "still the same day");
        delivery.run();
        MimeMessage[] quiet = smtp.getReceivedMessages();
        assertEquals(admins.size(), quiet.length);
        String quietText = (String) ((MimeMultipart) quiet[0].getContent()).getBodyPart(0).getContent();
        assertTrue(quietText.contains("Nothing was added to the audit trail on Nov 3, 2026"), quietText);
        assertEquals(latest.line(), lineOf(quietText), "no new checkpoint was signed for a day without entries");
        assertEquals(latest, sequencer.latestCheckpoint().orElseThrow());

        // verify-audit takes the mailed copy (it audits its own run, so it comes after the quiet day)
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = VerifyAudit.run(new String[] {"--full", "--checkpoints", file.toString(), "--public-key",
                key.toString()}, app.database.jdbi(), app.clock, sequencer.files(), new PrintStream(out, true,
                StandardCharsets.UTF_8));
        assertEquals(0, exit, out.toString(StandardCharsets.UTF_8));
    }

    private static String lineOf(String text) {
        Matcher m = LINE.matcher(text.replace("\r", ""));
        assertTrue(m.find(), text);
        return m.group();
    }

    private static String keyOf(String text) {
        Matcher m = KEY.matcher(text);
        assertTrue(m.find(), text);
        return m.group(1);
    }

    private static List<String> systemAdmins() {
        return app.database.jdbi().withHandle(h -> h.createQuery("""
                SELECT a.email FROM accounts a JOIN account_roles r ON r.account_id = a.id AND r.role = 'SYSTEM_ADMIN'
                WHERE a.active ORDER BY a.id""").mapTo(String.class).list());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

package liaison.admin.accounts;

import static liaison.support.AdminSteps.accountId;
import static liaison.support.AdminSteps.audited;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liaison.accounts.AccountDao;
import liaison.accounts.NewAccount;
import liaison.accounts.PasswordHasher;
import liaison.audit.AuditLog;
import liaison.notifications.Mailer;
import liaison.support.HttpSession;
import liaison.support.TestApp;
import liaison.system.Config;
import liaison.system.Messages;
import liaison.system.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Invitations by e-mail through a real SMTP server (GreenMail on a free loopback port, with authentication): the
 * mail arrives with the link and the portal's name and no personal data; the page then shows no link. When
 * sending fails, the administrator is shown the link instead.
 */
class InviteMailTest {
    private static final int PORT = freePort();
    private static final Pattern LINK = Pattern.compile(Pattern.quote(TestApp.BASE_URL) + "(/invite/[A-Za-z0-9_-]{43})");

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("liaison", "mail-secret"))
            .withPerMethodLifecycle(false);

    static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.startWithMail(Mailer.of(new Config.Smtp(Optional.of("127.0.0.1"), PORT, "liaison", "mail-secret",
                "Liaison <no-reply@liaison.test>")).orElseThrow());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void theInvitationMailCarriesTheLinkAndNoPersonalData() throws Exception {
        HttpSession admin = app.session().signInAs("admin@nyc-doc.example");
        HttpResponse<String> sent = admin.post("/agency/accounts/invite", Map.of("displayName", "Beatrix Mailwright",
                "email", "beatrix@nyc-doc.example", "jobTitle", "Senior records officer", "roles", "CLERK"));
        assertEquals(200, sent.statusCode(), sent::body);
        assertTrue(sent.body().contains("An e-mail with a link to set a password went to beatrix@nyc-doc.example"));
        assertFalse(sent.body().contains("/invite/"), "no link on the page when it went by e-mail");

        MimeMessage mail = mailTo("beatrix@nyc-doc.example");
        assertEquals("Your invitation to Liaison", mail.getSubject());
        assertEquals("no-reply@liaison.test", ((jakarta.mail.internet.InternetAddress) mail.getFrom()[0]).getAddress());
        String body = GreenMailUtil.getBody(mail);
        Matcher link = LINK.matcher(body);
        assertTrue(link.find(), body);
        for (String personal : List.of("Beatrix", "Mailwright", "Senior records officer", "Correction", "NYC",
                "Tobias", "Renfield", "admin@nyc-doc.example", "CLERK", "Clerk")) {
            assertFalse(body.contains(personal) || mail.getSubject().contains(personal), "mail mentions " + personal);
        }

        // the link from the mail works
        String path = URI.create(TestApp.BASE_URL + link.group(1)).getPath();
        HttpSession person = app.session();
        assertEquals(200, person.get(path).statusCode());
        assertEquals(303, person.post(path, Map.of("password", "a mailed long password", "confirm",
                "a mailed long password")).statusCode());
    }

    @Test
    void aFailedMailShowsTheLinkToTheAdministratorInstead() {
        var jdbi = app.database.jdbi();
        Mailer broken = (to, subject, text) -> {
            throw new Mailer.MailFailure("connection refused", null);
        };
        Invitations invitations = new Invitations(jdbi, new AuditLog(jdbi, app.clock), app.clock, new PasswordHasher(4),
                Optional.of(broken), TestApp.BASE_URL, new Messages());
        var actor = jdbi.onDemand(AccountDao.class).find(accountId(app, "admin@nyc-doc.example")).orElseThrow();
        Invitations.Sent sent = invitations.invite(actor, new NewAccount(actor.agencyId(), "unmailed@nyc-doc.example",
                "Unmailed Person", null, java.util.EnumSet.of(Role.CLERK)), "127.0.0.1").orElseThrow();
        assertTrue(sent.mailFailed());
        assertTrue(sent.shownLink().startsWith(TestApp.BASE_URL + "/invite/"));
        assertEquals(1, audited(app, "account.invite-mail-failed", "account", sent.accountId()));
        assertEquals(200, app.session().get(URI.create(sent.shownLink()).getPath()).statusCode());
    }

    private static MimeMessage mailTo(String address) throws Exception {
        SMTP.waitForIncomingEmail(5000, 1);
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).findFirst().orElseThrow(() -> new AssertionError("no mail to " + address));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

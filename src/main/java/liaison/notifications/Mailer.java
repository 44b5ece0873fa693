package liaison.notifications;

import java.util.Optional;
import liaison.system.Config;

/**
 * Sends plain-text e-mail. What is sent must carry no personal data beyond what the recipient needs (DESIGN.md §8):
 * a link and the portal's name, never a subject's details.
 */
public interface Mailer {

    /** Sends one message; throws {@link MailFailure} when the server could not be reached or refused it. */
    void send(String to, String subject, String text);

    /** The SMTP mailer of these settings, or empty when no mail server is configured. */
    static Optional<Mailer> of(Config.Smtp smtp) {
        return smtp.host().map(host -> new SmtpMailer(host, smtp.port(), smtp.user(), smtp.password(), smtp.from()));
    }

    /** Sending failed; the message says why, without the message's content. */
    final class MailFailure extends RuntimeException {
        public MailFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}

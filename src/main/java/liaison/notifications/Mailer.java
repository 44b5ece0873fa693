package liaison.notifications;

import java.util.Optional;
import liaison.system.Config;

/**
 * Sends e-mail. What is sent must carry no personal data beyond what the recipient needs (DESIGN.md §8):
 * a link and the portal's name, never a subject's details.
 */
public interface Mailer {

    /** Sends one plain-text message; throws {@link MailFailure} when the server could not be reached or refused it. */
    void send(String to, String subject, String text);

    /** Sends one message with a plain-text and an HTML part; a mailer that knows only text sends the text. */
    default void send(String to, String subject, String text, String html) {
        send(to, subject, text);
    }

    /**
     * Sends a notification: as {@link #send(String, String, String, String)}, with a {@code List-Unsubscribe} header
     * naming {@code preferences}, the page where the person chooses what they are sent.
     */
    default void send(String to, String subject, String text, String html, String preferences) {
        send(to, subject, text, html);
    }

    /** The SMTP mailer of these settings, or empty when no mail server is configured. */
    static Optional<Mailer> of(Config.Smtp smtp) {
        return smtp.host().map(host -> new SmtpMailer(host, smtp.port(), smtp.user(), smtp.password(), smtp.from()));
    }

    /**
     * Sending failed; the message says why, without the message's content. Permanent when the server refused the
     * message for good (an SMTP 5xx reply): trying again would not help. Otherwise (no connection, a 4xx reply)
     * a later try may succeed.
     */
    final class MailFailure extends RuntimeException {
        private final boolean permanent;

        public MailFailure(String message, Throwable cause) {
            this(message, cause, false);
        }

        public MailFailure(String message, Throwable cause, boolean permanent) {
            super(message, cause);
            this.permanent = permanent;
        }

        public boolean permanent() {
            return permanent;
        }
    }
}

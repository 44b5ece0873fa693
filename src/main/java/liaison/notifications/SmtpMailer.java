package liaison.notifications;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

/**
 * Sends through an SMTP server (Jakarta Mail, Eclipse Angus). STARTTLS is used whenever the server offers it;
 * port 465 means TLS from the start. Short timeouts: a page waiting on a dead mail server must not hang.
 */
final class SmtpMailer implements Mailer {
    private static final String TIMEOUT_MS = "10000";

    private final Session session;
    private final String from;

    SmtpMailer(String host, int port, String user, String password, String from) {
        boolean tls = port == 465;
        String protocol = tls ? "smtps" : "smtp";
        Properties props = new Properties();
        props.put("mail.transport.protocol", protocol);
        props.put("mail." + protocol + ".host", host);
        props.put("mail." + protocol + ".port", String.valueOf(port));
        props.put("mail." + protocol + ".connectiontimeout", TIMEOUT_MS);
        props.put("mail." + protocol + ".timeout", TIMEOUT_MS);
        props.put("mail." + protocol + ".writetimeout", TIMEOUT_MS);
        props.put("mail.smtp.starttls.enable", "true");
        boolean auth = !user.isEmpty();
        props.put("mail." + protocol + ".auth", String.valueOf(auth));
        this.session = Session.getInstance(props, auth ? new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user, password);
            }
        } : null);
        this.from = from;
    }

    @Override
    public void send(String to, String subject, String text) {
        send(to, subject, text, null);
    }

    @Override
    public void send(String to, String subject, String text, String html) {
        send(to, subject, text, html, null);
    }

    @Override
    public void send(String to, String subject, String text, String html, String preferences) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(from, true));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            if (preferences != null) {
                message.setHeader("List-Unsubscribe", "<" + preferences + ">");
            }
            if (html == null) {
                message.setText(text, StandardCharsets.UTF_8.name());
            } else {
                MimeMultipart parts = new MimeMultipart("alternative");
                parts.addBodyPart(part(text, "plain"));
                parts.addBodyPart(part(html, "html"));
                message.setContent(parts);
            }
            message.setSentDate(new Date());
            Transport.send(message);
        } catch (MessagingException e) {
            throw new MailFailure("could not send mail: " + e.getMessage(), e, permanent(e));
        }
    }

    private static MimeBodyPart part(String content, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(content, StandardCharsets.UTF_8.name(), subtype);
        return part;
    }

    /** An SMTP reply of 5xx anywhere in the chain: the server refused for good. No reply (no connection): not. */
    static boolean permanent(Exception e) {
        for (Exception x = e; x != null; x = x instanceof MessagingException m ? m.getNextException() : null) {
            int code = x instanceof SMTPSendFailedException s ? s.getReturnCode()
                    : x instanceof SMTPAddressFailedException a ? a.getReturnCode() : 0;
            if (code >= 500) {
                return true;
            }
        }
        return false;
    }
}

package liaison.notifications;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

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
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(from, true));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            message.setText(text, StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            Transport.send(message);
        } catch (MessagingException e) {
            throw new MailFailure("could not send mail: " + e.getMessage(), e);
        }
    }
}

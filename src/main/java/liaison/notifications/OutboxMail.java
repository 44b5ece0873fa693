package liaison.notifications;

import java.time.Instant;

/** One e-mail of the outbox, as the delivery job and the system admin's page read it. */
public record OutboxMail(long id, String recipient, String subject, String bodyText, String bodyHtml, String status,
                         int attempts, Instant nextAttemptAt, String lastError, Instant createdAt, Instant queuedAt,
                         Instant sentAt) {

    public boolean failed() {
        return Status.FAILED.name().equals(status);
    }

    /** Where a mail is: waiting to be sent (or tried again), sent, or given up. */
    enum Status { QUEUED, SENT, FAILED }
}

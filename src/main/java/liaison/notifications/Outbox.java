package liaison.notifications;

import java.time.Clock;
import liaison.audit.AuditEvent;
import liaison.audit.AuditLog;
import liaison.system.Pages;
import liaison.system.User;
import org.jdbi.v3.core.Jdbi;

/** The system admin's view of the e-mail outbox: every mail newest first, and a retry for a failed one. */
final class Outbox {
    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditLog audit;

    Outbox(Jdbi jdbi, Clock clock, AuditLog audit) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
    }

    Pages<OutboxMail> page(String after) {
        return Pages.of(jdbi.onDemand(OutboxDao.class).page(Inbox.key(after), Pages.SIZE + 1),
                m -> String.valueOf(m.id()));
    }

    /** Queues a failed mail again, with a new 24 hours of tries; false if it is not failed (any more). */
    boolean retry(User admin, long id) {
        return jdbi.inTransaction(h -> {
            if (h.attach(OutboxDao.class).requeue(id, clock.instant()) == 0) {
                return false;
            }
            audit.append(h, AuditEvent.of("mail.retried").by(admin.id(), admin.email(), admin.agencyId())
                    .on("mail", id));
            return true;
        });
    }
}

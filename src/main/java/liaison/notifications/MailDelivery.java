package liaison.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The job that sends what the outbox holds. Each mail is sent under its row's lock and marked sent in the same
 * transaction, so it goes out once. A temporary failure (no connection, an SMTP 4xx) is tried again after 1, 2, 4 …
 * minutes (at most an hour apart) until 24 hours have passed since it was queued, then it is marked failed; a
 * permanent one (5xx) is failed at once. Failed mail waits for the system admin's retry. With no mail server
 * configured nothing is sent: the mail stays queued and the system admin reads it on the outbox page.
 */
public final class MailDelivery {
    static final Duration GIVE_UP_AFTER = Duration.ofHours(24);
    static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    static final Duration LONGEST_WAIT = Duration.ofHours(1);
    private static final int BATCH = 100;
    private static final int MAX_ERROR = 500;
    private static final Logger LOG = LoggerFactory.getLogger(MailDelivery.class);

    private final Jdbi jdbi;
    private final Clock clock;
    private final Optional<Mailer> mailer;
    private final String preferences;

    /** {@code preferences}: the address of the preferences page, each mail's {@code List-Unsubscribe}. */
    MailDelivery(Jdbi jdbi, Clock clock, Optional<Mailer> mailer, String preferences) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.mailer = mailer;
        this.preferences = preferences;
    }

    /** Sends every mail that is due; returns how many went out. */
    public int run() {
        if (mailer.isEmpty()) {
            return 0;
        }
        int sent = 0;
        for (long id : jdbi.onDemand(OutboxDao.class).due(clock.instant(), BATCH)) {
            sent += deliver(id, mailer.get()) ? 1 : 0;
        }
        return sent;
    }

    private boolean deliver(long id, Mailer to) {
        return jdbi.inTransaction(h -> {
            Instant now = clock.instant();
            OutboxDao dao = h.attach(OutboxDao.class);
            OutboxMail mail = dao.lockDue(id, now).orElse(null);
            if (mail == null) {
                return false;
            }
            try {
                to.send(mail.recipient(), mail.subject(), mail.bodyText(), mail.bodyHtml(), preferences);
                dao.sent(id, now);
                return true;
            } catch (Mailer.MailFailure e) {
                String error = shorten(e.getMessage());
                Instant next = now.plus(wait(mail.attempts() + 1));
                if (e.permanent() || next.isAfter(mail.queuedAt().plus(GIVE_UP_AFTER))) {
                    dao.failed(id, error);
                    LOG.warn("Mail {} failed for good after {} tries: {}", id, mail.attempts() + 1, error);
                } else {
                    dao.later(id, next, error);
                }
                return false;
            }
        });
    }

    /** How long to wait after the {@code tries}-th failed try: doubling from a minute, at most an hour. */
    static Duration wait(int tries) {
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(tries - 1, 20));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    private static String shorten(String s) {
        String one = s == null ? "" : s.replaceAll("\\s+", " ");
        return one.length() <= MAX_ERROR ? one : one.substring(0, MAX_ERROR);
    }
}

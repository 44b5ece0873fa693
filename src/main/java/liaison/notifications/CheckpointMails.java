package liaison.notifications;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import liaison.audit.AuditSequencer;
import liaison.audit.Checkpoint;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The day's last audit checkpoint, e-mailed to every active system admin (issue 13), so they can keep it outside
 * the portal and give it to {@code verify-audit --checkpoints FILE}. Once per UTC day, on the job's first run of the
 * day, for the day that just ended: the sequencer signs a checkpoint on demand ({@link AuditSequencer#checkpoint()}),
 * which covers every entry of that day; when nothing was added since the last checkpoint it signs nothing and that
 * one is mailed again, saying so (nothing was added since the day mailed before). The {@code checkpoint_mails} row of the day is written in the transaction that
 * queues the mails, so two instances or two runs never mail a day twice. The mail holds the checkpoint and the
 * public key, nothing about any request or person.
 */
public final class CheckpointMails {
    private final Jdbi jdbi;
    private final Clock clock;
    private final MailTemplates mails;
    private final Supplier<Checkpoint> checkpoint;
    private final Supplier<String> publicKey;

    CheckpointMails(Jdbi jdbi, Clock clock, MailTemplates mails, AuditSequencer sequencer) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.mails = mails;
        this.checkpoint = sequencer::checkpoint;
        this.publicKey = () -> sequencer.keys().publicKeyText();
    }

    interface Dao {
        @SqlQuery("SELECT COUNT(*) > 0 FROM checkpoint_mails WHERE mail_day = :day")
        boolean mailed(@Bind("day") LocalDate day);

        @SqlUpdate("INSERT IGNORE INTO checkpoint_mails (mail_day, seq, queued_at) VALUES (:day, :seq, :now)")
        int record(@Bind("day") LocalDate day, @Bind("seq") long seq, @Bind("now") Instant now);

        @SqlQuery("SELECT seq FROM checkpoint_mails WHERE mail_day < :day ORDER BY mail_day DESC LIMIT 1")
        Optional<Long> lastMailedSeq(@Bind("day") LocalDate day);

        @SqlQuery("""
                SELECT a.email FROM accounts a
                WHERE a.active AND EXISTS (
                    SELECT 1 FROM account_roles r WHERE r.account_id = a.id AND r.role = 'SYSTEM_ADMIN')
                ORDER BY a.id""")
        List<String> systemAdmins();
    }

    /** Mails yesterday's (UTC) last checkpoint unless done already; the number of mails queued. */
    public int run() {
        LocalDate day = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(1);
        if (jdbi.withExtension(Dao.class, dao -> dao.mailed(day))) {
            return 0;
        }
        Checkpoint c = checkpoint.get();
        // nothing added since the last day mailed: the same checkpoint again
        boolean quiet = jdbi.withExtension(Dao.class, dao -> dao.lastMailedSeq(day)).map(s -> s == c.seq())
                .orElse(false);
        MailTemplates.Mail mail = mails.checkpoint(c, publicKey.get(), day, quiet);
        return jdbi.inTransaction(h -> {
            Dao dao = h.attach(Dao.class);
            Instant now = clock.instant();
            if (dao.record(day, c.seq(), now) == 0) {
                return 0;
            }
            List<String> admins = dao.systemAdmins();
            OutboxDao outbox = h.attach(OutboxDao.class);
            admins.forEach(to -> outbox.queue(null, to, mail.subject(), mail.text(), mail.html(), now));
            return admins.size();
        });
    }
}

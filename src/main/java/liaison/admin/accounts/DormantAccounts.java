package liaison.admin.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import liaison.audit.AuditEvent;
import liaison.audit.AuditLog;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Accounts unused for 90 days are disabled (DESIGN.md §7). Last use is the last sign-in, or the opening of the
 * account if it never signed in, or its last reactivation (from the audit log), whichever is latest: a reactivated
 * account gets 90 days of its own. Each account is disabled in its own transaction, the condition checked again
 * in the update, so instances running this at the same time do no harm.
 */
public final class DormantAccounts {
    static final Duration UNUSED_FOR = Duration.ofDays(90);
    private static final int BATCH = 500;

    private static final String LAST_USE = """
            GREATEST(COALESCE(a.last_sign_in_at, a.created_at),
                     COALESCE((SELECT MAX(l.occurred_at) FROM audit_log l
                               WHERE l.action = 'account.reactivated' AND l.object_type = 'account'
                                 AND l.object_id = CAST(a.id AS CHAR CHARACTER SET utf8mb4) COLLATE utf8mb4_unicode_ci), a.created_at))
            """;

    interface Dao {
        @SqlQuery("SELECT a.id FROM accounts a WHERE a.active AND a.id > :afterId AND " + LAST_USE
                + " < :cutoff ORDER BY a.id LIMIT :limit")
        List<Long> dormant(@Bind("cutoff") Instant cutoff, @Bind("afterId") long afterId, @Bind("limit") int limit);

        @SqlUpdate("UPDATE accounts a SET a.active = FALSE, a.deactivated_at = :now, a.deactivated_reason = '"
                + AccountAdminDao.UNUSED + "', a.version = a.version + 1 WHERE a.id = :id AND a.active AND "
                + LAST_USE + " < :cutoff")
        int disable(@Bind("id") long id, @Bind("cutoff") Instant cutoff, @Bind("now") Instant now);
    }

    private final Jdbi jdbi;
    private final AuditLog audit;
    private final Clock clock;

    public DormantAccounts(Jdbi jdbi, AuditLog audit, Clock clock) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.clock = clock;
    }

    /** Disables what has gone unused; returns how many accounts. */
    public int run() {
        Instant now = clock.instant();
        Instant cutoff = now.minus(UNUSED_FOR);
        int disabled = 0;
        long afterId = 0;
        List<Long> batch;
        while (!(batch = jdbi.onDemand(Dao.class).dormant(cutoff, afterId, BATCH)).isEmpty()) {
            for (long id : batch) {
                disabled += jdbi.inTransaction(h -> {
                    if (h.attach(Dao.class).disable(id, cutoff, now) != 1) {
                        return 0;
                    }
                    audit.append(h, AuditEvent.of("account.disabled-unused").on("account", id)
                            .details("unused for " + UNUSED_FOR.toDays() + " days"));
                    return 1;
                });
                afterId = id;
            }
        }
        return disabled;
    }
}

package liaison.audit;

import java.time.Duration;
import java.util.List;
import liaison.support.MutableClock;
import org.jdbi.v3.core.Jdbi;

/** What the audit trail's tests do to a log: empty it, fill it, tamper with it as someone with database access. */
final class AuditTestData {
    private AuditTestData() {
    }

    /** An empty log, an empty chain (head at the genesis hash) and no checkpoints. */
    static void reset(Jdbi jdbi) {
        jdbi.useHandle(h -> {
            h.execute("DELETE FROM audit_log");
            h.execute("DELETE FROM audit_checkpoints");
            h.execute("UPDATE audit_chain_head SET last_seq = 0, last_hash = ? WHERE id = 1", AuditLog.GENESIS);
        });
    }

    static void sql(Jdbi jdbi, String statement, Object... args) {
        jdbi.useHandle(h -> h.execute(statement, args));
    }

    /** {@code count} entries in one transaction, unchained, 1.5 s apart. */
    static void appendRaw(Jdbi jdbi, MutableClock clock, int count) {
        AuditLog audit = new AuditLog(jdbi, clock);
        jdbi.useTransaction(h -> {
            for (int i = 0; i < count; i++) {
                clock.advance(Duration.ofMillis(1_500));
                audit.append(h, AuditEvent.of(i % 2 == 0 ? "sign-in.succeeded" : "request.viewed")
                        .by((long) (i % 3 + 1), "person" + (i % 3) + "@agency.example", 2L)
                        .on("request", 100 + i).details("entry " + i).from("192.0.2." + i % 250));
            }
        });
    }

    /** The chained entries in chain order. */
    static List<AuditEntry> chained(Jdbi jdbi) {
        return jdbi.withExtension(AuditDao.class, dao -> dao.after(0, Integer.MAX_VALUE));
    }

    /** A rewrite by someone with write access: every chained entry's hashes recomputed, and the head moved. */
    static void rehash(Jdbi jdbi) {
        jdbi.useTransaction(h -> {
            String prev = AuditLog.GENESIS;
            long seq = 0;
            for (AuditEntry e : h.attach(AuditDao.class).after(0, Integer.MAX_VALUE)) {
                String hash = AuditLog.hash(prev, e.occurredAt(), e.event());
                h.execute("UPDATE audit_log SET prev_hash = ?, entry_hash = ? WHERE id = ?", prev, hash, e.id());
                prev = hash;
                seq = e.seq();
            }
            h.execute("UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1", seq, prev);
        });
    }
}

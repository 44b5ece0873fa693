package liaison.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import liaison.support.MutableClock;
import liaison.support.TestDatabase;
import liaison.system.Database;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A log chained the old way (one head row locked by every append) keeps its chain when the sequencer comes in. */
class AuditMigrationTest {
    @TempDir
    java.nio.file.Path folder;

    @Test
    void entriesChainedBeforeTheSequencerGetTheirNumbersAndTheChainGoesOn() {
        String url = TestDatabase.emptyDatabase();
        var config = Flyway.configure().dataSource(url, TestDatabase.user(), TestDatabase.password())
                .locations("classpath:db/migration");
        // the schema as it was just before the sequencer's migration (V35)
        String before35 = java.util.Arrays.stream(config.load().info().all()).map(m -> m.getVersion())
                .filter(v -> v.isNewerThan("0") && !v.isAtLeast("35")).max(Comparable::compareTo).orElseThrow()
                .getVersion();
        config.target(before35).load().migrate();
        Jdbi before = Jdbi.create(url, TestDatabase.user(), TestDatabase.password());
        String prev = AuditLog.GENESIS;
        Instant at = Instant.parse("2026-10-01T09:00:00Z");
        for (int i = 0; i < 3; i++) {
            AuditEvent e = AuditEvent.of("sign-in.succeeded").by((long) i, "person" + i + "@agency.example", null);
            Instant when = at.plusSeconds(i);
            String hash = AuditLog.hash(prev, when, e);
            String p = prev;
            before.useHandle(h -> h.execute("""
                    INSERT INTO audit_log (occurred_at, actor_id, actor_email, action, prev_hash, entry_hash)
                    VALUES (?, ?, ?, 'sign-in.succeeded', ?, ?)""", when, e.actorId(), e.actorEmail(), p, hash));
            prev = hash;
        }
        String last = prev;
        before.useHandle(h -> h.execute("UPDATE audit_chain_head SET last_hash = ? WHERE id = 1", last));

        try (Database database = Database.connect(url, TestDatabase.user(), TestDatabase.password())) {
            Jdbi jdbi = database.jdbi();
            List<AuditEntry> chain = AuditTestData.chained(jdbi);
            assertEquals(List.of(1L, 2L, 3L), chain.stream().map(AuditEntry::seq).toList());
            MutableClock clock = new MutableClock(Instant.parse("2026-11-02T14:00:00Z"));
            AuditLog audit = new AuditLog(jdbi, clock);
            assertEquals(Optional.empty(), audit.verify());
            audit.append(AuditEvent.of("request.viewed"));
            assertEquals(1, new AuditSequencer(jdbi, clock, AuditFiles.in(folder)).run());
            List<AuditEntry> after = AuditTestData.chained(jdbi);
            assertEquals(4L, after.get(3).seq());
            assertEquals(last, after.get(3).prevHash(), "the new entry follows the last one chained the old way");
            assertEquals(Optional.empty(), audit.verify());
        }
    }
}

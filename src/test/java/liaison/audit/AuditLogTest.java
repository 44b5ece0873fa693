package liaison.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The hash-chained audit log on a real database (DESIGN.md §8): appends are chained by the sequencer, and tampering
 * is found. Checkpoints, concurrency without a lock and late commits: {@link AuditTrailTest}.
 */
class AuditLogTest extends AuditDatabaseTest {

    @Override
    Instant start() {
        return Instant.parse("2026-11-02T14:00:00.123456789Z");
    }

    @Test
    void entriesChainFromTheGenesisHash() {
        appendSome(5);
        List<AuditEntry> entries = entries();
        assertEquals(5, entries.size());
        assertEquals("0".repeat(64), entries.get(0).prevHash());
        assertEquals(AuditLog.GENESIS, entries.get(0).prevHash());
        for (int i = 1; i < entries.size(); i++) {
            assertEquals(entries.get(i - 1).entryHash(), entries.get(i).prevHash(), "entry " + i);
        }
        assertEquals(5, new HashSet<>(entries.stream().map(AuditEntry::entryHash).toList()).size(), "distinct hashes");
        entries.forEach(e -> assertTrue(e.entryHash().matches("[0-9a-f]{64}"), e.entryHash()));
        assertEquals(entries.get(4).entryHash(), head(), "the chain head is the last entry's hash");
    }

    @Test
    void anEntryKeepsWhatWasAppended() {
        audit.append(AuditEvent.of("request.viewed").by(7L, "clerk@nyc-doc.example", 3L).on("request", 42)
                .details("opened from the queue").from("192.0.2.10"));
        sequencer.run();
        AuditEntry e = entries().get(0);
        assertEquals("request.viewed", e.action());
        assertEquals(7L, e.actorId());
        assertEquals("clerk@nyc-doc.example", e.actorEmail());
        assertEquals(3L, e.agencyId());
        assertEquals("request", e.objectType());
        assertEquals("42", e.objectId());
        assertEquals("opened from the queue", e.details());
        assertEquals("192.0.2.10", e.clientIp());
        // stored with microseconds: the hash covers exactly what is stored
        assertEquals(Instant.parse("2026-11-02T14:00:00.123456Z"), e.occurredAt());
        assertEquals(AuditLog.hash(AuditLog.GENESIS, e.occurredAt(), AuditEvent.of("request.viewed")
                .by(7L, "clerk@nyc-doc.example", 3L).on("request", 42).details("opened from the queue")
                .from("192.0.2.10")), e.entryHash());
    }

    @Test
    void anIntactChainVerifies() {
        assertEquals(Optional.empty(), audit.verify(), "an empty log");
        appendSome(12);
        assertEquals(Optional.empty(), audit.verify());
    }

    @Test
    void aChainLongerThanOneBatchVerifiesAndBreaksAreFoundInTheSecondBatch() {
        appendSome(520);
        assertEquals(Optional.empty(), audit.verify());
        long altered = entries().get(510).id();
        sql("UPDATE audit_log SET details = 'altered' WHERE id = ?", altered);
        assertEquals(altered, audit.verify().orElseThrow().entryId());
    }

    @Test
    void alteredDetailsAreFoundAtThatEntry() {
        appendSome(6);
        long altered = entries().get(3).id();
        sql("UPDATE audit_log SET details = 'nothing to see here' WHERE id = ?", altered);
        Optional<AuditLog.Break> found = audit.verify();
        assertTrue(found.isPresent(), "the change is found");
        assertEquals(altered, found.get().entryId());
    }

    @Test
    void everyAlteredColumnIsFound() {
        List<String> changes = List.of(
                "actor_email = 'someone-else@x.example'", "actor_id = 999", "agency_id = 999",
                "action = 'request.created'", "object_type = 'subject'", "object_id = '999'",
                "client_ip = '203.0.113.9'", "occurred_at = '2020-01-01 00:00:00'", "details = NULL");
        for (String change : changes) {
            emptyLog();
            appendSome(4);
            long altered = entries().get(2).id();
            sql("UPDATE audit_log SET " + change + " WHERE id = ?", altered);
            assertEquals(altered, audit.verify().map(AuditLog.Break::entryId).orElse(-1L), change);
        }
    }

    @Test
    void aRecomputedHashIsFoundAtTheNextEntry() {
        // someone who alters an entry and fixes its own hash still breaks the link to the next one
        appendSome(5);
        AuditEntry e = entries().get(1);
        AuditEvent forged = new AuditEvent(e.actorId(), e.actorEmail(), e.agencyId(), e.action(), e.objectType(),
                e.objectId(), "forged", e.clientIp());
        sql("UPDATE audit_log SET details = 'forged', entry_hash = ? WHERE id = ?",
                AuditLog.hash(e.prevHash(), e.occurredAt(), forged), e.id());
        assertEquals(entries().get(2).id(), audit.verify().orElseThrow().entryId());
    }

    @Test
    void aDeletedMiddleEntryIsFound() {
        appendSome(7);
        List<AuditEntry> entries = entries();
        sql("DELETE FROM audit_log WHERE id = ?", entries.get(3).id());
        Optional<AuditLog.Break> found = audit.verify();
        assertTrue(found.isPresent(), "the gap is found");
        assertEquals(entries.get(4).id(), found.get().entryId(), "reported at the entry after the gap");
    }

    @Test
    void aDeletedFirstEntryIsFound() {
        appendSome(3);
        List<AuditEntry> entries = entries();
        sql("DELETE FROM audit_log WHERE id = ?", entries.get(0).id());
        assertEquals(entries.get(1).id(), audit.verify().orElseThrow().entryId());
    }

    @Test
    void deletedLastEntriesAreFound() {
        // covering one's tracks: removing the newest entries leaves a chain that is intact as far as it goes
        appendSome(6);
        List<AuditEntry> entries = entries();
        sql("DELETE FROM audit_log WHERE id >= ?", entries.get(4).id());
        Optional<AuditLog.Break> found = audit.verify();
        assertTrue(found.isPresent(), "the missing end of the chain is found");
        assertEquals(entries.get(3).id(), found.get().entryId(), "reported at the last entry left");
    }

    @Test
    void anEmptiedLogIsFound() {
        appendSome(3);
        sql("DELETE FROM audit_log WHERE id > ?", 0L);
        assertTrue(audit.verify().isPresent());
    }

    @Test
    void appendsContinueTheChainAfterVerifying() {
        appendSome(3);
        assertEquals(Optional.empty(), audit.verify());
        appendSome(3);
        assertEquals(Optional.empty(), audit.verify());
        assertEquals(6, entries().size());
    }

    @Test
    void anAppendRolledBackWithItsTransactionLeavesTheChainIntact() {
        appendSome(2);
        try {
            jdbi.useTransaction(handle -> {
                audit.append(handle, AuditEvent.of("account.created").details("rolled back"));
                throw new IllegalStateException("the change fails");
            });
        } catch (IllegalStateException expected) {
            // the entry went with the change
        }
        appendSome(2);
        assertEquals(4, entries().size());
        assertEquals(Optional.empty(), audit.verify());
    }

    @Test
    void concurrentAppendsStillMakeOneChain() throws Exception {
        int threads = 4;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                go.await();
                for (int i = 0; i < each; i++) {
                    audit.append(AuditEvent.of("test.concurrent").by((long) thread, null, null)
                            .details("thread " + thread + " entry " + i));
                }
                return null;
            }));
        }
        // meanwhile, an admin verifies: appends in flight are never mistaken for tampering
        List<AuditLog.Break> falseAlarms = new CopyOnWriteArrayList<>();
        ExecutorService verifierPool = Executors.newSingleThreadExecutor();
        Future<?> verifier = verifierPool.submit(() -> {
            go.await();
            while (done.stream().anyMatch(f -> !f.isDone())) {
                sequencer.run();
                audit.verify().ifPresent(falseAlarms::add);
            }
            return null;
        });
        go.countDown();
        for (Future<?> f : done) {
            f.get(60, TimeUnit.SECONDS);
        }
        verifier.get(60, TimeUnit.SECONDS);
        pool.shutdown();
        verifierPool.shutdown();
        assertEquals(List.of(), falseAlarms);
        sequencer.run();
        List<AuditEntry> entries = entries();
        assertEquals(threads * each, entries.size());
        assertEquals(Optional.empty(), audit.verify());
        for (int i = 1; i < entries.size(); i++) {
            assertEquals(entries.get(i - 1).entryHash(), entries.get(i).prevHash(), "entry " + i);
        }
        assertEquals(threads * each, new HashSet<>(entries.stream().map(AuditEntry::prevHash).toList()).size(),
                "no two entries follow the same one");
        assertNotEquals(AuditLog.GENESIS, head());
    }

    private void appendSome(int count) {
        for (int i = 0; i < count; i++) {
            clock.advance(Duration.ofMillis(1_500));
            audit.append(AuditEvent.of(i % 2 == 0 ? "sign-in.succeeded" : "request.viewed")
                    .by((long) (i % 3 + 1), "person" + (i % 3) + "@agency.example", i % 3 == 0 ? null : 2L)
                    .on("request", 100 + i).details(i % 4 == 0 ? null : "entry " + i).from("192.0.2." + i % 250));
        }
        sequencer.run();
    }

    private List<AuditEntry> entries() {
        // in chain order
        return jdbi.withExtension(AuditDao.class, dao -> dao.after(0, Integer.MAX_VALUE));
    }

    private String head() {
        return jdbi.withHandle(h -> h.createQuery("SELECT last_hash FROM audit_chain_head WHERE id = 1")
                .mapTo(String.class).one());
    }

    private void sql(String statement, Object... args) {
        jdbi.useHandle(h -> h.execute(statement, args));
    }
}

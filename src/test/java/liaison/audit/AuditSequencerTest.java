package liaison.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import liaison.App;
import liaison.support.TestApp;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Appending without a global lock, and the one sequencer (issue 13): appenders never wait on each other or on an
 * open transaction; an entry that commits late is chained next, once; two portal instances make one chain.
 */
class AuditSequencerTest extends AuditDatabaseTest {

    @Test
    void thirtyTwoThreadsAppendWhileAnotherTransactionWithAnAuditedChangeStaysOpen() throws Exception {
        int threads = 32;
        int each = 5;
        try (Handle open = jdbi.open()) {
            open.begin();
            // an audited change, not committed: under the old design every append queued behind its head lock
            open.execute("INSERT INTO agencies (kind, name, jurisdiction, created_at) VALUES ('LOCAL_AGENCY', 'Open Transaction Agency', 'Nowhere County', NOW(6))");
            audit.append(open, AuditEvent.of("agency.created").details("still open"));

            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch go = new CountDownLatch(1);
            CountDownLatch finished = new CountDownLatch(threads);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    go.await();
                    for (int i = 0; i < each; i++) {
                        audit.append(AuditEvent.of("request.viewed").by((long) thread, null, null)
                                .details("thread " + thread + " entry " + i));
                    }
                    finished.countDown();
                    return null;
                }));
            }
            go.countDown();
            // every appender commits while the open transaction still holds its change: none waits on it (a
            // blocked append would hold this latch until the open transaction ends, below, and fail here)
            boolean allDone = finished.await(120, TimeUnit.SECONDS);
            for (Future<?> f : done) {
                if (f.isDone()) {
                    f.get();
                }
            }
            pool.shutdownNow();
            assertTrue(allDone, "the appenders were blocked by the open transaction");
            // and the sequencer chains them without waiting for it either
            assertEquals(threads * each, sequencer.run());
            open.commit();
        }
        assertEquals(1, sequencer.run(), "the entry of the transaction that stayed open, once it committed");
        List<AuditEntry> chain = AuditTestData.chained(jdbi);
        assertEquals(threads * each + 1, chain.size());
        assertEquals("still open", chain.get(chain.size() - 1).details());
        assertEquals(Optional.empty(), audit.verify());
    }

    @Test
    void anEntryCommittedAfterLaterEntriesWereChainedIsChainedNextExactlyOnce() {
        AuditTestData.appendRaw(jdbi, clock, 3);
        long lateId;
        try (Handle late = jdbi.open()) {
            late.begin();
            lateId = audit.record(late, AuditEvent.of("request.viewed").details("committed late"));
            AuditTestData.appendRaw(jdbi, clock, 4);
            assertEquals(7, sequencer.run(), "the committed ones, not the open one");
            late.commit();
        }
        AuditTestData.appendRaw(jdbi, clock, 2);
        assertEquals(3, sequencer.run(), "the late one, then the two after it");
        assertEquals(0, sequencer.run(), "nothing twice");
        List<AuditEntry> chain = AuditTestData.chained(jdbi);
        assertEquals(10, chain.size());
        AuditEntry late = chain.get(7);
        assertEquals(lateId, late.id());
        assertEquals(8L, late.seq(), "chained next, after entries with higher ids");
        assertTrue(chain.get(6).id() > lateId);
        assertEquals(10, new HashSet<>(chain.stream().map(AuditEntry::id).toList()).size());
        for (int i = 0; i < chain.size(); i++) {
            assertEquals(i + 1L, chain.get(i).seq());
        }
        assertEquals(Optional.empty(), audit.verify());
    }

    @Test
    void aSecondSequencerGivesUpWhileOneHoldsTheHead() {
        AuditTestData.appendRaw(jdbi, clock, 2);
        AuditSequencer other = new AuditSequencer(jdbi, clock, AuditFiles.in(folder));
        try (Handle running = jdbi.open()) {
            running.begin();
            // what a running sequencer holds
            running.attach(AuditDao.class).lockHead();
            assertEquals(-1, other.run(), "it does not queue behind the one running");
            running.commit();
        }
        assertEquals(2, other.run());
    }

    @Test
    void twoPortalInstancesOnOneDatabaseMakeOneChain(@TempDir Path shared) throws Exception {
        // two portals built as the application builds them, sharing the database and the key
        AuditFiles files = AuditFiles.in(shared);
        App.Modules first = new App(new App.Setup(database, clock, false, new liaison.accounts.PasswordHasher(4),
                1000, Optional.empty(), TestApp.BASE_URL, files)).modules();
        App.Modules second = new App(new App.Setup(database, clock, false, new liaison.accounts.PasswordHasher(4),
                1000, Optional.empty(), TestApp.BASE_URL, files)).modules();
        List<AuditSequencer> sequencers = List.of(first.audit().sequencer(), second.audit().sequencer());
        List<AuditLog> logs = List.of(first.audit().log(), second.audit().log());

        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch appended = new CountDownLatch(4);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            AuditLog log = logs.get(t % 2);
            int thread = t;
            work.add(pool.submit(() -> {
                go.await();
                for (int i = 0; i < 40; i++) {
                    log.append(AuditEvent.of("request.viewed").details("instance " + thread % 2 + " entry " + i));
                }
                appended.countDown();
                return null;
            }));
        }
        for (AuditSequencer s : sequencers) {
            work.add(pool.submit(() -> {
                go.await();
                while (appended.getCount() > 0) {
                    s.run();
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> f : work) {
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
        sequencers.get(1).run();
        sequencers.get(0).checkpoint();

        List<AuditEntry> chain = AuditTestData.chained(jdbi);
        assertEquals(160, chain.size());
        for (int i = 0; i < chain.size(); i++) {
            assertEquals(i + 1L, chain.get(i).seq(), "one numbering, no gap, none twice");
        }
        assertEquals(Optional.empty(), audit.verify());
        var outcome = new ChainVerifier(jdbi, clock).verify(new CheckpointFile(files.checkpointFile()).read(),
                sequencers.get(1).keys().publicKey(), true);
        assertTrue(outcome.intact(), outcome.describe());
    }
}

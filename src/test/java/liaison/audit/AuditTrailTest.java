package liaison.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The audit trail's defences outside the database (issue 13): signed checkpoints in a file, the verifier that
 * checks the chain extends each, the key file, the commands, the alarm. Each kind of tampering is its own case.
 */
class AuditTrailTest extends AuditDatabaseTest {

    // --- tampering, each on its own: 10 entries, a checkpoint, 10 more, a checkpoint

    @Test
    void anEntrysChangedContentIsFound() {
        List<AuditEntry> e = twoCheckpointedStretches();
        AuditTestData.sql(jdbi, "UPDATE audit_log SET details = 'nothing happened' WHERE id = ?", e.get(4).id());
        assertBrokenAt(e.get(4).id(), "content does not match its hash");
    }

    @Test
    void aDeletedEntryIsFound() {
        List<AuditEntry> e = twoCheckpointedStretches();
        AuditTestData.sql(jdbi, "DELETE FROM audit_log WHERE id = ?", e.get(12).id());
        assertBrokenAt(e.get(13).id(), "sequence number 13 is missing");
    }

    @Test
    void twoSwappedEntriesAreFound() {
        List<AuditEntry> e = twoCheckpointedStretches();
        // entries 6 and 7 trade places in the chain
        AuditTestData.sql(jdbi, "UPDATE audit_log SET seq = -1 WHERE id = ?", e.get(5).id());
        AuditTestData.sql(jdbi, "UPDATE audit_log SET seq = 6 WHERE id = ?", e.get(6).id());
        AuditTestData.sql(jdbi, "UPDATE audit_log SET seq = 7 WHERE id = ?", e.get(5).id());
        assertBrokenAt(e.get(6).id(), "does not follow the entry before it");
    }

    @Test
    void anInsertedEntryIsFound() {
        List<AuditEntry> e = twoCheckpointedStretches();
        // an entry slipped in as number 4, hashed properly after number 3; the rest move up one
        AuditTestData.sql(jdbi, "UPDATE audit_log SET seq = seq + 1000000 WHERE seq >= 4");
        AuditTestData.sql(jdbi, "UPDATE audit_log SET seq = seq - 999999 WHERE seq >= 1000000");
        AuditEntry third = e.get(2);
        AuditEvent forged = AuditEvent.of("account.created").details("slipped in");
        Instant at = third.occurredAt().plusSeconds(1);
        AuditTestData.sql(jdbi, """
                INSERT INTO audit_log (seq, occurred_at, action, details, prev_hash, entry_hash)
                VALUES (4, ?, 'account.created', 'slipped in', ?, ?)""", at, third.entryHash(),
                AuditLog.hash(third.entryHash(), at, forged));
        assertBrokenAt(e.get(3).id(), "does not follow the entry before it");
    }

    @Test
    void aWholeChainRewrittenWithEveryHashRecomputedIsCaughtByTheCheckpoints() {
        List<AuditEntry> e = twoCheckpointedStretches();
        AuditTestData.sql(jdbi, "UPDATE audit_log SET details = 'rewritten' WHERE id = ?", e.get(4).id());
        AuditTestData.rehash(jdbi);
        assertEquals(Optional.empty(), audit.verify(), "the chain is consistent in itself: only a checkpoint can tell");
        assertBrokenAt(e.get(9).id(), "does not extend the signed checkpoint at 10");
    }

    @Test
    void entriesAfterTheLastCheckpointAreOnlyAsSafeAsTheDatabaseUntilTheNextOne() {
        // why checkpoints are signed every few minutes: a rewrite of what no checkpoint covers yet goes unseen
        twoCheckpointedStretches();
        List<AuditEntry> later = appendAndChain(5);
        AuditTestData.sql(jdbi, "UPDATE audit_log SET details = 'rewritten' WHERE id = ?", later.get(0).id());
        AuditTestData.rehash(jdbi);
        assertTrue(verifyFull().intact());
    }

    @Test
    void aForgedCheckpointIsRefused() throws Exception {
        twoCheckpointedStretches();
        List<String> lines = Files.readAllLines(files.checkpointFile());
        String last = lines.get(lines.size() - 1);
        Checkpoint real = Checkpoint.parse(last);
        // the same signature over another head: a forger without the key
        Checkpoint forged = new Checkpoint(real.seq(), "f".repeat(64), real.signedAt(), real.keyId(), real.signature());
        lines.set(lines.size() - 1, forged.line());
        Files.write(files.checkpointFile(), lines);
        ChainVerifier.Outcome outcome = verifyFull();
        assertFalse(outcome.intact());
        assertTrue(outcome.refused().orElseThrow().contains("does not carry a valid signature"), outcome.describe());
    }

    @Test
    void aCheckpointSignedWithAnotherKeyIsRefused() throws Exception {
        twoCheckpointedStretches();
        AuditKeys other = AuditKeys.loadOrCreate(folder.resolve("another-key"));
        AuditDao.Head head = jdbi.withExtension(AuditDao.class, AuditDao::head);
        Files.writeString(files.checkpointFile(),
                Checkpoint.sign(other, head.lastSeq(), head.lastHash(), clock.instant()).line() + "\n",
                java.nio.file.StandardOpenOption.APPEND);
        assertTrue(verifyFull().refused().isPresent());
    }

    @Test
    void aLineThatIsNoCheckpointIsRefused() throws Exception {
        twoCheckpointedStretches();
        Files.writeString(files.checkpointFile(), "v1 12 not-a-hash\n", java.nio.file.StandardOpenOption.APPEND);
        assertTrue(verifyFull().refused().orElseThrow().contains("not a checkpoint"));
    }

    @Test
    void anIntactChainExtendsEveryCheckpoint() {
        twoCheckpointedStretches();
        ChainVerifier.Outcome outcome = verifyFull();
        assertTrue(outcome.intact(), outcome.describe());
        assertEquals(2, outcome.checkpoints());
        assertEquals(20, outcome.toSeq());
    }

    @Test
    void removingEntriesBackToBeforeACheckpointIsFound() {
        List<AuditEntry> e = twoCheckpointedStretches();
        AuditTestData.sql(jdbi, "DELETE FROM audit_log WHERE seq > 15");
        AuditTestData.sql(jdbi, "UPDATE audit_chain_head SET last_seq = 15, last_hash = ?", e.get(14).entryHash());
        ChainVerifier.Outcome outcome = verifyFull();
        assertTrue(outcome.broken().orElseThrow().reason().contains("before the signed checkpoint at 20"),
                outcome.describe());
    }

    // --- incremental and full verification

    @Test
    void verificationIsIncrementalFromTheLastVerifiedCheckpointAndFullOnRequest() {
        List<AuditEntry> e = twoCheckpointedStretches();
        assertTrue(verifyFull().intact());
        appendAndChain(3);
        ChainVerifier.Outcome incremental = verify(false);
        assertTrue(incremental.intact());
        assertEquals(20, incremental.fromSeq(), "starts at the checkpoint verified last");
        assertEquals(23, incremental.toSeq());
        // a change before the verified checkpoint is for the full walk to find
        AuditTestData.sql(jdbi, "UPDATE audit_log SET details = 'old news' WHERE id = ?", e.get(2).id());
        assertTrue(verify(false).intact());
        assertEquals(e.get(2).id(), verifyFull().broken().orElseThrow().entryId());
    }

    @Test
    void incrementalVerificationStillFindsAChangeAfterTheVerifiedCheckpoint() {
        twoCheckpointedStretches();
        assertTrue(verifyFull().intact());
        List<AuditEntry> later = appendAndChain(3);
        AuditTestData.sql(jdbi, "UPDATE audit_log SET action = 'sign-in.failed' WHERE id = ?", later.get(1).id());
        assertEquals(later.get(1).id(), verify(false).broken().orElseThrow().entryId());
    }

    @Test
    void aVerificationWalksInBatchesPastManyEntries() {
        AuditTestData.appendRaw(jdbi, clock, 2_500);
        sequencer.run();
        sequencer.checkpoint();
        AuditTestData.appendRaw(jdbi, clock, 10);
        sequencer.run();
        ChainVerifier.Outcome outcome = verifyFull();
        assertTrue(outcome.intact(), outcome.describe());
        assertEquals(2_510, outcome.toSeq());
    }

    // --- checkpoints, the key and the commands

    @Test
    void aCheckpointIsStoredAndAppendedToTheFileAsOneSignedLine() throws Exception {
        appendAndChain(4);
        Checkpoint c = sequencer.checkpoint();
        assertEquals(4, c.seq());
        assertTrue(c.validFor(sequencer.keys().publicKey()));
        List<String> lines = Files.readAllLines(files.checkpointFile()).stream().filter(l -> !l.startsWith("#")).toList();
        assertEquals(List.of(c.line()), lines);
        assertEquals(c, Checkpoint.parse(lines.get(0)));
        assertEquals(Optional.of(c), sequencer.latestCheckpoint());
        assertEquals(c, sequencer.checkpoint(), "nothing new: the same checkpoint");
    }

    @Test
    void theJobSignsACheckpointWhenTheChainGrewAndTheLastIsOldEnough() {
        sequencer.runAndCheckpointWhenDue();
        assertEquals(Optional.empty(), sequencer.latestCheckpoint(), "an empty chain needs none");
        appendAndChain(2);
        sequencer.runAndCheckpointWhenDue();
        assertEquals(2, sequencer.latestCheckpoint().orElseThrow().seq());
        AuditTestData.appendRaw(jdbi, clock, 1);
        sequencer.runAndCheckpointWhenDue();
        assertEquals(2, sequencer.latestCheckpoint().orElseThrow().seq(), "not yet: the last is recent");
        clock.advance(AuditSequencer.CHECKPOINT_EVERY);
        sequencer.runAndCheckpointWhenDue();
        assertEquals(3, sequencer.latestCheckpoint().orElseThrow().seq());
    }

    @Test
    void theKeyFileIsMadeReadableByItsOwnerOnlyAndKeptAcrossStarts() throws Exception {
        AuditKeys keys = sequencer.keys();
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(files.keyFile())));
        assertEquals(keys.publicKeyText(), AuditKeys.loadOrCreate(files.keyFile()).publicKeyText());
        assertTrue(Files.readString(files.keyFile()).contains("public-key: " + keys.publicKeyText()));
    }

    @Test
    void theCommandsPrintThePublicKeyAndVerifyWithItOrWithACopy() throws Exception {
        twoCheckpointedStretches();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        assertEquals(0, VerifyAudit.printPublicKey(files, new PrintStream(printed, true, StandardCharsets.UTF_8)));
        assertTrue(printed.toString(StandardCharsets.UTF_8).contains(sequencer.keys().publicKeyText()));
        Path copy = folder.resolve("elsewhere").resolve("public-key.txt");
        Files.createDirectories(copy.getParent());
        Files.writeString(copy, printed.toString(StandardCharsets.UTF_8));
        Path checkpoints = folder.resolve("elsewhere").resolve("checkpoints.txt");
        Files.copy(files.checkpointFile(), checkpoints);

        assertEquals(0, command("verify-audit"));
        assertEquals(0, command("verify-audit", "--full", "--checkpoints", checkpoints.toString(),
                "--public-key", copy.toString()));
        assertEquals(2, command("verify-audit", "--nonsense"));
        AuditTestData.sql(jdbi, "UPDATE audit_log SET details = 'x' WHERE seq = 3");
        AuditTestData.rehash(jdbi);
        assertEquals(1, command("verify-audit", "--full", "--checkpoints", checkpoints.toString()));
        assertTrue(jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM audit_log WHERE action = 'audit.verified'")
                .mapTo(Integer.class).one()) >= 3, "each verification is recorded");
    }

    @Test
    void theCheckpointCommandSignsOne() {
        appendAndChain(3);
        AuditTestData.appendRaw(jdbi, clock, 2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, VerifyAudit.checkpoint(jdbi, clock, files, new PrintStream(out, true, StandardCharsets.UTF_8)));
        assertEquals(5, sequencer.latestCheckpoint().orElseThrow().seq(), "what waited is chained first");
    }

    @Test
    void entriesWaitingMoreThanAMinuteRaiseTheAlarm() {
        AuditTestData.appendRaw(jdbi, clock, 2);
        assertEquals(0, sequencer.lateEntries());
        clock.advance(AuditSequencer.ALARM_AFTER.plusSeconds(1));
        assertEquals(2, sequencer.lateEntries());
        sequencer.run();
        assertEquals(0, sequencer.lateEntries());
    }

    // --- helpers

    private List<AuditEntry> twoCheckpointedStretches() {
        appendAndChain(10);
        sequencer.checkpoint();
        appendAndChain(10);
        sequencer.checkpoint();
        return AuditTestData.chained(jdbi);
    }

    private List<AuditEntry> appendAndChain(int count) {
        long before = jdbi.withExtension(AuditDao.class, AuditDao::head).lastSeq();
        AuditTestData.appendRaw(jdbi, clock, count);
        sequencer.run();
        List<AuditEntry> all = AuditTestData.chained(jdbi);
        return new ArrayList<>(all.subList((int) before, all.size()));
    }

    private void assertBrokenAt(long entryId, String reason) {
        ChainVerifier.Outcome outcome = verifyFull();
        AuditLog.Break b = outcome.broken().orElseThrow(() -> new AssertionError("not found: " + outcome.describe()));
        assertEquals(entryId, b.entryId(), b.reason());
        assertTrue(b.reason().contains(reason), b.reason());
    }

    private ChainVerifier.Outcome verifyFull() {
        return verify(true);
    }

    private ChainVerifier.Outcome verify(boolean full) {
        return new ChainVerifier(jdbi, clock).verify(new CheckpointFile(files.checkpointFile()).read(),
                sequencer.keys().publicKey(), full);
    }

    private int command(String... args) {
        return VerifyAudit.run(args, jdbi, clock, files, new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8));
    }
}

package liaison.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * The one sequencer of the audit log (issue 13). {@link #run()} chains committed, unchained entries in batches: in
 * one transaction per batch it locks the chain head (a row only the sequencer takes, so appenders never wait on it;
 * SKIP LOCKED, so a second sequencer on another instance gives up at once), reads the unchained entries that are
 * committed, in id order (READ COMMITTED: each read sees what committed before it), gives each the next sequence
 * number and its hashes, and moves the head. An entry whose transaction commits after entries with higher ids were
 * chained is simply chained in the next batch: chain order is sequence order, not id order. Each entry is chained
 * once: the update only takes an entry whose seq is still NULL, and seq is unique.
 *
 * <p>{@link #checkpoint()} chains what is pending, then signs (seq, head hash, time) with the {@link AuditKeys} and
 * stores the checkpoint in the database and in the {@link CheckpointFile}.
 */
public final class AuditSequencer {
    /** How long an entry may wait to be chained before the audit page raises the alarm. */
    public static final Duration ALARM_AFTER = Duration.ofMinutes(1);
    /** How often a checkpoint is signed when the chain has grown. */
    public static final Duration CHECKPOINT_EVERY = Duration.ofMinutes(5);

    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditFiles files;
    private volatile AuditKeys keys;

    public AuditSequencer(Jdbi jdbi, Clock clock, AuditFiles files) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.files = files;
    }

    /** Chains every committed entry waiting; the number chained, or -1 when another sequencer holds the head. */
    public int run() {
        int total = 0;
        while (true) {
            Optional<Integer> chained = batch();
            if (chained.isEmpty()) {
                return total == 0 ? -1 : total;
            }
            total += chained.get();
            if (chained.get() < ChainWalk.BATCH) {
                return total;
            }
        }
    }

    /** The job: chain what waits, and sign a checkpoint when the last is older than {@link #CHECKPOINT_EVERY}. */
    public void runAndCheckpointWhenDue() {
        run();
        Optional<Checkpoint> last = jdbi.withExtension(CheckpointDao.class, CheckpointDao::latest);
        AuditDao.Head head = jdbi.withExtension(AuditDao.class, AuditDao::head);
        boolean moved = last.map(c -> c.seq() != head.lastSeq()).orElse(head.lastSeq() > 0);
        boolean due = last.map(c -> !c.signedAt().plus(CHECKPOINT_EVERY).isAfter(clock.instant())).orElse(true);
        if (moved && due) {
            checkpoint();
        }
    }

    /** Chains what is pending and signs a checkpoint of the head (the last one again when nothing was added). */
    public Checkpoint checkpoint() {
        run();
        AuditKeys signing = keys();
        return jdbi.inTransaction(TransactionIsolationLevel.READ_COMMITTED, h -> {
            AuditDao.Head head = h.attach(AuditDao.class).lockHead();
            CheckpointDao dao = h.attach(CheckpointDao.class);
            Optional<Checkpoint> last = dao.latest();
            if (last.isPresent() && last.get().seq() == head.lastSeq() && last.get().headHash().equals(head.lastHash())
                    && last.get().keyId().equals(signing.keyId())) {
                return last.get();
            }
            Checkpoint c = Checkpoint.sign(signing, head.lastSeq(), head.lastHash(),
                    clock.instant().truncatedTo(ChronoUnit.MICROS));
            dao.insert(c);
            // outside the database before the commit: a line for a checkpoint whose commit then fails still
            // describes the chain truly (a checkpoint changes no entry)
            new CheckpointFile(files.checkpointFile()).append(c);
            return c;
        });
    }

    /** The signing key, read (or made) on first use. */
    public AuditKeys keys() {
        AuditKeys k = keys;
        if (k == null) {
            synchronized (this) {
                if (keys == null) {
                    keys = AuditKeys.loadOrCreate(files.keyFile());
                }
                k = keys;
            }
        }
        return k;
    }

    /** Up to {@code limit} stored checkpoints at or after {@code seq}, oldest first (signatures not checked). */
    List<Checkpoint> checkpointsCovering(long seq, int limit) {
        return jdbi.withExtension(CheckpointDao.class, dao -> dao.covering(seq, limit));
    }

    /** The newest stored checkpoint (its signature not checked). */
    public Optional<Checkpoint> latestCheckpoint() {
        return jdbi.withExtension(CheckpointDao.class, CheckpointDao::latest);
    }

    /** When a verification last found the chain extending a checkpoint. */
    public Optional<Instant> lastVerifiedAt() {
        return jdbi.withExtension(CheckpointDao.class, CheckpointDao::lastVerifiedAt);
    }

    public AuditFiles files() {
        return files;
    }

    /** How many entries have waited longer than {@link #ALARM_AFTER} to be chained. */
    public long lateEntries() {
        Instant before = clock.instant().minus(ALARM_AFTER);
        return jdbi.withExtension(AuditDao.class, dao -> dao.unchainedBefore(before));
    }

    /** One batch in one transaction; empty when another sequencer holds the head. */
    private Optional<Integer> batch() {
        return jdbi.inTransaction(TransactionIsolationLevel.READ_COMMITTED, h -> {
            AuditDao dao = h.attach(AuditDao.class);
            Optional<AuditDao.Head> locked = dao.lockHeadUnlessTaken();
            if (locked.isEmpty()) {
                return Optional.<Integer>empty();
            }
            AuditDao.Head head = locked.get();
            List<AuditEntry> waiting = dao.unchained(ChainWalk.BATCH);
            long seq = head.lastSeq();
            String prev = head.lastHash();
            for (AuditEntry e : waiting) {
                String hash = AuditLog.hash(prev, e.occurredAt(), e.event());
                if (dao.chain(e.id(), seq + 1, prev, hash) == 1) {
                    seq++;
                    prev = hash;
                }
            }
            if (seq != head.lastSeq()) {
                dao.moveHead(seq, prev);
            }
            return Optional.of((int) (seq - head.lastSeq()));
        });
    }
}

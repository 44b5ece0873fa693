package liaison.audit;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * One walk along the chain in sequence order, a batch at a time (bounded memory however long the log): each entry
 * must carry the next sequence number, follow the hash before it, match its own hash, and match every checkpoint
 * given at its sequence number; the walk must reach the head (read before it starts) and every checkpoint.
 */
final class ChainWalk {
    static final int BATCH = 1000;

    /** What the walk found: the first break, if any, and where it ended (the last entry that matched). */
    record Result(Optional<AuditLog.Break> broken, long lastSeq, String lastHash, long lastId) {
    }

    private ChainWalk() {
    }

    /**
     * Walks from the entry after {@code fromSeq}, whose hash is taken to be {@code fromHash}; {@code checkpoints}
     * maps sequence numbers to the head hash a trusted checkpoint signed there.
     */
    static Result walk(Jdbi jdbi, long fromSeq, String fromHash, Map<Long, String> checkpoints) {
        AuditDao.Head head = jdbi.withExtension(AuditDao.class, AuditDao::head);
        String prev = fromHash;
        long seq = fromSeq;
        long lastId = 0;
        List<AuditEntry> batch;
        while (!(batch = next(jdbi, seq)).isEmpty()) {
            for (AuditEntry e : batch) {
                Optional<String> problem = check(e, seq, prev, checkpoints, head);
                if (problem.isPresent()) {
                    return new Result(Optional.of(new AuditLog.Break(e.id(), problem.get())), seq, prev, lastId);
                }
                prev = e.entryHash();
                seq = e.seq();
                lastId = e.id();
            }
        }
        long reached = seq;
        Optional<Long> missed = checkpoints.keySet().stream().filter(s -> s > reached).min(Long::compare);
        if (missed.isPresent()) {
            return broken(lastId, "the chain ends at " + seq + ", before the signed checkpoint at " + missed.get()
                    + ": entries were removed", seq, prev);
        }
        if (seq < head.lastSeq()) {
            return broken(lastId, "the chain ends early: entries after this one were removed", seq, prev);
        }
        return new Result(Optional.empty(), seq, prev, lastId);
    }

    private static List<AuditEntry> next(Jdbi jdbi, long afterSeq) {
        return jdbi.withExtension(AuditDao.class, dao -> dao.after(afterSeq, BATCH));
    }

    private static Optional<String> check(AuditEntry e, long seq, String prev, Map<Long, String> checkpoints,
                                          AuditDao.Head head) {
        if (e.seq() != seq + 1) {
            return Optional.of("sequence number " + (seq + 1) + " is missing: an entry was removed");
        }
        if (!prev.equals(e.prevHash())) {
            return Optional.of("does not follow the entry before it");
        }
        if (!AuditLog.hash(prev, e.occurredAt(), e.event()).equals(e.entryHash())) {
            return Optional.of("content does not match its hash");
        }
        String signed = checkpoints.get(e.seq());
        if (signed != null && !signed.equals(e.entryHash())) {
            return Optional.of("the chain does not extend the signed checkpoint at " + e.seq()
                    + ": the log was rewritten");
        }
        if (e.seq() == head.lastSeq() && !head.lastHash().equals(e.entryHash())) {
            return Optional.of("does not match the chain head");
        }
        return Optional.empty();
    }

    private static Result broken(long id, String reason, long seq, String hash) {
        return new Result(Optional.of(new AuditLog.Break(id, reason)), seq, hash, id);
    }
}

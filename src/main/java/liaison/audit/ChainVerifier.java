package liaison.audit;

import java.security.PublicKey;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Verifies the chain against signed checkpoints kept outside the database: every checkpoint line must carry a valid
 * signature of the public key (a forged one refuses the whole verification), and the chain must extend every one
 * (at its sequence number, the entry's hash is the signed head hash). Someone who rewrites the log and recomputes
 * every hash cannot sign a checkpoint, so the first checkpoint after the rewritten part catches it.
 *
 * <p>Incremental by default: the walk starts at the newest checkpoint that an earlier verification found the chain
 * extending and that is among those given (so what was verified is not read again); in full from the first entry on
 * request. Either way the walk reads the entries a batch at a time.
 */
public final class ChainVerifier {
    private final Jdbi jdbi;
    private final Clock clock;

    public ChainVerifier(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** What a verification found: a refused checkpoint line, or the chain's first break, or neither. */
    public record Outcome(Optional<String> refused, Optional<AuditLog.Break> broken, long fromSeq, long toSeq,
                          int checkpoints) {
        public boolean intact() {
            return refused.isEmpty() && broken.isEmpty();
        }

        public String describe() {
            if (refused.isPresent()) {
                return "not verified: " + refused.get();
            }
            return broken.map(b -> "broken at entry " + b.entryId() + ": " + b.reason())
                    .orElse("intact (entries " + (fromSeq + 1) + " to " + toSeq + " checked against " + checkpoints
                            + " signed checkpoint" + (checkpoints == 1 ? "" : "s") + ")");
        }
    }

    public Outcome verify(List<CheckpointFile.Line> lines, PublicKey key, boolean full) {
        Map<Long, String> signed = new HashMap<>();
        for (CheckpointFile.Line line : lines) {
            Checkpoint c = line.checkpoint();
            if (c == null) {
                return refused("line " + line.number() + " of the checkpoint file is not a checkpoint");
            }
            if (!c.validFor(key)) {
                return refused("the checkpoint on line " + line.number() + " (at " + c.seq()
                        + ") does not carry a valid signature of this public key: it is forged or from another key");
            }
            String other = signed.putIfAbsent(c.seq(), c.headHash());
            if (other != null && !other.equals(c.headHash())) {
                return refused("two signed checkpoints at " + c.seq() + " disagree");
            }
        }
        Optional<Checkpoint> start = full ? Optional.empty()
                : jdbi.withExtension(CheckpointDao.class, CheckpointDao::lastVerified)
                .filter(c -> c.headHash().equals(signed.get(c.seq())));
        long fromSeq = start.map(Checkpoint::seq).orElse(0L);
        String fromHash = start.map(Checkpoint::headHash).orElse(AuditLog.GENESIS);
        if (signed.containsKey(0L) && !signed.get(0L).equals(AuditLog.GENESIS)) {
            return refused("the signed checkpoint at 0 does not hold the genesis hash");
        }
        Map<Long, String> ahead = new HashMap<>();
        signed.forEach((seq, hash) -> {
            if (seq > fromSeq) {
                ahead.put(seq, hash);
            }
        });
        ChainWalk.Result walked = ChainWalk.walk(jdbi, fromSeq, fromHash, ahead);
        if (walked.broken().isEmpty()) {
            var now = clock.instant();
            // the newest checkpoint the chain extends: the next incremental verification starts there
            lines.stream().map(CheckpointFile.Line::checkpoint).max(java.util.Comparator.comparingLong(Checkpoint::seq))
                    .ifPresent(c -> jdbi.useExtension(CheckpointDao.class, dao -> dao.markVerified(c, now)));
        }
        return new Outcome(Optional.empty(), walked.broken(), fromSeq, walked.lastSeq(), signed.size());
    }

    private static Outcome refused(String why) {
        return new Outcome(Optional.of(why), Optional.empty(), 0, 0, 0);
    }
}

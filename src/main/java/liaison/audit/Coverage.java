package liaison.audit;

import java.util.Optional;

/**
 * Whether a signed checkpoint covers an audit entry: the entry is chained, and a checkpoint at or after its
 * sequence number carries a valid signature of the portal's key. What the public verify page says about a
 * certified document's record.
 */
public final class Coverage {
    private static final int LOOK_AT = 5;

    private final AuditLog log;
    private final AuditSequencer sequencer;

    Coverage(AuditLog log, AuditSequencer sequencer) {
        this.log = log;
        this.sequencer = sequencer;
    }

    /** The first validly signed checkpoint covering the entry; empty while none does (or it is not chained yet). */
    public Optional<Checkpoint> of(long entryId) {
        Optional<Long> seq = log.seqOf(entryId);
        if (seq.isEmpty()) {
            return Optional.empty();
        }
        var key = sequencer.keys().publicKey();
        return sequencer.checkpointsCovering(seq.get(), LOOK_AT).stream().filter(c -> c.validFor(key)).findFirst();
    }
}

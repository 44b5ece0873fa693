package liaison.generator;

import java.time.Instant;
import liaison.audit.AuditEvent;
import liaison.audit.AuditLog;

/**
 * Audit entries written already chained, by the audit log's own hash rule ({@link AuditLog#hash}): each gets the
 * next sequence number and the hash of the one before, so verify-audit finds one unbroken chain and the sequencer
 * has nothing to do. The head is written back to {@code audit_chain_head} at the end of the run.
 */
final class AuditChain {
    long seq;
    String last;

    AuditChain(long seq, String last) {
        this.seq = seq;
        this.last = last;
    }

    void append(Chunk c, Instant at, AuditEvent e) {
        String hash = AuditLog.hash(last, at, e);
        c.audit.add(++seq, at, e.actorId(), e.actorEmail(), e.agencyId(), e.action(), e.objectType(), e.objectId(),
                e.details(), e.clientIp(), last, hash);
        last = hash;
    }
}

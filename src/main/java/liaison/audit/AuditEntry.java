package liaison.audit;

import java.time.Instant;

/**
 * A stored audit entry with its place in the hash chain: {@code seq}, {@code prevHash} and {@code entryHash} are
 * null until the sequencer has chained it.
 */
public record AuditEntry(long id, Long seq, Instant occurredAt, Long actorId, String actorEmail, Long agencyId,
                         String action, String objectType, String objectId, String details, String clientIp,
                         String prevHash, String entryHash) {

    /** The message key of the words for this entry's action (see {@link AuditActions}). */
    public String actionKey() {
        return AuditActions.messageKey(action);
    }

    public boolean chained() {
        return seq != null;
    }

    AuditEvent event() {
        return new AuditEvent(actorId, actorEmail, agencyId, action, objectType, objectId, details, clientIp);
    }
}

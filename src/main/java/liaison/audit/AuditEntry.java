package liaison.audit;

import java.time.Instant;

/** A stored audit entry with its place in the hash chain. */
public record AuditEntry(long id, Instant occurredAt, Long actorId, String actorEmail, Long agencyId, String action,
                         String objectType, String objectId, String details, String clientIp,
                         String prevHash, String entryHash) {

    /** The message key of the words for this entry's action (see {@link AuditActions}). */
    public String actionKey() {
        return AuditActions.messageKey(action);
    }
}

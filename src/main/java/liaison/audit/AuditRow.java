package liaison.audit;

import java.time.Instant;

/**
 * An audit entry as the audit log page and its export show it: with the name of the actor's agency; {@code seq} and
 * the hashes are null while it waits to be chained.
 */
public record AuditRow(long id, Long seq, Instant occurredAt, Long actorId, String actorEmail, Long agencyId,
                       String agencyName, String action, String objectType, String objectId, String details,
                       String clientIp, String prevHash, String entryHash) {
}

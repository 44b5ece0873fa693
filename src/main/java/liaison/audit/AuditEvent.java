package liaison.audit;

/**
 * One thing to record: who did what to which object. Details must never hold passwords, codes or secrets.
 */
public record AuditEvent(Long actorId, String actorEmail, Long agencyId, String action,
                         String objectType, String objectId, String details, String clientIp) {

    public static AuditEvent of(String action) {
        return new AuditEvent(null, null, null, action, null, null, null, null);
    }

    public AuditEvent by(Long actorId, String actorEmail, Long agencyId) {
        return new AuditEvent(actorId, actorEmail, agencyId, action, objectType, objectId, details, clientIp);
    }

    public AuditEvent on(String type, Object id) {
        return new AuditEvent(actorId, actorEmail, agencyId, action, type, String.valueOf(id), details, clientIp);
    }

    public AuditEvent details(String text) {
        return new AuditEvent(actorId, actorEmail, agencyId, action, objectType, objectId, text, clientIp);
    }

    public AuditEvent from(String ip) {
        return new AuditEvent(actorId, actorEmail, agencyId, action, objectType, objectId, details, ip);
    }
}

package liaison.attachments;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import liaison.accounts.Account;
import liaison.audit.AuditEvent;
import liaison.audit.AuditLog;
import liaison.requests.Request;
import liaison.requests.RequestDao;
import liaison.requests.RequestedItem;
import liaison.requests.TimelineKind;
import liaison.requests.WorkflowException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Files on requests (DESIGN.md §7): PDF, PNG or JPEG by their content, at most 10 MB, stored with their SHA-256.
 * An upload is on the request's timeline and in the audit log; so is every refused upload and every download.
 */
public final class AttachmentService {
    /** 10 MB. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private final Jdbi jdbi;
    private final AuditLog audit;
    private final Clock clock;
    private final AttachmentPolicy policy;

    public AttachmentService(Jdbi jdbi, AuditLog audit, Clock clock, AttachmentPolicy policy) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.clock = clock;
        this.policy = policy;
    }

    /**
     * Stores a file on a request the actor can see and works on, optionally about one requested item.
     *
     * @throws WorkflowException NOT_FOUND when the actor cannot see the request, NOT_ALLOWED when they may not add
     *                           files to it
     * @throws AttachmentRejected when the file itself is refused (missing, too large, not PDF/PNG/JPEG, ...)
     */
    public Attachment store(Account actor, long requestId, String fileName, byte[] content,
                            Optional<RequestedItem> item, String clientIp) {
        String[] tracking = {String.valueOf(requestId)};
        try {
            return jdbi.inTransaction(h -> {
                Request r = h.attach(RequestDao.class).lockVisible(requestId, agencyOf(actor))
                        .orElseThrow(AttachmentService::notFound);
                tracking[0] = r.trackingNumber();
                if (!policy.canUpload(actor, r)) {
                    throw new WorkflowException(WorkflowException.Reason.NOT_ALLOWED, "may not add files here");
                }
                AttachmentType type = check(r, content, item);
                return insert(h, actor, r, AttachmentNames.sanitize(fileName, type), type, content, item, clientIp);
            });
        } catch (AttachmentRejected e) {
            // a refused upload (a renamed program, say) is worth a line in the log even though nothing was stored
            audit.append(AuditEvent.of("attachment.rejected").by(actor.id(), actor.email(), actor.agencyId())
                    .on("request", tracking[0]).from(clientIp)
                    .details(e.reason().code() + ": " + AttachmentNames.sanitize(fileName, null)));
            throw e;
        }
    }

    /**
     * Stores a file inside the caller's transaction, on a request the caller has locked and checked the actor may
     * act on (a court order's document, recorded with the order): the same checks, storage and log lines.
     *
     * @throws AttachmentRejected when the file itself is refused
     */
    public Attachment storeWithin(Handle h, Account actor, Request r, String fileName, byte[] content, String clientIp) {
        AttachmentType type = check(r, content, Optional.empty());
        return insert(h, actor, r, AttachmentNames.sanitize(fileName, type), type, content, Optional.empty(), clientIp);
    }

    /**
     * The request's files, without content, for the detail page; the caller has already found the request. Through
     * the handle with a fixed mapper: on every view of the page, an on-demand AttachmentDao and a ConstructorMapper
     * resolved per result set cost more CPU than the query.
     */
    public List<Attachment> list(long requestId) {
        return jdbi.withHandle(h -> h.createQuery(AttachmentDao.LIST).bind("requestId", requestId)
                .map(AttachmentDao.ATTACHMENT).list());
    }

    /** The panel of the detail page for a request the viewer can see. */
    public AttachmentPanel panel(Account viewer, Request r) {
        return new AttachmentPanel(list(r.id()), policy.canUpload(viewer, r) && !r.state().isTerminal());
    }

    /** A file of a request the viewer can see; the download is audited. Not visible or no such file: NOT_FOUND. */
    public AttachmentFile download(Account viewer, long requestId, long attachmentId, String clientIp) {
        return jdbi.inTransaction(h -> {
            Request r = h.attach(RequestDao.class).findVisible(requestId, agencyOf(viewer))
                    .filter(found -> policy.canDownload(viewer, found)).orElseThrow(AttachmentService::notFound);
            AttachmentFile file = h.attach(AttachmentDao.class).file(attachmentId, r.id())
                    .orElseThrow(AttachmentService::notFound);
            audit.append(h, AuditEvent.of("attachment.downloaded").by(viewer.id(), viewer.email(), viewer.agencyId())
                    .on("request", r.trackingNumber()).from(clientIp)
                    .details(describe(file.id(), file.fileName(), file.sha256())));
            h.attach(DownloadDao.class).insert(r.id(), viewer.id(), clock.instant(), DocumentKind.ATTACHMENT,
                    file.id(), file.fileName(), file.sha256());
            return file;
        });
    }

    private static AttachmentType check(Request r, byte[] content, Optional<RequestedItem> item) {
        if (r.state().isTerminal()) {
            throw new AttachmentRejected(AttachmentRejected.Reason.REQUEST_CLOSED, r.state().label());
        }
        if (content == null || content.length == 0) {
            throw new AttachmentRejected(AttachmentRejected.Reason.MISSING, "no file");
        }
        if (content.length > MAX_BYTES) {
            throw new AttachmentRejected(AttachmentRejected.Reason.TOO_LARGE, content.length + " bytes");
        }
        if (item.isPresent() && !r.items().contains(item.get())) {
            throw new AttachmentRejected(AttachmentRejected.Reason.UNKNOWN_ITEM, item.get() + " was not requested");
        }
        return AttachmentType.detect(content).orElseThrow(() ->
                new AttachmentRejected(AttachmentRejected.Reason.WRONG_TYPE, "not a PDF, PNG or JPEG by content"));
    }

    private Attachment insert(Handle h, Account actor, Request r, String name, AttachmentType type, byte[] content,
                              Optional<RequestedItem> item, String clientIp) {
        String sha256 = sha256(content);
        Instant now = clock.instant();
        long id = h.attach(AttachmentDao.class).insert(r.id(), item.orElse(null), actor.id(), now, name,
                type.contentType(), sha256, content);
        String details = describe(id, name, sha256);
        h.attach(RequestDao.class).insertEvent(r.id(), now, actor.id(), TimelineKind.ATTACHMENT_ADDED, null, null, details);
        audit.append(h, AuditEvent.of("attachment.added").by(actor.id(), actor.email(), actor.agencyId())
                .on("request", r.trackingNumber()).from(clientIp).details(details));
        return new Attachment(id, r.id(), item.orElse(null), actor.id(), actor.displayName(), actor.agencyName(), now,
                name, type.contentType(), content.length, sha256);
    }

    static String describe(long id, String name, String sha256) {
        return name + " (attachment " + id + ", SHA-256 " + sha256 + ")";
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long agencyOf(Account a) {
        if (a.agencyId() == null) {
            throw notFound();
        }
        return a.agencyId();
    }

    private static WorkflowException notFound() {
        return new WorkflowException(WorkflowException.Reason.NOT_FOUND, "no such request or file");
    }
}

package liaison.answers;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import liaison.accounts.Account;
import liaison.accounts.AccountDao;
import liaison.attachments.AttachmentPolicy;
import liaison.attachments.DocumentKind;
import liaison.audit.AuditLog;
import liaison.requests.Affirmation;
import liaison.requests.Request;
import liaison.requests.RequestDao;
import liaison.requests.RequestType;
import liaison.requests.RequestViews;
import liaison.requests.RequestedItem;
import liaison.system.Formats;
import liaison.system.PdfDocuments;
import org.jdbi.v3.core.Jdbi;

/**
 * The request as filed, as a PDF (issue 12): what the office asked, of whom, about whom, and by whose authority.
 * For a subpoena that is the subpoena document: its legal authority, the officer who issued it, the approving
 * officer with the statement they affirmed (approval_affirmations), the records demanded and the return date.
 * Made afresh for each download by the people who may download the request's documents, and recorded like the
 * certified answer (chain of custody and audit log, with the SHA-256 of the bytes sent).
 */
public final class AsFiledDocuments {
    static final String TEMPLATE = "answers/as-filed";

    /**
     * What the document shows. {@code issuedBy}: the account that filed it (null if it is gone); {@code approval}:
     * the affirmation signed with the approval of a subpoena, null for other requests and before approval.
     */
    public record AsFiled(Request request, List<RequestedItem> items, Account issuedBy, Affirmation approval) {
        public boolean subpoena() {
            return request.type() == RequestType.ADMINISTRATIVE_SUBPOENA;
        }
    }

    private final Jdbi jdbi;
    private final AuditLog audit;
    private final Clock clock;
    private final AttachmentPolicy policy;
    private final RequestViews views;
    private final PdfDocuments pdfs;

    AsFiledDocuments(Jdbi jdbi, AuditLog audit, Clock clock, AttachmentPolicy policy, RequestViews views,
                     PdfDocuments pdfs) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.clock = clock;
        this.policy = policy;
        this.views = views;
        this.pdfs = pdfs;
    }

    /** The PDF, for someone who may see the request and download its documents; empty for anyone else. */
    public Optional<CertifiedAnswers.CertifiedFile> download(Account viewer, long requestId, String clientIp) {
        Optional<AsFiled> found = load(viewer, requestId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Request r = found.get().request();
        Instant now = clock.instant();
        byte[] pdf = pdfs.pdf(TEMPLATE, Map.of("d", found.get(), "issuedTo", viewer, "issuedAt", now,
                // the answering agency's zone, as on the certified answer: its clock counts the request's days
                "fmt", new Formats(ZoneId.of(r.agencyTimeZone()))));
        String prefix = found.get().subpoena() ? "subpoena-" : "request-";
        var file = new CertifiedAnswers.CertifiedFile(prefix + r.trackingNumber() + "-as-filed.pdf", pdf,
                CertifiedAnswers.sha256(pdf), null);
        jdbi.useTransaction(h -> CertifiedAnswers.recordDownload(h, audit, viewer, r, now, DocumentKind.AS_FILED,
                file, clientIp));
        return Optional.of(file);
    }

    /** What the document shows, for a request the viewer may see and download the documents of. */
    public Optional<AsFiled> load(Account viewer, long requestId) {
        if (viewer.agencyId() == null) {
            return Optional.empty();
        }
        Optional<Request> visible = jdbi.onDemand(RequestDao.class).findVisible(requestId, viewer.agencyId())
                .filter(r -> policy.canDownload(viewer, r));
        return visible.map(r -> new AsFiled(r, r.items().stream().sorted().toList(),
                jdbi.onDemand(AccountDao.class).find(r.createdBy()).orElse(null),
                r.type() == RequestType.ADMINISTRATIVE_SUBPOENA ? views.affirmation(r).orElse(null) : null));
    }
}

package liaison.answers;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import liaison.accounts.Account;
import liaison.attachments.AttachmentPolicy;
import liaison.attachments.AttachmentService;
import liaison.attachments.DocumentDownload;
import liaison.attachments.DocumentKind;
import liaison.attachments.DownloadDao;
import liaison.audit.AuditEvent;
import liaison.audit.AuditLog;
import liaison.enforcement.Enforcement;
import liaison.policies.PolicyDao;
import liaison.requests.AnswerDao;
import liaison.requests.ItemAnswer;
import liaison.requests.Request;
import liaison.requests.RequestDao;
import liaison.requests.StructuredAnswer;
import liaison.system.Formats;
import liaison.system.PdfDocuments;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Certified answers (DESIGN.md §5) and the chain of custody of a request's documents: the PDF of an answered
 * request, made afresh for each download, and the record of who downloaded what. Each download of the PDF is
 * audited and recorded with the SHA-256 of the very bytes sent, so any copy can later be matched to its download.
 */
public final class CertifiedAnswers {
    static final int SHOWN_DOWNLOADS = 100;
    static final String TEMPLATE = "answers/certified-answer";

    private final Jdbi jdbi;
    private final AuditLog audit;
    private final Clock clock;
    private final AttachmentPolicy policy;
    private final AttachmentService attachments;
    private final PdfDocuments pdfs;
    private final String baseUrl;

    /** A certified answer as downloaded, with the verification code printed in it. */
    public record CertifiedFile(String fileName, byte[] content, String sha256, String code) {
    }

    public CertifiedAnswers(Jdbi jdbi, AuditLog audit, Clock clock, AttachmentPolicy policy,
                            AttachmentService attachments, PdfDocuments pdfs, String baseUrl) {
        this.baseUrl = baseUrl;
        this.jdbi = jdbi;
        this.audit = audit;
        this.clock = clock;
        this.policy = policy;
        this.attachments = attachments;
        this.pdfs = pdfs;
    }

    /**
     * The PDF for a person of the filing office or a clerk of the answering agency, once the request is answered;
     * empty for anyone else, and before the answer (the caller answers 404 either way).
     */
    public Optional<CertifiedFile> download(Account viewer, long requestId, String clientIp) {
        Optional<CertifiedAnswer> found = load(viewer, requestId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Request r = found.get().request();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        // the code is printed in the PDF; the PDF's own SHA-256 cannot be, so it is stored under the code
        String code = VerificationCodes.next();
        byte[] pdf = pdfs.pdf(TEMPLATE, Map.of("c", found.get(), "issuedTo", viewer, "issuedAt", now,
                // the answering agency's zone for everyone: the release time reads as its clerk typed it
                "fmt", new Formats(ZoneId.of(r.agencyTimeZone())),
                "verifyCode", code, "verifyUrl", baseUrl + VerifyRoutes.PATH + "?code=" + code));
        var file = new CertifiedFile("certified-answer-" + r.trackingNumber() + ".pdf", pdf, sha256(pdf), code);
        Certification k = found.get().certification();
        jdbi.useTransaction(h -> {
            long entry = recordDownload(h, audit, viewer, r, now, DocumentKind.CERTIFIED_ANSWER, file, clientIp);
            h.attach(IssuedDocumentDao.class).insert(new IssuedDocument(code, file.sha256(), r.id(), r.agencyName(),
                    k == null ? null : k.clerkName(), k == null ? null : k.clerkTitle(),
                    k == null ? null : k.certifiedAt(), now, entry));
        });
        return Optional.of(file);
    }

    /**
     * A PDF made for a download leaves the portal: into the request's chain of custody with its SHA-256, and into
     * the audit log (action {@code certified-answer.downloaded} or {@code request.as-filed-downloaded}), in the
     * caller's transaction; the audit entry's id.
     */
    static long recordDownload(Handle h, AuditLog audit, Account viewer, Request r, Instant now, DocumentKind kind,
                               CertifiedFile file, String clientIp) {
        String action = kind == DocumentKind.AS_FILED ? "request.as-filed-downloaded" : "certified-answer.downloaded";
        h.attach(DownloadDao.class).insert(r.id(), viewer.id(), now, kind, null, file.fileName(), file.sha256());
        return audit.record(h, AuditEvent.of(action)
                .by(viewer.id(), viewer.email(), viewer.agencyId()).on("request", r.trackingNumber())
                .from(clientIp).details(file.fileName() + " (SHA-256 " + file.sha256()
                        + (file.code() == null ? "" : ", code " + file.code()) + ")"));
    }

    /** What the certified answer shows, for a request the viewer may download it of. */
    public Optional<CertifiedAnswer> load(Account viewer, long requestId) {
        if (viewer.agencyId() == null) {
            return Optional.empty();
        }
        return jdbi.inTransaction(h -> {
            Optional<Request> visible = h.attach(RequestDao.class).findVisible(requestId, viewer.agencyId())
                    .filter(r -> policy.canDownload(viewer, r) && r.answeredAt() != null);
            Optional<StructuredAnswer> answer = visible.flatMap(r -> h.attach(AnswerDao.class).find(r.id()));
            if (answer.isEmpty()) {
                return Optional.<CertifiedAnswer>empty();
            }
            Request r = visible.get();
            Certification certification = h.attach(CertificationDao.class).find(r.id()).orElse(null);
            var items = h.attach(RequestDao.class).items(r.id()).stream()
                    .sorted(Comparator.comparing(ItemAnswer::item)).toList();
            PolicyDao policies = h.attach(PolicyDao.class);
            String policyVersion = policies.reliedOn(r.id()).flatMap(policies::version)
                    .map(p -> "Version " + p.version() + ", effective " + p.effectiveOn()).orElse(null);
            return Optional.of(new CertifiedAnswer(r, items, answer.get(),
                    CertifiedAnswer.produced(r, attachments.list(r.id()), certification), policyVersion,
                    certification, Enforcement.inForce(h, r.id()).orElse(null)));
        });
    }

    /**
     * The detail page's certification and custody section for a request the viewer can see. Read on every view,
     * through the handle with fixed mappers: two DAOs attached per call and their ConstructorMappers were most of
     * this panel's CPU in the page's profile.
     */
    public CustodyPanel panel(Account viewer, Request r) {
        return jdbi.withHandle(h -> {
            List<DocumentDownload> latest = h.createQuery(DownloadDao.LATEST).bind("requestId", r.id())
                    .bind("limit", SHOWN_DOWNLOADS).map(DownloadDao.DOWNLOAD).list();
            // fewer than a page shown are all there are: counted only when there may be more
            int count = latest.size() < SHOWN_DOWNLOADS ? latest.size()
                    : h.createQuery(DownloadDao.COUNT).bind("requestId", r.id()).mapTo(int.class).one();
            // an answer and its certification are written in one transaction (Answering) and set aside together
            // (a court order): a request not answered has none to read
            Certification certification = r.answeredAt() == null ? null : h.createQuery(CertificationDao.FIND)
                    .bind("requestId", r.id()).map(CertificationDao.CERTIFICATION).findFirst().orElse(null);
            return new CustodyPanel(certification,
                    r.answeredAt() != null && policy.canDownload(viewer, r), policy.canDownload(viewer, r),
                    latest, count);
        });
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

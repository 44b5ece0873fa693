package liaison.answers;

import java.util.Optional;
import liaison.audit.AuditEvent;
import liaison.audit.AuditLog;
import liaison.audit.Checkpoint;
import liaison.audit.Coverage;
import org.jdbi.v3.core.Jdbi;

/**
 * The public check of a certified-answer PDF (issue 13): by its verification code, or by its bytes (their SHA-256
 * must be the one stored when the PDF was issued). Says only whether this portal issued it, by which agency, when,
 * certified by whom, and whether a signed checkpoint of the audit trail covers its issue. Each check is audited.
 */
final class DocumentVerification {
    /** The largest PDF checked; a larger upload gets a message. */
    static final int MAX_BYTES = 10 * 1024 * 1024;

    private final Jdbi jdbi;
    private final AuditLog audit;
    private final Coverage coverage;

    DocumentVerification(Jdbi jdbi, AuditLog audit, Coverage coverage) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.coverage = coverage;
    }

    /** What a check found: the document issued (null when none matches) and the checkpoint covering it, if any. */
    public record Found(IssuedDocument document, Checkpoint checkpoint) {
        public boolean matched() {
            return document != null;
        }
    }

    /** Checks a code (already normalised). */
    Found byCode(String code, Long actorId, String actorEmail, String clientIp) {
        Optional<IssuedDocument> d = jdbi.withExtension(IssuedDocumentDao.class, dao -> dao.byCode(code));
        return found(d, "code " + code, actorId, actorEmail, clientIp);
    }

    /** Checks the bytes of an uploaded PDF (already checked to be one, of an allowed size). */
    Found byContent(byte[] pdf, Long actorId, String actorEmail, String clientIp) {
        String sha = CertifiedAnswers.sha256(pdf);
        Optional<IssuedDocument> d = jdbi.withExtension(IssuedDocumentDao.class, dao -> dao.bySha256(sha));
        return found(d, "upload with SHA-256 " + sha, actorId, actorEmail, clientIp);
    }

    private Found found(Optional<IssuedDocument> d, String what, Long actorId, String actorEmail, String clientIp) {
        audit.append(AuditEvent.of("document.verified").by(actorId, actorEmail, null)
                .on("certified-document", d.map(IssuedDocument::code).orElse("none")).from(clientIp)
                .details(what + (d.isPresent() ? ": matches" : ": no match")));
        return new Found(d.orElse(null), d.flatMap(x -> coverage.of(x.auditEntryId())).orElse(null));
    }
}

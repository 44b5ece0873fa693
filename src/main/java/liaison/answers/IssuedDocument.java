package liaison.answers;

import java.time.Instant;

/**
 * A certified-answer PDF as issued, as far as the public verify page may tell of it: its verification code, the
 * SHA-256 of its bytes, the agency, when it was issued, who certified the answer and when (null for an answer
 * given before certifications were recorded), and the audit entry of its issue.
 */
public record IssuedDocument(String code, String sha256, long requestId, String agencyName, String certifiedByName,
                             String certifiedByTitle, Instant certifiedAt, Instant issuedAt, long auditEntryId) {
}

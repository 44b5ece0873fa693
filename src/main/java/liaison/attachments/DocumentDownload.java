package liaison.attachments;

import java.time.Instant;

/** One download, as the chain of custody lists it: who, when, which file, and the SHA-256 of what they received. */
public record DocumentDownload(long id, long requestId, long accountId, String accountName, String accountAgency,
                               Instant downloadedAt, DocumentKind documentKind, Long attachmentId, String fileName,
                               String sha256) {
}

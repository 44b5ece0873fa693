package liaison.attachments;

import java.time.Instant;
import java.util.Locale;
import liaison.requests.RequestedItem;

/** A file on a request as lists show it: everything but the content. */
public record Attachment(long id, long requestId, RequestedItem item, long uploadedBy, String uploaderName,
                         String uploaderAgency, Instant uploadedAt, String fileName, String contentType,
                         int sizeBytes, String sha256) {

    /** "PDF", "PNG" or "JPEG". */
    public String typeLabel() {
        return AttachmentType.ofContentType(contentType).map(AttachmentType::label).orElse(contentType);
    }

    /** The size for people: "850 bytes", "12.4 KB", "3.1 MB". */
    public String sizeLabel() {
        if (sizeBytes < 1024) {
            return sizeBytes + " bytes";
        }
        if (sizeBytes < 1024 * 1024) {
            return String.format(Locale.US, "%.1f KB", sizeBytes / 1024.0);
        }
        return String.format(Locale.US, "%.1f MB", sizeBytes / (1024.0 * 1024.0));
    }
}

package liaison.attachments;

/** A file as it is downloaded: its stored name, type, content and SHA-256. */
public record AttachmentFile(long id, String fileName, String contentType, String sha256, byte[] content) {
}

package liaison.attachments;

/**
 * What left the portal in a download: a file of the request, or a PDF made for the download (the certified answer,
 * the request as filed).
 */
public enum DocumentKind {
    ATTACHMENT,
    CERTIFIED_ANSWER,
    AS_FILED
}

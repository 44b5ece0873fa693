package liaison.attachments;

/** What left the portal in a download: a file of the request, or the certified answer made for the download. */
public enum DocumentKind {
    ATTACHMENT,
    CERTIFIED_ANSWER
}

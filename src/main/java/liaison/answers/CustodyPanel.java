package liaison.answers;

import java.util.List;
import liaison.attachments.DocumentDownload;

/**
 * The detail page's section on the answer's certification and the request's chain of custody, with the links to
 * the PDFs the viewer may download (the certified answer once answered, the request as filed). {@code downloads}
 * holds the latest {@value CertifiedAnswers#SHOWN_DOWNLOADS} of {@code total}; the audit log holds every one.
 */
public record CustodyPanel(Certification certification, boolean canDownloadAnswer, boolean canDownloadAsFiled,
                           List<DocumentDownload> downloads, int total) {

    public boolean truncated() {
        return total > downloads.size();
    }
}

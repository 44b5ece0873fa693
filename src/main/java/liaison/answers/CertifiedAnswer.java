package liaison.answers;

import java.time.Instant;
import java.util.List;
import liaison.requests.LegalProcess;
import liaison.attachments.Attachment;
import liaison.enforcement.CourtOrder;
import liaison.requests.ItemAnswer;
import liaison.requests.Request;
import liaison.requests.StructuredAnswer;

/**
 * Everything a certified answer shows: the request, its items as answered, the structured answer, the documents
 * the agency produced, the agency policy relied on and the clerk's certification. {@code certification} is null
 * only for answers given before certifications were recorded; {@code policyVersion} is null when the answer names
 * no policy version; {@code courtOrder} is the court order the answer answers (the one in force), null when none.
 */
public record CertifiedAnswer(Request request, List<ItemAnswer> items, StructuredAnswer answer,
                              List<Produced> documents, String policyVersion, Certification certification,
                              CourtOrder courtOrder) {

    /** A document the answering agency added to the request, and whether it came after the certification. */
    public record Produced(Attachment file, boolean afterCertification) {
    }

    public LegalProcess legalProcess() {
        return LegalProcess.of(request);
    }

    /** Documents added after the answer was certified are listed, marked: the certification does not cover them. */
    static List<Produced> produced(Request r, List<Attachment> files, Certification certification) {
        Instant certified = certification == null ? null : certification.certifiedAt();
        return files.stream().filter(f -> r.agencyName().equals(f.uploaderAgency()))
                .map(f -> new Produced(f, certified != null && f.uploadedAt().isAfter(certified))).toList();
    }
}

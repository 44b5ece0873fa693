package liaison.filing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import liaison.requests.Priority;
import liaison.requests.RequestType;
import liaison.requests.RequestedItem;
import liaison.requests.Subject;

/**
 * What a requester drafts: one type, one set of items and one narrative for several subjects and agencies.
 * Submitting it makes one request per (subject, agency) pair, grouped under this filing as their batch.
 */
public record Filing(
        long id,
        long officeId,
        long createdBy,
        RequestType type,
        Priority priority,
        Set<RequestedItem> items,
        String narrative,
        String legalAuthority,
        LocalDate returnDate,
        List<Long> recipients,
        List<Subject> subjects,
        Instant submittedAt,
        int version) {

    public static final String SUBPOENA_AUTHORITY = "8 U.S.C. § 1225(d); 8 CFR 287.4";

    public boolean isDraft() {
        return submittedAt == null;
    }

    public Filing withId(long newId, int newVersion) {
        return new Filing(newId, officeId, createdBy, type, priority, items, narrative, legalAuthority, returnDate,
                recipients, subjects, submittedAt, newVersion);
    }
}

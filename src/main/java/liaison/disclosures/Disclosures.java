package liaison.disclosures;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import liaison.accounts.Account;
import liaison.requests.LegalProcess;
import liaison.requests.AnswerDao;
import liaison.requests.Disposition;
import liaison.requests.ItemAnswer;
import liaison.requests.Request;
import liaison.requests.RequestedItem;
import liaison.requests.StructuredAnswer;
import org.jdbi.v3.core.Handle;

/**
 * Writes the disclosure accounting (DESIGN.md §8) inside the transaction of the answer that discloses: called by
 * RequestWorkflow when an answer provides an item, and when an answered release date is amended.
 */
public final class Disclosures {
    private Disclosures() {
    }

    /** Records what the answer provides, if anything; an answer that provides nothing discloses nothing. */
    public static void record(Handle h, Request r, Collection<ItemAnswer> items, Account clerk, Instant now) {
        List<RequestedItem> provided = items.stream().filter(i -> i.disposition() == Disposition.PROVIDED)
                .map(ItemAnswer::item).sorted().toList();
        if (!provided.isEmpty()) {
            insert(h, r, Occasion.ANSWER, provided, clerk, now);
        }
    }

    /** An amended release date tells the office a new release date: a disclosure of its own. */
    public static void recordAmendment(Handle h, Request r, Account clerk, Instant now) {
        insert(h, r, Occasion.RELEASE_AMENDED, List.of(RequestedItem.RELEASE_DATE_TIME), clerk, now);
    }

    private static void insert(Handle h, Request r, Occasion occasion, List<RequestedItem> items, Account clerk,
                               Instant now) {
        DisclosureDao dao = h.attach(DisclosureDao.class);
        String answeredBooking = h.attach(AnswerDao.class).find(r.id()).map(StructuredAnswer::bookingNumber)
                .orElse(null);
        List<String> documents = occasion == Occasion.ANSWER ? dao.producedDocuments(r.id(), r.agencyId()) : List.of();
        var s = r.subject();
        dao.insert(new Disclosure(0, r.agencyId(), r.id(), occasion, r.trackingNumber(), r.type(),
                LegalProcess.of(r), s.fullName(), s.aNumber(), s.bookingNumber(), answeredBooking,
                items.stream().map(Enum::name).collect(Collectors.joining(",")),
                documents.isEmpty() ? null : String.join("; ", documents), r.officeId(), r.officeName(),
                r.createdBy(), dao.displayName(r.createdBy()).orElse("#" + r.createdBy()), clerk.id(),
                clerk.displayName(), now));
    }
}

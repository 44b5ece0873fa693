package liaison.enforcement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import liaison.requests.Items;
import liaison.requests.RequestedItem;

/**
 * A court order recorded on a subpoena, as the detail page shows it to both sides: the court, the case, the order's
 * date and new return date, what the court ordered produced, and the order document with its SHA-256.
 *
 * @param narrowedItems the items the court ordered produced, or null when it ordered every item requested
 * @param previousItems the request's items before the order
 */
public record CourtOrder(long id, long requestId, String court, String caseNumber, LocalDate orderDate,
                         LocalDate returnDate, String narrowedItems, String previousItems, long attachmentId,
                         String fileName, String sha256, long recordedBy, String recorderName, Instant recordedAt) {

    /** Whether the court narrowed what must be produced. */
    public boolean narrowed() {
        return narrowedItems != null;
    }

    /** The items that must be produced under this order, in the enum's order. */
    public List<RequestedItem> ordered() {
        return List.copyOf(Items.split(narrowed() ? narrowedItems : previousItems));
    }

    /** The items requested before the order that the court left out; empty when it did not narrow. */
    public List<RequestedItem> notOrdered() {
        Set<RequestedItem> left = EnumSet.noneOf(RequestedItem.class);
        left.addAll(Items.split(previousItems));
        left.removeAll(ordered());
        return List.copyOf(left);
    }
}

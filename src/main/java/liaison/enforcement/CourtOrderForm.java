package liaison.enforcement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import liaison.attachments.AttachmentService;
import liaison.attachments.AttachmentType;
import liaison.requests.ActionForm;
import liaison.requests.Request;
import liaison.requests.RequestedItem;

/**
 * The court order form as posted, checked against the request it is recorded on: court and case number, the
 * order's date (not in the future), the new return date (today or later), the order itself as a PDF, and which of
 * the requested items the court ordered produced — one checkbox per item, {@code ordered-<ITEM>}, all ticked unless
 * the court narrowed the list. Dates are the agency's: "today" is today where the agency is.
 */
final class CourtOrderForm {
    static final int MAX_COURT = 200;
    static final int MAX_CASE_NUMBER = 60;
    static final String ITEM_PREFIX = "ordered-";
    /** The field the item checkboxes' errors go on: the first checkbox's id. */
    static final String ITEMS = "orderedItems";
    static final String DOCUMENT = "orderDocument";

    private CourtOrderForm() {
    }

    /**
     * The order, or empty when the form has errors (then recorded on {@code form}).
     *
     * @param posted the names of every field posted, to find item checkboxes that name no item of the request
     */
    static Optional<NewCourtOrder> read(ActionForm form, Request r, Collection<String> posted, String fileName,
                                byte[] document, LocalDate today) {
        String court = form.text("court", MAX_COURT, true);
        String caseNumber = form.text("caseNumber", MAX_CASE_NUMBER, true);
        LocalDate orderDate = form.date("orderDate", true);
        if (orderDate != null && orderDate.isAfter(today)) {
            form.error("orderDate", "enforcement.error.orderDateFuture", today.toString());
        }
        LocalDate returnDate = form.date("orderReturnDate", true);
        if (returnDate != null && returnDate.isBefore(today)) {
            form.error("orderReturnDate", "enforcement.error.returnDatePast", today.toString());
        }
        Set<RequestedItem> ordered = ordered(form, r, posted);
        checkDocument(form, document);
        if (form.hasErrors()) {
            return Optional.empty();
        }
        Set<RequestedItem> narrowed = ordered.equals(r.items()) ? null : ordered;
        return Optional.of(new NewCourtOrder(court, caseNumber, orderDate, returnDate, narrowed, fileName, document));
    }

    private static Set<RequestedItem> ordered(ActionForm form, Request r, Collection<String> posted) {
        for (String name : posted) {
            boolean named = r.items().stream().anyMatch(i -> name.equals(ITEM_PREFIX + i.name()));
            if (name.startsWith(ITEM_PREFIX) && !named) {
                form.error(ITEMS, "enforcement.error.itemNotRequested");
            }
        }
        Set<RequestedItem> ordered = EnumSet.noneOf(RequestedItem.class);
        for (RequestedItem item : r.items()) {
            if (!form.raw(ITEM_PREFIX + item.name()).isBlank()) {
                ordered.add(item);
            }
        }
        if (ordered.isEmpty()) {
            form.error(ITEMS, "enforcement.error.noItems");
        }
        return ordered;
    }

    /** The order must be a PDF by its content, within the attachments' size limit. */
    private static void checkDocument(ActionForm form, byte[] document) {
        if (document == null || document.length == 0) {
            form.error(DOCUMENT, "enforcement.error.documentMissing");
        } else if (document.length > AttachmentService.MAX_BYTES) {
            form.error(DOCUMENT, "enforcement.error.documentTooLarge");
        } else if (AttachmentType.detect(document).filter(t -> t == AttachmentType.PDF).isEmpty()) {
            form.error(DOCUMENT, "enforcement.error.documentNotPdf");
        }
    }
}

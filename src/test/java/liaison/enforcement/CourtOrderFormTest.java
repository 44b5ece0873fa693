package liaison.enforcement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import liaison.attachments.AttachmentService;
import liaison.filing.Filing;
import liaison.requests.ActionForm;
import liaison.requests.Outcome;
import liaison.requests.Priority;
import liaison.requests.Request;
import liaison.requests.RequestState;
import liaison.requests.RequestType;
import liaison.requests.RequestedItem;
import liaison.system.Messages;
import org.junit.jupiter.api.Test;

/** The court order form's checks, each field on its own, and what it makes of the item checkboxes. */
class CourtOrderFormTest {
    private static final Messages MESSAGES = new Messages();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final byte[] PDF = "%PDF-1.4\n% order\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final Set<RequestedItem> ITEMS = EnumSet.of(RequestedItem.RELEASE_DATE_TIME,
            RequestedItem.CUSTODY_STATUS, RequestedItem.HOME_WORK_ADDRESS);

    static Request referred() {
        return new Request(7, "LIA-2026-000007", 1, 1, "ERO New York", 3, "NYC DOC", "America/New_York", 1, 1,
                RequestType.ADMINISTRATIVE_SUBPOENA, Priority.ROUTINE, RequestState.REFERRED_FOR_ENFORCEMENT,
                Outcome.DECLINED, ITEMS, "Why.", Filing.SUBPOENA_AUTHORITY, LocalDate.of(2026, 11, 20), null,
                Instant.parse("2026-11-20T22:00:00Z"), false, null, null, null, false, 5);
    }

    static Map<String, String> valid() {
        Map<String, String> form = new HashMap<>();
        form.put("court", "U.S. District Court for the Southern District of New York");
        form.put("caseNumber", "1:26-mc-00417");
        form.put("orderDate", "2026-11-25");
        form.put("orderReturnDate", "12/10/2026");
        ITEMS.forEach(i -> form.put("ordered-" + i.name(), "yes"));
        return form;
    }

    record Read(ActionForm form, Optional<NewCourtOrder> order) {
    }

    static Read read(Map<String, String> fields, byte[] document) {
        Map<String, List<String>> params = new HashMap<>();
        fields.forEach((k, v) -> params.put(k, List.of(v)));
        ActionForm form = new ActionForm(params, MESSAGES);
        return new Read(form, CourtOrderForm.read(form, referred(), params.keySet(), "order.pdf", document, TODAY));
    }

    static String errorOn(Map<String, String> fields, byte[] document, String field) {
        Read r = read(fields, document);
        assertTrue(r.order().isEmpty(), "the form should have been refused");
        return r.form().errors().get(field);
    }

    @Test
    void aCompleteOrderOfEveryItemIsNotANarrowing() {
        NewCourtOrder order = read(valid(), PDF).order().orElseThrow();
        assertEquals("1:26-mc-00417", order.caseNumber());
        assertEquals(LocalDate.of(2026, 11, 25), order.orderDate());
        assertEquals(LocalDate.of(2026, 12, 10), order.returnDate());
        assertNull(order.narrowed());
        assertEquals("order.pdf", order.fileName());
    }

    @Test
    void untickedItemsNarrowTheOrder() {
        Map<String, String> form = valid();
        form.remove("ordered-CUSTODY_STATUS");
        assertEquals(EnumSet.of(RequestedItem.RELEASE_DATE_TIME, RequestedItem.HOME_WORK_ADDRESS),
                read(form, PDF).order().orElseThrow().narrowed());
    }

    @Test
    void courtAndCaseNumberAreRequired() {
        Map<String, String> form = valid();
        form.put("court", " ");
        form.remove("caseNumber");
        assertEquals("Court is required.", errorOn(form, PDF, "court"));
        assertEquals("Case number is required.", errorOn(form, PDF, "caseNumber"));
    }

    @Test
    void theOrderCannotBeDatedAfterToday() {
        Map<String, String> form = valid();
        form.put("orderDate", "2026-11-28");
        assertTrue(errorOn(form, PDF, "orderDate").contains("after today (2026-11-27)"));
        form.put("orderDate", "yesterday");
        assertTrue(errorOn(form, PDF, "orderDate").contains("must be a date"));
    }

    @Test
    void theNewReturnDateIsTodayOrLater() {
        Map<String, String> form = valid();
        form.put("orderReturnDate", "2026-11-26");
        assertTrue(errorOn(form, PDF, "orderReturnDate").contains("cannot be in the past"));
        form.put("orderReturnDate", "2026-11-27");
        assertEquals(TODAY, read(form, PDF).order().orElseThrow().returnDate());
        form.remove("orderReturnDate");
        assertEquals("New return date is required.", errorOn(form, PDF, "orderReturnDate"));
    }

    @Test
    void theCourtCannotOrderItemsTheRequestDidNotAskFor() {
        Map<String, String> form = valid();
        form.put("ordered-CRIMINAL_HISTORY", "yes");
        assertEquals(MESSAGES.get("enforcement.error.itemNotRequested"), errorOn(form, PDF, "orderedItems"));
        form.remove("ordered-CRIMINAL_HISTORY");
        form.put("ordered-NO_SUCH_ITEM", "yes");
        assertEquals(MESSAGES.get("enforcement.error.itemNotRequested"), errorOn(form, PDF, "orderedItems"));
    }

    @Test
    void atLeastOneItemIsOrdered() {
        Map<String, String> form = valid();
        ITEMS.forEach(i -> form.remove("ordered-" + i.name()));
        assertEquals(MESSAGES.get("enforcement.error.noItems"), errorOn(form, PDF, "orderedItems"));
    }

    @Test
    void theOrderDocumentIsARequiredPdf() {
        assertEquals(MESSAGES.get("enforcement.error.documentMissing"), errorOn(valid(), new byte[0], "orderDocument"));
        assertEquals(MESSAGES.get("enforcement.error.documentMissing"), errorOn(valid(), null, "orderDocument"));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0};
        assertEquals(MESSAGES.get("enforcement.error.documentNotPdf"), errorOn(valid(), png, "orderDocument"));
        byte[] program = "MZ\u0090\u0000 renamed.pdf".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(MESSAGES.get("enforcement.error.documentNotPdf"), errorOn(valid(), program, "orderDocument"));
        byte[] huge = new byte[AttachmentService.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, huge, 0, PDF.length);
        assertEquals(MESSAGES.get("enforcement.error.documentTooLarge"), errorOn(valid(), huge, "orderDocument"));
    }

    @Test
    void everyMistakeIsReportedAtOnceAndWhatWasTypedIsKept() {
        Map<String, String> form = valid();
        form.put("court", "");
        form.put("orderReturnDate", "2020-01-01");
        form.remove("ordered-HOME_WORK_ADDRESS");
        Read r = read(form, new byte[0]);
        assertEquals(Set.of("court", "orderReturnDate", "orderDocument"), r.form().errors().keySet());
        assertEquals("1:26-mc-00417", r.form().typed().get("caseNumber"));
        assertEquals("2020-01-01", r.form().typed().get("orderReturnDate"));
        assertEquals("yes", r.form().typed().get("ordered-RELEASE_DATE_TIME"));
        assertEquals("", r.form().typed().get("ordered-HOME_WORK_ADDRESS"));
    }
}

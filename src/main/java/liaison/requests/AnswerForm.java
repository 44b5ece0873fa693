package liaison.requests;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The clerk's answer as posted, checked against the request it answers: a disposition for every requested item,
 * a value for what is provided, a basis for what is withheld, and the structured fields within their columns'
 * lengths (V2__requests.sql). Field names: {@code disposition-<ITEM>}, {@code value-<ITEM>}, {@code basis-<ITEM>}.
 */
final class AnswerForm {
    static final int MAX_BASIS = 1_000;
    static final int MAX_BOOKING = 30;
    static final int MAX_FACILITY = 200;
    static final int MAX_RELEASE_TYPE = 100;
    static final int MAX_CHARGES = 2_000;
    static final int MAX_BOND = 500;

    /** A checked answer, ready for {@link RequestWorkflow#answer}. */
    record Answer(Map<RequestedItem, ItemAnswer> items, boolean notInCustody, StructuredAnswer structured) {
    }

    private AnswerForm() {
    }

    /** The answer, or empty when the form has errors (then recorded on {@code form}). */
    static Optional<Answer> read(ActionForm form, Request r) {
        Map<RequestedItem, ItemAnswer> items = new EnumMap<>(RequestedItem.class);
        for (RequestedItem item : r.items()) {
            ItemAnswer answer = item(form, item);
            if (answer != null) {
                items.put(item, answer);
            }
        }
        boolean notInCustody = !form.raw("notInCustody").isBlank();
        Instant releaseAt = form.dateTime("releaseDate", "releaseTime", ActionForm.zoneOf(r), false);
        var structured = new StructuredAnswer(
                form.text("answerBookingNumber", MAX_BOOKING, false),
                releaseAt,
                form.text("facility", MAX_FACILITY, false),
                form.text("releaseType", MAX_RELEASE_TYPE, false),
                form.text("charges", MAX_CHARGES, false),
                form.text("bond", MAX_BOND, false),
                form.text("summary", ActionForm.MAX_TEXT, false));
        return form.hasErrors() ? Optional.empty() : Optional.of(new Answer(items, notInCustody, structured));
    }

    /**
     * One item's answer, or null when it has errors. Only what the disposition calls for is kept: a value typed
     * next to a withheld item must not be disclosed by being stored.
     */
    private static ItemAnswer item(ActionForm form, RequestedItem item) {
        String name = item.name();
        String chosen = form.raw("disposition-" + name).strip();
        String value = form.text("value-" + name, form.label("value", item), ActionForm.MAX_TEXT, false);
        String basis = form.text("basis-" + name, form.label("basis", item), MAX_BASIS, false);
        Disposition disposition = disposition(chosen);
        if (disposition == null) {
            form.error("disposition-" + name, chosen.isEmpty() ? "request.error.disposition"
                    : "request.error.dispositionUnknown", item.label());
            return null;
        }
        if (disposition == Disposition.WITHHELD && basis == null) {
            form.error("basis-" + name, "request.error.basisRequired", item.label());
            return null;
        }
        if (disposition == Disposition.PROVIDED && value == null) {
            form.error("value-" + name, "request.error.valueRequired", item.label());
            return null;
        }
        return new ItemAnswer(item, disposition, disposition == Disposition.PROVIDED ? value : null,
                disposition == Disposition.WITHHELD ? basis : null);
    }

    private static Disposition disposition(String chosen) {
        for (Disposition d : Disposition.values()) {
            if (d.name().equals(chosen)) {
                return d;
            }
        }
        return null;
    }
}

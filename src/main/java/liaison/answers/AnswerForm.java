package liaison.answers;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import liaison.policies.AnswerGuide;
import liaison.policies.Basis;
import liaison.policies.PolicyReliance;
import liaison.requests.ActionForm;
import liaison.requests.Disposition;
import liaison.requests.ItemAnswer;
import liaison.requests.Request;
import liaison.requests.RequestedItem;
import liaison.requests.StructuredAnswer;

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

    /** A checked answer, ready for {@link Answering#answer}. */
    public record Answer(Map<RequestedItem, ItemAnswer> items, boolean notInCustody, StructuredAnswer structured,
                  PolicyReliance reliance) {
    }

    private AnswerForm() {
    }

    /**
     * The answer, or empty when the form has errors (then recorded on {@code form}). {@code guide}: the agency's
     * current policy, whose citations a withheld item may cite and whose version the answer records.
     */
    public static Optional<Answer> read(ActionForm form, Request r, AnswerGuide guide) {
        Map<RequestedItem, ItemAnswer> items = new EnumMap<>(RequestedItem.class);
        Map<RequestedItem, Basis> bases = new EnumMap<>(RequestedItem.class);
        for (RequestedItem item : r.items()) {
            ItemAnswer answer = item(form, item, guide, bases);
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
        certification(form, r);
        Long policyVersion = policyVersion(form, guide);
        return form.hasErrors() ? Optional.empty() : Optional.of(new Answer(items, notInCustody, structured,
                new PolicyReliance(policyVersion, bases)));
    }

    /**
     * The version the suggestions came from. A form opened before the agency published a new version is shown
     * again with the new suggestions; a post naming no version (a client that does not know policies) relies on
     * the current one.
     */
    private static Long policyVersion(ActionForm form, AnswerGuide guide) {
        String posted = form.raw("policyVersion").strip();
        if (!posted.isEmpty() && !posted.equals(guide.versionId())) {
            form.error("policyVersion", "policy.error.changed");
        }
        return guide.policy() == null ? null : guide.policy().id();
    }

    /**
     * One item's answer, or null when it has errors. Only what the disposition calls for is kept: a value typed
     * next to a withheld item must not be disclosed by being stored.
     */
    private static ItemAnswer item(ActionForm form, RequestedItem item, AnswerGuide guide,
                                   Map<RequestedItem, Basis> bases) {
        String name = item.name();
        String chosen = form.raw("disposition-" + name).strip();
        String value = form.text("value-" + name, form.label("value", item), ActionForm.MAX_TEXT, false);
        String basisChoice = form.raw("basisChoice-" + name).strip();
        String basis = form.text("basis-" + name, form.label("basis", item), MAX_BASIS, false);
        Disposition disposition = disposition(chosen);
        if (disposition == null) {
            form.error("disposition-" + name, chosen.isEmpty() ? "request.error.disposition"
                    : "request.error.dispositionUnknown", item.label());
            return null;
        }
        Basis cited = null;
        if (disposition == Disposition.WITHHELD) {
            cited = basis(form, item, guide, basisChoice, basis);
            if (cited == null) {
                return null;
            }
            bases.put(item, cited);
        }
        if (disposition == Disposition.PROVIDED && value == null) {
            form.error("value-" + name, "request.error.valueRequired", item.label());
            return null;
        }
        return new ItemAnswer(item, disposition, disposition == Disposition.PROVIDED ? value : null,
                cited == null ? null : cited.text());
    }

    /**
     * A withheld item's basis: the choice (a citation of the policy, administrative process, or other) with the
     * text typed below it, which "other" requires. Text typed with no choice is a basis in the clerk's own words.
     * Null when the basis is missing or cannot be stored.
     */
    private static Basis basis(ActionForm form, RequestedItem item, AnswerGuide guide, String choice, String note) {
        String field = "basisChoice-" + item.name();
        Basis basis;
        if (choice.isEmpty()) {
            if (note == null) {
                form.error(field, "request.error.basisRequired", item.label());
                return null;
            }
            basis = new Basis(Basis.Kind.OTHER, null, note);
        } else {
            basis = guide.basis(choice, note);
            if (basis == null) {
                form.error(field, "policy.error.basisUnknown", item.label());
                return null;
            }
            if (basis.kind() == Basis.Kind.OTHER && note == null) {
                form.error("basis-" + item.name(), "policy.error.basisOther", item.label());
                return null;
            }
        }
        int over = basis.text().length() - MAX_BASIS;
        if (over > 0) {
            // the citation and the text are stored together, in one column of MAX_BASIS characters
            form.error("basis-" + item.name(), "request.error.tooLong", form.label("basis", item),
                    note.length() - over, note.length());
            return null;
        }
        return basis;
    }

    /** Providing anything needs the clerk's certification that the records are true copies (DESIGN.md §5). */
    private static void certification(ActionForm form, Request r) {
        boolean provides = r.items().stream()
                .anyMatch(i -> Disposition.PROVIDED.name().equals(form.raw("disposition-" + i.name()).strip()));
        if (provides && form.raw("certify").isBlank()) {
            form.error("certify", "request.error.certify", r.agencyName());
        }
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

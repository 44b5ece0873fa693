package liaison.policies;

/**
 * Why an item is withheld (DESIGN.md §5): one of the agency's published citations, administrative (not judicial)
 * process, or another basis in the clerk's own words; with the clerk's free text.
 *
 * @param citation the citation, as the policy version gives it, for {@link Kind#CITATION}; else null
 * @param note     the clerk's free text, or null; required for {@link Kind#OTHER}
 */
public record Basis(Kind kind, String citation, String note) {
    public static final String ADMINISTRATIVE_TEXT = "Administrative, not judicial, process";

    public enum Kind { CITATION, ADMINISTRATIVE, OTHER }

    /** The basis as the request shows it, in one line: "NYC Admin. Code § 9-131 — the clerk's note". */
    public String text() {
        String head = switch (kind) {
            case CITATION -> citation;
            case ADMINISTRATIVE -> ADMINISTRATIVE_TEXT;
            case OTHER -> null;
        };
        if (head == null) {
            return note;
        }
        return note == null || note.isBlank() ? head : head + " \u2014 " + note;
    }
}

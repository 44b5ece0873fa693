package liaison.policies;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import liaison.requests.LegalProcess;
import liaison.requests.RequestedItem;

/**
 * One published version of an agency's information-sharing policy (DESIGN.md §6): its statement, its citations
 * and the matrix of item × legal process → decision. Never changed once published.
 *
 * @param publishedBy the admin's name; null when the portal entered it for the agency (the demo)
 */
public record PolicyVersion(long id, long agencyId, int version, String statement, List<String> citations,
                            LocalDate effectiveOn, String publishedBy, Instant publishedAt,
                            Map<RequestedItem, Map<LegalProcess, Decision>> rules) {

    public PolicyVersion {
        citations = List.copyOf(citations);
        rules = Matrix.copy(rules);
    }

    /** What this version says for the item under the process; empty if it has no such cell. */
    public Optional<Decision> decision(RequestedItem item, LegalProcess process) {
        return Optional.ofNullable(rules.getOrDefault(item, Map.of()).get(process));
    }

    /** The cell, or null: for templates. */
    public Decision cell(RequestedItem item, LegalProcess process) {
        return decision(item, process).orElse(null);
    }

    public Reading reading(RequestedItem item, LegalProcess process) {
        return Reading.of(this, item, process);
    }

    /** Whether any cell says "does not share": such a policy must cite its legal basis. */
    public boolean withholdsAnything() {
        return Matrix.withholdsAnything(rules);
    }
}

package liaison.policies;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import liaison.requests.LegalProcess;
import liaison.requests.RequestedItem;

/** A policy about to be published, already checked (by {@link PolicyForm} or by the demo's own hand). */
public record NewPolicy(String statement, List<String> citations, LocalDate effectiveOn,
                        Map<RequestedItem, Map<LegalProcess, Decision>> rules) {

    public NewPolicy {
        citations = List.copyOf(citations);
        rules = Matrix.copy(rules);
    }
}

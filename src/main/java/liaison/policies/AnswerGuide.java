package liaison.policies;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import liaison.requests.LegalProcess;
import liaison.requests.Request;
import liaison.requests.RequestedItem;

/**
 * What the answering agency's current policy says about one request, for the clerk's answer form: a suggestion
 * per requested item under the request's legal process, and the bases a withheld item can cite.
 *
 * @param policy null when the agency has published no policy
 */
public record AnswerGuide(PolicyVersion policy, LegalProcess process, Map<RequestedItem, Reading> readings) {
    static final String ADMINISTRATIVE = "ADMINISTRATIVE";
    static final String OTHER = "OTHER";
    private static final String CITATION = "CITATION-";

    /** A basis a clerk can choose: the value the form posts, and its words. */
    public record Choice(String value, String label, boolean other) {
    }

    static AnswerGuide of(PolicyVersion policy, Request r) {
        LegalProcess process = LegalProcess.of(r);
        Map<RequestedItem, Reading> readings = new EnumMap<>(RequestedItem.class);
        r.items().forEach(item -> readings.put(item, Reading.of(policy, item, process)));
        return new AnswerGuide(policy, process, readings);
    }

    public Reading reading(RequestedItem item) {
        return readings.getOrDefault(item, Reading.of(policy, item, process));
    }

    /** The version id the form carries, "" when there is no policy. */
    public String versionId() {
        return policy == null ? "" : String.valueOf(policy.id());
    }

    /** The agency's citations, then administrative process, then other: in the order the form offers them. */
    public List<Choice> choices() {
        List<Choice> choices = new ArrayList<>();
        List<String> citations = policy == null ? List.of() : policy.citations();
        for (int i = 0; i < citations.size(); i++) {
            choices.add(new Choice(CITATION + (i + 1), citations.get(i), false));
        }
        choices.add(new Choice(ADMINISTRATIVE, Basis.ADMINISTRATIVE_TEXT, false));
        choices.add(new Choice(OTHER, null, true));
        return choices;
    }

    /** The basis a posted choice names, with the note; null when the choice names none of {@link #choices()}. */
    public Basis basis(String choice, String note) {
        if (ADMINISTRATIVE.equals(choice)) {
            return new Basis(Basis.Kind.ADMINISTRATIVE, null, note);
        }
        if (OTHER.equals(choice)) {
            return new Basis(Basis.Kind.OTHER, null, note);
        }
        return choices().stream().filter(c -> c.value().equals(choice) && choice.startsWith(CITATION)).findFirst()
                .map(c -> new Basis(Basis.Kind.CITATION, c.label(), note)).orElse(null);
    }
}

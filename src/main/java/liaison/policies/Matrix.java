package liaison.policies;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import liaison.requests.LegalProcess;
import liaison.requests.RequestedItem;

/** The item × legal process → decision matrix of a policy, as immutable nested enum maps. */
public final class Matrix {
    private Matrix() {
    }

    static Map<RequestedItem, Map<LegalProcess, Decision>> copy(Map<RequestedItem, Map<LegalProcess, Decision>> rules) {
        Map<RequestedItem, Map<LegalProcess, Decision>> copy = new EnumMap<>(RequestedItem.class);
        rules.forEach((item, row) -> {
            Map<LegalProcess, Decision> cells = new EnumMap<>(LegalProcess.class);
            cells.putAll(row);
            copy.put(item, Collections.unmodifiableMap(cells));
        });
        return Collections.unmodifiableMap(copy);
    }

    /** Every cell set to one decision, to change cell by cell: a mutable map. */
    public static Map<RequestedItem, Map<LegalProcess, Decision>> all(Decision decision) {
        Map<RequestedItem, Map<LegalProcess, Decision>> rules = new EnumMap<>(RequestedItem.class);
        for (RequestedItem item : RequestedItem.values()) {
            Map<LegalProcess, Decision> row = new EnumMap<>(LegalProcess.class);
            for (LegalProcess process : LegalProcess.values()) {
                row.put(process, decision);
            }
            rules.put(item, row);
        }
        return rules;
    }

    static boolean withholdsAnything(Map<RequestedItem, Map<LegalProcess, Decision>> rules) {
        return rules.values().stream().anyMatch(row -> row.containsValue(Decision.DOES_NOT_SHARE));
    }
}

package liaison.policies;

import java.util.LinkedHashMap;
import java.util.Map;
import liaison.requests.LegalProcess;
import liaison.requests.RequestedItem;

/** Publish forms as a browser would post them, for HTTP tests here and in the route table's test. */
public final class PolicyForms {
    /** The version the demo leaves NYC DOC's policy at (DemoPolicies). */
    public static final int NYC_DEMO_VERSION = 2;

    private PolicyForms() {
    }

    /** A complete form: a statement, one citation, every cell {@code decision}, based on version {@code basedOn}. */
    public static Map<String, String> complete(Decision decision, int basedOn) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("basedOn", String.valueOf(basedOn));
        form.put("statement", "The agency shares records as this test says.");
        form.put("citations", "Test Code \u00a7 1");
        form.put("effectiveOn", "");
        for (RequestedItem item : RequestedItem.values()) {
            for (LegalProcess process : LegalProcess.values()) {
                form.put(PolicyForm.cell(item, process), decision.name());
            }
        }
        return form;
    }
}

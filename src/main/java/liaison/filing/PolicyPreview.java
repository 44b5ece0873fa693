package liaison.filing;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import liaison.agencies.Agency;
import liaison.policies.AgencyPreview;
import liaison.policies.PolicyService;
import liaison.policies.Reading;
import liaison.requests.LegalProcess;
import liaison.requests.RequestType;
import liaison.requests.RequestedItem;

/**
 * What each chosen recipient's policy says about the chosen items under the chosen type (DESIGN.md §6), item by
 * item, for the request form: shown in the form whenever it has all three, and as a fragment of its own that the
 * form's script (static/js/policy-preview.js) swaps in as the choices change. Unknown values are left out, as the
 * form's own check reports them; only the office's possible recipients (active local agencies) are read.
 */
final class PolicyPreview {
    /** One requested item and what each chosen agency's policy says about it. */
    record ItemReadings(RequestedItem item, List<AgencyReading> readings) {
    }

    /** One agency's reading of an item; {@link Reading#NO_POLICY} when it has published none. */
    record AgencyReading(String agencyName, Reading reading) {
    }

    private final PolicyService policies;

    PolicyPreview(PolicyService policies) {
        this.policies = policies;
    }

    /** Puts the preview's variables on a page: policyPreview (empty until complete), previewProcess, previewAsked. */
    void put(Map<String, Object> page, FilingForm form, List<Agency> agencies) {
        RequestType type = Arrays.stream(RequestType.values()).filter(t -> t.name().equals(form.type())).findFirst()
                .orElse(null);
        Set<RequestedItem> items = Arrays.stream(RequestedItem.values()).filter(i -> form.hasItem(i.name()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(RequestedItem.class)));
        List<Agency> recipients = agencies.stream().filter(a -> form.hasRecipient(a.id())).toList();
        LegalProcess process = type == null ? LegalProcess.NONE : LegalProcess.of(type, false);
        page.put("previewProcess", process);
        page.put("previewAsked", false);
        page.put("previewLive", false);
        page.put("policyPreview", type == null || items.isEmpty() || recipients.isEmpty() ? List.of()
                : byItem(policies.preview(recipients, items, process)));
    }

    /** The agencies' previews turned item by item, in the items' order, the agencies in the form's order. */
    static List<ItemReadings> byItem(List<AgencyPreview> agencies) {
        return agencies.stream().flatMap(a -> a.lines().stream()).map(AgencyPreview.Line::item).distinct().sorted()
                .map(item -> new ItemReadings(item, agencies.stream().flatMap(a -> a.lines().stream()
                        .filter(l -> l.item() == item).map(l -> new AgencyReading(a.agencyName(), l.reading())))
                        .toList()))
                .toList();
    }
}

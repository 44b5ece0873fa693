package liaison.enforcement;

import java.util.Map;
import liaison.accounts.Account;
import liaison.requests.Request;
import liaison.requests.RequestSection;
import liaison.requests.RequestView;

/** The enforcement part of a subpoena's page: its court orders and referral, and the two enforcement forms. */
final class EnforcementSection implements RequestSection {
    private final Enforcement enforcement;

    EnforcementSection(Enforcement enforcement) {
        this.enforcement = enforcement;
    }

    @Override
    public Map<String, Boolean> can(Account viewer, Request r) {
        return Map.of("refer", enforcement.canRefer(viewer, r),
                "courtOrder", enforcement.canRecordCourtOrder(viewer, r));
    }

    @Override
    public void addTo(Map<String, Object> model, Account viewer, RequestView view, Map<String, Boolean> can) {
        model.put("enforcement", enforcement.panel(view));
    }
}

package liaison.answers;

import java.util.Map;
import liaison.accounts.Account;
import liaison.policies.PolicyService;
import liaison.requests.Request;
import liaison.requests.RequestSection;
import liaison.requests.RequestView;

/**
 * What answering adds to a request's page: the certification and chain of custody, and the agency's policy (its
 * suggestions on the answer form, and the version an answer relied on).
 */
final class AnswerSection implements RequestSection {
    private final CertifiedAnswers certified;
    private final PolicyService policies;

    AnswerSection(CertifiedAnswers certified, PolicyService policies) {
        this.certified = certified;
        this.policies = policies;
    }

    @Override
    public void addTo(Map<String, Object> model, Account viewer, RequestView view, Map<String, Boolean> can) {
        Request r = view.request();
        model.put("custody", certified.panel(viewer, r));
        model.put("guide", can.get("answer") ? policies.guide(r) : null);
        model.put("reliedOn", view.answer() == null ? null : policies.reliedOn(r.id()).orElse(null));
    }
}

package liaison.answers;

import io.javalin.http.Context;
import java.time.Instant;
import liaison.policies.PolicyService;
import liaison.requests.ActionForm;
import liaison.requests.RequestActionRoutes.Form;
import liaison.requests.RequestActionRoutes;
import liaison.requests.RequestPolicy;

/**
 * The answer forms of a request's page: the clerk's answer and a later release date. Each is one of the page's
 * forms ({@link RequestActionRoutes#act}): post-redirect-get, or the page again with what was typed and why not.
 */
final class AnswerRoutes {
    private final RequestActionRoutes actions;
    private final Answering answering;
    private final RequestPolicy policy;
    private final PolicyService policies;

    AnswerRoutes(RequestActionRoutes actions, Answering answering, RequestPolicy policy, PolicyService policies) {
        this.actions = actions;
        this.answering = answering;
        this.policy = policy;
        this.policies = policies;
    }

    /** The items are checked against the agency's current policy, whose version the answer records. */
    void answer(Context ctx) {
        actions.act(ctx, new Form<AnswerForm.Answer>("answer", "answer", policy::canAnswer, true,
                (f, v) -> AnswerForm.read(f, v.request(), policies.guide(v.request())).orElse(null),
                (a, id, v, in) -> answering.answer(a, id, v, in.items(), in.notInCustody(), in.structured(),
                        in.reliance(), actions.claim(ctx, "answer"))));
    }

    void amendRelease(Context ctx) {
        record Amendment(Instant releaseAt, String reason) {
        }
        actions.act(ctx, new Form<Amendment>("amendRelease", "text", policy::canAmendRelease, true, (f, v) -> {
            var at = f.dateTime("amendDate", "amendTime", ActionForm.zoneOf(v.request()), true);
            String reason = f.text("amendReason", ActionForm.MAX_REASON, false);
            return new Amendment(at, reason);
        }, (a, id, v, in) -> answering.amendRelease(a, id, v, in.releaseAt(), in.reason())));
    }
}

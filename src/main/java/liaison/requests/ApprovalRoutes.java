package liaison.requests;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.Map;
import liaison.accounts.Account;
import liaison.system.Flash;
import liaison.system.Messages;
import liaison.system.Paths;
import liaison.system.Problems;

/**
 * Approval is a signature (issue 10): GET /requests/{id}/approve shows the subpoena as it will be served and the
 * statement the approving officer affirms; POST approves through the workflow (two-person rule, stale check) only
 * with the statement's box ticked, and keeps the statement with the approval. A request the person may not see is
 * 404, one they may not approve 403; a request that changed since the page was opened is the detail page's 409.
 */
final class ApprovalRoutes {
    static final String AFFIRM = "affirm";

    private final RequestWorkflow workflow;
    private final RequestPolicy policy;
    private final Messages messages;
    private final FormReplies replies;

    ApprovalRoutes(RequestWorkflow workflow, RequestPolicy policy, Messages messages, FormReplies replies) {
        this.workflow = workflow;
        this.policy = policy;
        this.messages = messages;
        this.replies = replies;
    }

    void page(Context ctx) {
        Account a = RequestRoutes.account(ctx);
        RequestView view = replies.visible(ctx, a, Paths.id(ctx));
        if (!policy.canApprove(a, view.request())) {
            throw new ForbiddenResponse();
        }
        render(ctx, a, view, ActionForm.blank(messages));
    }

    void approve(Context ctx) {
        Account a = RequestRoutes.account(ctx);
        long id = Paths.id(ctx);
        ActionForm input = new ActionForm(ctx.formParamMap(), messages);
        int version = input.version();
        boolean affirmed = !input.raw(AFFIRM).isBlank();
        RequestView view = replies.visible(ctx, a, id);
        if (!affirmed) {
            input.error(AFFIRM, "request.approve.error.affirm");
            if (!policy.canApprove(a, view.request()) || view.request().version() != version) {
                replies.showAgain(ctx, a, view, input, "approve", "plain", policy::canApprove, version);
                return;
            }
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            render(ctx, a, view, input);
            return;
        }
        try {
            workflow.approve(a, id, version, Affirmation.statement(messages, a, view.request()));
        } catch (WorkflowException e) {
            replies.refused(ctx, a, id, version, input, "approve", "plain", e);
            return;
        }
        Flash.success(ctx, messages.get("request.done.approve"));
        ctx.redirect("/requests/" + id, HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, Account a, RequestView view, ActionForm form) {
        Request r = view.request();
        Map<String, Object> model = new HashMap<>();
        model.put("r", r);
        model.put("s", r.subject());
        model.put("items", r.items().stream().sorted().toList());
        model.put("statement", Affirmation.statement(messages, a, r));
        model.put("typed", form.typed());
        model.put("errors", form.errors());
        model.put("problems", Problems.summary(form.errors()));
        ctx.render("requests/approve", model);
    }
}

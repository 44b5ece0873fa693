package liaison.requests;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import liaison.accounts.Account;
import liaison.system.Flash;
import liaison.system.Messages;
import liaison.system.Paths;

/**
 * The detail page's forms: each reads its fields, calls one {@link RequestWorkflow} move and redirects back to the
 * request with a flash (post-redirect-get). Bad input, or a request that changed since the form was opened,
 * renders the detail page again with the messages and everything typed, and with the request's current version.
 * A request the person may not see is 404, a move they may not make 403 (mapped in App).
 */
public final class RequestActionRoutes {
    private final RequestWorkflow workflow;
    private final RequestPolicy policy;
    private final RequestRoutes pages;
    private final Messages messages;
    private final FormReplies replies;

    /** Performs the move with what the form held; throws {@link WorkflowException} when it cannot happen. */
    @FunctionalInterface
    public interface Move<T> {
        void perform(Account a, long id, int version, T input);
    }

    /**
     * One form: its name (a key of {@link RequestRoutes#can}), the "kept below" wording of its stale message, who
     * may use it, whether reading it needs the request, how it is read, and the move it makes.
     */
    public record Form<T>(String name, String stale, BiPredicate<Account, Request> may, boolean needsRequest,
                          BiFunction<ActionForm, RequestView, T> read, Move<T> move) {
    }

    RequestActionRoutes(RequestWorkflow workflow, RequestViews views, RequestPolicy policy, RequestRoutes pages,
                        Messages messages) {
        this.workflow = workflow;
        this.policy = policy;
        this.pages = pages;
        this.messages = messages;
        this.replies = new FormReplies(views, pages, messages);
    }

    public void returnToRequester(Context ctx) {
        act(ctx, new Form<>("return", "text", policy::canReturn, false,
                text("returnReason", ActionForm.MAX_REASON, true), workflow::returnToRequester));
    }

    public void resubmit(Context ctx) {
        act(ctx, new Form<>("resubmit", "text", policy::canResubmit, false,
                text("resubmitNote", ActionForm.MAX_REASON, false), workflow::resubmit));
    }

    public void acknowledge(Context ctx) {
        act(ctx, new Form<>("acknowledge", "plain", policy::canAcknowledge, false, none(),
                (a, id, v, in) -> workflow.acknowledge(a, id, v)));
    }

    public void askClarification(Context ctx) {
        act(ctx, new Form<>("askClarification", "text", policy::canAskClarification, false,
                text("question", ActionForm.MAX_TEXT, true), workflow::askClarification));
    }

    public void answerClarification(Context ctx) {
        act(ctx, new Form<>("answerClarification", "text", policy::canAnswerClarification, false,
                text("clarification", ActionForm.MAX_TEXT, true), workflow::answerClarification));
    }

    public void addNote(Context ctx) {
        act(ctx, new Form<>("note", "text", policy::canAddNote, false,
                text("note", ActionForm.MAX_TEXT, true), workflow::addNote));
    }

    /** The new due date is checked against the clock as the page read it, in the agency's time zone. */
    public void extend(Context ctx) {
        act(ctx, new Form<ExtensionForm.Extension>("extend", "text", policy::canExtend, true,
                (f, v) -> ExtensionForm.read(f, v.request(), v.clock().due(), workflow.now(), workflow.calendar())
                        .orElse(null),
                (a, id, v, in) -> workflow.extend(a, id, v, in.due(), in.reason())));
    }

    public void withdraw(Context ctx) {
        act(ctx, new Form<>("withdraw", "text", policy::canWithdraw, false,
                text("withdrawReason", ActionForm.MAX_REASON, true), workflow::withdraw));
    }

    public void close(Context ctx) {
        act(ctx, new Form<>("close", "plain", policy::canClose, false, none(),
                (a, id, v, in) -> workflow.close(a, id, v)));
    }

    /**
     * Reads the form, then performs the move. The request is read first only when the form needs it (the
     * items to answer, the agency's time zone) or when the form must be shown again: every read is an audited view.
     */
    public <T> void act(Context ctx, Form<T> form) {
        Account a = RequestRoutes.account(ctx);
        long id = Paths.id(ctx);
        ActionForm input = new ActionForm(ctx.formParamMap(), messages);
        int version = input.version();
        RequestView seen = form.needsRequest() ? replies.visible(ctx, a, id) : null;
        T read = form.read().apply(input, seen);
        if (seen != null && !form.may().test(a, seen.request())) {
            replies.refuseOrStale(ctx, a, seen, input, form.name(), form.stale(), version);
            return;
        }
        if (input.hasErrors()) {
            replies.showAgain(ctx, a, seen == null ? replies.visible(ctx, a, id) : seen, input, form.name(),
                    form.stale(), form.may(), version);
            return;
        }
        try {
            form.move().perform(a, id, version, read);
        } catch (WorkflowException e) {
            replies.refused(ctx, a, id, version, input, form.name(), form.stale(), e);
            return;
        }
        Flash.success(ctx, messages.get("request.done." + form.name()));
        ctx.redirect("/requests/" + id, HttpStatus.SEE_OTHER);
    }

    /** One text field; null when left blank (and not required). */
    private static BiFunction<ActionForm, RequestView, String> text(String field, int max, boolean required) {
        return (form, v) -> form.text(field, max, required);
    }

    private static BiFunction<ActionForm, RequestView, Boolean> none() {
        return (form, v) -> Boolean.TRUE;
    }
}

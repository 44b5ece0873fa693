package liaison.requests;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import liaison.accounts.Account;
import liaison.system.Flash;
import liaison.system.FormKeys;
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
    private final FormKeys keys;

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
                        Messages messages, FormKeys keys) {
        this.workflow = workflow;
        this.keys = keys;
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
        if (keys.replayed(ctx, a.id())) {
            return; // this form was sent and done before: where it went then
        }
        ActionForm input = new ActionForm(ctx.formParamMap(), messages);
        int version = input.version();
        RequestView seen = form.needsRequest() ? replies.visible(ctx, a, id) : null;
        T read = form.read().apply(input, seen);
        if (seen != null && !form.may().test(a, seen.request())) {
            if (keys.replayed(ctx, a.id())) {
                return; // the same form, sent alongside, did it
            }
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
        } catch (WorkflowException | FormKeys.AlreadySent e) {
            if (keys.replayed(ctx, a.id())) {
                return; // the same form, sent alongside, did it
            }
            if (e instanceof FormKeys.AlreadySent) {
                throw e;
            }
            replies.refused(ctx, a, id, version, input, form.name(), form.stale(), (WorkflowException) e);
            return;
        }
        FormKeys.Reply reply = reply(form.name(), id);
        Flash.success(ctx, reply.message());
        ctx.redirect(reply.location(), HttpStatus.SEE_OTHER);
    }

    /** Where a form done leads: back to the request, with what was done. */
    private FormKeys.Reply reply(String name, long id) {
        return new FormKeys.Reply("/requests/" + id, messages.get("request.done." + name));
    }

    /**
     * The form's key with the answer it gets when done, for a move that claims it in its transaction (see
     * {@link FormKeys}): sent again, the form is not done twice.
     */
    public FormKeys.Claim claim(Context ctx, String name) {
        return new FormKeys.Claim(FormKeys.sent(ctx), reply(name, Paths.id(ctx)));
    }

    /** One text field; null when left blank (and not required). */
    private static BiFunction<ActionForm, RequestView, String> text(String field, int max, boolean required) {
        return (form, v) -> form.text(field, max, required);
    }

    private static BiFunction<ActionForm, RequestView, Boolean> none() {
        return (form, v) -> Boolean.TRUE;
    }
}

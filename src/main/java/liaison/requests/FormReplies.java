package liaison.requests;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.function.BiPredicate;
import liaison.accounts.Account;
import liaison.system.Messages;

/**
 * The one way the detail page's forms (the request's own and enforcement's) answer a form they did not act on: bad
 * input shown again (422); a request that changed since the form was opened shown with what was typed kept (409,
 * stale); a move the person may not make refused (403); a request they may not see not found (404).
 */
public final class FormReplies {
    private final RequestViews views;
    private final RequestRoutes pages;
    private final Messages messages;

    public FormReplies(RequestViews views, RequestRoutes pages, Messages messages) {
        this.views = views;
        this.pages = pages;
        this.messages = messages;
    }

    /** The request as the person sees it now, or 404. */
    public RequestView visible(Context ctx, Account a, long id) {
        return views.detail(a, id, ctx.ip()).orElseThrow(NotFoundResponse::new);
    }

    /** The form had errors: show them, unless the person may not use the form at all or the request changed. */
    public void showAgain(Context ctx, Account a, RequestView view, ActionForm input, String name, String wording,
                          BiPredicate<Account, Request> may, int version) {
        if (!may.test(a, view.request())) {
            refuseOrStale(ctx, a, view, input, name, wording, version);
        } else if (view.request().version() != version) {
            stale(ctx, a, view, input, name, wording);
        } else {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            pages.render(ctx, a, view, input, name, null);
        }
    }

    /** The person may not use the form: 403 if the request is as they saw it, else it moved on meanwhile. */
    public void refuseOrStale(Context ctx, Account a, RequestView view, ActionForm input, String name,
                              String wording, int version) {
        if (view.request().version() == version) {
            throw new ForbiddenResponse();
        }
        stale(ctx, a, view, input, name, wording);
    }

    /** The workflow refused the move: refused for its state may mean someone moved it on since the form was opened. */
    public void refused(Context ctx, Account a, long id, int version, ActionForm input, String name, String wording,
                        WorkflowException e) {
        if (e.reason() == WorkflowException.Reason.NOT_FOUND) {
            throw e;
        }
        RequestView now = visible(ctx, a, id);
        if (e.reason() == WorkflowException.Reason.NOT_ALLOWED && now.request().version() == version) {
            throw e;
        }
        stale(ctx, a, now, input, name, wording);
    }

    /** 409 with the page as it is now; {@code wording} is the "kept below" wording of the stale message. */
    public void stale(Context ctx, Account a, RequestView view, ActionForm input, String name, String wording) {
        ctx.status(HttpStatus.CONFLICT);
        // a form the request no longer offers cannot be sent again: what was typed is shown outside it
        boolean gone = !pages.can(a, view).getOrDefault(name, false);
        pages.render(ctx, a, view, input, name, messages.get(
                "request.stale." + (gone && !wording.equals("plain") ? "gone" : wording), pages.lastChange(a, view)));
    }
}

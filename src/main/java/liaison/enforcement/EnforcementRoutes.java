package liaison.enforcement;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.BiPredicate;
import liaison.accounts.Account;
import liaison.attachments.AttachmentRejected;
import liaison.requests.ActionForm;
import liaison.requests.Request;
import liaison.requests.RequestRoutes;
import liaison.requests.RequestView;
import liaison.requests.RequestViews;
import liaison.requests.WorkflowException;
import liaison.system.Flash;
import liaison.system.Messages;
import liaison.system.Paths;

/**
 * The detail page's enforcement forms: refer a subpoena for enforcement, and record a court order (multipart: the
 * order's PDF with the fields). Like {@link liaison.requests.RequestActionRoutes}: post-redirect-get on success;
 * bad input renders the page again with the messages beside the fields and what was typed (422), a changed request
 * with what was typed (409); a request the person may not see is 404, a move they may not make 403.
 */
final class EnforcementRoutes {
    public static final String REFER_PATH = "/requests/{id}/refer";
    public static final String COURT_ORDER_PATH = "/requests/{id}/court-order";

    private final Enforcement enforcement;
    private final RequestViews views;
    private final RequestRoutes pages;
    private final Messages messages;

    /** A move that may throw {@link WorkflowException}. */
    @FunctionalInterface
    private interface Move {
        void perform();
    }

    public EnforcementRoutes(Enforcement enforcement, RequestViews views, RequestRoutes pages, Messages messages) {
        this.enforcement = enforcement;
        this.views = views;
        this.pages = pages;
        this.messages = messages;
    }

    /** POST /requests/{id}/refer: the note is required. */
    public void refer(Context ctx) {
        Account a = RequestRoutes.account(ctx);
        long id = Paths.id(ctx);
        ActionForm input = new ActionForm(ctx.formParamMap(), messages);
        int version = input.version();
        String note = input.text("referNote", ActionForm.MAX_REASON, true);
        perform(ctx, a, id, version, input, "refer", null, enforcement::canRefer,
                () -> enforcement.refer(a, id, version, note));
    }

    /** POST /requests/{id}/court-order: read against the request as seen, as the items to narrow are its own. */
    public void recordCourtOrder(Context ctx) {
        Account a = RequestRoutes.account(ctx);
        long id = Paths.id(ctx);
        RequestView seen = visible(ctx, a, id);
        ActionForm input = new ActionForm(ctx.formParamMap(), messages);
        int version = input.version();
        if (!enforcement.canRecordCourtOrder(a, seen.request())) {
            refuseOrStale(ctx, a, seen, input, "courtOrder", version);
            return;
        }
        UploadedFile file = ctx.isMultipartFormData() ? ctx.uploadedFile(CourtOrderForm.DOCUMENT) : null;
        var order = CourtOrderForm.read(input, seen.request(), ctx.formParamMap().keySet(),
                file == null ? null : file.filename(), file == null ? new byte[0] : read(file),
                enforcement.today(seen.request())).orElse(null);
        perform(ctx, a, id, version, input, "courtOrder", seen, enforcement::canRecordCourtOrder,
                () -> enforcement.recordCourtOrder(a, id, version, order, ctx.ip()));
    }

    private void perform(Context ctx, Account a, long id, int version, ActionForm input, String name,
                         RequestView seen, BiPredicate<Account, Request> may, Move move) {
        if (input.hasErrors()) {
            RequestView view = seen == null ? visible(ctx, a, id) : seen;
            if (!may.test(a, view.request())) {
                refuseOrStale(ctx, a, view, input, name, version);
            } else if (view.request().version() != version) {
                stale(ctx, a, view, input, name);
            } else {
                ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
                pages.render(ctx, a, view, input, name, null);
            }
            return;
        }
        try {
            move.perform();
        } catch (WorkflowException e) {
            if (e.reason() == WorkflowException.Reason.NOT_FOUND) {
                throw e;
            }
            RequestView now = visible(ctx, a, id);
            if (e.reason() == WorkflowException.Reason.NOT_ALLOWED && now.request().version() == version) {
                throw e;
            }
            stale(ctx, a, now, input, name);
            return;
        } catch (AttachmentRejected e) {
            // checked before the move; only a file the form let through and the service did not gets here
            input.error(CourtOrderForm.DOCUMENT, "enforcement.error.documentNotPdf");
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            pages.render(ctx, a, visible(ctx, a, id), input, name, null);
            return;
        }
        Flash.success(ctx, messages.get("request.done." + name));
        ctx.redirect("/requests/" + id, HttpStatus.SEE_OTHER);
    }

    private void refuseOrStale(Context ctx, Account a, RequestView view, ActionForm input, String name, int version) {
        if (view.request().version() == version) {
            throw new ForbiddenResponse();
        }
        stale(ctx, a, view, input, name);
    }

    private void stale(Context ctx, Account a, RequestView view, ActionForm input, String name) {
        ctx.status(HttpStatus.CONFLICT);
        // a form the request no longer offers cannot be sent again: what was typed is shown outside it
        boolean gone = !pages.can(a, view.request()).getOrDefault(name, false);
        pages.render(ctx, a, view, input, name, messages.get("request.stale." + (gone ? "gone" : "text"),
                pages.lastChange(a, view)));
    }

    private RequestView visible(Context ctx, Account a, long id) {
        return views.detail(a, id, ctx.ip()).orElseThrow(NotFoundResponse::new);
    }

    private static byte[] read(UploadedFile file) {
        try (InputStream in = file.content()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

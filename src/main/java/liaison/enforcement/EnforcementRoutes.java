package liaison.enforcement;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.BiPredicate;
import liaison.accounts.Account;
import liaison.attachments.AttachmentRejected;
import liaison.requests.ActionForm;
import liaison.requests.FormReplies;
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

    /** The "kept below" wording of the stale message (see FormReplies). */
    private static final String STALE = "text";

    private final Enforcement enforcement;
    private final RequestRoutes pages;
    private final Messages messages;
    private final FormReplies replies;

    /** A move that may throw {@link WorkflowException}. */
    @FunctionalInterface
    private interface Move {
        void perform();
    }

    public EnforcementRoutes(Enforcement enforcement, RequestViews views, RequestRoutes pages, Messages messages) {
        this.enforcement = enforcement;
        this.pages = pages;
        this.messages = messages;
        this.replies = new FormReplies(views, pages, messages);
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
        RequestView seen = replies.visible(ctx, a, id);
        ActionForm input = new ActionForm(ctx.formParamMap(), messages);
        int version = input.version();
        if (!enforcement.canRecordCourtOrder(a, seen.request())) {
            replies.refuseOrStale(ctx, a, seen, input, "courtOrder", STALE, version);
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
            replies.showAgain(ctx, a, seen == null ? replies.visible(ctx, a, id) : seen, input, name, STALE, may,
                    version);
            return;
        }
        try {
            move.perform();
        } catch (WorkflowException e) {
            replies.refused(ctx, a, id, version, input, name, STALE, e);
            return;
        } catch (AttachmentRejected e) {
            // checked before the move; only a file the form let through and the service did not gets here
            input.error(CourtOrderForm.DOCUMENT, "enforcement.error.documentNotPdf");
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            pages.render(ctx, a, replies.visible(ctx, a, id), input, name, null);
            return;
        }
        Flash.success(ctx, messages.get("request.done." + name));
        ctx.redirect("/requests/" + id, HttpStatus.SEE_OTHER);
    }


    private static byte[] read(UploadedFile file) {
        try (InputStream in = file.content()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

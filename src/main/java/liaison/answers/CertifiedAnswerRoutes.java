package liaison.answers;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import liaison.accounts.Account;

/** GET /requests/{id}/answer.pdf: the certified answer, always as a download. */
final class CertifiedAnswerRoutes {
    public static final String PATH = "/requests/{id}/answer.pdf";

    private final CertifiedAnswers certified;

    public CertifiedAnswerRoutes(CertifiedAnswers certified) {
        this.certified = certified;
    }

    public void download(Context ctx) {
        Account viewer = Account.signedIn(ctx);
        var file = certified.download(viewer, id(ctx), ctx.ip()).orElseThrow(NotFoundResponse::new);
        ctx.header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("application/pdf");
        ctx.result(file.content());
    }

    /** A positive number from the address; anything else names nothing. */
    private static long id(Context ctx) {
        String raw = ctx.pathParam("id");
        try {
            long id = raw.length() > 19 ? -1 : Long.parseLong(raw);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below, like any other id that names nothing
        }
        throw new NotFoundResponse();
    }
}

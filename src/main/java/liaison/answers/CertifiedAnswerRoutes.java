package liaison.answers;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import liaison.accounts.Account;
import liaison.system.Paths;

/** GET /requests/{id}/answer.pdf: the certified answer, always as a download. */
final class CertifiedAnswerRoutes {
    public static final String PATH = "/requests/{id}/answer.pdf";

    private final CertifiedAnswers certified;

    public CertifiedAnswerRoutes(CertifiedAnswers certified) {
        this.certified = certified;
    }

    public void download(Context ctx) {
        Account viewer = Account.signedIn(ctx);
        var file = certified.download(viewer, Paths.id(ctx), ctx.ip()).orElseThrow(NotFoundResponse::new);
        ctx.header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("application/pdf");
        ctx.result(file.content());
    }
}

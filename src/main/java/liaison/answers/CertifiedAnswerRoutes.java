package liaison.answers;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.Optional;
import liaison.accounts.Account;
import liaison.system.Paths;

/**
 * GET /requests/{id}/answer.pdf: the certified answer; GET /requests/{id}/as-filed.pdf: the request as filed. Both
 * always as a download, made for it; a request the person may not download from is not found.
 */
final class CertifiedAnswerRoutes {
    public static final String PATH = "/requests/{id}/answer.pdf";
    public static final String AS_FILED_PATH = "/requests/{id}/as-filed.pdf";

    private final CertifiedAnswers certified;
    private final AsFiledDocuments asFiled;

    public CertifiedAnswerRoutes(CertifiedAnswers certified, AsFiledDocuments asFiled) {
        this.certified = certified;
        this.asFiled = asFiled;
    }

    public void download(Context ctx) {
        Account viewer = Account.signedIn(ctx);
        send(ctx, certified.download(viewer, Paths.id(ctx), ctx.ip()));
    }

    public void asFiled(Context ctx) {
        Account viewer = Account.signedIn(ctx);
        send(ctx, asFiled.download(viewer, Paths.id(ctx), ctx.ip()));
    }

    private static void send(Context ctx, Optional<CertifiedAnswers.CertifiedFile> found) {
        var file = found.orElseThrow(NotFoundResponse::new);
        ctx.header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("application/pdf");
        ctx.result(file.content());
    }
}

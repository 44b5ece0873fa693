package liaison.answers;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import liaison.system.AccessControl;
import liaison.system.Messages;
import liaison.system.Problems;
import liaison.system.User;

/**
 * The public "Verify a document" page (issue 13), open without signing in: GET {@value #PATH} shows the form, and
 * with {@code ?code=} (the link printed in each certified answer) checks that code; POST {@value #PATH} checks an
 * uploaded PDF (multipart, CSRF-checked like every POST). The answer names the agency, the times and the certifying
 * clerk, and nothing else about the request or its subject.
 */
final class VerifyRoutes {
    static final String PATH = "/verify";
    /** The route's upload limit: above the 10 MB checked, so a file a little too large gets the page's message. */
    static final long MAX_PART = 16L * 1024 * 1024;
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private final DocumentVerification verification;
    private final Messages messages;

    VerifyRoutes(DocumentVerification verification, Messages messages) {
        this.verification = verification;
        this.messages = messages;
    }

    public void page(Context ctx) {
        String typed = ctx.queryParam("code");
        if (typed == null) {
            show(ctx, null, "", new Problems());
            return;
        }
        checkCode(ctx, typed);
    }

    public void check(Context ctx) {
        UploadedFile file = ctx.isMultipartFormData() ? ctx.uploadedFile("file") : null;
        if (file == null || file.filename().isEmpty()) {
            String typed = ctx.formParam("code");
            if (typed != null && !typed.isBlank()) {
                checkCode(ctx, typed);
                return;
            }
        }
        Problems p = new Problems();
        byte[] content = file == null ? new byte[0] : read(file);
        if (!p.when(content.length == 0, "file", "verify.error.empty")
                && !p.when(content.length > DocumentVerification.MAX_BYTES, "file", "verify.error.tooLarge")) {
            p.when(!isPdf(content), "file", "verify.error.notPdf");
        }
        if (p.any()) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            show(ctx, null, "", p);
            return;
        }
        Optional<User> who = AccessControl.account(ctx);
        show(ctx, verification.byContent(content, who.map(User::id).orElse(null),
                who.map(User::email).orElse(null), ctx.ip()), "", p);
    }

    private void checkCode(Context ctx, String typed) {
        Problems p = new Problems();
        Optional<String> code = VerificationCodes.normalise(typed);
        String kept = typed.length() > 64 ? typed.substring(0, 64) : typed;
        if (p.when(typed.isBlank(), "code", Problems.REQUIRED) || p.when(code.isEmpty(), "code", "verify.error.code")) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            show(ctx, null, kept, p);
            return;
        }
        Optional<User> who = AccessControl.account(ctx);
        show(ctx, verification.byCode(code.get(), who.map(User::id).orElse(null), who.map(User::email).orElse(null),
                ctx.ip()), code.get(), p);
    }

    private void show(Context ctx, DocumentVerification.Found found, String code, Problems p) {
        Map<String, Object> page = new HashMap<>();
        page.put("found", found);
        page.put("code", code);
        p.show(page, messages, "verify.field.");
        // the answer is for the one who asked: not kept by any cache on the way
        ctx.header("Cache-Control", "no-store");
        ctx.render("answers/verify", page);
    }

    private static boolean isPdf(byte[] content) {
        return content.length >= PDF_MAGIC.length
                && Arrays.equals(Arrays.copyOf(content, PDF_MAGIC.length), PDF_MAGIC);
    }

    private static byte[] read(UploadedFile file) {
        try (InputStream in = file.content()) {
            return in.readNBytes(DocumentVerification.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package liaison.attachments;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import liaison.accounts.Account;
import liaison.requests.RequestedItem;
import liaison.system.Flash;
import liaison.system.Messages;
import liaison.system.Paths;

/**
 * Uploading a file to a request and downloading one. An upload the service refuses goes back to the request's
 * page with the reason's code in the address ({@code ?attachmentError=too-large#attachment-file}); the panel
 * shows the message next to the file field. A file cannot be put back into a file field, so nothing else is lost.
 */
public final class AttachmentRoutes {
    public static final String UPLOAD_PATH = "/requests/{id}/attachments";
    public static final String DOWNLOAD_PATH = "/requests/{id}/attachments/{attachmentId}";
    /** The form's file field and the query parameter that carries a refusal back to the page. */
    static final String FILE_FIELD = "file";
    static final String ITEM_FIELD = "item";
    static final String ERROR_PARAMETER = "attachmentError";
    /**
     * The largest file the upload routes read (their route's upload limit): above the 10 MB the service allows, so
     * that a file a little too large gets the form's own message; a body larger still is answered 413 unread.
     */
    public static final long MAX_PART = 16L * 1024 * 1024;

    private final AttachmentService attachments;
    private final Messages messages;

    public AttachmentRoutes(AttachmentService attachments, Messages messages) {
        this.attachments = attachments;
        this.messages = messages;
    }

    /** POST /requests/{id}/attachments: multipart, the file in {@value #FILE_FIELD}, an optional item. */
    public void upload(Context ctx) {
        Account actor = account(ctx);
        long requestId = Paths.id(ctx, "id");
        UploadedFile file = ctx.uploadedFile(FILE_FIELD);
        try {
            Attachment stored = attachments.store(actor, requestId, file == null ? null : file.filename(),
                    file == null ? new byte[0] : read(file), item(ctx.formParam(ITEM_FIELD)), ctx.ip());
            Flash.success(ctx, messages.get("attachments.uploaded", stored.fileName()));
            ctx.redirect("/requests/" + requestId + "#attachments", HttpStatus.SEE_OTHER);
        } catch (AttachmentRejected e) {
            String back = "/requests/" + requestId + "?" + ERROR_PARAMETER + "=" + e.reason().code();
            ctx.redirect(back + "#attachment-file", HttpStatus.SEE_OTHER);
        }
    }

    /**
     * GET /requests/{id}/attachments/{attachmentId}: always a download, never shown inline by the browser, under
     * a name whose extension matches the type found in its bytes.
     */
    public void download(Context ctx) {
        AttachmentFile file = attachments.download(account(ctx), Paths.id(ctx, "id"), Paths.id(ctx, "attachmentId"), ctx.ip());
        ctx.header("Content-Disposition", contentDisposition(AttachmentNames.served(file)));
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.contentType(file.contentType());
        ctx.result(file.content());
    }

    static String contentDisposition(String fileName) {
        return "attachment; filename=\"" + AttachmentNames.asciiFallback(fileName) + "\"; filename*=UTF-8''"
                + rfc5987(fileName);
    }

    /** Percent-encodes everything but RFC 5987's attr-char. */
    private static String rfc5987(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "!#$&+-.^_`|~".indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    private static byte[] read(UploadedFile file) {
        try (InputStream in = file.content()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<RequestedItem> item(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(RequestedItem.valueOf(raw.strip()));
        } catch (IllegalArgumentException e) {
            throw new AttachmentRejected(AttachmentRejected.Reason.UNKNOWN_ITEM, "no such item");
        }
    }

    private static Account account(Context ctx) {
        return Account.signedIn(ctx);
    }
}

package liaison.system;

import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.ContentTooLargeResponse;
import java.util.List;

/**
 * The upload limits the route table declares ({@link Route#maxUpload()}): Jetty's multipart limits, and a 413 page
 * for a body too large to read. The CSRF check reads the token from the multipart body (pac4j asks Javalin's
 * {@code formParam}, which parses multipart with these limits); a failure there would reach the error handler
 * wrapped by pac4j, as a 500. So the body is checked first, in a {@code before} handler (they run before the access
 * check): a declared length over the limit is refused unread; otherwise the body is parsed here (Jetty keeps the
 * parts for the check and the route), and a body that outgrows the limit while being read (chunked) is a 413, a
 * malformed one a 400. Strangers without a session are sent to sign in without their body being parsed.
 */
public final class Uploads {
    /** Room for the form's other fields and the multipart framing around the file. */
    static final long FRAMING = 64 * 1024;

    private Uploads() {
    }

    public static void limit(JavalinConfig config, List<Route> routes) {
        long largest = routes.stream().mapToLong(Route::maxUpload).max().orElse(0);
        if (largest == 0) {
            return;
        }
        config.jetty.multipartConfig.maxFileSize(largest, SizeUnit.BYTES);
        config.jetty.multipartConfig.maxTotalRequestSize(largest + FRAMING, SizeUnit.BYTES);
        config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
        routes.stream().filter(r -> r.maxUpload() > 0).forEach(r -> readMultipartFirst(config, r));
    }

    private static void readMultipartFirst(JavalinConfig config, Route route) {
        long maxBody = route.maxUpload() + FRAMING;
        config.routes.before(route.path(), ctx -> {
            if (ctx.method() != route.method()) {
                return;
            }
            if (ctx.req().getContentLengthLong() > maxBody) {
                throw new ContentTooLargeResponse();
            }
            // a page open to anyone (the public verify page) takes uploads without a session too
            boolean open = route.roles().contains(Role.ANYONE);
            if (ctx.isMultipartFormData() && (open || ctx.req().getSession(false) != null)) {
                try {
                    ctx.uploadedFiles();
                } catch (Exception e) {
                    throw overLimit(e) ? new ContentTooLargeResponse() : new BadRequestResponse();
                }
            }
        });
    }

    /** Whether Jetty gave up on a multipart body because of its size ("max file size exceeded: …"). */
    private static boolean overLimit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && message.startsWith("max ") && message.contains(" exceeded")) {
                return true;
            }
        }
        return false;
    }
}

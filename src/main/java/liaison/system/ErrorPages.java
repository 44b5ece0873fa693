package liaison.system;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Error pages in the portal's layout; the details of a failure go to the log, never to the page. */
public final class ErrorPages {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);

    private ErrorPages() {
    }

    public static void register(JavalinConfig config, Messages messages, AccessControl access) {
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("Unhandled error on {} {}", ctx.method(), ctx.path(), e);
            ctx.status(500);
        });
        for (int status : new int[] {400, 403, 404, 405, 413, 429, 500}) {
            config.routes.error(status, ctx -> {
                access.identify(ctx);
                page(ctx, status, messages);
            });
        }
    }

    private static void page(Context ctx, int status, Messages messages) {
        ctx.render("errors/error", Map.of(
                "status", status,
                "title", messages.get("error." + status + ".title"),
                "message", messages.get("error." + status + ".message")));
    }
}

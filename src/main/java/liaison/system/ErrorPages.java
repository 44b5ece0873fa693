package liaison.system;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.io.EofException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Error pages in the portal's layout; the details of a failure go to the log, never to the page. */
public final class ErrorPages {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);

    private ErrorPages() {
    }

    public static void register(JavalinConfig config, Messages messages, AccessControl access) {
        config.routes.exception(Exception.class, (e, ctx) -> {
            if (Database.unavailable(e)) {
                // the transaction did not commit: nothing of it is stored; the page says so (503)
                LOG.warn("Database unavailable on {} {}: {}", ctx.method(), ctx.path(), e.toString());
                ctx.status(503);
                return;
            }
            if (clientGone(e)) {
                // a download cancelled, or a browser closed, while the answer was being written: nobody to answer
                LOG.info("Client went away during {} {}: {}", ctx.method(), ctx.path(), e.toString());
                return;
            }
            LOG.error("Unhandled error on {} {}", ctx.method(), ctx.path(), e);
            ctx.status(500);
        });
        for (int status : new int[] {400, 403, 404, 405, 413, 429, 500, 503}) {
            config.routes.error(status, ctx -> {
                if (status != 503) {
                    access.identify(ctx); // reads the account: not while the database is down
                }
                page(ctx, status, messages);
            });
        }
    }

    private static void page(Context ctx, int status, Messages messages) {
        Map<String, Object> page = new HashMap<>(Map.of(
                "status", status,
                "title", messages.get("error." + status + ".title"),
                "message", messages.get("error." + status + ".message")));
        if (status == 503) {
            ctx.header("Retry-After", "10");
            resendable(ctx).ifPresent(fields -> {
                page.put("resendAction", ctx.path());
                page.put("resendFields", fields);
            });
        }
        ctx.render("errors/error", page);
    }

    /**
     * Whether writing the answer failed because the other end closed the connection (Jetty's {@link EofException},
     * "Broken pipe" or "Connection reset", as a streamed CSV export meets it, wrapped or not): nothing failed here.
     */
    static boolean clientGone(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EofException) {
                return true;
            }
        }
        return false;
    }

    /** One field of a form sent again as it was sent. */
    public record Field(String name, String value) {
    }

    /**
     * A form that could not be stored, to send again as typed: a POSTed form carrying a form key ({@link FormKeys}:
     * sending it again, once the database is back, is done once however often it is sent). Sign-in forms carry no
     * key, so no password is ever written back into a page.
     */
    private static Optional<List<Field>> resendable(Context ctx) {
        String type = String.valueOf(ctx.contentType());
        if (ctx.method() != HandlerType.POST || !type.startsWith("application/x-www-form-urlencoded")
                || FormKeys.sent(ctx).isEmpty()) {
            return Optional.empty();
        }
        // the token and key go in through fragments/form :: keyed, as in every form: the token sent (the session
        // that issued it could not be read), the key sent (Templates keeps it)
        if (ctx.attribute(Security.CSRF_PARAMETER) == null) {
            ctx.attribute(Security.CSRF_PARAMETER, ctx.formParam(Security.CSRF_PARAMETER));
        }
        List<Field> fields = new ArrayList<>();
        ctx.formParamMap().forEach((name, values) -> {
            if (!name.equals(Security.CSRF_PARAMETER) && !name.equals(FormKeys.FIELD)) {
                values.forEach(v -> fields.add(new Field(name, v)));
            }
        });
        return Optional.of(fields);
    }
}

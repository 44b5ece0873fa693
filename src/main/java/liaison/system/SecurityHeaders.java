package liaison.system;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Headers every response carries, pages, files and errors alike: those the portal answers, and those Jetty answers
 * itself before any route runs (a request it cannot parse, an address or headers too long).
 */
public final class SecurityHeaders {
    static final String CSP = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            // USWDS draws icons from data: URIs in its stylesheet
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    private final boolean behindTls;

    public SecurityHeaders(boolean behindTls) {
        this.behindTls = behindTls;
    }

    /** On every response of the portal, and on Jetty's own error answers. */
    public void install(JavalinConfig config) {
        config.routes.before(this::apply);
        config.jetty.modifyServer(server -> server.setErrorHandler(new ErrorHandler() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                headers("/").forEach(response.getHeaders()::put);
                return super.handle(request, response, callback);
            }

            @Override
            protected void generateCacheControl(Response response) {
                // keep ours (no-store), not Jetty's own
            }
        }));
    }

    void apply(Context ctx) {
        headers(ctx.path()).forEach(ctx::header);
    }

    private Map<String, String> headers(String path) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", CSP);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Referrer-Policy", "same-origin");
        headers.put("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        headers.put("Cross-Origin-Opener-Policy", "same-origin");
        if (behindTls) {
            headers.put("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        if (!path.startsWith("/uswds/") && !path.startsWith("/static/")) {
            // pages hold personal data: never kept in a shared cache or the browser's history cache
            headers.put("Cache-Control", "no-store");
        }
        return headers;
    }
}

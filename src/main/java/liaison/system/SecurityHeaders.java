package liaison.system;

import io.javalin.http.Context;

/** Headers every response carries, pages, files and errors alike. */
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

    public void apply(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        if (behindTls) {
            ctx.header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        if (!ctx.path().startsWith("/uswds/") && !ctx.path().startsWith("/static/")) {
            // pages hold personal data: never kept in a shared cache or the browser's history cache
            ctx.header("Cache-Control", "no-store");
        }
    }
}

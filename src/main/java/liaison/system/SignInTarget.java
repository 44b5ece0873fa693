package liaison.system;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The page someone asked for before signing in, to go on to afterwards. Kept in a short-lived cookie, because
 * nobody has a session yet (and an anonymous visit must not make one), and only ever as a path of this portal,
 * never an address built from the request's Host header. The cookie's path is "/", not just the callback's: a
 * browser clears the cookies of a site by what the page it shows can see.
 */
public final class SignInTarget {
    static final String COOKIE = "LIAISON_NEXT";
    private static final int MAX_AGE_SECONDS = 15 * 60;
    private static final int MAX_LENGTH = 512;

    private SignInTarget() {
    }

    /** On a GET of a page that needs signing in, by someone not signed in. */
    static void remember(Context ctx) {
        String query = ctx.queryString();
        String path = ctx.path() + (query == null ? "" : "?" + query);
        if (!isLocalPath(path) || path.length() > MAX_LENGTH) {
            return;
        }
        // encoded: a query may hold characters a cookie value may not
        Cookie cookie = new Cookie(COOKIE, URLEncoder.encode(path, StandardCharsets.UTF_8), "/", MAX_AGE_SECONDS);
        cookie.setHttpOnly(true);
        cookie.setSecure(ctx.req().isSecure());
        cookie.setSameSite(SameSite.LAX);
        ctx.cookie(cookie);
    }

    /** At the sign-in callback: the remembered path, or "/". */
    public static String get(Context ctx) {
        String value = ctx.cookie(COOKIE);
        if (value == null) {
            return "/";
        }
        try {
            String path = URLDecoder.decode(value, StandardCharsets.UTF_8);
            return isLocalPath(path) ? path : "/";
        } catch (IllegalArgumentException e) {
            return "/"; // not one we wrote
        }
    }

    /** Once the password is accepted: the next sign-in starts afresh. */
    public static void forget(Context ctx) {
        if (ctx.cookie(COOKIE) != null) {
            ctx.removeCookie(COOKIE, "/");
        }
    }

    /** A path on this portal: "/..." but not "//host" or "/\host", which browsers read as another site. */
    public static boolean isLocalPath(String path) {
        return path != null && path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\")
                && path.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
    }
}

package liaison.system;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The page someone asked for before signing in, to go on to afterwards, bound to that one sign-in: the address
 * travels in a short-lived cookie only across the redirect to the sign-in page (nobody has a session yet, and an
 * anonymous visit must not make one), which takes it out of the cookie into its form. A sign-in page opened any
 * other way finds no cookie and sends the person home, so nobody lands on the page the previous person on the
 * same browser had asked for. Only ever a path of this portal, never an address built from the Host header. The
 * cookie's path is "/", not just the sign-in page's: a browser clears the cookies of a site by what the page it
 * shows can see.
 */
public final class SignInTarget {
    static final String COOKIE = "LIAISON_NEXT";
    /** The sign-in form's hidden field that carries the address on to the password step. */
    public static final String FIELD = "next";
    /** Long enough for a browser to follow a redirect, or to come back from a failed password. */
    private static final int MAX_AGE_SECONDS = 2 * 60;
    private static final int MAX_LENGTH = 512;

    private SignInTarget() {
    }

    /** On a GET of a page that needs signing in, by someone not signed in. */
    static void remember(Context ctx) {
        String query = ctx.queryString();
        carry(ctx, ctx.path() + (query == null ? "" : "?" + query));
    }

    /**
     * Sets the cookie for the next sign-in page to take: on the way to it from a page that needs signing in, or
     * back to it after a wrong password.
     */
    public static void carry(Context ctx, String path) {
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

    /**
     * At the sign-in page: the address the redirect here carried, or "" when there is none; the cookie is cleared
     * either way, so the address belongs to this page's form only.
     */
    public static String take(Context ctx) {
        String value = ctx.cookie(COOKIE);
        forget(ctx);
        if (value == null) {
            return "";
        }
        try {
            String path = URLDecoder.decode(value, StandardCharsets.UTF_8);
            return isLocalPath(path) && path.length() <= MAX_LENGTH ? path : "";
        } catch (IllegalArgumentException e) {
            return ""; // not one we wrote
        }
    }

    /** At the password step: the address the sign-in form carried, or "/" (the person's home) for none. */
    public static String fromForm(Context ctx) {
        String path = ctx.formParam(FIELD);
        return path != null && isLocalPath(path) && path.length() <= MAX_LENGTH ? path : "/";
    }

    /** Once the password is accepted, and at sign-out: nothing is left for a later sign-in. */
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

package liaison.system;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import io.javalin.http.SameSite;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The token against cross-site request forgery that every POST must carry in its form body (never the address,
 * where it would reach logs and Referer headers; the portal has no script of its own that posts, so no header).
 * <ul>
 * <li>In a session (someone signing in or signed in) the token lives in the session, and a new one is made when
 * the person signs in, so a token seen before sign-in is worth nothing after it.</li>
 * <li>Pages shown before sign-in (the sign-in form, an invitation link) must not make a session: every anonymous
 * visit would write a row to the sessions table. They use a token kept in a cookie instead, which the form repeats
 * (a "double-submit" cookie): another site can neither read the cookie nor set it. Behind TLS the cookie is
 * {@code __Host-} prefixed, so not even a sibling subdomain can plant one.</li>
 * </ul>
 * A POST the browser itself says comes from another origin ({@code Sec-Fetch-Site}) is refused whatever it carries.
 */
public final class Csrf {
    /** Session attribute holding the session's token. */
    public static final String SESSION_ATTRIBUTE = "liaison.csrfToken";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String cookieName;
    private final boolean secureCookies;

    Csrf(boolean secureCookies) {
        this.secureCookies = secureCookies;
        this.cookieName = cookieName(secureCookies);
    }

    static String cookieName(boolean secureCookies) {
        return secureCookies ? "__Host-liaison-csrf" : "LIAISON_CSRF";
    }

    /**
     * On a page open to anyone: the cookie's token for its forms. A POST must carry it, or the session's token if
     * the person has a session (a form of the signed-in pages may post here). No session is made.
     */
    void checkWithoutSession(Context ctx) {
        String token = ctx.cookie(cookieName);
        if (ctx.method() == HandlerType.POST) {
            refuseUnless(ctx, token, sessionToken(ctx));
        }
        if (token == null || token.isEmpty()) {
            token = newToken();
            Cookie cookie = new Cookie(cookieName, token);
            cookie.setHttpOnly(true);
            cookie.setSecure(secureCookies || ctx.req().isSecure());
            cookie.setSameSite(SameSite.STRICT);
            ctx.cookie(cookie);
        }
        ctx.attribute(Security.CSRF_PARAMETER, token);
    }

    /** On a page for someone signing in or signed in: the session's token for its forms; a POST must carry it. */
    void checkInSession(Context ctx) {
        String token = sessionToken(ctx);
        if (ctx.method() == HandlerType.POST) {
            refuseUnless(ctx, token, null);
        }
        if (token != null) {
            ctx.attribute(Security.CSRF_PARAMETER, token);
        } else if (ctx.req().getSession(false) != null) {
            renew(ctx);
        }
    }

    /** For error pages of a signed-in person: the session's token, if it has one, for the sign-out form. */
    static void offerInSession(Context ctx) {
        String token = sessionToken(ctx);
        if (token != null) {
            ctx.attribute(Security.CSRF_PARAMETER, token);
        }
    }

    private static String sessionToken(Context ctx) {
        HttpSession session = ctx.req().getSession(false);
        return session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof String token ? token : null;
    }

    /** A new token for this session, from this page on: when a person signs in. */
    public static void renew(Context ctx) {
        String token = newToken();
        ctx.req().getSession().setAttribute(SESSION_ATTRIBUTE, token);
        ctx.attribute(Security.CSRF_PARAMETER, token);
    }

    private static void refuseUnless(Context ctx, String expected, String orExpected) {
        String site = ctx.header("Sec-Fetch-Site");
        boolean crossSite = site != null && !site.equals("same-origin");
        // a token in the address is refused outright, whatever the body holds
        boolean inAddress = ctx.queryParamMap().containsKey(Security.CSRF_PARAMETER);
        String given = ctx.formParam(Security.CSRF_PARAMETER);
        // both compared, whatever the first gives, so the time taken tells nothing
        boolean valid = matches(expected, given) | matches(orExpected, given);
        if (crossSite || inAddress || !valid) {
            throw new ForbiddenResponse();
        }
    }

    private static boolean matches(String expected, String given) {
        return expected != null && !expected.isEmpty() && given != null
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

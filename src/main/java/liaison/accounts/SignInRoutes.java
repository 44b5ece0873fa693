package liaison.accounts;

import io.javalin.http.Context;
import jakarta.servlet.http.HttpSession;
import java.util.HashMap;
import java.util.Map;
import liaison.system.AccessControl;
import liaison.system.Security;
import liaison.system.SignInTarget;
import org.pac4j.javalin.CallbackHandler;
import org.pac4j.javalin.LogoutHandler;

/**
 * The sign-in page, the password step and sign-out. The form posts to pac4j's callback, which calls
 * {@link AccountAuthenticator}; the second step is {@link MfaRoutes}.
 */
final class SignInRoutes {
    private final SignInService signIn;
    private final SignInRateLimit rateLimit;
    private final Security security;
    private final LogoutHandler logout;

    public SignInRoutes(Security security, SignInService signIn, SignInRateLimit rateLimit) {
        this.signIn = signIn;
        this.rateLimit = rateLimit;
        this.security = security;
        this.logout = new LogoutHandler(security.config(), Security.LOGIN_URL + "?signedOut");
        logout.destroySession = true;
    }

    public void form(Context ctx) {
        Map<String, Object> model = new HashMap<>();
        model.put("formAction", Security.CALLBACK_URL + "?client_name=" + Security.CLIENT);
        // a failed attempt left what was typed and why it failed in the session, shown once
        HttpSession session = ctx.req().getSession(false);
        String typed = session == null ? null : take(session, Security.FAILED_NAME);
        model.put("username", typed == null ? "" : typed.substring(0, Math.min(typed.length(), SignInService.MAX_EMAIL)));
        // ?error= comes from the second step and the password change, which end the session as they lock
        String failed = session == null ? null : take(session, Security.FAILED_ERROR);
        String error = failed != null ? failed : ctx.queryParam("error");
        model.put("locked", AccountLockedException.ERROR.equals(error));
        model.put("failed", error != null && !AccountLockedException.ERROR.equals(error));
        model.put("signedOut", ctx.queryParam("signedOut") != null);
        model.put("expired", ctx.queryParam("expired") != null);
        model.put("ended", ctx.queryParam("ended") != null);
        model.put("next", SignInTarget.take(ctx));
        ctx.render("accounts/login", model);
    }

    /**
     * The password step, after the per-address rate limit: too many attempts get the 429 page. It goes on to the
     * page this sign-in's form was asked for ({@link SignInTarget}), always as a path, or home; a wrong password
     * sends the address back to the sign-in page with the person.
     */
    public void callback(Context ctx) throws Exception {
        if (!rateLimit.allow(ctx.ip())) {
            tooMany(ctx);
            return;
        }
        String target = SignInTarget.fromForm(ctx);
        // renewSession: a new session id once the password is accepted (the second factor gives another)
        new CallbackHandler(security.config(), target, true).handle(ctx);
        if (SignInSessions.passwordAccepted(ctx)) {
            SignInTarget.forget(ctx);
        } else if (!target.equals("/")) {
            SignInTarget.carry(ctx, target);
        }
    }

    /**
     * Ends the session where it is stored: pac4j invalidates it, and Jetty deletes its row from the sessions
     * table (no session is cached in memory), so no other instance can still find it.
     */
    public void signOut(Context ctx) throws Exception {
        AccessControl.account(ctx).or(() -> AccessControl.pendingAccount(ctx))
                .ifPresent(account -> signIn.signedOut((Account) account, ctx.ip()));
        SignInTarget.forget(ctx);
        logout.handle(ctx);
    }

    private static String take(HttpSession session, String name) {
        Object value = session.getAttribute(name);
        if (value != null) {
            session.removeAttribute(name);
        }
        return value instanceof String text ? text : null;
    }

    static void tooMany(Context ctx) {
        ctx.header("Retry-After", String.valueOf(SignInRateLimit.WINDOW.toSeconds()));
        ctx.status(429);
    }
}

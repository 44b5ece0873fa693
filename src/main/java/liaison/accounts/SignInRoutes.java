package liaison.accounts;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import liaison.system.AccessControl;
import liaison.system.Security;
import org.pac4j.javalin.CallbackHandler;
import org.pac4j.javalin.LogoutHandler;

/**
 * The sign-in page, the password step and sign-out. The form posts to pac4j's callback, which calls
 * {@link AccountAuthenticator}; the second step is {@link MfaRoutes}.
 */
final class SignInRoutes {
    private final SignInService signIn;
    private final SignInRateLimit rateLimit;
    private final CallbackHandler callback;
    private final LogoutHandler logout;

    public SignInRoutes(Security security, SignInService signIn, SignInRateLimit rateLimit) {
        this.signIn = signIn;
        this.rateLimit = rateLimit;
        // renewSession: a new session id once the password is accepted (the second factor gives another)
        this.callback = new CallbackHandler(security.config(), "/", true);
        this.logout = new LogoutHandler(security.config(), Security.LOGIN_URL + "?signedOut");
        logout.destroySession = true;
    }

    public void form(Context ctx) {
        Map<String, Object> model = new HashMap<>();
        model.put("formAction", Security.CALLBACK_URL + "?client_name=" + Security.CLIENT);
        // pac4j sends the user back with what they typed and an error code after a failed attempt
        String typed = ctx.queryParam("username");
        model.put("username", typed == null ? "" : typed.substring(0, Math.min(typed.length(), SignInService.MAX_EMAIL)));
        String error = ctx.queryParam("error");
        model.put("locked", AccountLockedException.ERROR.equals(error));
        model.put("failed", error != null && !AccountLockedException.ERROR.equals(error));
        model.put("signedOut", ctx.queryParam("signedOut") != null);
        model.put("expired", ctx.queryParam("expired") != null);
        model.put("ended", ctx.queryParam("ended") != null);
        ctx.render("accounts/login", model);
    }

    /** The password step, after the per-address rate limit: too many attempts get the 429 page. */
    public void callback(Context ctx) throws Exception {
        if (!rateLimit.allow(ctx.ip())) {
            tooMany(ctx);
            return;
        }
        callback.handle(ctx);
    }

    /**
     * Ends the session where it is stored: pac4j invalidates it, and Jetty deletes its row from the sessions
     * table (no session is cached in memory), so no other instance can still find it.
     */
    public void signOut(Context ctx) throws Exception {
        AccessControl.account(ctx).or(() -> AccessControl.pendingAccount(ctx))
                .ifPresent(account -> signIn.signedOut((Account) account, ctx.ip()));
        logout.handle(ctx);
    }

    static void tooMany(Context ctx) {
        ctx.header("Retry-After", String.valueOf(SignInRateLimit.WINDOW.toSeconds()));
        ctx.status(429);
    }
}

package liaison.accounts;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import liaison.system.AccessControl;
import liaison.system.Security;
import org.pac4j.javalin.LogoutHandler;

/** The sign-in page and sign-out. The form posts to pac4j's callback, which calls {@link AccountAuthenticator}. */
public final class SignInRoutes {
    private final SignInService signIn;
    private final LogoutHandler logout;

    public SignInRoutes(Security security, SignInService signIn) {
        this.signIn = signIn;
        this.logout = new LogoutHandler(security.config(), Security.LOGIN_URL + "?signedOut");
        logout.destroySession = true;
    }

    public void form(Context ctx) {
        Map<String, Object> model = new HashMap<>();
        model.put("formAction", Security.CALLBACK_URL + "?client_name=" + Security.CLIENT);
        // pac4j sends the user back with what they typed and an error code after a failed attempt
        String typed = ctx.queryParam("username");
        model.put("username", typed == null ? "" : typed.substring(0, Math.min(typed.length(), SignInService.MAX_EMAIL)));
        model.put("failed", ctx.queryParam("error") != null);
        model.put("signedOut", ctx.queryParam("signedOut") != null);
        ctx.render("accounts/login", model);
    }

    public void signOut(Context ctx) throws Exception {
        AccessControl.account(ctx).ifPresent(account -> signIn.signedOut(account, ctx.ip()));
        logout.handle(ctx);
    }
}

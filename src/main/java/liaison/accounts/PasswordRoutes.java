package liaison.accounts;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.Map;
import liaison.system.Flash;
import liaison.system.Messages;
import liaison.system.Security;

/** Change password: the person's own, asking the current one. Other sessions of the account end with it. */
final class PasswordRoutes {
    private final AccountSecurity security;
    private final SignInSessions sessions;
    private final Messages messages;

    public PasswordRoutes(AccountSecurity security, SignInSessions sessions, Messages messages) {
        this.security = security;
        this.sessions = sessions;
        this.messages = messages;
    }

    public void form(Context ctx) {
        render(ctx, Map.of());
    }

    public void change(Context ctx) {
        Account account = Account.signedIn(ctx);
        AccountSecurity.Change change = security.changePassword(account.id(),
                ctx.formParam(AccountSecurity.CURRENT), nonNull(ctx.formParam(AccountSecurity.PASSWORD)),
                nonNull(ctx.formParam(AccountSecurity.CONFIRM)), ctx.ip());
        if (change.locked()) {
            ctx.req().getSession().invalidate();
            ctx.redirect(Security.LOGIN_URL + "?error=" + AccountLockedException.ERROR, HttpStatus.SEE_OTHER);
            return;
        }
        if (!change.done()) {
            render(ctx, change.errors());
            return;
        }
        sessions.passwordChanged(ctx, account.id());
        Flash.success(ctx, messages.get("changePassword.done"));
        ctx.redirect("/profile", HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("errors", errors);
        model.put("forced", security.mustChangePassword(Account.signedIn(ctx).id()));
        model.put("minLength", PasswordRules.MIN_LENGTH);
        model.put("maxLength", PasswordRules.MAX_LENGTH);
        ctx.render("accounts/change-password", model);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}

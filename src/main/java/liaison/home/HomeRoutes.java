package liaison.home;

import io.javalin.http.Context;
import java.util.Map;
import liaison.accounts.Account;
import liaison.audit.AuditLog;
import liaison.system.Navigation;

/** Where each person lands: the home page of their role, and their own account page. */
final class HomeRoutes {
    private final AuditLog audit;

    public HomeRoutes(AuditLog audit) {
        this.audit = audit;
    }

    public void landing(Context ctx) {
        ctx.redirect(Navigation.homeOf(account(ctx)));
    }

    public void profile(Context ctx) {
        Account account = account(ctx);
        ctx.render("home/profile", Map.of("me", account, "recent", audit.latestBy(account.id(), 10)));
    }

    private static Account account(Context ctx) {
        return Account.signedIn(ctx);
    }
}

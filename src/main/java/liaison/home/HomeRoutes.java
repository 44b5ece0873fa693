package liaison.home;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import liaison.accounts.Account;
import liaison.audit.AuditLog;
import liaison.system.AccessControl;
import liaison.system.Navigation;

/** Where each person lands: the home page of their role, and their own account page. */
public final class HomeRoutes {
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

    /** The office's requests; filing arrives with the requests feature, until then the list is empty. */
    public void requests(Context ctx) {
        ctx.render("home/requests", Map.of("office", account(ctx).agencyName(), "requests", List.of()));
    }

    /** The agency's queue of requests addressed to it. */
    public void queue(Context ctx) {
        ctx.render("home/queue", Map.of("agency", account(ctx).agencyName(), "requests", List.of()));
    }

    private static Account account(Context ctx) {
        return AccessControl.account(ctx).orElseThrow();
    }
}

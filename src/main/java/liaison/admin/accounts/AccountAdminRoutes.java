package liaison.admin.accounts;

import io.javalin.http.Context;
import java.util.Map;
import liaison.accounts.Account;
import liaison.system.Pages;

/**
 * The lists of accounts: an agency admin's own agency's (the agency comes from the signed-in account only), and
 * the system admin's every account of the portal.
 */
final class AccountAdminRoutes {
    private final AccountAdministration accounts;

    AccountAdminRoutes(AccountAdministration accounts) {
        this.accounts = accounts;
    }

    void list(Context ctx) {
        Account admin = Account.signedIn(ctx);
        var page = accounts.ofAgency(admin.agencyId(), Pages.after(ctx));
        ctx.render("admin/accounts/agency-accounts", Map.of("agencyName", admin.agencyName(), "page", page));
    }

    void all(Context ctx) {
        ctx.render("admin/accounts/portal-accounts", Map.of("page", accounts.all(Pages.after(ctx))));
    }
}

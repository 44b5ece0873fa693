package liaison.admin.accounts;

import io.javalin.http.Context;
import java.util.Map;
import liaison.accounts.Account;
import liaison.accounts.AccountDao;
import liaison.system.Pages;
import org.jdbi.v3.core.Jdbi;

/** The agency admin's view of their own agency's accounts; the agency comes from the signed-in account only. */
public final class AccountAdminRoutes {
    private final Jdbi jdbi;

    public AccountAdminRoutes(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public void list(Context ctx) {
        Account admin = Account.signedIn(ctx);
        String after = Pages.after(ctx);
        var page = Pages.of(jdbi.onDemand(AccountDao.class).pageOfAgency(admin.agencyId(), after, Pages.SIZE + 1),
                Account::email);
        ctx.render("admin/accounts/agency-accounts", Map.of("agencyName", admin.agencyName(), "page", page));
    }
}

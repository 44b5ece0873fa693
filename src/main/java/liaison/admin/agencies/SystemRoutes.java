package liaison.admin.agencies;

import io.javalin.http.Context;
import java.util.Map;
import liaison.accounts.Account;
import liaison.accounts.AccountDao;
import liaison.agencies.Agency;
import liaison.agencies.AgencyDao;
import liaison.system.Pages;
import org.jdbi.v3.core.Jdbi;

/** The system admin's overview: every agency and every account of the portal. */
public final class SystemRoutes {
    private final Jdbi jdbi;

    public SystemRoutes(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public void agencies(Context ctx) {
        var page = Pages.of(jdbi.onDemand(AgencyDao.class).page(Pages.after(ctx), Pages.SIZE + 1), Agency::name);
        ctx.render("admin/agencies/agencies", Map.of("page", page));
    }

    public void accounts(Context ctx) {
        var page = Pages.of(jdbi.onDemand(AccountDao.class).page(Pages.after(ctx), Pages.SIZE + 1), Account::email);
        ctx.render("admin/accounts/portal-accounts", Map.of("page", page));
    }
}

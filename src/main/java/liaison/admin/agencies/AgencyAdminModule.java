package liaison.admin.agencies;

import java.util.List;
import liaison.admin.accounts.AccountAdminModule;
import liaison.audit.AuditLog;
import liaison.system.Infrastructure;
import liaison.system.Route;

import static liaison.system.Role.SYSTEM_ADMIN;

/** The system admin's agency pages: every agency, and creating, changing and (de)activating one. */
public final class AgencyAdminModule {
    private final AgencyAdminRoutes agencies;

    /** {@code accounts}: an agency's page lists its accounts and invites its first admin. */
    public AgencyAdminModule(Infrastructure infra, AuditLog audit, AccountAdminModule accounts) {
        this.agencies = new AgencyAdminRoutes(new AgencyService(infra.jdbi(), audit, infra.clock()),
                accounts.invitations(), accounts.administration(), infra.messages());
    }

    public List<Route> routes() {
        return List.of(
                Route.get("/system", agencies::list, SYSTEM_ADMIN),
                Route.get("/system/agencies/new", agencies::newForm, SYSTEM_ADMIN),
                Route.post("/system/agencies/new", agencies::create, SYSTEM_ADMIN),
                Route.get("/system/agencies/{id}", agencies::detail, SYSTEM_ADMIN),
                Route.get("/system/agencies/{id}/edit", agencies::editForm, SYSTEM_ADMIN),
                Route.post("/system/agencies/{id}/edit", agencies::update, SYSTEM_ADMIN),
                Route.post("/system/agencies/{id}/deactivate", agencies::deactivate, SYSTEM_ADMIN),
                Route.post("/system/agencies/{id}/reactivate", agencies::reactivate, SYSTEM_ADMIN),
                Route.post("/system/agencies/{id}/invite-admin", agencies::inviteAdmin, SYSTEM_ADMIN));
    }
}

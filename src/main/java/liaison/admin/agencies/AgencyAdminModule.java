package liaison.admin.agencies;

import java.util.List;
import liaison.admin.accounts.Invitations;
import liaison.audit.AuditLog;
import liaison.system.Infrastructure;
import liaison.system.Route;

import static liaison.system.Role.SYSTEM_ADMIN;

/** The system admin's pages: every agency and account, and creating, changing and (de)activating agencies. */
public final class AgencyAdminModule {
    private final SystemRoutes overview;
    private final AgencyAdminRoutes agencies;

    /** {@code invitations}: for inviting an agency's first admin from the agency's page. */
    public AgencyAdminModule(Infrastructure infra, AuditLog audit, Invitations invitations) {
        this.overview = new SystemRoutes(infra.jdbi());
        this.agencies = new AgencyAdminRoutes(new AgencyService(infra.jdbi(), audit, infra.clock()), invitations,
                infra.jdbi(), infra.messages());
    }

    public List<Route> routes() {
        return List.of(
                Route.get("/system", overview::agencies, SYSTEM_ADMIN),
                Route.get("/system/agencies/new", agencies::newForm, SYSTEM_ADMIN),
                Route.post("/system/agencies/new", agencies::create, SYSTEM_ADMIN),
                Route.get("/system/agencies/{id}", agencies::detail, SYSTEM_ADMIN),
                Route.get("/system/agencies/{id}/edit", agencies::editForm, SYSTEM_ADMIN),
                Route.post("/system/agencies/{id}/edit", agencies::update, SYSTEM_ADMIN),
                Route.post("/system/agencies/{id}/deactivate", agencies::deactivate, SYSTEM_ADMIN),
                Route.post("/system/agencies/{id}/reactivate", agencies::reactivate, SYSTEM_ADMIN),
                Route.post("/system/agencies/{id}/invite-admin", agencies::inviteAdmin, SYSTEM_ADMIN),
                Route.get("/system/accounts", overview::accounts, SYSTEM_ADMIN));
    }
}

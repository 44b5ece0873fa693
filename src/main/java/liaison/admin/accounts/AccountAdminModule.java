package liaison.admin.accounts;

import java.util.List;
import java.util.Optional;
import liaison.accounts.AccountsModule;
import liaison.accounts.PasswordHasher;
import liaison.admin.accounts.AdminPolicy.Action;
import liaison.audit.AuditLog;
import liaison.notifications.Mailer;
import liaison.system.Infrastructure;
import liaison.system.Route;

import static liaison.system.Role.AGENCY_ADMIN;
import static liaison.system.Role.ANYONE;
import static liaison.system.Role.SYSTEM_ADMIN;

/**
 * Account administration: an agency admin's own agency's accounts, the system admin's view of every account, and
 * invitations (sent by e-mail when a mail server is set, else shown to the admin) with the pages that accept them.
 */
public final class AccountAdminModule {
    private final Invitations invitations;
    private final AccountAdministration administration;
    private final DormantAccounts dormantAccounts;
    private final AccountAdminRoutes lists;
    private final AccountPages agencyAccounts;
    private final AccountPages systemAccounts;
    private final InvitePages invitePages;
    private final InviteAcceptRoutes inviteLinks;

    /** {@code mailer}: where invitations are sent, if anywhere; {@code baseUrl}: the portal's address in links. */
    public AccountAdminModule(Infrastructure infra, AuditLog audit, AccountsModule accounts, PasswordHasher hasher,
                              Optional<Mailer> mailer, String baseUrl) {
        var messages = infra.messages();
        var security = accounts.accountSecurity();
        this.invitations = new Invitations(infra.jdbi(), audit, infra.clock(), hasher, mailer, baseUrl, messages);
        this.administration = new AccountAdministration(infra.jdbi(), audit, infra.clock(), SecurityActions.of(
                security::unlock, security::resetMfa, security::forcePasswordChange));
        this.lists = new AccountAdminRoutes(administration);
        this.dormantAccounts = new DormantAccounts(infra.jdbi(), audit, infra.clock());
        // an agency admin's own agency only: another agency's account is "not found" (Scope)
        this.agencyAccounts = new AccountPages(administration, invitations, messages, "/agency/accounts",
                Scope::agencyOf);
        this.systemAccounts = new AccountPages(administration, invitations, messages, "/system/accounts",
                a -> Scope.portalWide());
        this.invitePages = new InvitePages(invitations, messages);
        this.inviteLinks = new InviteAcceptRoutes(invitations, accounts.passwordRules(), messages);
    }

    /** For the agency pages, where the system admin invites an agency's first admin. */
    public Invitations invitations() {
        return invitations;
    }

    /** For the agency pages, which list the agency's accounts. */
    public AccountAdministration administration() {
        return administration;
    }

    /** The job that deactivates accounts unused for too long. */
    public DormantAccounts dormantAccounts() {
        return dormantAccounts;
    }

    public List<Route> routes() {
        return List.of(
                Route.get("/invite/{token}", inviteLinks::form, ANYONE),
                Route.post("/invite/{token}", inviteLinks::accept, ANYONE),
                Route.get("/agency/accounts", lists::list, AGENCY_ADMIN),
                Route.get("/agency/accounts/invite", invitePages::form, AGENCY_ADMIN),
                Route.post("/agency/accounts/invite", invitePages::invite, AGENCY_ADMIN),
                Route.get("/agency/accounts/{id}", agencyAccounts::detail, AGENCY_ADMIN),
                Route.post("/agency/accounts/{id}/roles", agencyAccounts::roles, AGENCY_ADMIN),
                Route.post("/agency/accounts/{id}/deactivate", agencyAccounts.action(Action.DEACTIVATE), AGENCY_ADMIN),
                Route.post("/agency/accounts/{id}/reactivate", agencyAccounts.action(Action.REACTIVATE), AGENCY_ADMIN),
                Route.post("/agency/accounts/{id}/unlock", agencyAccounts.action(Action.UNLOCK), AGENCY_ADMIN),
                Route.post("/agency/accounts/{id}/reset-mfa", agencyAccounts.action(Action.RESET_MFA), AGENCY_ADMIN),
                Route.post("/agency/accounts/{id}/force-password-change",
                        agencyAccounts.action(Action.FORCE_PASSWORD_CHANGE), AGENCY_ADMIN),
                Route.post("/agency/accounts/{id}/resend-invite", agencyAccounts::resendInvite, AGENCY_ADMIN),
                Route.get("/system/accounts", lists::all, SYSTEM_ADMIN),
                Route.get("/system/accounts/{id}", systemAccounts::detail, SYSTEM_ADMIN),
                Route.post("/system/accounts/{id}/unlock", systemAccounts.action(Action.UNLOCK), SYSTEM_ADMIN),
                Route.post("/system/accounts/{id}/deactivate", systemAccounts.action(Action.DEACTIVATE), SYSTEM_ADMIN),
                Route.post("/system/accounts/{id}/reactivate", systemAccounts.action(Action.REACTIVATE),
                        SYSTEM_ADMIN));
    }
}

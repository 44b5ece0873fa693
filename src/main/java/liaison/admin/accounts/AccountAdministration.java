package liaison.admin.accounts;

import io.javalin.http.ForbiddenResponse;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import liaison.accounts.Account;
import liaison.accounts.AccountDao;
import liaison.admin.accounts.AdminPolicy.Action;
import liaison.audit.AuditEvent;
import liaison.audit.AuditLog;
import liaison.system.Pages;
import liaison.system.Role;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * What administrators do to accounts: set roles, deactivate, reactivate, unlock, reset MFA, force a password
 * change. Every change is checked against {@link AdminPolicy}, made in the administrator's {@link Scope} (another
 * agency's account is not found) and written to the audit log.
 */
public final class AccountAdministration {

    /** An account as its administrator sees it, with what they may do to it now. */
    public record Managed(Account account, AccountStatus status, Set<Action> actions) {
        public boolean can(String action) {
            return actions.contains(Action.valueOf(action));
        }
    }

    private final Jdbi jdbi;
    private final AuditLog audit;
    private final Clock clock;
    private final SecurityActions security;

    public AccountAdministration(Jdbi jdbi, AuditLog audit, Clock clock, SecurityActions security) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.clock = clock;
        this.security = security;
    }

    /** A page of the agency's accounts, by e-mail address after {@code afterEmail}. */
    public Pages<Account> ofAgency(long agencyId, String afterEmail) {
        return Pages.of(jdbi.onDemand(AccountDao.class).pageOfAgency(agencyId, afterEmail, Pages.SIZE + 1),
                Account::email);
    }

    /** A page of every account of the portal, by e-mail address after {@code afterEmail}. */
    public Pages<Account> all(String afterEmail) {
        return Pages.of(jdbi.onDemand(AccountDao.class).page(afterEmail, Pages.SIZE + 1), Account::email);
    }

    /** The account, if it is in the scope. */
    public Optional<Managed> find(Account actor, Scope scope, long id) {
        return jdbi.withHandle(h -> managed(h, actor, scope, id));
    }

    /**
     * Replaces the account's roles (already checked as assignable); false when the form was read at an older
     * version of the account (someone changed it meanwhile).
     */
    public boolean setRoles(Account actor, Managed target, int version, Set<Role> roles, String clientIp) {
        require(target, Action.ROLES);
        if (roles.contains(Role.SYSTEM_ADMIN)) {
            throw new ForbiddenResponse(); // AdminPolicy.assignable never offers it: only a tampered call gets here
        }
        return jdbi.inTransaction(h -> {
            AccountAdminDao dao = h.attach(AccountAdminDao.class);
            if (dao.bump(target.account().id(), version) != 1) {
                return false;
            }
            dao.clearRoles(target.account().id());
            dao.addRoles(target.account().id(), roles);
            audit.append(h, event("account.roles-changed", actor, target, clientIp)
                    .details("roles " + names(roles) + " (were " + names(target.account().roles()) + ")"));
            return true;
        });
    }

    /** Carries out one of the button actions; throws 403 when the policy does not allow it now. */
    public void act(Account actor, Managed target, Action action, String clientIp) {
        require(target, action);
        long id = target.account().id();
        switch (action) {
            case DEACTIVATE -> jdbi.useTransaction(h -> {
                if (h.attach(AccountAdminDao.class).deactivate(id, clock.instant(), AccountAdminDao.BY_ADMIN) == 1) {
                    audit.append(h, event("account.deactivated", actor, target, clientIp));
                }
            });
            case REACTIVATE -> jdbi.useTransaction(h -> {
                if (h.attach(AccountAdminDao.class).reactivate(id) == 1) {
                    audit.append(h, event("account.reactivated", actor, target, clientIp));
                }
            });
            case UNLOCK -> {
                security.unlock(id);
                audit.append(event("account.unlocked", actor, target, clientIp));
            }
            case RESET_MFA -> {
                security.resetMfa(id);
                audit.append(event("account.mfa-reset", actor, target, clientIp));
            }
            case FORCE_PASSWORD_CHANGE -> {
                security.forcePasswordChange(id);
                audit.append(event("account.password-change-forced", actor, target, clientIp));
            }
            default -> throw new IllegalArgumentException(action + " is not a button action");
        }
    }

    private Optional<Managed> managed(Handle h, Account actor, Scope scope, long id) {
        AccountAdminDao dao = h.attach(AccountAdminDao.class);
        return dao.find(id, scope).flatMap(a -> dao.status(id, clock.instant())
                .map(s -> new Managed(a, s, AdminPolicy.allowed(scope, actor, a, s))));
    }

    private static void require(Managed target, Action action) {
        if (!target.actions().contains(action)) {
            throw new ForbiddenResponse();
        }
    }

    private static String names(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(", ", "[", "]"));
    }

    private static AuditEvent event(String action, Account actor, Managed target, String clientIp) {
        Account a = target.account();
        return AuditEvent.of(action).by(actor.id(), actor.email(), actor.agencyId()).on("account", a.id())
                .from(clientIp);
    }
}

package liaison.admin.accounts;

import java.util.EnumSet;
import java.util.Set;
import liaison.accounts.Account;
import liaison.agencies.AgencyKind;
import liaison.system.Role;

/**
 * Who may do what to which account (DESIGN.md §1, §7). Used by the routes to refuse and by the pages to show only
 * the buttons that work. Nobody is ever given {@link Role#SYSTEM_ADMIN} here: portal staff are made by hand.
 */
final class AdminPolicy {

    /** What an administrator can do to an account. */
    public enum Action { ROLES, DEACTIVATE, REACTIVATE, UNLOCK, RESET_MFA, FORCE_PASSWORD_CHANGE, RESEND_INVITE }

    private AdminPolicy() {
    }

    /** The roles a person of this kind of agency can hold: federal offices file, local agencies answer. */
    public static Set<Role> assignable(AgencyKind kind) {
        return kind == AgencyKind.FEDERAL_OFFICE
                ? EnumSet.of(Role.REQUESTER, Role.APPROVER, Role.AGENCY_ADMIN)
                : EnumSet.of(Role.CLERK, Role.AGENCY_ADMIN);
    }

    /**
     * What {@code actor}, working in {@code scope}, may do to {@code target} now. A system admin unlocks,
     * deactivates and reactivates; an agency admin manages everything of their agency's accounts. Nobody
     * deactivates themselves, and an account of a deactivated agency comes back only with its agency.
     */
    public static Set<Action> allowed(Scope scope, Account actor, Account target, AccountStatus status) {
        Set<Action> actions = EnumSet.noneOf(Action.class);
        boolean self = actor.id() == target.id();
        if (target.active()) {
            actions.add(Action.UNLOCK);
            if (!self) {
                actions.add(Action.DEACTIVATE);
            }
        } else if (status.agencyActive()) {
            actions.add(Action.REACTIVATE);
        }
        if (scope.portal() || target.agencyKind() == null) {
            return actions;
        }
        actions.add(Action.ROLES);
        if (target.active() && status.mfaEnrolled()) {
            actions.add(Action.RESET_MFA);
        }
        if (target.active() && !status.invitePending() && !status.mustChangePassword()) {
            actions.add(Action.FORCE_PASSWORD_CHANGE);
        }
        if (target.active() && status.invitePending()) {
            actions.add(Action.RESEND_INVITE);
        }
        return actions;
    }
}

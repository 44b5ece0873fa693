package liaison.policies;

import liaison.accounts.Account;
import liaison.agencies.AgencyKind;
import liaison.system.Role;

/** Who may do what with policies. Reading is open to everyone signed in; publishing is for local agencies' admins. */
final class PolicyRules {
    private PolicyRules() {
    }

    /** Only a local agency answers requests, so only its admins publish what it shares. */
    public static boolean canPublish(Account a) {
        return a.has(Role.AGENCY_ADMIN) && a.agencyId() != null && a.agencyKind() == AgencyKind.LOCAL_AGENCY;
    }

    /** Whether {@code a} may publish for this agency (a link on its profile page). */
    public static boolean canPublishFor(Account a, long agencyId) {
        return canPublish(a) && a.agencyId() == agencyId;
    }
}

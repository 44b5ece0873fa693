package liaison.disclosures;

import liaison.accounts.Account;
import liaison.agencies.AgencyKind;
import liaison.system.Role;

/** Who may read an agency's disclosure accounting: its clerks and agency admins, and only a local agency's. */
final class DisclosurePolicy {

    public boolean canList(Account a) {
        return a.agencyId() != null && a.agencyKind() == AgencyKind.LOCAL_AGENCY
                && (a.has(Role.CLERK) || a.has(Role.AGENCY_ADMIN));
    }
}

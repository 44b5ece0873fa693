package liaison.admin.accounts;

import liaison.accounts.Account;

/**
 * Whose accounts an administrator may manage: one agency's (an agency admin, always their own agency) or every
 * account of the portal (a system admin). Every query of this package takes it as bound parameters, so another
 * agency's account is simply not found.
 */
public record Scope(boolean portal, long agencyId) {

    /** The agency of this agency admin; an account without an agency manages nothing. */
    public static Scope agencyOf(Account admin) {
        if (admin.agencyId() == null) {
            throw new IllegalArgumentException("account " + admin.id() + " has no agency");
        }
        return new Scope(false, admin.agencyId());
    }

    public static Scope portalWide() {
        return new Scope(true, -1);
    }
}

package liaison.admin.accounts;

import static liaison.admin.accounts.AdminPolicy.Action.DEACTIVATE;
import static liaison.admin.accounts.AdminPolicy.Action.FORCE_PASSWORD_CHANGE;
import static liaison.admin.accounts.AdminPolicy.Action.REACTIVATE;
import static liaison.admin.accounts.AdminPolicy.Action.RESEND_INVITE;
import static liaison.admin.accounts.AdminPolicy.Action.RESET_MFA;
import static liaison.admin.accounts.AdminPolicy.Action.ROLES;
import static liaison.admin.accounts.AdminPolicy.Action.UNLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import liaison.accounts.Account;
import liaison.agencies.AgencyKind;
import liaison.system.Role;
import org.junit.jupiter.api.Test;

/** Who may do what to which account, without a database. */
class AdminPolicyTest {
    static final Instant T = Instant.parse("2026-11-02T14:00:00Z");
    static final Account ADMIN = account(6, true, Role.AGENCY_ADMIN);
    static final Account SYSADMIN = new Account(9, null, "Liaison portal", null, "sys@x", "Sys", null, true, 0, T,
            Set.of(Role.SYSTEM_ADMIN), java.time.ZoneOffset.UTC);

    static Account account(long id, boolean active, Role... roles) {
        return new Account(id, 3L, "NYC DOC", AgencyKind.LOCAL_AGENCY, "p" + id + "@x", "P", null, active, 0, T,
                EnumSet.of(roles[0], roles), java.time.ZoneOffset.UTC);
    }

    static AccountStatus status(boolean mfa, boolean invited, boolean mustChange, boolean agencyActive) {
        return new AccountStatus(T, false, mfa, mustChange, invited, null, null, agencyActive, 0);
    }

    @Test
    void nobodyIsEverGivenSystemAdmin() {
        for (AgencyKind kind : AgencyKind.values()) {
            assertFalse(AdminPolicy.assignable(kind).contains(Role.SYSTEM_ADMIN));
        }
        assertEquals(EnumSet.of(Role.CLERK, Role.AGENCY_ADMIN), AdminPolicy.assignable(AgencyKind.LOCAL_AGENCY));
        assertEquals(EnumSet.of(Role.REQUESTER, Role.APPROVER, Role.AGENCY_ADMIN),
                AdminPolicy.assignable(AgencyKind.FEDERAL_OFFICE));
    }

    @Test
    void anAgencyAdminManagesAnActiveAccountFully() {
        assertEquals(EnumSet.of(ROLES, DEACTIVATE, UNLOCK, RESET_MFA, FORCE_PASSWORD_CHANGE),
                AdminPolicy.allowed(Scope.agencyOf(ADMIN), ADMIN, account(5, true, Role.CLERK), status(true, false, false, true)));
        assertEquals(EnumSet.of(ROLES, DEACTIVATE, UNLOCK, RESEND_INVITE),
                AdminPolicy.allowed(Scope.agencyOf(ADMIN), ADMIN, account(5, true, Role.CLERK), status(false, true, false, true)));
    }

    @Test
    void nobodyDeactivatesThemselves() {
        assertFalse(AdminPolicy.allowed(Scope.agencyOf(ADMIN), ADMIN, ADMIN, status(true, false, false, true)).contains(DEACTIVATE));
        assertFalse(AdminPolicy.allowed(Scope.portalWide(), SYSADMIN, SYSADMIN, status(true, false, false, true)).contains(DEACTIVATE));
    }

    @Test
    void anInactiveAccountComesBackOnlyWithItsAgency() {
        Account gone = account(5, false, Role.CLERK);
        assertEquals(EnumSet.of(ROLES, REACTIVATE), AdminPolicy.allowed(Scope.agencyOf(ADMIN), ADMIN, gone, status(true, false, false, true)));
        assertEquals(EnumSet.of(ROLES), AdminPolicy.allowed(Scope.agencyOf(ADMIN), ADMIN, gone, status(true, false, false, false)));
    }

    @Test
    void aSystemAdminUnlocksDeactivatesAndReactivatesOnly() {
        assertEquals(EnumSet.of(DEACTIVATE, UNLOCK),
                AdminPolicy.allowed(Scope.portalWide(), SYSADMIN, account(5, true, Role.CLERK), status(true, false, false, true)));
        assertEquals(EnumSet.of(REACTIVATE),
                AdminPolicy.allowed(Scope.portalWide(), SYSADMIN, account(5, false, Role.CLERK), status(true, false, false, true)));
    }
}

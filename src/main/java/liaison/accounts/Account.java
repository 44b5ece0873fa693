package liaison.accounts;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import liaison.agencies.AgencyKind;
import liaison.system.AccessControl;
import liaison.system.Role;
import liaison.system.User;

/** A person who signs in, with their agency (none for portal staff); never carries the password hash. */
public record Account(
        long id,
        Long agencyId,
        String agencyName,
        AgencyKind agencyKind,
        String email,
        String displayName,
        String jobTitle,
        boolean active,
        int failedAttempts,
        Instant lastSignInAt,
        Set<Role> roles,
        ZoneId zone) implements User {

    /** The account signed in on this request: access control set it, from the accounts this feature looks up. */
    public static Account signedIn(Context ctx) {
        return (Account) AccessControl.account(ctx).orElseThrow();
    }

    @Override
    public boolean ofLocalAgency() {
        return agencyKind == AgencyKind.LOCAL_AGENCY;
    }
}

package liaison.accounts;

import java.time.Instant;
import java.util.Set;
import liaison.agencies.AgencyKind;
import liaison.system.Role;

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
        Set<Role> roles) {

    public boolean has(Role role) {
        return roles.contains(role);
    }
}

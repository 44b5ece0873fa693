package liaison.system;

import java.time.ZoneId;
import java.util.Set;

/**
 * The person signed in, as access control, the page layout and the audit log need them. The accounts feature
 * supplies it, so that this package imports no feature.
 */
public interface User {
    long id();

    /** The person's agency; null for portal staff, who belong to none. */
    Long agencyId();

    String email();

    /** The time zone the person reads times in: their agency's; UTC for portal staff, who belong to none. */
    ZoneId zone();

    Set<Role> roles();

    default boolean has(Role role) {
        return roles().contains(role);
    }

    /** Of a local agency (a jail, a department of correction): only those hold what requests ask for. */
    boolean ofLocalAgency();
}

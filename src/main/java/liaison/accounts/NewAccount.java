package liaison.accounts;

import java.util.Set;
import liaison.system.Role;

/** What is needed to open an account; no agency for the portal's own staff. */
public record NewAccount(Long agencyId, String email, String displayName, String jobTitle, Set<Role> roles) {
}

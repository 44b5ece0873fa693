package liaison.admin.accounts;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import liaison.accounts.NewAccount;
import liaison.system.Problems;
import liaison.system.Role;

/** The invitation form as typed, kept whole so it can be shown again with its problems. */
public record InviteForm(String displayName, String email, String jobTitle, List<String> roles) {
    static final int NAME = 200;
    static final int TITLE = 200;

    /** What {@link #check} found: the account to open when there are no problems. */
    public record Checked(NewAccount account, Problems problems) {
    }

    public static InviteForm blank() {
        return new InviteForm("", "", "", List.of());
    }

    public static InviteForm read(Map<String, List<String>> posted) {
        return new InviteForm(one(posted, "displayName"), one(posted, "email"), one(posted, "jobTitle"),
                posted.getOrDefault("roles", List.of()));
    }

    /** Checks the form for an account of this agency, which may hold only the {@code assignable} roles. */
    public Checked check(long agencyId, Set<Role> assignable) {
        Problems p = new Problems();
        String name = p.text("displayName", displayName, NAME, true);
        String address = p.email("email", email, true);
        String title = p.text("jobTitle", jobTitle, TITLE, false);
        Set<Role> chosen = roles(roles, assignable, p);
        NewAccount account = p.any() ? null
                : new NewAccount(agencyId, address, name, title.isEmpty() ? null : title, chosen);
        return new Checked(account, p);
    }

    /**
     * The roles chosen, each one of {@code assignable}; a role that is not (system admin, or one of the other kind
     * of agency: a tampered form) is refused, never dropped quietly.
     */
    public static Set<Role> roles(List<String> raw, Set<Role> assignable, Problems p) {
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        for (String value : raw) {
            Role role = Role.HELD.stream().filter(r -> r.name().equals(value)).findFirst().orElse(null);
            if (p.when(role == null || !assignable.contains(role), "roles", "roles.error.notAllowed")) {
                return chosen;
            }
            chosen.add(role);
        }
        p.when(chosen.isEmpty(), "roles", "roles.error.required");
        return chosen;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    private static String one(Map<String, List<String>> posted, String name) {
        List<String> values = posted.get(name);
        return values == null || values.isEmpty() ? "" : values.get(0);
    }
}

package liaison.system;

import io.javalin.security.RouteRole;

/** What a person may do; every route names the roles that may use it. */
public enum Role implements RouteRole {
    REQUESTER("Requester"),
    APPROVER("Approving officer"),
    CLERK("Clerk"),
    AGENCY_ADMIN("Agency admin"),
    SYSTEM_ADMIN("System admin"),
    /** Not held by anyone: marks routes open without signing in. */
    ANYONE("Anyone"),
    /** Not held by anyone: marks routes open to every signed-in person. */
    SIGNED_IN("Signed in"),
    /**
     * Not held by anyone: marks routes open while a sign-in is unfinished (password given, second factor not yet):
     * the second-factor pages, and sign-out. A route with only this role is not for people already signed in.
     */
    SIGNING_IN("Signing in");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Roles an account can hold, in the order a person's home page is chosen. */
    public static final java.util.List<Role> HELD = java.util.List.of(SYSTEM_ADMIN, AGENCY_ADMIN, CLERK, APPROVER, REQUESTER);
}

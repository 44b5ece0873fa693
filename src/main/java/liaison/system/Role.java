package liaison.system;

import io.javalin.security.RouteRole;

/** What a person may do; every route names the roles that may use it. */
public enum Role implements RouteRole {
    REQUESTER,
    APPROVER,
    CLERK,
    AGENCY_ADMIN,
    SYSTEM_ADMIN,
    /** Not held by anyone: marks routes open without signing in. */
    ANYONE,
    /** Not held by anyone: marks routes open to every signed-in person. */
    SIGNED_IN,
    /**
     * Not held by anyone: marks routes open while a sign-in is unfinished (password given, second factor not yet):
     * the second-factor pages, and sign-out. A route with only this role is not for people already signed in.
     */
    SIGNING_IN;

    public String label() {
        return Messages.label(this);
    }

    /** Roles an account can hold, in the order a person's home page is chosen. */
    public static final java.util.List<Role> HELD = java.util.List.of(SYSTEM_ADMIN, AGENCY_ADMIN, CLERK, APPROVER, REQUESTER);
}

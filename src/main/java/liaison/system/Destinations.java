package liaison.system;

import io.javalin.http.HandlerType;
import java.util.List;
import java.util.function.Supplier;

/**
 * Whether a page of the portal is one a person may open, by the route table: the first GET route whose pattern
 * matches the path, and its roles. Used where the portal sends someone to an address it did not choose itself
 * (the page asked for before signing in), so that it never sends a person to a page that would refuse them. It
 * knows roles only: a route's own checks (another agency's request) still answer for themselves.
 */
public final class Destinations {
    private final Supplier<List<Route>> routes;

    /** {@code routes}: the route table, read when asked (the table is complete only once every module is built). */
    public Destinations(Supplier<List<Route>> routes) {
        this.routes = routes;
    }

    /** Whether {@code address} (a path, with or without a query) is a page {@code user} may open. */
    public boolean mayOpen(User user, String address) {
        if (!SignInTarget.isLocalPath(address)) {
            return false;
        }
        String path = address.split("[?#]", 2)[0];
        return routes.get().stream()
                .filter(r -> r.method() == HandlerType.GET && matches(r.path(), path))
                .findFirst()
                .map(r -> r.roles().contains(Role.SIGNED_IN) || r.roles().contains(Role.ANYONE)
                        || r.roles().stream().anyMatch(user::has))
                .orElse(false);
    }

    /** Javalin's patterns as the table uses them: literal segments and {name} for one segment. */
    static boolean matches(String pattern, String path) {
        String[] want = pattern.split("/", -1);
        String[] have = path.split("/", -1);
        if (want.length != have.length) {
            return false;
        }
        for (int i = 0; i < want.length; i++) {
            boolean parameter = want[i].startsWith("{") && want[i].endsWith("}");
            if (parameter ? have[i].isEmpty() : !want[i].equals(have[i])) {
                return false;
            }
        }
        return true;
    }
}

package liaison.system;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.List;

/**
 * One row of the route table: method, path, handler and the roles that may use it; for a route that takes a file,
 * the largest file it reads ({@code maxUpload} bytes, 0 for none), applied by {@link Uploads}.
 */
public record Route(HandlerType method, String path, Handler handler, List<Role> roles, long maxUpload) {

    public Route {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("route " + method + " " + path + " names no roles");
        }
    }

    public static Route get(String path, Handler handler, Role... roles) {
        return new Route(HandlerType.GET, path, handler, List.of(roles), 0);
    }

    public static Route post(String path, Handler handler, Role... roles) {
        return new Route(HandlerType.POST, path, handler, List.of(roles), 0);
    }

    /** This route, taking multipart bodies with a file of at most {@code maxFileBytes}. */
    public Route withUpload(long maxFileBytes) {
        return new Route(method, path, handler, roles, maxFileBytes);
    }
}

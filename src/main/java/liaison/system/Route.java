package liaison.system;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.List;

/** One row of the route table: method, path, handler and the roles that may use it. */
public record Route(HandlerType method, String path, Handler handler, List<Role> roles) {

    public Route {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("route " + method + " " + path + " names no roles");
        }
    }

    public static Route get(String path, Handler handler, Role... roles) {
        return new Route(HandlerType.GET, path, handler, List.of(roles));
    }

    public static Route post(String path, Handler handler, Role... roles) {
        return new Route(HandlerType.POST, path, handler, List.of(roles));
    }
}

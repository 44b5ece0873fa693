package liaison.home;

import java.util.List;
import liaison.audit.AuditLog;
import liaison.system.Route;

import static liaison.system.Role.SIGNED_IN;

/** Where each person lands after signing in, and their own account page. */
public final class HomeModule {
    private final HomeRoutes home;

    public HomeModule(AuditLog audit) {
        this.home = new HomeRoutes(audit);
    }

    public List<Route> routes() {
        return List.of(
                Route.get("/", home::landing, SIGNED_IN),
                Route.get("/profile", home::profile, SIGNED_IN));
    }
}

package liaison.audit;

import java.util.List;
import liaison.system.Infrastructure;
import liaison.system.Route;

import static liaison.system.Role.SYSTEM_ADMIN;

/** The audit log every feature appends to, and the system admin's pages over it. */
public final class AuditModule {
    private final AuditLog log;
    private final AuditRoutes pages;

    public AuditModule(Infrastructure infra) {
        this.log = new AuditLog(infra.jdbi(), infra.clock());
        this.pages = new AuditRoutes(new AuditSearch(infra.jdbi()), log, infra.clock(), infra.messages());
    }

    public AuditLog log() {
        return log;
    }

    public List<Route> routes() {
        return List.of(
                Route.get("/system/audit", pages::page, SYSTEM_ADMIN),
                Route.get("/system/audit.csv", pages::export, SYSTEM_ADMIN),
                Route.post("/system/audit/verify", pages::verify, SYSTEM_ADMIN));
    }
}

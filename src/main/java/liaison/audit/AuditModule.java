package liaison.audit;

import java.util.List;
import liaison.system.Infrastructure;
import liaison.system.Route;

import static liaison.system.Role.SYSTEM_ADMIN;

/**
 * The audit log every feature appends to, its sequencer and signed checkpoints, and the system admin's pages over
 * it.
 */
public final class AuditModule {
    private final AuditLog log;
    private final AuditSequencer sequencer;
    private final AuditRoutes pages;

    public AuditModule(Infrastructure infra, AuditFiles files) {
        this.log = new AuditLog(infra.jdbi(), infra.clock());
        this.sequencer = new AuditSequencer(infra.jdbi(), infra.clock(), files);
        this.pages = new AuditRoutes(new AuditSearch(infra.jdbi()), log, sequencer,
                new ChainVerifier(infra.jdbi(), infra.clock()), infra.clock(), infra.messages());
    }

    public AuditLog log() {
        return log;
    }

    public AuditSequencer sequencer() {
        return sequencer;
    }

    /** What a certified document's audit entry is covered by, for the public verify page. */
    public Coverage coverage() {
        return new Coverage(log, sequencer);
    }

    public List<Route> routes() {
        return List.of(
                Route.get("/system/audit", pages::page, SYSTEM_ADMIN),
                Route.get("/system/audit.csv", pages::export, SYSTEM_ADMIN),
                Route.post("/system/audit/verify", pages::verify, SYSTEM_ADMIN),
                Route.post("/system/audit/checkpoint", pages::checkpoint, SYSTEM_ADMIN));
    }
}

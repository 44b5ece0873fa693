package liaison.policies;

import java.util.List;
import liaison.audit.AuditLog;
import liaison.system.Infrastructure;
import liaison.system.Route;

import static liaison.system.Role.AGENCY_ADMIN;
import static liaison.system.Role.SIGNED_IN;

/** Agencies' information-sharing policies: published by a local agency's admin, read by everyone signed in. */
public final class PoliciesModule {
    private final PolicyService service;
    private final PolicyRoutes pages;
    private final DirectoryRoutes directory;

    public PoliciesModule(Infrastructure infra, AuditLog audit) {
        this.service = new PolicyService(infra.jdbi(), audit, infra.clock());
        this.pages = new PolicyRoutes(service, infra.messages());
        this.directory = new DirectoryRoutes(new AgencyDirectory(infra.jdbi()), infra.messages());
    }

    /** For filing (the preview of what each agency shares) and answering (the suggestions, the reliance). */
    public PolicyService service() {
        return service;
    }

    public List<Route> routes() {
        return List.of(
                Route.get("/agency/policy", pages::page, AGENCY_ADMIN),
                Route.post("/agency/policy", pages::publish, AGENCY_ADMIN),
                Route.get(DirectoryRoutes.PATH, directory::list, SIGNED_IN),
                Route.get("/agencies/{id}", pages::profile, SIGNED_IN),
                Route.get("/agencies/{id}/policy/{version}", pages::version, SIGNED_IN));
    }
}

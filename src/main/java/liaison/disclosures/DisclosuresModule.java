package liaison.disclosures;

import java.util.List;
import liaison.audit.AuditLog;
import liaison.system.Infrastructure;
import liaison.system.Route;

import static liaison.system.Role.AGENCY_ADMIN;
import static liaison.system.Role.CLERK;

/** A local agency's disclosure accounting (DESIGN.md §8): the list and its CSV. */
public final class DisclosuresModule {
    private final DisclosureRoutes pages;

    public DisclosuresModule(Infrastructure infra, AuditLog audit) {
        this.pages = new DisclosureRoutes(new DisclosureLog(infra.jdbi(), audit, new DisclosurePolicy()),
                infra.messages());
    }

    /** DisclosurePolicy refuses the admins of agencies that are not local. */
    public List<Route> routes() {
        return List.of(
                Route.get(DisclosureRoutes.LIST_PATH, pages::list, CLERK, AGENCY_ADMIN),
                Route.get(DisclosureRoutes.CSV_PATH, pages::csv, CLERK, AGENCY_ADMIN));
    }
}

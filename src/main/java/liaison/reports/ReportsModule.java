package liaison.reports;

import java.util.List;
import liaison.audit.AuditLog;
import liaison.system.Infrastructure;
import liaison.system.Jobs;
import liaison.system.Route;

import static liaison.system.Role.AGENCY_ADMIN;
import static liaison.system.Role.APPROVER;
import static liaison.system.Role.CLERK;
import static liaison.system.Role.REQUESTER;
import static liaison.system.Role.SYSTEM_ADMIN;

/**
 * Reports (issue 12): a local agency's for its clerks and admins, a federal office's for its requesters, approving
 * officers and admins, the portal's for system admins; each page with charts and their tables, and its CSV.
 */
public final class ReportsModule {
    private final ReportRoutes routes;
    private final DueDays dueDays;

    public ReportsModule(Infrastructure infra, AuditLog audit) {
        this.routes = new ReportRoutes(new Reports(infra.jdbi(), audit, infra.clock(), infra.messages()),
                infra.messages());
        this.dueDays = new DueDays(infra.jdbi(), infra.clock());
    }

    /** The hourly job that sums the kept rows of passed due dates (V66). */
    public Jobs.Job dueDaysJob() {
        return dueDays.job();
    }

    public List<Route> routes() {
        return List.of(
                Route.get("/reports", routes::page, REQUESTER, APPROVER, CLERK, AGENCY_ADMIN, SYSTEM_ADMIN),
                Route.get("/reports/export", routes::export, REQUESTER, APPROVER, CLERK, AGENCY_ADMIN, SYSTEM_ADMIN));
    }
}

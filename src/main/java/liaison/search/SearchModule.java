package liaison.search;

import java.util.List;
import liaison.audit.AuditLog;
import liaison.requests.RequestPage;
import liaison.system.Infrastructure;
import liaison.system.Route;

import static liaison.system.Role.APPROVER;
import static liaison.system.Role.CLERK;
import static liaison.system.Role.REQUESTER;

/**
 * Search and subjects (issue 12), for everyone who reads requests: requesters and approvers of a federal office,
 * clerks of a local agency. An agency admin reads no request (RequestPage's routes), so searches none.
 */
public final class SearchModule {
    private final SearchRoutes routes;

    public SearchModule(Infrastructure infra, AuditLog audit, RequestPage page) {
        this.routes = new SearchRoutes(new Search(infra.jdbi(), audit, infra.clock(), infra.messages()), page.view(), infra.messages(),
                infra.clock());
    }

    public List<Route> routes() {
        return List.of(
                Route.get("/search", routes::search, REQUESTER, APPROVER, CLERK),
                Route.get(SearchRoutes.CSV_PATH, routes::csv, REQUESTER, APPROVER, CLERK),
                Route.get("/subjects/{id}", routes::subject, REQUESTER, APPROVER, CLERK));
    }
}

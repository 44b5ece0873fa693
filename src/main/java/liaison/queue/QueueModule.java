package liaison.queue;

import java.util.List;
import liaison.requests.RequestPage;
import liaison.system.Infrastructure;
import liaison.system.Route;

import static liaison.system.Role.CLERK;

/** The clerk's queue: the agency's requests, emergencies first, then by due date. */
public final class QueueModule {
    private final QueueRoutes queue;

    /** {@code page}: the request lists' rows, as the office's list shows them. */
    public QueueModule(Infrastructure infra, RequestPage page) {
        this.queue = new QueueRoutes(new RequestQueries(infra.jdbi(), infra.clock()), page.view());
    }

    public List<Route> routes() {
        return List.of(Route.get("/queue", queue::queue, CLERK));
    }
}

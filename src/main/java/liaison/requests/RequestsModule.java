package liaison.requests;

import java.util.List;
import liaison.audit.AuditLog;
import liaison.deadlines.BusinessCalendar;
import liaison.system.Infrastructure;
import liaison.system.FormKeys;
import liaison.system.Messages;

/**
 * The request, its states and its workflow, and the request's page. The page shows what other features add to it
 * ({@link RequestSection}), so it is built by {@link #page} once those features are.
 */
public final class RequestsModule {
    private final Infrastructure infra;
    private final RequestClock clock;
    private final RequestPolicy policy;
    private final RequestWorkflow workflow;
    private final RequestViews views;
    private final AutoClose autoClose;

    public RequestsModule(Infrastructure infra, AuditLog audit) {
        this(infra, audit, RequestEvents.NONE);
    }

    /** With {@code events} told of every event of a request's life, in the event's transaction. */
    public RequestsModule(Infrastructure infra, AuditLog audit, RequestEvents events) {
        this.infra = infra;
        this.clock = new RequestClock(BusinessCalendar.federal());
        this.policy = new RequestPolicy();
        this.workflow = new RequestWorkflow(infra.jdbi(), audit, infra.clock(), clock, policy, events);
        this.views = new RequestViews(infra.jdbi(), audit, infra.clock(), clock, policy);
        this.autoClose = new AutoClose(infra.jdbi(), workflow, infra.clock());
        new ReportTimes(clock).backfill(infra.jdbi());
    }

    /** The clock ledger of each request: started by filing, restarted by a court order, stopped by the answer. */
    public RequestClock clock() {
        return clock;
    }

    public RequestPolicy policy() {
        return policy;
    }

    public RequestWorkflow workflow() {
        return workflow;
    }

    public RequestViews views() {
        return views;
    }

    /** The job that closes answered requests nobody closed. */
    public AutoClose autoClose() {
        return autoClose;
    }

    /** The request's page with these sections, in this order, and its forms. */
    public RequestPage page(RequestSection... sections) {
        RequestRoutes routes = new RequestRoutes(views, policy, infra.messages(), List.of(sections));
        Messages messages = infra.messages();
        return new RequestPage(routes, new RequestActionRoutes(workflow, views, policy, routes, messages,
                new FormKeys(infra.jdbi())),
                new ApprovalRoutes(workflow, policy, messages, new FormReplies(views, routes, messages)));
    }
}

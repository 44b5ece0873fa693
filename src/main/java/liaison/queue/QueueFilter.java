package liaison.queue;

import liaison.requests.Priority;
import liaison.requests.RequestState;
import liaison.requests.RequestType;

/**
 * The queue's filters, each optional (null: any). Without a state filter the queue shows the requests waiting
 * on the agency: submitted, acknowledged, clarification requested.
 */
public record QueueFilter(RequestState state, RequestType type, Priority priority, boolean overdueOnly) {
    public static final QueueFilter WAITING = new QueueFilter(null, null, null, false);
}

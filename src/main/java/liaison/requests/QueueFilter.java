package liaison.requests;

/**
 * The queue's filters, each optional (null: any). Without a state filter the queue shows the requests waiting
 * on the agency: submitted, acknowledged, clarification requested.
 */
public record QueueFilter(RequestState state, RequestType type, Priority priority, boolean overdueOnly) {
    public static final QueueFilter WAITING = new QueueFilter(null, null, null, false);
}

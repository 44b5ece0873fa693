package liaison.queue;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import liaison.accounts.Account;
import liaison.requests.Priority;
import liaison.requests.RequestRoutes;
import liaison.requests.RequestState;
import liaison.requests.RequestType;
import liaison.system.Pages;

/**
 * GET /queue: the clerk's agency's requests, emergencies first, then by due date, filtered by the form's GET
 * parameters. A filter value that names nothing is ignored (the queue is shown unfiltered by it), never an error.
 */
final class QueueRoutes {
    /** The states a queue can show: an agency never sees a draft or a subpoena waiting for approval. */
    static final List<RequestState> STATES = Arrays.stream(RequestState.values())
            .filter(s -> s != RequestState.DRAFT && s != RequestState.PENDING_APPROVAL).toList();
    private static final Set<String> YES = Set.of("yes", "true", "on", "1");

    private final RequestQueries queue;
    private final RequestRoutes requests;

    public QueueRoutes(RequestQueries queue, RequestRoutes requests) {
        this.queue = queue;
        this.requests = requests;
    }

    public void queue(Context ctx) {
        Account clerk = RequestRoutes.account(ctx);
        RequestState state = parse(RequestState.class, ctx.queryParam("state"));
        QueueFilter filter = new QueueFilter(STATES.contains(state) ? state : null,
                parse(RequestType.class, ctx.queryParam("type")), parse(Priority.class, ctx.queryParam("priority")),
                YES.contains(String.valueOf(ctx.queryParam("overdue")).toLowerCase()));
        Optional<QueueKey> after = QueueKey.parse(ctx.queryParam("after"));
        Pages<RequestRoutes.Row> page = Pages.of(requests.rows(queue.queue(clerk, filter, after)),
                row -> QueueKey.of(row.request()).token());
        Map<String, Object> model = new HashMap<>();
        model.put("agency", clerk.agencyName());
        model.put("page", page);
        model.put("requests", page.items());
        model.put("filter", filter);
        model.put("filtered", filter.state() != null || filter.type() != null || filter.priority() != null
                || filter.overdueOnly());
        model.put("states", STATES);
        model.put("types", RequestType.values());
        model.put("priorities", Priority.values());
        model.put("firstHref", href(filter, null));
        model.put("nextHref", page.hasNext() ? href(filter, page.nextKey()) : null);
        model.put("later", after.isPresent());
        ctx.render("queue/queue", model);
    }

    /** The queue's address with the filter kept, for the pager. */
    static String href(QueueFilter filter, String after) {
        Map<String, String> params = new LinkedHashMap<>();
        if (filter.state() != null) {
            params.put("state", filter.state().name());
        }
        if (filter.type() != null) {
            params.put("type", filter.type().name());
        }
        if (filter.priority() != null) {
            params.put("priority", filter.priority().name());
        }
        if (filter.overdueOnly()) {
            params.put("overdue", "yes");
        }
        if (after != null) {
            params.put("after", after);
        }
        return params.isEmpty() ? "/queue" : "/queue?" + params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        return null;
    }
}

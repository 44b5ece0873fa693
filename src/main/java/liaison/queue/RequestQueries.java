package liaison.queue;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import liaison.accounts.Account;
import liaison.requests.Deadlines;
import liaison.requests.Request;
import liaison.requests.RequestDao;
import liaison.requests.RequestMapper;
import liaison.requests.RequestState;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * The agency's queue: emergencies first, then by due date, keyset-paginated (no OFFSET). The SQL is built
 * only from fixed fragments; every value is a bound parameter, the agency always among them.
 * <p>
 * The order is read from columns the index requests_queue_order holds (migration V45): queue_state (the three
 * waiting states as one value 'WAITING', others as themselves), queue_rank ({@link QueueKey}'s rank) and queue_due
 * (the due date, none last), so a page is read in order from the index, and a later page seeks to its key.
 */
final class RequestQueries {
    static final int PAGE = 25;
    /** After (rank, due, id), spelled out so that the index range starts at the key (a row comparison does not). */
    private static final String AFTER = " AND (r.queue_rank > :afterRank OR (r.queue_rank = :afterRank"
            + " AND (r.queue_due > :afterDue OR (r.queue_due = :afterDue AND r.id > :afterId))))";

    /** Without a state filter: what waits on the agency's clerks (a referral waits on a court). V45 names these. */
    private static final Set<RequestState> WAITING = EnumSet.of(RequestState.SUBMITTED, RequestState.ACKNOWLEDGED,
            RequestState.CLARIFICATION_REQUESTED);
    private static final String WAITING_KEY = "WAITING";

    private final Jdbi jdbi;
    private final Clock clock;

    public RequestQueries(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** The clerk's agency's queue as it reads now. */
    List<Request> queue(Account clerk, QueueFilter filter, Optional<QueueKey> after) {
        return queue(clerk.agencyId(), filter, after, clock.instant());
    }

    /** One page more than shown is fetched, to know whether there is a next page. */
    List<Request> queue(long agencyId, QueueFilter filter, Optional<QueueKey> after, Instant now) {
        StringBuilder sql = new StringBuilder(RequestDao.SELECT)
                .append(" WHERE r.agency_id = :agencyId AND r.state NOT IN ")
                .append(RequestState.sqlList(RequestState.NOT_SERVED));
        sql.append(" AND r.queue_state = :queueState");
        if (filter.state() == null) {
            sql.append(" AND r.state IN ").append(RequestState.sqlList(WAITING));
        } else {
            sql.append(" AND r.state = :state");
        }
        if (filter.type() != null) {
            sql.append(" AND r.request_type = :type");
        }
        if (filter.priority() != null) {
            sql.append(" AND r.priority = :priority");
        }
        if (filter.overdueOnly()) {
            sql.append(" AND ").append(Deadlines.OVERDUE_SQL);
        }
        after.ifPresent(k -> sql.append(AFTER));
        sql.append(" ORDER BY r.queue_rank, r.queue_due, r.id LIMIT ").append(PAGE + 1);
        String queueState = filter.state() == null || WAITING.contains(filter.state()) ? WAITING_KEY
                : filter.state().name();
        return jdbi.withHandle(h -> {
            Query q = h.createQuery(sql.toString()).bind("agencyId", agencyId).bind("now", now)
                    .bind("queueState", queueState);
            if (filter.state() != null) {
                q.bind("state", filter.state().name());
            }
            if (filter.type() != null) {
                q.bind("type", filter.type().name());
            }
            if (filter.priority() != null) {
                q.bind("priority", filter.priority().name());
            }
            after.ifPresent(k -> q.bind("afterRank", k.rank()).bind("afterDue", k.due()).bind("afterId", k.id()));
            return q.map(new RequestMapper()).list();
        });
    }
}

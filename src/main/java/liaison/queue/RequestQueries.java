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
 */
final class RequestQueries {
    static final int PAGE = 25;
    private static final String RANK = "(CASE WHEN r.priority = 'EMERGENCY' THEN 0 ELSE 1 END)";
    private static final String DUE = "COALESCE(r.due_at, TIMESTAMP'9999-12-31 00:00:00')";

    /** Without a state filter: what waits on the agency's clerks (a referral waits on a court). */
    private static final Set<RequestState> WAITING = EnumSet.of(RequestState.SUBMITTED, RequestState.ACKNOWLEDGED,
            RequestState.CLARIFICATION_REQUESTED);

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
        after.ifPresent(k -> sql.append(" AND (").append(RANK).append(", ").append(DUE)
                .append(", r.id) > (:afterRank, :afterDue, :afterId)"));
        sql.append(" ORDER BY ").append(RANK).append(", ").append(DUE).append(", r.id LIMIT ").append(PAGE + 1);
        return jdbi.withHandle(h -> {
            Query q = h.createQuery(sql.toString()).bind("agencyId", agencyId).bind("now", now);
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

package liaison.requests;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * The approving officer's two lists, scoped to their office in SQL: subpoenas waiting for approval (by id, through
 * requests_by_office_state, V47) and subpoenas they may refer for enforcement (by due date, through
 * requests_referable, V46, V65). Each is read a page at a time (keyset) and counted up to a cap: the home page shows a
 * few of each with how many there are, the full lists page through all of them. Run through the handle, as
 * {@link RequestDao#SERVED_WITH_IDENTIFIER} is: the conditions are built from the enums, not constants.
 */
final class ApprovalListQueries {

    /** States a subpoena can be referred from ({@link RequestState#canMoveTo}), as an SQL list. */
    static final String REFER_FROM = RequestState.sqlList(Arrays.stream(RequestState.values())
            .filter(s -> s.canMoveTo(RequestState.REFERRED_FOR_ENFORCEMENT))
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(RequestState.class))));

    /** Types that can be enforced ({@link RequestType#isEnforceable}), as an SQL list. */
    static final String ENFORCEABLE = Arrays.stream(RequestType.values()).filter(RequestType::isEnforceable)
            .map(t -> "'" + t.name() + "'").collect(Collectors.joining(", ", "(", ")"));

    /**
     * {@link RequestPolicy#canRefer} for an approving officer of {@code :officeId}, in SQL, with {@code :now} bound:
     * an enforceable type, in a state that may move to enforcement, refused or overdue. Unlike
     * {@link RequestDao#referable} (candidates the policy filters in Java), no row it reads is dropped afterwards,
     * so its pages and its count are what the officer may refer. Read through requests_referable (office,
     * candidate, type, due_at, id; V65), in the index's order: the office's candidate subpoenas alone (one enforceable
     * type; with several, the index would no longer give the due order).
     */
    static final String REFERABLE = " WHERE r.office_id = :officeId AND r.refer_candidate = TRUE"
            + " AND r.request_type IN " + ENFORCEABLE + " AND r.state IN " + REFER_FROM
            + " AND ((r.state = 'ANSWERED' AND r.outcome IN ('DECLINED', 'PARTIALLY_FULFILLED'))"
            + " OR (" + Deadlines.OVERDUE_SQL + "))";

    private static final String WAITING = " WHERE r.office_id = :officeId AND r.state = 'PENDING_APPROVAL'";
    private static final String BY_DUE = " ORDER BY r.due_at, r.id LIMIT :limit";
    /** After the row due at :afterDue with id :afterId. */
    private static final String AFTER_DATED = " AND (r.due_at > :afterDue OR (r.due_at = :afterDue AND r.id > :afterId))";
    /** After an undated row (NULL sorts first): the rest of the undated, then every dated one. */
    private static final String AFTER_UNDATED = " AND (r.due_at IS NOT NULL OR r.id > :afterId)";

    private final Jdbi jdbi;

    ApprovalListQueries(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The office's subpoenas waiting for approval after {@code afterId}, oldest (waiting longest) first. */
    List<Request> waiting(long officeId, long afterId, int limit) {
        return list(RequestDao.SELECT + WAITING + " AND r.id > :afterId ORDER BY r.id LIMIT :limit", officeId, null,
                q -> q.bind("afterId", afterId).bind("limit", limit));
    }

    /** How many are waiting, counting no further than {@code cap}: index only (office, state, id). */
    int countWaiting(long officeId, int cap) {
        return count("SELECT r.id FROM requests r" + WAITING, officeId, null, cap);
    }

    /**
     * A page of the office's referable subpoenas at {@code now}, oldest due first, after the row due at
     * {@code afterDue} (null: undated) with id {@code afterId}; from the first when {@code afterId} is 0.
     */
    List<Request> referable(long officeId, Instant now, Instant afterDue, long afterId, int limit) {
        if (afterId <= 0) {
            return list(RequestDao.SELECT + REFERABLE + BY_DUE, officeId, now, q -> q.bind("limit", limit));
        }
        if (afterDue == null) {
            return list(RequestDao.SELECT + REFERABLE + AFTER_UNDATED + BY_DUE, officeId, now,
                    q -> q.bind("afterId", afterId).bind("limit", limit));
        }
        return list(RequestDao.SELECT + REFERABLE + AFTER_DATED + BY_DUE, officeId, now,
                q -> q.bind("afterDue", afterDue).bind("afterId", afterId).bind("limit", limit));
    }

    /** How many the officer may refer at {@code now}, counting no further than {@code cap}. */
    int countReferable(long officeId, Instant now, int cap) {
        return count("SELECT r.id FROM requests r" + REFERABLE, officeId, now, cap);
    }

    private List<Request> list(String sql, long officeId, Instant now, java.util.function.Consumer<Query> binds) {
        return jdbi.withHandle(h -> {
            Query q = h.createQuery(sql).bind("officeId", officeId);
            if (now != null) {
                q.bind("now", now);
            }
            binds.accept(q);
            return q.map(new RequestMapper()).list();
        });
    }

    private int count(String select, long officeId, Instant now, int cap) {
        return jdbi.withHandle(h -> {
            Query q = h.createQuery("SELECT COUNT(*) FROM (" + select + " LIMIT :cap) c")
                    .bind("officeId", officeId).bind("cap", cap);
            if (now != null) {
                q.bind("now", now);
            }
            return q.mapTo(Integer.class).one();
        });
    }
}

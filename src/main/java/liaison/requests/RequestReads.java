package liaison.requests;

import java.util.List;
import java.util.Optional;
import liaison.deadlines.ClockEvent;
import liaison.system.Columns;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;

/**
 * The request page's reads, run on the caller's handle with {@link RequestDao}'s and {@link AnswerDao}'s own SQL and
 * fixed row mappers. In the profile of the page (JFR, a clerk's views of 10k generated requests) attaching the DAOs
 * for each view (their method handlers built per call) and ConstructorMapper resolving each result set's columns
 * were a third of the page's CPU, more than the queries; the DAOs stay for the workflow's writes and other pages.
 */
final class RequestReads {
    static final RowMapper<Request> REQUEST = new RequestMapper();

    static final RowMapper<ItemAnswer> ITEM = (rs, ctx) -> new ItemAnswer(
            RequestedItem.valueOf(rs.getString("item")), Columns.named(rs, "disposition", Disposition.class),
            rs.getString("answer_value"), rs.getString("basis"));

    static final RowMapper<StructuredAnswer> ANSWER = (rs, ctx) -> new StructuredAnswer(rs.getString("booking_number"),
            Columns.instant(rs, "release_at"), rs.getString("facility"), rs.getString("release_type"),
            rs.getString("charges"), rs.getString("bond"), rs.getString("summary"));

    static final RowMapper<TimelineEvent> EVENT = (rs, ctx) -> {
        String kind = rs.getString("kind");
        return new TimelineEvent(rs.getLong("id"), Columns.instant(rs, "occurred_at"),
                Columns.longOrNull(rs, "actor_id"), rs.getString("actor_name"), rs.getString("actor_agency"),
                kind == null ? null : TimelineKind.ofStored(kind), Columns.named(rs, "from_state", RequestState.class),
                Columns.named(rs, "to_state", RequestState.class), rs.getString("details"));
    };

    static final RowMapper<ClockEntry> CLOCK_ENTRY = (rs, ctx) -> new ClockEntry(rs.getLong("id"),
            Columns.instant(rs, "occurred_at"), Columns.longOrNull(rs, "actor_id"), rs.getString("actor_name"),
            Columns.named(rs, "kind", ClockEvent.Kind.class), Columns.instant(rs, "due_at"), rs.getString("basis"),
            rs.getString("reason"));

    static final RowMapper<Message> MESSAGE = (rs, ctx) -> new Message(rs.getLong("id"),
            Columns.instant(rs, "occurred_at"), rs.getLong("author_id"), rs.getString("author_name"),
            rs.getString("author_agency"), Columns.named(rs, "kind", MessageKind.class), rs.getString("body"));

    static final RowMapper<Affirmation> AFFIRMATION = (rs, ctx) -> new Affirmation(rs.getLong("request_id"),
            rs.getLong("affirmed_by"), rs.getString("officer_name"), rs.getString("officer_agency"),
            Columns.instant(rs, "affirmed_at"), rs.getString("statement"));

    private static final List<RequestState> NOT_SERVED = List.copyOf(RequestState.NOT_SERVED);

    private RequestReads() {
    }

    /** {@link RequestDao#findVisible(long, long)}: need-to-know in the query, the viewer's agency bound. */
    static Optional<Request> findVisible(Handle h, long id, long viewerAgency) {
        return h.createQuery(RequestDao.FIND_VISIBLE).bind("id", id).bind("viewerAgency", viewerAgency)
                .bindList("notServed", NOT_SERVED).map(REQUEST).findFirst();
    }

    static List<ItemAnswer> items(Handle h, long requestId) {
        return byRequest(h, RequestDao.ITEMS, requestId).map(ITEM).list();
    }

    static Optional<StructuredAnswer> answer(Handle h, long requestId) {
        return byRequest(h, AnswerDao.FIND, requestId).map(ANSWER).findFirst();
    }

    static List<TimelineEvent> timeline(Handle h, long requestId) {
        return byRequest(h, RequestDao.TIMELINE, requestId).map(EVENT).list();
    }

    static List<ClockEntry> clock(Handle h, long requestId) {
        return byRequest(h, RequestDao.CLOCK, requestId).map(CLOCK_ENTRY).list();
    }

    static List<Message> messages(Handle h, long requestId, boolean includeInternal) {
        return byRequest(h, RequestDao.MESSAGES, requestId).bind("internal", includeInternal).map(MESSAGE).list();
    }

    static Optional<Affirmation> affirmation(Handle h, long requestId) {
        return byRequest(h, AffirmationDao.LATEST, requestId).map(AFFIRMATION).findFirst();
    }

    private static Query byRequest(Handle h, String sql, long requestId) {
        return h.createQuery(sql).bind("requestId", requestId);
    }
}

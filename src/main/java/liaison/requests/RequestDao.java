package liaison.requests;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import liaison.deadlines.ClockEvent;
import liaison.deadlines.DueClock;
import org.jdbi.v3.sqlobject.config.RegisterColumnMapper;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Requests and what hangs off them. Every read that a person's rights limit takes their agency as a bound
 * parameter: a request is visible to its filing office, and to the addressed agency once it has been served.
 */
@RegisterRowMapper(RequestMapper.class)
@RegisterColumnMapper(TimelineKind.Mapper.class)
@RegisterConstructorMapper(TimelineEvent.class)
@RegisterConstructorMapper(ClockEntry.class)
@RegisterConstructorMapper(Message.class)
@RegisterConstructorMapper(ItemAnswer.class)
public interface RequestDao {

    /*
     * STRAIGHT_JOIN: requests always drive, the two agencies are primary-key lookups. Left to itself, MariaDB at a
     * million requests (statistics fresh from the generator's index build) read an office's page by walking all 100
     * agencies and every request of each through requests_report_agency, then sorting: 3.7 s for 26 rows, where the
     * office's own index in id order reads 26.
     */
    String SELECT = """
            SELECT STRAIGHT_JOIN r.*, o.name AS office_name, g.name AS agency_name, g.time_zone AS agency_time_zone
            FROM requests r JOIN agencies o ON o.id = r.office_id JOIN agencies g ON g.id = r.agency_id
            """;

    /** Need-to-know, in SQL: the filing office always; the addressed agency once the request is served. */
    String VISIBLE_TO = """
            (r.office_id = :viewerAgency
             OR (r.agency_id = :viewerAgency AND r.state NOT IN (<notServed>)))
            """;

    /** The request if the viewer may see it; bind {@code <notServed>} to {@link RequestState#NOT_SERVED}. */
    String FIND_VISIBLE = SELECT + " WHERE r.id = :id AND " + VISIBLE_TO;

    @SqlQuery(FIND_VISIBLE)
    Optional<Request> findVisible(@Bind("id") long id, @Bind("viewerAgency") long viewerAgency,
                                  @BindList("notServed") Set<RequestState> notServed);

    default Optional<Request> findVisible(long id, long viewerAgency) {
        return findVisible(id, viewerAgency, RequestState.NOT_SERVED);
    }

    /**
     * Locks the request's row alone. A FOR UPDATE on {@link #SELECT}'s join would lock the two agencies' rows too,
     * exclusively: two filings at once each hold a shared lock on them (their foreign keys) and then wait for the
     * other's, a deadlock (ConcurrencyTest). So the row is locked here, then read with the agencies shared.
     */
    @SqlQuery("SELECT id FROM requests WHERE id = :id FOR UPDATE")
    Optional<Long> lockRow(@Bind("id") long id);

    @SqlQuery(SELECT + " WHERE r.id = :id AND " + VISIBLE_TO + " LOCK IN SHARE MODE")
    Optional<Request> readLocked(@Bind("id") long id, @Bind("viewerAgency") long viewerAgency,
                                 @BindList("notServed") Set<RequestState> notServed);

    /** The request, locked for a change, if the viewer may see it (its latest committed state, not a snapshot). */
    default Optional<Request> lockVisible(long id, long viewerAgency) {
        lockRow(id);
        return readLocked(id, viewerAgency, RequestState.NOT_SERVED);
    }

    @SqlQuery("SELECT NEXT VALUE FOR tracking_numbers")
    long nextTrackingDigits();

    /** Who last changed the request, for the two-person rule ({@link RequestPolicy#canApprove}). */
    @SqlUpdate("UPDATE requests SET last_changed_by = :accountId WHERE id = :id")
    void markChangedBy(@Bind("id") long id, @Bind("accountId") long accountId);

    /** Moves the state if nobody changed the request since {@code version} was read; 0 rows means stale. */
    @SqlUpdate("""
            UPDATE requests SET state = :to, version = version + 1, updated_at = :now
            WHERE id = :id AND version = :version
            """)
    int moveState(@Bind("id") long id, @Bind("version") int version, @Bind("to") RequestState to,
                  @Bind("now") Instant now);

    @SqlUpdate("UPDATE requests SET submitted_at = :at WHERE id = :id")
    void markSubmitted(@Bind("id") long id, @Bind("at") Instant at);

    @SqlUpdate("UPDATE requests SET outcome = :outcome, answered_at = :at WHERE id = :id")
    void markAnswered(@Bind("id") long id, @Bind("outcome") Outcome outcome, @Bind("at") Instant at);

    @SqlUpdate("UPDATE requests SET closed_at = :at WHERE id = :id")
    void markClosed(@Bind("id") long id, @Bind("at") Instant at);

    @SqlUpdate("UPDATE requests SET due_at = :due, clock_paused = :paused WHERE id = :id")
    void setDue(@Bind("id") long id, @Bind("due") Instant due, @Bind("paused") boolean paused);

    // --- timeline

    @SqlUpdate("""
            INSERT INTO request_events (request_id, occurred_at, actor_id, kind, from_state, to_state, details)
            VALUES (:requestId, :at, :actorId, :kind, :from, :to, :details)
            """)
    @GetGeneratedKeys("id")
    long insertEventRow(@Bind("requestId") long requestId, @Bind("at") Instant at, @Bind("actorId") Long actorId,
                        @Bind("kind") String kind, @Bind("from") RequestState from, @Bind("to") RequestState to,
                        @Bind("details") String details);

    /** A line of the timeline; its kind is stored as {@link TimelineKind#stored()}. */
    default long insertEvent(long requestId, Instant at, Long actorId, TimelineKind kind, RequestState from,
                             RequestState to, String details) {
        return insertEventRow(requestId, at, actorId, kind.stored(), from, to, details);
    }

    String TIMELINE = """
            SELECT e.id, e.occurred_at, e.actor_id, a.display_name AS actor_name, g.name AS actor_agency, e.kind,
                   e.from_state, e.to_state, e.details
            FROM request_events e LEFT JOIN accounts a ON a.id = e.actor_id LEFT JOIN agencies g ON g.id = a.agency_id
            WHERE e.request_id = :requestId ORDER BY e.id
            """;

    @SqlQuery(TIMELINE)
    List<TimelineEvent> timeline(@Bind("requestId") long requestId);

    // --- clock ledger

    @SqlUpdate("""
            INSERT INTO clock_events (request_id, occurred_at, actor_id, kind, due_at, basis, reason)
            VALUES (:requestId, :at, :actorId, :kind, :due, :basis, :reason)
            """)
    void insertClock(@Bind("requestId") long requestId, @Bind("at") Instant at, @Bind("actorId") Long actorId,
                     @Bind("kind") ClockEvent.Kind kind, @Bind("due") Instant due,
                     @Bind("basis") DueClock.Basis basis,
                     @Bind("reason") String reason);

    String CLOCK = """
            SELECT c.id, c.occurred_at, c.actor_id, a.display_name AS actor_name, c.kind, c.due_at, c.basis, c.reason
            FROM clock_events c LEFT JOIN accounts a ON a.id = c.actor_id
            WHERE c.request_id = :requestId ORDER BY c.id
            """;

    @SqlQuery(CLOCK)
    List<ClockEntry> clock(@Bind("requestId") long requestId);

    // --- messages

    @SqlUpdate("""
            INSERT INTO request_messages (request_id, author_id, occurred_at, kind, body)
            VALUES (:requestId, :authorId, :at, :kind, :body)
            """)
    @GetGeneratedKeys("id")
    long insertMessage(@Bind("requestId") long requestId, @Bind("authorId") long authorId, @Bind("at") Instant at,
                       @Bind("kind") MessageKind kind, @Bind("body") String body);

    /** The thread; internal notes only when the viewer belongs to the answering agency. */
    String MESSAGES = """
            SELECT m.id, m.occurred_at, m.author_id, a.display_name AS author_name, g.name AS author_agency,
                   m.kind, m.body
            FROM request_messages m JOIN accounts a ON a.id = m.author_id LEFT JOIN agencies g ON g.id = a.agency_id
            WHERE m.request_id = :requestId AND (m.kind <> 'INTERNAL_NOTE' OR :internal)
            ORDER BY m.id
            """;

    @SqlQuery(MESSAGES)
    List<Message> messages(@Bind("requestId") long requestId, @Bind("internal") boolean includeInternal);

    // --- items and answers

    @SqlUpdate("INSERT INTO request_items (request_id, item) VALUES (:requestId, :item)")
    void insertItem(@Bind("requestId") long requestId, @Bind("item") RequestedItem item);

    @SqlUpdate("""
            UPDATE request_items SET disposition = :disposition, answer_value = :value, basis = :basis
            WHERE request_id = :requestId AND item = :item
            """)
    void answerItem(@Bind("requestId") long requestId, @Bind("item") RequestedItem item,
                    @Bind("disposition") Disposition disposition, @Bind("value") String value,
                    @Bind("basis") String basis);

    String ITEMS = "SELECT item, disposition, answer_value, basis FROM request_items WHERE request_id = :requestId ORDER BY item";

    @SqlQuery(ITEMS)
    List<ItemAnswer> items(@Bind("requestId") long requestId);

    // --- duplicates

    /** Requests naming any of the identifiers bound (a null one names nothing). */
    String SAME_IDENTIFIER = """
             ((:aNumber IS NOT NULL AND r.a_number = :aNumber)
              OR (:fbiNumber IS NOT NULL AND r.fbi_number = :fbiNumber)
              OR (:bookingNumber IS NOT NULL AND r.booking_number = :bookingNumber))
            """;

    /**
     * The office's own open requests to {@code agencyId} naming any of these identifiers, for the warning before
     * submit. Only the office's: another office's request, its tracking number, even its existence, is not the
     * requester's to know (a filed subpoena not yet approved is hidden even from the agency).
     */
    @SqlQuery(SELECT + """
             WHERE r.office_id = :officeId AND r.agency_id = :agencyId
               AND r.state IN (<open>)
               AND""" + SAME_IDENTIFIER + """
             ORDER BY r.id LIMIT 10
            """)
    List<Request> openOfOfficeWithIdentifier(@Bind("officeId") long officeId, @Bind("agencyId") long agencyId,
                                             @Bind("aNumber") String aNumber, @Bind("fbiNumber") String fbiNumber,
                                             @Bind("bookingNumber") String bookingNumber,
                                             @BindList("open") Set<RequestState> open);

    default List<Request> openOfOfficeWithIdentifier(long officeId, long agencyId, String aNumber, String fbiNumber,
                                                     String bookingNumber) {
        return openOfOfficeWithIdentifier(officeId, agencyId, aNumber, fbiNumber, bookingNumber, RequestState.open());
    }

    /**
     * Open requests served on {@code :agencyId} (bind {@code <served>} to {@link RequestState#servedOpen()}), from
     * any office, naming any of these identifiers, other than {@code :exceptId}: the agency's clerks see them all,
     * as all are addressed to them (never one not yet served). Run by {@link RequestViews#duplicates} through the
     * handle itself: on every detail page, attaching this interface's 35 methods cost more CPU than the query.
     */
    String SERVED_WITH_IDENTIFIER = SELECT + """
             WHERE r.agency_id = :agencyId AND r.id <> :exceptId
               AND r.state IN (<served>)
               AND""" + SAME_IDENTIFIER + """
             ORDER BY r.id LIMIT 10
            """;

    /** A page of the office's requests, newest first (keyset on id); run through the handle by RequestViews. */
    String OF_OFFICE = SELECT + " WHERE r.office_id = :officeId AND r.id < :beforeId ORDER BY r.id DESC LIMIT :limit";

    @SqlQuery(OF_OFFICE)
    List<Request> ofOffice(@Bind("officeId") long officeId, @Bind("beforeId") long beforeId, @Bind("limit") int limit);

    @SqlQuery(SELECT + " WHERE r.id = :id LOCK IN SHARE MODE")
    Optional<Request> readLockedForSystem(@Bind("id") long id);

    /** For the portal's own jobs only: no person's rights apply. Locked as {@link #lockVisible} locks. */
    default Optional<Request> lockForSystem(long id) {
        lockRow(id);
        return readLockedForSystem(id);
    }

    /** Answered requests whose answer is older than {@code before}: they close themselves. */
    @SqlQuery(SELECT + " WHERE r.state = :answered AND r.answered_at < :before ORDER BY r.id LIMIT 500")
    List<Request> answeredBefore(@Bind("before") Instant before, @Bind("answered") RequestState answered);

    default List<Request> answeredBefore(Instant before) {
        return answeredBefore(before, RequestState.ANSWERED);
    }
}

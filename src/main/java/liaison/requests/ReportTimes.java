package liaison.requests;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The business days a request took to be acknowledged and to be answered, kept on the request when it happens
 * (issue 12's reports: medians, 90th percentiles and histograms are then computed in SQL over these columns, never
 * request by request). Counted by the due clock's own rule ({@link liaison.deadlines.DueClock#elapsedBusinessDays}):
 * from the instant the request was served, in the agency's time zone, federal holidays out, paused time out.
 * "Acknowledged" is the agency's first response: an acknowledgement, a question for clarification, or the answer.
 */
public final class ReportTimes {
    private static final int BATCH = 500;

    private final RequestClock clock;

    ReportTimes(RequestClock clock) {
        this.clock = clock;
    }

    /** After a move, in its transaction: the first response and the answer are timed. */
    void record(Handle h, Request r, TimelineKind kind, Instant now) {
        if (r.submittedAt() == null) {
            return;
        }
        boolean response = kind == TimelineKind.ACKNOWLEDGED || kind == TimelineKind.CLARIFICATION_REQUESTED
                || kind == TimelineKind.ANSWERED;
        if (!response) {
            return;
        }
        Times dao = h.attach(Times.class);
        int days = elapsed(h, r, now);
        dao.acknowledged(r.id(), now, days);
        if (kind == TimelineKind.ANSWERED) {
            dao.answered(r.id(), days);
        }
    }

    private int elapsed(Handle h, Request r, Instant at) {
        return clock.ledger(h.attach(RequestDao.class).clock(r.id()), r).elapsedBusinessDays(r.submittedAt(), at);
    }

    /**
     * Times the requests answered or acknowledged before these columns existed (V25 set acknowledged_at from the
     * timeline); a few hundred at a time, each batch in its own transaction. Nothing to do costs one indexed query.
     */
    public void backfill(Jdbi jdbi) {
        List<Long> ids;
        while (!(ids = jdbi.withHandle(h -> h.attach(Times.class).untimed(BATCH))).isEmpty()) {
            for (long id : ids) {
                jdbi.useTransaction(h -> {
                    Optional<Request> found = h.attach(RequestDao.class).lockForSystem(id);
                    Times dao = h.attach(Times.class);
                    if (found.isEmpty() || found.get().submittedAt() == null) {
                        dao.untimeable(id);
                        return;
                    }
                    Request r = found.get();
                    Instant acknowledged = dao.acknowledgedAt(id);
                    try {
                        dao.backfill(id, acknowledged == null ? null : elapsed(h, r, acknowledged),
                                r.answeredAt() == null ? null : elapsed(h, r, r.answeredAt()));
                    } catch (IllegalArgumentException unreadableLedger) {
                        dao.untimeable(id);
                    }
                });
            }
        }
    }

    /** The columns of V25. */
    public interface Times {
        @SqlUpdate("""
                UPDATE requests SET acknowledged_at = :at, ack_business_days = :days
                WHERE id = :id AND acknowledged_at IS NULL""")
        void acknowledged(@Bind("id") long id, @Bind("at") Instant at, @Bind("days") int days);

        @SqlUpdate("UPDATE requests SET answer_business_days = :days WHERE id = :id")
        void answered(@Bind("id") long id, @Bind("days") int days);

        /** Rows a start-up must still time: acknowledged or answered, with no days (-1 marks "cannot be timed"). */
        @SqlQuery("""
                (SELECT id FROM requests WHERE ack_business_days IS NULL AND acknowledged_at IS NOT NULL LIMIT :n)
                UNION (SELECT id FROM requests WHERE answer_business_days IS NULL AND answered_at IS NOT NULL LIMIT :n)
                LIMIT :n""")
        List<Long> untimed(@Bind("n") int n);

        @SqlQuery("SELECT acknowledged_at FROM requests WHERE id = :id")
        Instant acknowledgedAt(@Bind("id") long id);

        @SqlUpdate("""
                UPDATE requests
                   SET ack_business_days = CASE WHEN acknowledged_at IS NULL THEN NULL ELSE COALESCE(:ack, -1) END,
                       answer_business_days = CASE WHEN answered_at IS NULL THEN NULL ELSE COALESCE(:answer, -1) END
                WHERE id = :id""")
        void backfill(@Bind("id") long id, @Bind("ack") Integer ack, @Bind("answer") Integer answer);

        @SqlUpdate("""
                UPDATE requests SET ack_business_days = CASE WHEN acknowledged_at IS NULL THEN NULL ELSE -1 END,
                       answer_business_days = CASE WHEN answered_at IS NULL THEN NULL ELSE -1 END WHERE id = :id""")
        void untimeable(@Bind("id") long id);
    }
}

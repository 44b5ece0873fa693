package liaison.requests;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import liaison.audit.AuditEvent;
import liaison.audit.AuditLog;
import org.jdbi.v3.core.Jdbi;

/**
 * An answered request closes itself 30 days after the answer if the requester has not closed it. Each close is
 * its own transaction with the usual state check, so instances running this at the same time do no harm.
 */
public final class AutoClose {
    static final Duration AFTER = Duration.ofDays(30);

    private final Jdbi jdbi;
    private final AuditLog audit;
    private final Clock clock;

    public AutoClose(Jdbi jdbi, AuditLog audit, Clock clock) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.clock = clock;
    }

    /** Closes what is due to close; returns how many. */
    public int run() {
        Instant now = clock.instant();
        int closed = 0;
        for (Request candidate : jdbi.onDemand(RequestDao.class).answeredBefore(now.minus(AFTER))) {
            closed += jdbi.inTransaction(h -> {
                RequestDao dao = h.attach(RequestDao.class);
                Request r = dao.lockForSystem(candidate.id()).orElse(null);
                if (r == null || r.state() != RequestState.ANSWERED || !r.answeredAt().isBefore(now.minus(AFTER))) {
                    return 0;
                }
                RequestWorkflow.update(dao, r, RequestState.CLOSED, now);
                dao.markClosed(r.id(), now);
                dao.insertEvent(r.id(), now, null, TimelineKind.CLOSED_AUTOMATICALLY, r.state(), RequestState.CLOSED,
                        "30 days after the answer");
                audit.append(h, AuditEvent.of(TimelineKind.CLOSED_AUTOMATICALLY.auditAction())
                        .on("request", r.trackingNumber()));
                return 1;
            });
        }
        return closed;
    }
}

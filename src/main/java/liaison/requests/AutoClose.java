package liaison.requests;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;

/**
 * An answered request closes itself 30 days after the answer if the requester has not closed it. Each close is a
 * move of the workflow in its own transaction, checked against the table like any other, so instances running
 * this at the same time do no harm.
 */
public final class AutoClose {
    static final Duration AFTER = Duration.ofDays(30);

    private final Jdbi jdbi;
    private final RequestWorkflow workflow;
    private final Clock clock;

    public AutoClose(Jdbi jdbi, RequestWorkflow workflow, Clock clock) {
        this.jdbi = jdbi;
        this.workflow = workflow;
        this.clock = clock;
    }

    /** Closes what is due to close; returns how many. */
    public int run() {
        Instant before = clock.instant().minus(AFTER);
        int closed = 0;
        for (Request candidate : jdbi.onDemand(RequestDao.class).answeredBefore(before)) {
            closed += workflow.closeAutomatically(candidate.id(), before) ? 1 : 0;
        }
        return closed;
    }
}

package liaison.requests;

import java.time.Instant;

/** One line of a request's timeline: who did what, when. */
public record TimelineEvent(long id, Instant occurredAt, Long actorId, String actorName, String actorAgency,
                            TimelineKind kind, RequestState fromState, RequestState toState, String details) {
}

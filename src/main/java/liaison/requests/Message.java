package liaison.requests;

import java.time.Instant;

/** A message of a request's thread. */
public record Message(long id, Instant occurredAt, long authorId, String authorName, String authorAgency,
                      MessageKind kind, String body) {
}

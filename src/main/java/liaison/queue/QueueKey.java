package liaison.queue;

import java.time.Instant;
import java.util.Optional;
import liaison.requests.Priority;
import liaison.requests.Request;

/**
 * Where a queue page starts: after the row with this (priority rank, due, id). Emergencies rank 0, the rest 1;
 * requests with no due date sort last. Written in a link as {@code rank.dueMicros.id}.
 */
record QueueKey(int rank, Instant due, long id) {
    static final Instant NO_DUE = Instant.parse("9999-12-31T00:00:00Z");

    static QueueKey of(Request r) {
        return new QueueKey(r.priority() == Priority.EMERGENCY ? 0 : 1, r.dueAt() == null ? NO_DUE : r.dueAt(), r.id());
    }

    public String token() {
        long micros = due.getEpochSecond() * 1_000_000L + due.getNano() / 1_000;
        return rank + "." + micros + "." + id;
    }

    /** The key from a link; a malformed one means the first page. */
    public static Optional<QueueKey> parse(String token) {
        if (token == null || token.length() > 60) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.");
        try {
            long micros = Long.parseLong(parts[1]);
            Instant due = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
            return Optional.of(new QueueKey(Integer.parseInt(parts[0]), due, Long.parseLong(parts[2])));
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }
}

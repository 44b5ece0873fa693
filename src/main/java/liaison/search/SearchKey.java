package liaison.search;

import java.time.Instant;
import java.util.Optional;
import liaison.requests.Request;

/** Where a page of results starts: after the row with this (sort instant, id), written {@code micros.id} in links. */
record SearchKey(Instant at, long id) {
    static final Instant LAST_ASC = Instant.parse("9999-12-31T00:00:00Z");
    static final Instant LAST_DESC = Instant.parse("1971-01-01T00:00:00Z");

    static SearchKey of(Request r, Sort sort) {
        Instant at = switch (sort) {
            case FILED_NEWEST, FILED_OLDEST -> r.submittedAt();
            case DUE_SOONEST, DUE_LATEST -> r.dueAt();
        };
        boolean descending = sort == Sort.FILED_NEWEST || sort == Sort.DUE_LATEST;
        return new SearchKey(at != null ? at : descending ? LAST_DESC : LAST_ASC, r.id());
    }

    String token() {
        return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1_000) + "." + id;
    }

    /** The key from a link; a malformed one means the first page. */
    static Optional<SearchKey> parse(String token) {
        if (token == null || token.length() > 60) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.");
        try {
            long micros = Long.parseLong(parts[0]);
            return Optional.of(new SearchKey(Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
                    Math.floorMod(micros, 1_000_000L) * 1_000L), Long.parseLong(parts[1])));
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }
}

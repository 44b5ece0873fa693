package liaison.search;

import java.time.Instant;
import java.util.List;
import liaison.requests.Priority;
import liaison.requests.RequestState;
import liaison.requests.RequestType;

/**
 * A checked search, each criterion optional (null or empty: any). {@code nameWords}: every word must be in the
 * subject's name or aliases; {@code aNumberKey} and {@code identifierKey}: an identifier as {@link Identifiers}
 * keys it; {@code otherAgency}: the agency at the other end (the office that filed, or the agency addressed); the
 * ranges are whole days of the viewer's agency as UTC instants.
 */
record Criteria(String quick, List<String> quickWords, String tracking, List<String> nameWords, String aNumberKey,
                String identifierKey, String text, RequestType type, RequestState state, Priority priority,
                Long otherAgency, Range filed, Range due, Range answered, boolean overdueOnly, Sort sort) {

    /** A range of instants, [from, to), either end open (null). */
    record Range(Instant from, Instant to) {
        boolean any() {
            return from == null && to == null;
        }

        @Override
        public String toString() {
            return from + ".." + to;
        }
    }

    /** Whether anything narrows the search (else every visible request is listed, by the chosen order). */
    boolean narrowed() {
        return quick != null || tracking != null || !nameWords.isEmpty() || identifierKey != null || text != null
                || type != null || state != null || priority != null || otherAgency != null || !filed.any()
                || !due.any() || !answered.any() || overdueOnly;
    }

    /** For the audit log and for tests: what was searched for. */
    String describe() {
        return "q=" + quick + " tracking=" + tracking + " name=" + nameWords + " identifier=" + identifierKey
                + " text=" + text + " type=" + type + " state=" + state + " priority=" + priority + " agency="
                + otherAgency + " filed=" + filed + " due=" + due + " answered=" + answered
                + " overdue=" + overdueOnly + " sort=" + sort;
    }
}

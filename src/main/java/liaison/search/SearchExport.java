package liaison.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import liaison.accounts.Account;
import liaison.requests.Request;
import liaison.requests.Subject;
import liaison.system.CsvWriter;
import liaison.system.Formats;
import liaison.system.Messages;

/**
 * A search's results as CSV: a header row in the portal's words, then one row per request as the database streams
 * them (never a list of them), times in the viewer's agency's zone as ISO 8601 with the offset.
 */
final class SearchExport {
    /** The columns, in order; each header's words are {@code search.csv.<column>}. */
    static final List<String> COLUMNS = List.of("tracking", "type", "state", "priority", "outcome", "office",
            "agency", "subject", "aliases", "aNumber", "fbiNumber", "stateId", "bookingNumber", "returnDate", "filed",
            "due", "answered", "closed");

    private final SearchQueries queries;
    private final Messages messages;

    SearchExport(SearchQueries queries, Messages messages) {
        this.queries = queries;
        this.messages = messages;
    }

    /** Writes every match the viewer may see to {@code out} (closed at the end); returns how many rows. */
    long write(Account viewer, Criteria c, java.time.Instant now, Writer out) throws IOException {
        Formats formats = Formats.of(viewer);
        long[] rows = {0};
        try (CsvWriter csv = new CsvWriter(out)) {
            csv.row(COLUMNS.stream().map(k -> messages.get("search.csv." + k)).toList());
            queries.each(viewer.agencyId(), c, now, r -> {
                try {
                    csv.row(cells(r, formats));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                rows[0]++;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return rows[0];
    }

    private static List<String> cells(Request r, Formats formats) {
        Subject s = r.subject();
        List<String> cells = new ArrayList<>(COLUMNS.size());
        cells.add(r.trackingNumber());
        cells.add(r.type().label());
        cells.add(r.state().label());
        cells.add(r.priority().label());
        cells.add(r.outcome() == null ? null : r.outcome().label());
        cells.add(r.officeName());
        cells.add(r.agencyName());
        cells.add(s.fullName());
        cells.add(s.aliases());
        cells.add(s.aNumber());
        cells.add(s.fbiNumber());
        cells.add(s.stateId());
        cells.add(s.bookingNumber());
        cells.add(r.returnDate() == null ? null : r.returnDate().toString());
        cells.add(formats.iso(r.submittedAt()));
        cells.add(formats.iso(r.dueAt()));
        cells.add(formats.iso(r.answeredAt()));
        cells.add(formats.iso(r.closedAt()));
        return cells;
    }
}

package liaison.search;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import liaison.accounts.Account;
import liaison.audit.AuditEvent;
import liaison.audit.AuditLog;
import liaison.disclosures.Disclosure;
import liaison.requests.Request;
import liaison.requests.RequestDao;
import liaison.system.Messages;
import org.jdbi.v3.core.Jdbi;

/**
 * Finding requests and people for a person who reads requests: always within what their agency may see, and each
 * search and each subject page written to the audit log (both are about people).
 */
final class Search {
    /** Where the header box's words lead: one request, a subject (several requests), or the results page. */
    sealed interface Shortcut permits ToRequest, ToSubject, None {
    }

    record ToRequest(long id) implements Shortcut {
    }

    record ToSubject(long id) implements Shortcut {
    }

    record None() implements Shortcut {
    }

    /** A page of results and how many there are in all. */
    record Results(List<Request> rows, long total) {
    }

    /** The requests about one person and, for a local agency, its disclosures about them. */
    record SubjectPage(Request subject, List<Request> requests, List<Disclosure> disclosures) {
    }

    private final Jdbi jdbi;
    private final SearchQueries queries;
    private final SubjectQueries subjects;
    private final AuditLog audit;
    private final Clock clock;
    private final SearchExport export;

    Search(Jdbi jdbi, AuditLog audit, Clock clock, Messages messages) {
        this.jdbi = jdbi;
        this.queries = new SearchQueries(jdbi);
        this.export = new SearchExport(queries, messages);
        this.subjects = new SubjectQueries(jdbi);
        this.audit = audit;
        this.clock = clock;
    }

    /** A tracking number, or an identifier that names exactly the visible requests found. */
    Shortcut shortcut(Account viewer, String typed) {
        String tracking = Identifiers.trackingNumber(typed);
        if (tracking != null) {
            return queries.byTrackingNumber(viewer.agencyId(), tracking).<Shortcut>map(r -> new ToRequest(r.id()))
                    .orElse(new None());
        }
        String key = Identifiers.key(typed);
        if (key == null || typed.strip().length() > Identifiers.MAX || typed.strip().contains(" ")
                && Identifiers.aNumberKey(typed) == null) {
            return new None();
        }
        List<Request> found = queries.byIdentifier(viewer.agencyId(), Identifiers.aNumberKey(typed), key, 2);
        return found.isEmpty() ? new None()
                : found.size() == 1 ? new ToRequest(found.get(0).id()) : new ToSubject(found.get(0).id());
    }

    Results search(Account viewer, Criteria c, Optional<SearchKey> after, String clientIp) {
        audit.append(AuditEvent.of("search.run").by(viewer.id(), viewer.email(), viewer.agencyId())
                .details(c.describe()).from(clientIp));
        Instant now = clock.instant();
        List<Request> rows = queries.page(viewer.agencyId(), c, after, now);
        // a first page with no next one holds every match: counting would run the search a second time
        long total = after.isEmpty() && rows.size() <= SearchQueries.PAGE ? rows.size()
                : queries.count(viewer.agencyId(), c, now);
        return new Results(rows, total);
    }

    /**
     * Every result of the search as CSV to {@code out} (closed at the end), streamed from the database: audited with
     * what was searched for before the first row is read. Returns how many requests were written.
     */
    long export(Account viewer, Criteria c, String clientIp, Writer out) throws IOException {
        audit.append(AuditEvent.of("search.exported").by(viewer.id(), viewer.email(), viewer.agencyId())
                .details(c.describe()).from(clientIp));
        return export.write(viewer, c, clock.instant(), out);
    }

    /** The agencies at the other end of the viewer's requests, by id, in name order. */
    Map<Long, String> otherAgencies(Account viewer) {
        Map<Long, String> agencies = new LinkedHashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT id, name FROM agencies WHERE kind <> :kind ORDER BY name LIMIT 1000")
                .bind("kind", viewer.agencyKind().name())
                .map((rs, ctx) -> Map.entry(rs.getLong("id"), rs.getString("name")))
                .forEach(e -> agencies.put(e.getKey(), e.getValue())));
        return agencies;
    }

    /** The page of the person request {@code id} is about; empty when the viewer may not see that request. */
    Optional<SubjectPage> subject(Account viewer, long id, String clientIp) {
        Optional<Request> found = jdbi.onDemand(RequestDao.class).findVisible(id, viewer.agencyId());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Request r = found.get();
        List<Request> requests = subjects.sameSubject(viewer.agencyId(), id);
        List<Disclosure> disclosures = viewer.ofLocalAgency()
                ? subjects.disclosures(viewer.agencyId(), requests.stream()
                        .filter(q -> q.agencyId() == viewer.agencyId()).map(Request::id).toList())
                : List.of();
        audit.append(AuditEvent.of("subject.viewed").by(viewer.id(), viewer.email(), viewer.agencyId())
                .on("request", r.trackingNumber()).details("requests=" + requests.size()).from(clientIp));
        return Optional.of(new SubjectPage(r, requests, disclosures));
    }
}

package liaison.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import liaison.accounts.PasswordHasher;
import liaison.demo.DemoData;
import liaison.generator.Generate;
import liaison.requests.Deadlines;
import liaison.requests.Priority;
import liaison.requests.Request;
import liaison.requests.RequestType;
import liaison.support.TestDatabase;
import liaison.system.Database;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The orders read from indexed columns (migrations V45, V46) are the orders the expressions gave: on a generated
 * database, every page of every queue filter of every agency, and the approvers' referable lists, against the
 * queries as they were written before (CASE/COALESCE in ORDER BY; the whole condition over the office's requests).
 */
class QueueOrderTest {
    private static final Instant NOW = Instant.parse("2026-11-02T14:00:00Z");
    private static final String OLD_ORDER = " ORDER BY (CASE WHEN r.priority = 'EMERGENCY' THEN 0 ELSE 1 END),"
            + " COALESCE(r.due_at, TIMESTAMP'9999-12-31 00:00:00'), r.id";
    private static Database db;

    @BeforeAll
    static void generate() {
        db = TestDatabase.fresh();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Generate.run(new String[] {Generate.COMMAND, "--requests", "10000", "--seed", "45"},
                db.dataSource(), Clock.fixed(NOW, ZoneOffset.UTC), new PasswordHasher(4).hash(DemoData.PASSWORD),
                DemoData.TOTP_SECRET, new PrintStream(out), new PrintStream(new ByteArrayOutputStream()));
        assertEquals(0, code, out.toString());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void everyPageOfEveryFilterListsWhatTheOldOrderListed() {
        Jdbi jdbi = db.jdbi();
        RequestQueries queries = new RequestQueries(jdbi, Clock.fixed(NOW, ZoneOffset.UTC));
        List<QueueFilter> filters = new ArrayList<>(List.of(QueueFilter.WAITING,
                new QueueFilter(null, null, Priority.EMERGENCY, false),
                new QueueFilter(null, RequestType.ADMINISTRATIVE_SUBPOENA, null, false),
                new QueueFilter(null, null, null, true)));
        QueueRoutes.STATES.forEach(s -> filters.add(new QueueFilter(s, null, null, false)));
        List<Long> agencies = jdbi.withHandle(h -> h.createQuery(
                "SELECT DISTINCT agency_id FROM requests")
                .mapTo(Long.class).list());
        int compared = 0;
        int longest = 0;
        for (long agency : agencies) {
            for (QueueFilter filter : filters) {
                List<Long> paged = new ArrayList<>();
                Optional<QueueKey> after = Optional.empty();
                while (true) {
                    List<Request> page = queries.queue(agency, filter, after, NOW);
                    List<Request> shown = page.subList(0, Math.min(RequestQueries.PAGE, page.size()));
                    shown.forEach(r -> paged.add(r.id()));
                    if (page.size() <= RequestQueries.PAGE) {
                        break;
                    }
                    after = Optional.of(QueueKey.of(shown.get(shown.size() - 1)));
                }
                assertEquals(oldQueue(jdbi, agency, filter), paged, "agency " + agency + ", " + filter);
                compared += paged.size();
                longest = Math.max(longest, paged.size());
            }
        }
        assertTrue(compared > 10_000, "the queues compared hold many requests: " + compared);
        assertTrue(longest > 3 * RequestQueries.PAGE, "some queue runs to four pages: " + longest);
    }

    /** The queue as RequestQueries selected and ordered it before V45, all pages at once. */
    private static List<Long> oldQueue(Jdbi jdbi, long agency, QueueFilter filter) {
        StringBuilder sql = new StringBuilder("SELECT r.id FROM requests r WHERE r.agency_id = :agency"
                + " AND r.state NOT IN ('DRAFT', 'PENDING_APPROVAL')");
        sql.append(filter.state() == null ? " AND r.state IN ('SUBMITTED', 'ACKNOWLEDGED', 'CLARIFICATION_REQUESTED')"
                : " AND r.state = '" + filter.state().name() + "'");
        if (filter.type() != null) {
            sql.append(" AND r.request_type = '").append(filter.type().name()).append("'");
        }
        if (filter.priority() != null) {
            sql.append(" AND r.priority = '").append(filter.priority().name()).append("'");
        }
        if (filter.overdueOnly()) {
            sql.append(" AND ").append(Deadlines.OVERDUE_SQL);
        }
        return jdbi.withHandle(h -> h.createQuery(sql + OLD_ORDER).bind("agency", agency).bind("now", NOW)
                .mapTo(Long.class).list());
    }
}

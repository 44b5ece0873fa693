package liaison.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liaison.accounts.PasswordHasher;
import liaison.audit.AuditLog;
import liaison.demo.DemoData;
import liaison.requests.Priority;
import liaison.requests.RequestState;
import liaison.requests.RequestType;
import liaison.support.HttpSession;
import liaison.support.TestApp;
import liaison.support.TestDatabase;
import liaison.system.Database;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** The generator against a real database: what it makes, that the same seed makes it again, and that it serves. */
class GeneratorTest {
    /** TestApp's clock: the generator's "now" is the start of this day. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-02T14:00:00Z"), ZoneOffset.UTC);
    private static final String HASH = new PasswordHasher(4).hash(DemoData.PASSWORD);

    private static int generate(Database db, String... args) {
        String[] all = new String[args.length + 1];
        all[0] = Generate.COMMAND;
        System.arraycopy(args, 0, all, 1, args.length);
        return Generate.run(all, db.dataSource(), CLOCK, HASH, DemoData.TOTP_SECRET, new PrintStream(OUT),
                new PrintStream(new ByteArrayOutputStream()));
    }

    private static final ByteArrayOutputStream OUT = new ByteArrayOutputStream();

    private static long count(Jdbi jdbi, String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    /** A digest of what was generated: the requests' main columns and the audit chain's head (all its entries). */
    private static String checksum(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT SHA2(GROUP_CONCAT(CONCAT_WS('|', tracking_number, state, priority, request_type, subject_name,
                    a_number, due_at, submitted_at, answered_at, narrative) ORDER BY id SEPARATOR '#'), 256)
                FROM requests""").mapTo(String.class).one()
                + h.createQuery("SELECT CONCAT(last_seq, last_hash) FROM audit_chain_head").mapTo(String.class).one());
    }

    @Test
    void twoThousandRequestsWithTheirHistoryAChainThatVerifiesAndAQueueAClerkCanOpen() {
        Database db = TestDatabase.fresh();
        Jdbi jdbi = db.jdbi();
        assertEquals(0, generate(db, "--requests", "2000", "--seed", "7"), OUT.toString(StandardCharsets.UTF_8));

        assertEquals(70, count(jdbi, "SELECT COUNT(*) FROM agencies WHERE kind = 'LOCAL_AGENCY'"));
        assertEquals(30, count(jdbi, "SELECT COUNT(*) FROM agencies WHERE kind = 'FEDERAL_OFFICE'"));
        assertEquals(5000, count(jdbi, "SELECT COUNT(*) FROM accounts"));
        assertEquals(2000, count(jdbi, "SELECT COUNT(*) FROM requests"));
        long audit = count(jdbi, "SELECT COUNT(*) FROM audit_log");
        assertTrue(audit >= 2000 * 10 && audit <= 2000 * 12, "about 10 audit entries a request: " + audit);
        long timeline = count(jdbi, "SELECT (SELECT COUNT(*) FROM request_events) + (SELECT COUNT(*) FROM clock_events)");
        assertTrue(timeline >= 2000 * 4 && timeline <= 2000 * 9, "about 5 timeline and clock events: " + timeline);
        for (String table : List.of("request_items", "request_answers", "request_messages", "notifications",
                "disclosures", "filings")) {
            assertTrue(count(jdbi, "SELECT COUNT(*) FROM " + table) > 0, table);
        }
        assertEquals(Set.of(RequestState.values()), values(jdbi, "state", RequestState.class));
        assertEquals(Set.of(Priority.values()), values(jdbi, "priority", Priority.class));
        assertEquals(Set.of(RequestType.values()), values(jdbi, "request_type", RequestType.class));
        String open = "state IN ('SUBMITTED', 'ACKNOWLEDGED') AND due_at ";
        assertTrue(count(jdbi, "SELECT COUNT(*) FROM requests WHERE " + open + "< '2026-11-02 14:00'") > 0, "overdue");
        assertTrue(count(jdbi, "SELECT COUNT(*) FROM requests WHERE " + open
                + "BETWEEN '2026-11-02 14:00' AND '2026-11-04 14:00'") > 0, "due soon");
        assertTrue(count(jdbi, "SELECT COUNT(*) FROM requests WHERE " + open + "> '2026-11-05'") > 0, "due later");
        assertTrue(count(jdbi, "SELECT COUNT(*) FROM requests WHERE submitted_at > '2026-11-02'") == 0,
                "nothing happens after the generator's now");
        assertEquals(java.util.Optional.empty(), new AuditLog(jdbi, CLOCK).verify(), "the audit chain verifies");
        assertEquals(0, count(jdbi, "SELECT COUNT(*) FROM audit_log WHERE seq IS NULL"), "every entry is chained");
        String printed = OUT.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("Generated 2,000 requests in ") && printed.indexOf("Generated 2,000")
                < printed.indexOf("  clerk "), "the time of the whole run, then the accounts to sign in with: " + printed);
        // the portal started on it seeds no demo world over it, and says its demo accounts are not there
        DemoData demo = new DemoData(jdbi, new AuditLog(jdbi, CLOCK), CLOCK);
        assertTrue(!demo.seedIfEmpty(HASH) && !demo.present(), "no demo accounts in a generated database");

        String first = checksum(jdbi);
        Database again = TestDatabase.fresh();
        assertEquals(0, generate(again, "--requests", "2000", "--seed", "7"));
        assertEquals(first, checksum(again.jdbi()), "the same seed gives the same data");
        again.close();

        assertEquals(1, generate(db, "--requests", "10"), "a database holding requests is refused");
        assertEquals(2000, count(jdbi, "SELECT COUNT(*) FROM requests"));
        assertEquals(0, generate(db, "--requests", "100", "--append"));
        assertEquals(2100, count(jdbi, "SELECT COUNT(*) FROM requests"));
        assertEquals(java.util.Optional.empty(), new AuditLog(jdbi, CLOCK).verify(), "appended entries chain on");
        assertEquals(count(jdbi, "SELECT (SELECT COUNT(*) FROM requests) + (SELECT COUNT(*) FROM request_messages)"),
                count(jdbi, "SELECT COUNT(*) FROM search_texts"), "every narrative and message searchable (V62)");
        assertEquals(2, generate(db, "--requests"), "a count is needed");

        String clerk = jdbi.withHandle(h -> h.createQuery("""
                SELECT a.email FROM accounts a JOIN account_roles r ON r.account_id = a.id AND r.role = 'CLERK'
                WHERE a.agency_id = (SELECT agency_id FROM requests
                                     WHERE state = 'SUBMITTED' GROUP BY agency_id ORDER BY COUNT(*) DESC LIMIT 1)
                ORDER BY a.id LIMIT 1""").mapTo(String.class).one());
        try (TestApp app = TestApp.on(db)) {
            HttpSession clerkSession = app.session().signInAs(clerk);
            var queue = clerkSession.get("/queue");
            assertEquals(200, queue.statusCode());
            Matcher tracking = Pattern.compile("LIA-\\d{4}-\\d{6}").matcher(queue.body());
            assertTrue(tracking.find(), "the queue lists requests");
            String number = tracking.group();
            long mine = count(jdbi, "SELECT COUNT(*) FROM requests r JOIN accounts a ON a.agency_id = r.agency_id "
                    + "WHERE a.email = '" + clerk + "' AND r.tracking_number = '" + number + "'");
            assertEquals(1, mine, "only the clerk's agency's requests");
        }
    }

    private static <E extends Enum<E>> Set<E> values(Jdbi jdbi, String column, Class<E> type) {
        Set<E> found = EnumSet.noneOf(type);
        jdbi.withHandle(h -> h.createQuery("SELECT DISTINCT " + column + " FROM requests").mapTo(String.class).list())
                .forEach(v -> found.add(Enum.valueOf(type, v)));
        return new HashSet<>(found);
    }
}

package liaison.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liaison.accounts.PasswordHasher;
import liaison.demo.DemoData;
import liaison.generator.Generate;
import liaison.support.FilingPosts;
import liaison.support.HttpSession;
import liaison.support.TestApp;
import liaison.support.TestDatabase;
import liaison.system.Database;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: every query of the benchmarked pages uses an index. A generated database of 25,000 requests (ANALYZEd,
 * so the plans are those of a real one), each role signed in over HTTP, every page the benchmark visits (and the
 * drafts and notifications pages) opened, and every SELECT those pages ran EXPLAINed and ANALYZEd with its bound
 * values ({@link Plans}). A full scan or a sort of a large table, hundreds of its rows read for a page of a few, or a
 * query per row of a list fails the test, naming the page and the SQL.
 */
class ExplainTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-02T14:00:00Z"), ZoneOffset.UTC);
    private static final int REQUESTS = 25_000;
    private static final Pattern REQUEST_LINK = Pattern.compile("href=\"/requests/(\\d+)\"");
    private static final Pattern NEXT_PAGE = Pattern.compile("href=\"(/queue\\?[^\"]*after=[^\"]*)\"");
    private static final Pattern A_NUMBER = Pattern.compile("A\\d{9}");
    private static final Pattern EXPORT = Pattern.compile("href=\"(/reports/export[^\"]*)\"");

    /**
     * KNOWN EXCEPTIONS, open in issue 14: statements that still read rows in proportion to the data. Each entry is
     * the start of a page's name ("reports" takes in the "reports CSV export", which runs the same statements) and a
     * piece of one statement's SQL; the comment says what the plan showed at 25,000 requests when the list was made.
     * Since then every report reads its counts from report_days (V50, V63: per agency, any zone, overdue by due
     * date), and the reports' entries are gone but that one. Delete an entry when its statement is bounded; the test
     * then holds it.
     */
    private static final List<Map.Entry<String, String>> KNOWN_ELSEWHERE = List.of(
            // not a finding to fix: every report's kept counts (V50, V63), one statement per side and span, reading
            // the range's months and the days around them from report_days (~50-450 rows at 25,000 requests: bounded
            // by days times values, not by requests; summed in Java, no temporary table). What is left at the edges
            // of the viewer's days, less than a day, is counted from the requests through the report indexes
            Map.entry("reports", "FROM report_days x"));

    private static Database db;
    private static TestApp app;
    private static Plans plans;

    @BeforeAll
    static void generateAndStart() throws Exception {
        db = TestDatabase.fresh();
        String hash = new PasswordHasher(4).hash(DemoData.PASSWORD);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Generate.run(new String[] {Generate.COMMAND, "--requests", String.valueOf(REQUESTS), "--seed", "14"},
                db.dataSource(), CLOCK, hash, DemoData.TOTP_SECRET, new PrintStream(out),
                new PrintStream(new ByteArrayOutputStream()));
        assertEquals(0, code, out.toString(StandardCharsets.UTF_8));
        plans = new Plans(db.dataSource(), Plans.sizes(db.dataSource()));
        db.jdbi().setSqlLogger(plans);
        app = TestApp.on(db);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void everyStatementOfTheBenchmarkedPagesReadsThroughAnIndex() {
        HttpSession clerk = signIn("CLERK", "a.agency_id = (" + busiestAgency() + ")");
        HttpSession requester = signIn("REQUESTER", "a.agency_id = (" + busiestOffice() + ")");
        HttpSession approver = signIn("APPROVER", "a.agency_id = (" + busiestOffice() + ")");
        HttpSession agencyAdmin = signIn("AGENCY_ADMIN", "a.agency_id = (" + busiestAgency() + ")");
        HttpSession sysadmin = signIn("SYSTEM_ADMIN", "a.agency_id IS NULL");
        saveDrafts(requester, 5);

        visit(app.session(), "sign-in page", "/login");
        for (var who : Map.of("clerk", clerk, "requester", requester, "approver", approver,
                "agency admin", agencyAdmin, "system admin", sysadmin).entrySet()) {
            String home = who.getValue().get("/").headers().firstValue("Location").orElseThrow();
            visit(who.getValue(), who.getKey() + " home " + home, home);
            visit(who.getValue(), who.getKey() + " notifications", "/notifications");
        }
        String queue = visit(clerk, "queue first page", "/queue");
        List<String> requestIds = new ArrayList<>(ids(queue));
        assertTrue(deepQueuePage(clerk, "queue", queue, requestIds) >= 2, "the waiting queue has later pages");
        // as bench/prepare.py: the closed requests' queue, the longest, for a page deep in keyset pagination
        String closed = visit(clerk, "queue (closed) first page", "/queue?state=CLOSED");
        assertTrue(deepQueuePage(clerk, "queue (closed)", closed, requestIds) >= 5, "a queue five pages deep");
        String id = requestIds.get(0);
        String detail = visit(clerk, "request detail (clerk)", "/requests/" + id);
        String requesterList = visit(requester, "requester's requests", "/requests");
        visit(requester, "request detail (requester)", "/requests/" + ids(requesterList).iterator().next());
        visit(requester, "drafts", "/requests/drafts");
        approverLists(approver);
        Matcher aNumber = A_NUMBER.matcher(detail);
        assertTrue(aNumber.find(), "the detail page shows the subject's A-number");
        visit(clerk, "search by A-number", "/search?q=" + aNumber.group());
        visit(clerk, "full-text search", "/search?q=custody+release");
        // the advanced form's name and words together (not benchmarked): each read first through its own index
        visit(clerk, "advanced search", "/search?name=ka&text=custody&sort=FILED_OLDEST");
        visit(clerk, "advanced search", "/search?name=kara&text=custody");
        visit(clerk, "subject page", "/subjects/" + id);
        for (var who : Map.of("clerk", clerk, "requester", requester, "approver", approver,
                "agency admin", agencyAdmin).entrySet()) {
            visit(who.getValue(), "reports (" + who.getKey() + ")", "/reports");
        }
        Matcher export = EXPORT.matcher(visit(sysadmin, "reports (system admin)", "/reports"));
        assertTrue(export.find(), "the reports page links its CSV export");
        visit(sysadmin, "reports CSV export", export.group(1).replace("&amp;", "&"));

        assertTrue(plans.statements().stream().anyMatch(s -> s.page().equals("drafts")
                && s.sql().contains("filings")), "the drafts page reads the drafts");
        writePlans();
        List<String> failures = new ArrayList<>();
        Set<String> reported = new LinkedHashSet<>();
        for (Plans.Seen s : plans.statements()) {
            if (!s.page().startsWith("(") && !s.findings().isEmpty() && !knownElsewhere(s.page(), s.sql()) && reported.add(s.sql())) {
                failures.add(s.page() + ": " + String.join("; ", s.findings()) + "\n  " + s.sql());
            }
        }
        plans.repeated().stream().filter(r -> !r.startsWith("(") && !knownElsewhere(r.substring(0, r.indexOf(':')), r)).forEach(failures::add);
        assertTrue(failures.isEmpty(), failures.size() + " statements read without an index:\n"
                + String.join("\n\n", failures));
    }

    /** Every page's statements with their plans, for reading (target/explain-plans.txt). */
    private static void writePlans() {
        StringBuilder text = new StringBuilder();
        for (Plans.Seen s : plans.statements()) {
            if (!s.page().startsWith("(")) {
                text.append(s.page()).append("\n  ").append(s.sql()).append("\n    ")
                        .append(String.join("\n    ", s.plan())).append("\n");
            }
        }
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "explain-plans.txt"), text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean knownElsewhere(String page, String sql) {
        return KNOWN_ELSEWHERE.stream().anyMatch(k -> page.startsWith(k.getKey()) && sql.contains(k.getValue()));
    }

    /** The approver's whole lists (their home shows the first of each), and each one's second page if it has one. */
    private static void approverLists(HttpSession approver) {
        for (String list : List.of("waiting", "referable")) {
            String first = visit(approver, "approver's " + list + " list", "/requests/" + list);
            Matcher next = Pattern.compile("href=\"(/requests/" + list + "\\?after=[^\"]+)\"").matcher(first);
            if (next.find()) {
                visit(approver, "approver's " + list + " list, second page", next.group(1).replace("&amp;", "&"));
            }
        }
    }

    /** Follows the queue's "next" links up to twenty pages on; returns how many pages it followed. */
    private static int deepQueuePage(HttpSession clerk, String queue, String first, List<String> requestIds) {
        String page = first;
        int followed = 0;
        for (Matcher next = NEXT_PAGE.matcher(page); followed < 20 && next.find(); next = NEXT_PAGE.matcher(page)) {
            page = visit(clerk, queue + (followed == 0 ? " second page" : " deep page"),
                    next.group(1).replace("&amp;", "&"));
            requestIds.addAll(ids(page));
            followed++;
        }
        return followed;
    }

    private static String visit(HttpSession who, String page, String path) {
        plans.visiting(page);
        HttpResponse<String> r = who.get(path);
        plans.visiting("(test)");
        // a search that finds one request sends the person on to it (as the benchmark accepts too)
        boolean found = path.startsWith("/search") && r.statusCode() == 302;
        assertEquals(200, found ? 200 : r.statusCode(), page + " " + path);
        return r.body();
    }

    private static Set<String> ids(String page) {
        Set<String> ids = new LinkedHashSet<>();
        Matcher m = REQUEST_LINK.matcher(page);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    /** A person holding the role whose account {@code a} meets the condition (e.g. of the busiest agency). */
    private static HttpSession signIn(String role, String condition) {
        Jdbi jdbi = db.jdbi();
        String email = jdbi.withHandle(h -> h.createQuery("SELECT a.email FROM accounts a JOIN account_roles r "
                + "ON r.account_id = a.id AND r.role = :role WHERE " + condition + " ORDER BY a.id "
                + "LIMIT 1").bind("role", role).mapTo(String.class).one());
        plans.visiting("(test) sign-in");
        return app.session().signInAs(email);
    }

    private static String busiestAgency() {
        return "SELECT agency_id FROM requests WHERE state = 'SUBMITTED' GROUP BY agency_id ORDER BY COUNT(*) DESC "
                + "LIMIT 1";
    }

    private static String busiestOffice() {
        return "SELECT office_id FROM requests GROUP BY office_id ORDER BY COUNT(*) DESC LIMIT 1";
    }

    /** The generator files every filing: drafts, to see the drafts page list some, are saved through the form. */
    private static void saveDrafts(HttpSession requester, int count) {
        long agency = db.jdbi().withHandle(h -> h.createQuery(busiestAgency()).mapTo(Long.class).one());
        plans.visiting("(test) saving drafts");
        for (int i = 0; i < count; i++) {
            Map<String, String> form = FilingPosts.subpoena(requester, agency, "Draft Subject " + i);
            form.put("action", "save");
            assertEquals(303, FilingPosts.post(requester, "/requests/new", form).statusCode(), "draft saved");
        }
    }
}

package liaison.audit;

import static liaison.support.AdminSteps.agencyId;
import static liaison.support.AdminSteps.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liaison.support.HttpSession;
import liaison.support.TestApp;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The system admin's audit log page over HTTP: filters and their bad input, keyset pages, the CSV export (itself
 * recorded), and the chain check, which finds a row altered straight in the database (and so does the command).
 */
class AuditPagesTest {
    private static final Pattern ROW_ID = Pattern.compile("<th scope=\"row\" data-label=\"Entry\">(\\d+)</th>");

    static TestApp app;
    static HttpSession sysadmin;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        sysadmin = app.session().signInAs("sysadmin@liaison.example");
        // something of the NYC DOC's admin to look for
        app.session().signInAs("admin@nyc-doc.example").get("/agency/accounts");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static List<Long> ids(String page) {
        Matcher m = ROW_ID.matcher(page);
        List<Long> ids = new java.util.ArrayList<>();
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    static List<CSVRecord> csv(String body) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(body))
                .getRecords();
    }

    @Test
    void theLogIsShownNewestFirstAndPagedByKeyset() {
        HttpResponse<String> first = sysadmin.get("/system/audit");
        assertEquals(200, first.statusCode());
        List<Long> ids = ids(first.body());
        assertEquals(25, ids.size(), "a full page: the demo data alone makes more");
        for (int i = 1; i < ids.size(); i++) {
            assertTrue(ids.get(i) < ids.get(i - 1), "newest first");
        }
        assertTrue(first.body().contains("/system/audit?after=" + ids.get(24)), "the next page starts after the last");
        List<Long> second = ids(sysadmin.get("/system/audit?after=" + ids.get(24)).body());
        assertFalse(second.isEmpty());
        assertTrue(second.get(0) < ids.get(24));
        assertEquals(200, sysadmin.get("/system/audit?after=not-a-number").statusCode());
    }

    @Test
    void filtersNarrowTheLogAndAreKeptOnTheNextPage() {
        String page = sysadmin.get("/system/audit?person=ADMIN%40nyc-doc.example&action=sign-in.succeeded").body();
        assertFalse(ids(page).isEmpty());
        assertTrue(page.contains("admin@nyc-doc.example"));
        assertFalse(page.contains("sysadmin@liaison.example</td>"), "only that person's entries");
        assertTrue(page.contains("value=\"ADMIN@nyc-doc.example\""), "the filter is kept");

        long nyc = agencyId(app, "New York City Department of Correction");
        String byAgency = sysadmin.get("/system/audit?agency=" + nyc).body();
        assertFalse(ids(byAgency).isEmpty());
        assertFalse(byAgency.contains("requester@ero-ny.example</td>"));

        String byObject = sysadmin.get("/system/audit?objectType=request&objectId=" + enc("LIA-2026-000001")).body();
        assertFalse(ids(byObject).isEmpty(), "the demo request's history");
        assertTrue(sysadmin.get("/system/audit?from=2026-11-02&to=2026-11-02").body().contains("sign-in.succeeded"));
        assertTrue(sysadmin.get("/system/audit?from=2026-11-03").body().contains("No entry matches the filters."));

        String all = sysadmin.get("/system/audit?action=request.viewed").body();
        if (ids(all).size() == 25) {
            assertTrue(all.contains("/system/audit?action=request.viewed&amp;after="), "next page keeps the filter");
        }
    }

    @Test
    void badFiltersAreShownAtTheirFieldsNeverAsAnError() {
        Map<String, String> cases = Map.of(
                "person=not-an-address", "Enter an e-mail address like",
                "agency=abc", "Choose an agency from the list.",
                "agency=999999", "Choose an agency from the list.",
                "action=" + enc("DROP TABLE audit_log;"), "Use lower-case letters, digits, dots and hyphens only.",
                "objectType=" + "x".repeat(65), "Use at most 64 characters.",
                "objectId=" + "9".repeat(65), "Use at most 64 characters.",
                "from=2026-13-45", "Enter a real date",
                "to=yesterday", "Enter a real date",
                "from=2026-11-05&to=2026-11-01", "The end of the range must not be before its start.",
                "from=1066-10-14", "Enter a real date");
        cases.forEach((query, message) -> {
            for (String path : List.of("/system/audit?", "/system/audit.csv?")) {
                HttpResponse<String> r = sysadmin.get(path + query);
                assertEquals(422, r.statusCode(), () -> path + query + " answered " + r.statusCode());
                assertTrue(r.body().contains(message), () -> path + query + " should say " + message);
                assertTrue(r.body().contains("There is a problem"));
            }
        });
    }

    @Test
    void theExportHasEveryMatchingEntryAndIsItselfRecorded() throws IOException {
        app.modules().audit().sequencer().run();
        app.database.jdbi().useHandle(h -> new AuditLog(app.database.jdbi(), app.clock).append(h,
                AuditEvent.of("test.formula").details("=HYPERLINK(\"http://evil.example\")")));
        HttpResponse<String> r = sysadmin.get("/system/audit.csv?action=sign-in.succeeded");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(r.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment; filename=\"audit-log-"));
        List<CSVRecord> rows = csv(r.body());
        int expected = app.database.jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM audit_log WHERE action = 'sign-in.succeeded'").mapTo(Integer.class).one());
        assertEquals(expected, rows.size());
        assertTrue(rows.stream().allMatch(row -> row.get("action").equals("sign-in.succeeded")));
        assertEquals(64, rows.get(0).get("entry_hash").length());

        List<CSVRecord> formula = csv(sysadmin.get("/system/audit.csv?action=test.formula").body());
        assertEquals("'=HYPERLINK(\"http://evil.example\")", formula.get(0).get("details"), "no formula runs");

        int exports = app.database.jdbi().withHandle(h -> h.createQuery("""
                SELECT COUNT(*) FROM audit_log WHERE action = 'audit.exported' AND actor_email = 'sysadmin@liaison.example'
                AND details = 'action=sign-in.succeeded'""").mapTo(Integer.class).one());
        assertEquals(1, exports);
    }

    @Test
    void theChainCheckFindsARowAlteredInTheDatabase() {
        AuditSequencer sequencer = app.modules().audit().sequencer();
        sequencer.run();
        HttpResponse<String> intact = sysadmin.post("/system/audit/verify", Map.of());
        assertEquals(200, intact.statusCode());
        assertTrue(intact.body().contains("The chain is intact"), intact::body);
        assertEquals(0, VerifyAudit.run(new String[] {"verify-audit"}, app.database.jdbi(), app.clock,
                sequencer.files(), new PrintStream(new ByteArrayOutputStream())));

        var jdbi = app.database.jdbi();
        long victim = jdbi.withHandle(h -> h.createQuery(
                "SELECT MIN(id) FROM audit_log WHERE action = 'sign-in.succeeded'").mapTo(Long.class).one());
        String original = jdbi.withHandle(h -> h.createQuery("SELECT client_ip FROM audit_log WHERE id = :id")
                .bind("id", victim).mapTo(String.class).one());
        jdbi.useHandle(h -> h.createUpdate("UPDATE audit_log SET client_ip = '203.0.113.9' WHERE id = :id")
                .bind("id", victim).execute());
        try {
            HttpResponse<String> broken = sysadmin.post("/system/audit/verify", Map.of());
            assertEquals(200, broken.statusCode());
            assertTrue(broken.body().contains("The chain is broken"), broken::body);
            assertTrue(broken.body().contains("Entry " + victim + ": content does not match its hash"), broken::body);

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertEquals(1, VerifyAudit.run(new String[] {"verify-audit", "--full"}, jdbi, app.clock, sequencer.files(),
                    new PrintStream(out, true, StandardCharsets.UTF_8)));
            assertTrue(out.toString(StandardCharsets.UTF_8).contains("broken at entry " + victim), out::toString);
            int recorded = jdbi.withHandle(h -> h.createQuery("""
                    SELECT COUNT(*) FROM audit_log WHERE action = 'audit.verified' AND details LIKE :d""")
                    .bind("d", "%broken at entry " + victim + "%").mapTo(Integer.class).one());
            assertEquals(2, recorded, "both checks are in the log, page and command");
        } finally {
            jdbi.useHandle(h -> h.createUpdate("UPDATE audit_log SET client_ip = :ip WHERE id = :id")
                    .bind("ip", original).bind("id", victim).execute());
        }
        assertTrue(sysadmin.post("/system/audit/verify", Map.of()).body().contains("The chain is intact"));
    }

    @Test
    void thePageRaisesTheAlarmForEntriesNotChainedAfterAMinute() {
        AuditSequencer sequencer = app.modules().audit().sequencer();
        sequencer.run();
        assertFalse(sysadmin.get("/system/audit").body().contains("id=\"sequencer-alarm\""));
        app.modules().audit().log().append(AuditEvent.of("test.waiting"));
        String fresh = sysadmin.get("/system/audit?action=test.waiting").body();
        assertTrue(fresh.contains("not yet chained"), "an entry waiting is shown, tagged");
        assertFalse(fresh.contains("id=\"sequencer-alarm\""), "a few seconds' wait is normal");
        app.clock.advance(java.time.Duration.ofMinutes(2));
        String late = sysadmin.get("/system/audit").body();
        assertTrue(late.contains("id=\"sequencer-alarm\""), late);
        assertTrue(late.contains("have waited more than a minute to be chained"));
        sequencer.run();
        assertFalse(sysadmin.get("/system/audit").body().contains("id=\"sequencer-alarm\""));
    }

    @Test
    void theSystemAdminSignsACheckpointAndSeesThePublicKey() {
        AuditSequencer sequencer = app.modules().audit().sequencer();
        HttpResponse<String> signed = sysadmin.post("/system/audit/checkpoint", Map.of());
        assertEquals(302, signed.statusCode());
        assertEquals("/system/audit", signed.headers().firstValue("Location").orElseThrow());
        Checkpoint c = sequencer.latestCheckpoint().orElseThrow();
        String page = sysadmin.get("/system/audit").body();
        assertTrue(page.contains("Checkpoint signed: " + c.seq() + " entries."), page);
        assertTrue(page.contains(sequencer.keys().publicKeyText()), "the public key is shown");
        assertTrue(page.contains("Key id " + sequencer.keys().keyId()));
        int recorded = app.database.jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM audit_log WHERE action = 'audit.checkpointed' AND actor_email = 'sysadmin@liaison.example'")
                .mapTo(Integer.class).one());
        assertEquals(1, recorded);
        HttpResponse<String> verified = sysadmin.post("/system/audit/verify", Map.of());
        assertTrue(verified.body().contains("extends all 1 signed checkpoints"), verified::body);
    }
}

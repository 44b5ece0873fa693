package liaison.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import liaison.accounts.Account;
import liaison.requests.Disposition;
import liaison.requests.ItemAnswer;
import liaison.requests.Priority;
import liaison.requests.RequestType;
import liaison.requests.RequestedItem;
import liaison.requests.StructuredAnswer;
import liaison.support.RequestFixture;
import liaison.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reports read from the counts the triggers keep (V50, V63) are the reports counted from the requests: the
 * portal's, two local agencies' and a federal office's, the same numbers for ranges of whole months, of days around
 * them and of one day, in the stored zone and in Chicago's (across its change to summer time) and India's (half
 * hours), after requests were filed, served, acknowledged, answered (items withheld) and withdrawn, and again after
 * the counts are rebuilt, which gives the rows the triggers kept.
 */
class ReportDaysTest {
    private static final ZoneId STORED = ZoneId.systemDefault();
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static TestApp app;
    private static ReportQueries kept;
    private static ReportQueries counted;

    @BeforeAll
    static void fixture() {
        app = TestApp.start();
        RequestFixture requests = new RequestFixture(app);
        kept = new ReportQueries(app.database.jdbi());
        counted = new ReportQueries(app.database.jdbi(), false);
        Account clerk = requests.account(RequestFixture.COUNTY_CLERK);
        Account nycClerk = requests.account(RequestFixture.NYC_CLERK);
        Account requester = requests.account(RequestFixture.NY_REQUESTER);
        at("2027-01-31T23:30:00Z");
        List<Long> january = requests.file(RequestType.INFORMATION_REQUEST, Priority.ROUTINE,
                RequestFixture.COUNTY_JAIL, 3);
        at("2027-02-08T10:00:00Z");
        List<Long> r = requests.file(RequestType.INFORMATION_REQUEST, Priority.ROUTINE, RequestFixture.COUNTY_JAIL, 4);
        requests.file(RequestType.ADMINISTRATIVE_SUBPOENA, Priority.ROUTINE, RequestFixture.COUNTY_JAIL, 1);
        List<Long> nyc = requests.file(RequestType.INFORMATION_REQUEST, Priority.URGENT, RequestFixture.NYC_DOC, 2);
        at("2027-02-09T15:00:00Z");
        requests.workflow.acknowledge(clerk, r.get(0), requests.version(r.get(0)));
        requests.workflow.acknowledge(clerk, january.get(0), requests.version(january.get(0)));
        requests.workflow.acknowledge(nycClerk, nyc.get(0), requests.version(nyc.get(0)));
        at("2027-02-12T15:00:00Z");
        ReportQueriesTest.answer(requests, clerk, r.get(0), Disposition.WITHHELD);
        ReportQueriesTest.answer(requests, clerk, january.get(1), Disposition.PROVIDED);
        ReportQueriesTest.answer(requests, nycClerk, nyc.get(0), Disposition.PROVIDED);
        at("2027-03-20T15:00:00Z");
        ReportQueriesTest.answer(requests, clerk, r.get(1), Disposition.PROVIDED);
        requests.workflow.withdraw(requester, r.get(2), requests.version(r.get(2)), "No longer needed.");
        // in Chicago: February 28 at 21:00 (March 1 in UTC), the night of the change to summer time (March 14,
        // 08:00 UTC), and March 31 at 23:30 (April 1 in UTC)
        at("2027-03-01T03:00:00Z");
        requests.file(RequestType.INFORMATION_REQUEST, Priority.ROUTINE, RequestFixture.COUNTY_JAIL, 2);
        at("2027-03-14T07:30:00Z");
        List<Long> dst = requests.file(RequestType.INFORMATION_REQUEST, Priority.ROUTINE, RequestFixture.NYC_DOC, 2);
        at("2027-03-14T08:30:00Z");
        requests.workflow.acknowledge(nycClerk, dst.get(0), requests.version(dst.get(0)));
        requests.file(RequestType.ADMINISTRATIVE_SUBPOENA, Priority.ROUTINE, RequestFixture.COUNTY_JAIL, 1);
        at("2027-04-01T04:30:00Z");
        List<Long> april = requests.file(RequestType.INFORMATION_REQUEST, Priority.URGENT,
                RequestFixture.COUNTY_JAIL, 2);
        at("2027-04-01T05:30:00Z");
        requests.workflow.acknowledge(clerk, april.get(0), requests.version(april.get(0)));
        ReportQueriesTest.answer(requests, nycClerk, dst.get(1), Disposition.WITHHELD);
        at("2027-04-02T15:00:00Z");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static void at(String instant) {
        app.clock.set(Instant.parse(instant));
    }

    private static ReportFilter days(String from, String to) {
        return days(from, to, STORED);
    }

    private static ReportFilter days(String from, String to, ZoneId zone) {
        Map<String, String> typed = Map.of("from", from, "to", to);
        return new ReportFilter(typed::get, zone, LocalDate.of(2027, 4, 1), Set.of());
    }

    /** The portal's, the two local agencies' and the New York office's reports: kept and counted the same. */
    private static void sameNumbers(ReportFilter f) {
        Instant now = app.clock.instant();
        RequestFixture requests = new RequestFixture(app);
        for (Scope s : List.of(new Scope(Scope.Side.PORTAL, null, null),
                new Scope(Scope.Side.LOCAL, requests.agency(RequestFixture.COUNTY_JAIL), null),
                new Scope(Scope.Side.LOCAL, requests.agency(RequestFixture.NYC_DOC), null),
                new Scope(Scope.Side.FEDERAL, requests.agency("ERO New York"), null))) {
            sameNumbers(s, f, now);
        }
    }

    private static void sameNumbers(Scope portal, ReportFilter f, Instant now) {
        assertEquals(counted.receivedByMonth(portal, f), kept.receivedByMonth(portal, f));
        assertEquals(counted.onTime(portal, f), kept.onTime(portal, f));
        assertEquals(counted.acknowledgeDays(portal, f).histogram(), kept.acknowledgeDays(portal, f).histogram());
        assertEquals(counted.answerDays(portal, f).total(), kept.answerDays(portal, f).total());
        assertEquals(counted.answerDays(portal, f).median(), kept.answerDays(portal, f).median());
        assertEquals(counted.outcomes(portal, f), kept.outcomes(portal, f));
        assertEquals(counted.withheld(portal, f), kept.withheld(portal, f));
        assertEquals(counted.overdue(portal, f, now), kept.overdue(portal, f, now));
        assertEquals(counted.openByAgency(portal, f, now), kept.openByAgency(portal, f, now));
        assertEquals(counted.subpoenaStages(portal, f), kept.subpoenaStages(portal, f));
        assertEquals(counted.answerDaysByAgency(portal, f).stream().map(a -> a.name() + a.days().histogram())
                .toList(), kept.answerDaysByAgency(portal, f).stream().map(a -> a.name() + a.days().histogram())
                .toList());
    }

    @Test
    void theKeptCountsAreTheCountedOnes() {
        ReportFilter wide = days("01/15/2027", "03/10/2027");
        assertFalse(kept.receivedByMonth(new Scope(Scope.Side.PORTAL, null, null), wide).isEmpty());
        sameNumbers(wide);
        sameNumbers(days("02/01/2027", "02/28/2027"));
        sameNumbers(days("02/08/2027", "02/08/2027"));
        sameNumbers(days("01/31/2027", "03/31/2027"));
    }

    @Test
    void aRebuildKeepsTheSameCounts() {
        // the passed due dates summed as the hourly job sums them, before and after (another test runs the job)
        DueDays due = new DueDays(app.database.jdbi(), app.clock);
        due.run();
        List<String> before = keptRows();
        rebuild();
        due.run();
        assertEquals(before, keptRows(), "the triggers kept what the rebuild counts");
        sameNumbers(days("01/01/2027", "03/31/2027"));
        sameNumbers(days("02/09/2027", "03/02/2027"));
        sameNumbers(days("02/01/2027", "04/15/2027", CHICAGO));
    }

    private static List<String> keptRows() {
        return app.database.jdbi().withHandle(h -> h.createQuery("SELECT CONCAT_WS(' ', side, agency_id, measure, grain,"
                + " day, value, n) FROM report_days WHERE n <> 0 ORDER BY side, agency_id, measure, grain, day, value")
                .mapTo(String.class).list());
    }

    @Test
    void anotherZonesDaysAreTheKeptDaysAndAFewHoursCounted() {
        ReportFilter spring = days("02/01/2027", "04/15/2027", CHICAGO);
        // March 31 at 23:30 in Chicago, April 1 in UTC: March's
        assertEquals(List.of("2027-02", "2027-03"), kept.receivedByMonth(
                new Scope(Scope.Side.PORTAL, null, null), spring).stream().map(ReportQueries.Month::month).toList());
        sameNumbers(spring);
        sameNumbers(days("02/28/2027", "03/31/2027", CHICAGO));
        sameNumbers(days("03/14/2027", "03/14/2027", CHICAGO));
        sameNumbers(days("01/15/2027", "04/01/2027", ZoneId.of("Asia/Kolkata")));
        // what is counted from the requests is less than a day at each end of each month, the rest is kept
        Span span = new Span(spring, true, true);
        assertEquals(3, span.segments.size());
        span.live.forEach(p -> assertTrue(p.start().plusDays(1).isAfter(p.end()), p.toString()));
        assertFalse(span.kept.isEmpty());
    }

    /** The kept rows made again, every due date as it is (no job has summed the passed ones). */
    private static void rebuild() {
        app.database.jdbi().useHandle(h -> h.execute("CALL report_rebuild()"));
    }

    @Test
    void overdueNowCountsThoseDueEarlierToday() {
        // read at times before today: as no job has summed the days before them (DueDays runs at today)
        rebuild();
        long juniper = new RequestFixture(app).agency(RequestFixture.COUNTY_JAIL);
        // one of Juniper's requests on the clock: a minute before it is due, and a minute after
        Instant due = app.database.jdbi().withHandle(h -> h.createQuery("SELECT due_at FROM requests WHERE state ="
                + " 'SUBMITTED' AND agency_id = :a AND submitted_at >= '2027-01-01' AND NOT clock_paused"
                + " ORDER BY id LIMIT 1").bind("a", juniper).mapTo(Instant.class).one());
        ReportFilter f = days("01/01/2027", "04/30/2027", CHICAGO);
        Scope county = new Scope(Scope.Side.LOCAL, juniper, null);
        Scope office = new Scope(Scope.Side.FEDERAL, new RequestFixture(app).agency("ERO New York"), null);
        for (Instant now : List.of(due.minusSeconds(60), due.plusSeconds(60))) {
            assertEquals(counted.overdue(county, f, now), kept.overdue(county, f, now));
            assertEquals(counted.openByAgency(office, f, now), kept.openByAgency(office, f, now));
        }
        assertTrue(kept.overdue(county, f, due.minusSeconds(60)) < kept.overdue(county, f, due.plusSeconds(60)));
    }

    @Test
    void passedDueDatesAreSummedIntoOneRowAndReadTheSame() {
        ReportFilter spring = days("01/01/2027", "04/30/2027");
        ReportFilter chicago = days("02/01/2027", "04/15/2027", CHICAGO);
        DueDays due = new DueDays(app.database.jdbi(), app.clock);
        rebuild();
        assertTrue(passedRows("<> '1000-01-01'") > 0, "the fixture has requests overdue since earlier days");
        due.run();
        assertEquals(0, passedRows("<> '1000-01-01'"), "every passed due date is summed");
        assertTrue(passedRows("= '1000-01-01'") > 0);
        assertTrue(kept.overdue(new Scope(Scope.Side.PORTAL, null, null), spring, app.clock.instant()) > 0);
        sameNumbers(spring);
        sameNumbers(chicago);
        // one of those requests leaves the clock: its one is taken from the merged row (V67), no row is made
        RequestFixture requests = new RequestFixture(app);
        long office = requests.agency("ERO New York");
        long id = overdueSince(office);
        requests.workflow.withdraw(requests.account(RequestFixture.NY_REQUESTER), id, requests.version(id),
                "No longer needed.");
        assertEquals(0, passedRows("<> '1000-01-01'"));
        sameNumbers(spring);
        sameNumbers(chicago);
        // written before a run recorded its day (or while it ran), the exact date's row is read the same
        app.database.jdbi().useHandle(h -> h.execute("UPDATE report_horizon SET day = '1000-01-01'"));
        long other = overdueSince(office);
        requests.workflow.withdraw(requests.account(RequestFixture.NY_REQUESTER), other, requests.version(other),
                "No longer needed.");
        assertTrue(passedRows("<> '1000-01-01'") > 0);
        sameNumbers(spring);
        sameNumbers(chicago);
        due.run();
        assertEquals(0, passedRows("<> '1000-01-01'"));
        sameNumbers(spring);
        sameNumbers(chicago);
    }

    /** The first request the office filed that is on the clock and was due before today. */
    private static long overdueSince(long office) {
        return app.database.jdbi().withHandle(h -> h.createQuery("SELECT id FROM requests WHERE office_id = :o"
                + " AND state = 'SUBMITTED' AND NOT clock_paused AND due_at < :today ORDER BY id LIMIT 1")
                .bind("o", office).bind("today", ReportDays.today(app.clock.instant()).atStartOfDay())
                .mapTo(Long.class).one());
    }

    /** The kept rows on the clock due before today whose due date is {@code condition}. */
    private static long passedRows(String condition) {
        String today = ReportDays.today(app.clock.instant()).toString();
        return app.database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM report_days WHERE measure IN"
                + " ('due', 'dueBy') AND n <> 0 AND SUBSTRING_INDEX(value, ':', -1) < :today"
                + " AND SUBSTRING_INDEX(value, ':', -1) " + condition).bind("today", today).mapTo(Long.class).one());
    }

    @Test
    void theCountsAreKeptPerAgency() {
        long county = new RequestFixture(app).agency(RequestFixture.COUNTY_JAIL);
        long kept = app.database.jdbi().withHandle(h -> h.createQuery("SELECT SUM(n) FROM report_days WHERE side = 'L'"
                + " AND agency_id = :a AND measure = 'type' AND grain = 'D'").bind("a", county).mapTo(Long.class).one());
        long served = app.database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM requests WHERE"
                + " agency_id = :a AND submitted_at IS NOT NULL").bind("a", county).mapTo(Long.class).one());
        assertEquals(served, kept);
    }
}

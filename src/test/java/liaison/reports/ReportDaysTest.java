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
 * The portal's report read from the counts the triggers keep (V50) is the report counted from the requests: the
 * same numbers for ranges of whole months, of days around them and of one day, after requests were filed, served,
 * acknowledged, answered (one item withheld) and withdrawn, and again after the counts are rebuilt.
 */
class ReportDaysTest {
    private static final ZoneId STORED = ZoneId.systemDefault();
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
        answer(requests, clerk, r.get(0), Disposition.WITHHELD);
        answer(requests, clerk, january.get(1), Disposition.PROVIDED);
        answer(requests, nycClerk, nyc.get(0), Disposition.PROVIDED);
        at("2027-03-20T15:00:00Z");
        answer(requests, clerk, r.get(1), Disposition.PROVIDED);
        requests.workflow.withdraw(requester, r.get(2), requests.version(r.get(2)), "No longer needed.");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static void at(String instant) {
        app.clock.set(Instant.parse(instant));
    }

    private static void answer(RequestFixture requests, Account clerk, long id, Disposition release) {
        requests.answering.answer(clerk, id, requests.version(id), Map.of(
                RequestedItem.RELEASE_DATE_TIME, new ItemAnswer(RequestedItem.RELEASE_DATE_TIME, release,
                        release == Disposition.PROVIDED ? "2027-03-01 09:00" : null,
                        release == Disposition.WITHHELD ? "County policy" : null),
                RequestedItem.CUSTODY_STATUS, new ItemAnswer(RequestedItem.CUSTODY_STATUS, Disposition.PROVIDED,
                        "In custody", null)), false, StructuredAnswer.NONE);
    }

    private static ReportFilter days(String from, String to) {
        Map<String, String> typed = Map.of("from", from, "to", to);
        return new ReportFilter(typed::get, STORED, LocalDate.of(2027, 4, 1), Set.of());
    }

    private static void sameNumbers(ReportFilter f) {
        Scope portal = new Scope(Scope.Side.PORTAL, null, null);
        assertTrue(ReportDays.covers(portal, f));
        Instant now = app.clock.instant();
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
        app.database.jdbi().useHandle(h -> h.execute("CALL report_rebuild()"));
        sameNumbers(days("01/01/2027", "03/31/2027"));
        sameNumbers(days("02/09/2027", "03/02/2027"));
    }

    @Test
    void anAgencysOrAnotherZonesReportIsCounted() {
        ReportFilter f = days("02/01/2027", "02/28/2027");
        assertFalse(ReportDays.covers(new Scope(Scope.Side.LOCAL, 1L, null), f));
        Map<String, String> typed = Map.of("from", "02/01/2027", "to", "02/28/2027");
        ZoneId other = STORED.getRules().equals(ZoneId.of("America/Denver").getRules())
                ? ZoneId.of("America/New_York") : ZoneId.of("America/Denver");
        assertFalse(ReportDays.covers(new Scope(Scope.Side.PORTAL, null, null),
                new ReportFilter(typed::get, other, LocalDate.of(2027, 4, 1), Set.of())));
    }
}

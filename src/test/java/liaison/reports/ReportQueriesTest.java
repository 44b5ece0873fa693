package liaison.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import liaison.accounts.Account;
import liaison.audit.AuditEvent;
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
 * The reports' numbers in SQL against requests counted by hand. Seven information requests from ERO New York to
 * Juniper County Jail (Denver time), all served Monday 2027-02-08 10:00; Monday 2027-02-15 is a federal holiday
 * (Washington's Birthday), and R3's clock is paused for a clarification from Tuesday 02-09 to Thursday 02-18:
 * <pre>
 *      first response       days  answer               days  on time (due Tue 02-23)
 * R1   ack Tue 02-09          1   Wed 02-10              2   yes
 * R2   ack Mon 02-08 15:00    0   Tue 02-16 (holiday)    5   yes
 * R3   question Tue 02-09     1   Fri 02-19 (paused 6)   2   yes
 * R4   ack Wed 02-10          2   Mon 03-01             14   no
 * R5   ack Tue 02-09          1   Thu 02-11, withheld    3   yes
 * R6   ack Thu 02-11          3   -                          overdue now
 * R7   -                          -                          overdue now
 * </pre>
 * Acknowledged 0,1,1,1,2,3: median 1, 90th percentile 3. Answered 2,2,3,5,14: median 3, 90th percentile 14; four of
 * five on time. Besides: a subpoena to Juniper still pending approval (not served: not Juniper's), and two requests
 * to New York City's Department of Correction (another agency: never in Juniper's numbers).
 */
class ReportQueriesTest {
    private static final ZoneId DENVER = ZoneId.of("America/Denver");
    private static TestApp app;
    private static RequestFixture requests;
    private static ReportQueries queries;
    private static long juniper;
    private static long nyc;
    private static long eroNy;
    private static long eroDenver;

    @BeforeAll
    static void fixture() {
        app = TestApp.start();
        requests = new RequestFixture(app);
        queries = new ReportQueries(app.database.jdbi());
        juniper = requests.agency(RequestFixture.COUNTY_JAIL);
        nyc = requests.agency(RequestFixture.NYC_DOC);
        eroNy = requests.agency("ERO New York");
        eroDenver = requests.agency("ERO Denver");
        Account clerk = requests.account(RequestFixture.COUNTY_CLERK);
        Account nycClerk = requests.account(RequestFixture.NYC_CLERK);
        Account requester = requests.account(RequestFixture.NY_REQUESTER);
        at("2027-02-08T10:00");
        List<Long> r = requests.file(RequestType.INFORMATION_REQUEST, Priority.ROUTINE, RequestFixture.COUNTY_JAIL, 7);
        requests.file(RequestType.ADMINISTRATIVE_SUBPOENA, Priority.ROUTINE, RequestFixture.COUNTY_JAIL, 1);
        List<Long> other = requests.file(RequestType.INFORMATION_REQUEST, Priority.ROUTINE, RequestFixture.NYC_DOC, 2);
        at("2027-02-08T15:00");
        acknowledge(clerk, r.get(1));
        at("2027-02-09T10:00");
        acknowledge(clerk, r.get(0));
        requests.workflow.askClarification(clerk, r.get(2), requests.version(r.get(2)), "Which facility?");
        acknowledge(clerk, r.get(4));
        acknowledge(nycClerk, other.get(0));
        app.modules().audit().log().append(AuditEvent.of("sign-in.failed").details("wrong password"));
        app.modules().audit().log().append(AuditEvent.of("sign-in.failed").details("wrong password"));
        app.modules().audit().log().append(AuditEvent.of("sign-in.locked").details("5 failed attempts"));
        at("2027-02-10T10:00");
        answer(requests, clerk, r.get(0), Disposition.PROVIDED);
        acknowledge(clerk, r.get(3));
        answer(requests, nycClerk, other.get(0), Disposition.PROVIDED);
        at("2027-02-11T10:00");
        answer(requests, clerk, r.get(4), Disposition.WITHHELD);
        acknowledge(clerk, r.get(5));
        at("2027-02-16T10:00");
        answer(requests, clerk, r.get(1), Disposition.PROVIDED);
        at("2027-02-18T10:00");
        requests.workflow.answerClarification(requester, r.get(2), requests.version(r.get(2)), "The main jail.");
        at("2027-02-19T10:00");
        answer(requests, clerk, r.get(2), Disposition.PROVIDED);
        at("2027-03-01T10:00");
        answer(requests, clerk, r.get(3), Disposition.PROVIDED);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static void at(String denverLocal) {
        app.clock.set(LocalDateTime.parse(denverLocal).atZone(DENVER).toInstant());
    }

    private static void acknowledge(Account clerk, long id) {
        requests.workflow.acknowledge(clerk, id, requests.version(id));
    }

    /** Answers the release date as {@code release} says (withheld on "County policy") and the custody status. */
    static void answer(RequestFixture requests, Account clerk, long id, Disposition release) {
        requests.answering.answer(clerk, id, requests.version(id), Map.of(
                RequestedItem.RELEASE_DATE_TIME, new ItemAnswer(RequestedItem.RELEASE_DATE_TIME, release,
                        release == Disposition.PROVIDED ? "2027-03-01 09:00" : null,
                        release == Disposition.WITHHELD ? "County policy" : null),
                RequestedItem.CUSTODY_STATUS, new ItemAnswer(RequestedItem.CUSTODY_STATUS, Disposition.PROVIDED,
                        "In custody", null)), false, StructuredAnswer.NONE);
    }

    static ReportFilter february(Long agency) {
        Map<String, String> typed = agency == null ? Map.of("from", "02/01/2027", "to", "02/28/2027")
                : Map.of("from", "02/01/2027", "to", "02/28/2027", "agency", String.valueOf(agency));
        return new ReportFilter(typed::get, DENVER, LocalDate.of(2027, 3, 1), Set.of(juniper, nyc, eroNy, eroDenver));
    }

    private static Scope juniper() {
        return new Scope(Scope.Side.LOCAL, juniper, null);
    }

    @Test
    void aLocalAgencysNumbersAreTheHandCountedOnes() {
        Instant now = app.clock.instant();
        ReportFilter f = february(null);
        List<ReportQueries.Month> months = queries.receivedByMonth(juniper(), f);
        assertEquals(List.of(new ReportQueries.Month("2027-02", Map.of(RequestType.INFORMATION_REQUEST, 7L))),
                months, "the subpoena pending approval is not served yet; NYC DOC's two are not Juniper's");
        assertEquals(new ReportQueries.OnTime(5, 4), queries.onTime(juniper(), f));
        Distribution ack = queries.acknowledgeDays(juniper(), f);
        assertEquals(6, ack.total());
        assertEquals(1, ack.median());
        assertEquals(3, ack.p90());
        Distribution answer = queries.answerDays(juniper(), f);
        assertEquals(5, answer.total());
        assertEquals(3, answer.median(), "2, 2, 3, 5, 14: the holiday and the paused days are not counted");
        assertEquals(14, answer.p90());
        assertEquals(List.of(0L, 2L, 2L, 0L, 1L, 0L), answer.histogram());
        assertEquals(Map.of("FULFILLED", 4L, "PARTIALLY_FULFILLED", 1L), queries.outcomes(juniper(), f));
        assertEquals(List.of(new ReportQueries.Withheld("OTHER", null, 1)), queries.withheld(juniper(), f));
        assertEquals(2, queries.overdue(juniper(), f, now));
    }

    @Test
    void anotherAgencysRequestsAreNeverCounted() {
        ReportFilter f = february(null);
        Scope nycScope = new Scope(Scope.Side.LOCAL, nyc, null);
        assertEquals(2, queries.receivedByMonth(nycScope, f).get(0).total());
        assertEquals(new ReportQueries.OnTime(1, 1), queries.onTime(nycScope, f));
        // Juniper's report narrowed to ERO Denver, which filed none of them
        Scope fromDenver = new Scope(Scope.Side.LOCAL, juniper, eroDenver);
        assertEquals(0, queries.receivedByMonth(fromDenver, f).size());
        assertEquals(0, queries.answerDays(fromDenver, f).total());
        // ERO Denver's own report: none of ERO New York's requests
        Scope denverOffice = new Scope(Scope.Side.FEDERAL, eroDenver, null);
        assertEquals(List.of(), queries.openByAgency(denverOffice, f, app.clock.instant()));
        assertEquals(List.of(), queries.answerDaysByAgency(denverOffice, f));
        assertTrue(queries.subpoenaStages(denverOffice, f).values().stream().allMatch(n -> n == 0));
    }

    @Test
    void aFederalOfficeSeesItsOwnRequestsByAgency() {
        ReportFilter f = february(null);
        Scope office = new Scope(Scope.Side.FEDERAL, eroNy, juniper);
        assertEquals(List.of(new ReportQueries.AgencyLoad(juniper, RequestFixture.COUNTY_JAIL, 3, 2)),
                queries.openByAgency(office, f, app.clock.instant()), "R6, R7 and the subpoena pending approval");
        List<ReportQueries.AgencyTimes> times = queries.answerDaysByAgency(office, f);
        assertEquals(1, times.size());
        assertEquals(3, times.get(0).days().median());
        assertEquals(1L, queries.subpoenaStages(office, f).get("PENDING_APPROVAL"));
        Scope all = new Scope(Scope.Side.FEDERAL, eroNy, null);
        assertEquals(List.of(RequestFixture.COUNTY_JAIL, RequestFixture.NYC_DOC),
                queries.openByAgency(all, f, app.clock.instant()).stream().map(ReportQueries.AgencyLoad::name).toList());
    }

    @Test
    void signInFailuresAndLockoutsAreCountedPerDay() {
        assertEquals(List.of(new ReportQueries.SignIns(LocalDate.of(2027, 2, 9), 2, 1)), queries.signIns(february(null)));
    }

    @Test
    void outsideTheDaysNothingCounts() {
        Map<String, String> march = Map.of("from", "03/01/2027", "to", "03/31/2027");
        ReportFilter f = new ReportFilter(march::get, DENVER, LocalDate.of(2027, 3, 1), Set.of());
        assertEquals(List.of(), queries.receivedByMonth(juniper(), f));
        assertEquals(0, queries.answerDays(juniper(), f).total(), "R4 was answered in March but served in February");
    }
}

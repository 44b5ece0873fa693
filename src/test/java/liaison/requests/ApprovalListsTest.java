package liaison.requests;

import static liaison.support.AnsweredRequests.DENVER_APPROVER;
import static liaison.support.RequestFixture.AFFIRMED;
import static liaison.support.RequestFixture.DENVER_REQUESTER;
import static liaison.support.RequestFixture.NYC_CLERK;
import static liaison.support.RequestFixture.NYC_DOC;
import static liaison.support.RequestFixture.NY_APPROVER;
import static liaison.support.RequestFixture.NY_REQUESTER;
import static liaison.support.RequestFixture.SYSADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liaison.accounts.Account;
import liaison.support.HttpSession;
import liaison.support.RequestFixture;
import liaison.support.TestApp;
import liaison.system.Pages;
import liaison.system.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The approving officer's lists (issue 14): their home shows the first {@link ApprovalLists#SHORT} subpoenas waiting
 * for their signature and the first they may refer, each with how many there are and a link to the whole list;
 * /requests/waiting and /requests/referable page through all of them, the office's only, and nobody else's.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApprovalListsTest {
    private static final Pattern LINK = Pattern.compile("href=\"/requests/(\\d+)\"");
    private static final Pattern NEXT = Pattern.compile("href=\"(/requests/(?:waiting|referable)\\?after=[^\"]+)\"");
    static TestApp app;
    static RequestFixture fixture;
    static List<Long> waitingFiled;
    static List<Long> overdueSubpoenas;
    static List<Long> overdueInformation;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        fixture = new RequestFixture(app);
        waitingFiled = fixture.file(RequestType.ADMINISTRATIVE_SUBPOENA, Priority.ROUTINE, NYC_DOC, 30);
        overdueSubpoenas = fixture.file(RequestType.ADMINISTRATIVE_SUBPOENA, Priority.ROUTINE, NYC_DOC, 14);
        Account approver = fixture.account(NY_APPROVER);
        overdueSubpoenas.forEach(id -> fixture.workflow.approve(approver, id, fixture.version(id), AFFIRMED));
        overdueInformation = fixture.file(RequestType.INFORMATION_REQUEST, Priority.ROUTINE, NYC_DOC, 3);
        fixture.inState(RequestState.CLARIFICATION_REQUESTED);
        fixture.inState(RequestState.ANSWERED);
        app.clock.advance(Duration.ofDays(60)); // every return date and due date has passed
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    @Order(1)
    void homeShowsTheFirstOfEachWithHowManyAndALinkToAll() {
        List<Long> waiting = waiting(NY_APPROVER);
        List<Long> referable = referable(NY_APPROVER);
        assertTrue(waiting.containsAll(waitingFiled) && waiting.size() > ApprovalLists.SHORT, "" + waiting);
        assertTrue(referable.containsAll(overdueSubpoenas) && referable.size() > ApprovalLists.SHORT, "" + referable);
        assertTrue(overdueInformation.stream().noneMatch(referable::contains), "only subpoenas can be enforced");

        String page = app.session().signInAs(NY_APPROVER).get("/requests").body();
        String toSign = section(page, "approval-heading", "referable-heading");
        String toRefer = section(page, "referable-heading", "all-heading");
        assertEquals(waiting.subList(0, ApprovalLists.SHORT), ids(toSign), "the ten waiting longest");
        assertTrue(toSign.contains("<p>" + waiting.size() + " subpoenas are waiting for your approval.</p>"), toSign);
        assertTrue(toSign.contains("href=\"/requests/waiting\"") && toSign.contains(">Show all " + waiting.size()
                + " waiting for your approval</a>"), toSign);
        assertEquals(referable.subList(0, ApprovalLists.SHORT), ids(toRefer), "the ten due longest ago");
        assertTrue(toRefer.contains("<p>" + referable.size() + " subpoenas can be referred for enforcement.</p>"),
                toRefer);
        assertTrue(toRefer.contains(">Show all " + referable.size() + " you can refer</a>"), toRefer);
        assertTrue(toRefer.contains("href=\"/requests/referable\""), toRefer);
    }

    @Test
    @Order(2)
    void theFullListsPageThroughAllOfThemInOrder() {
        HttpSession approver = app.session().signInAs(NY_APPROVER);
        assertEquals(waiting(NY_APPROVER), all(approver, "/requests/waiting", "Subpoenas waiting for your approval"));
        assertEquals(referable(NY_APPROVER), all(approver, "/requests/referable",
                "Subpoenas you can refer for enforcement"));
        assertEquals(200, approver.get("/requests/referable?after=not-a-key").statusCode(), "a bad key: page one");
    }

    @Test
    @Order(3)
    void anotherOfficesApproverSeesNoneOfThemAndTheEmptyLists() {
        HttpSession denver = app.session().signInAs(DENVER_APPROVER);
        List<Long> ny = new ArrayList<>(waiting(NY_APPROVER));
        ny.addAll(referable(NY_APPROVER));
        for (String path : List.of("/requests", "/requests/waiting", "/requests/referable")) {
            var r = denver.get(path);
            assertEquals(200, r.statusCode(), path);
            assertTrue(ids(r.body()).stream().noneMatch(ny::contains), path + " lists another office's");
        }
        String waiting = denver.get("/requests/waiting").body();
        assertTrue(waiting.contains("Nothing is waiting for your approval."), waiting);
        assertFalse(waiting.contains("<table"), "no empty table");
        assertEquals(referable(DENVER_APPROVER), ids(denver.get("/requests/referable").body()), "Denver's own");
        assertTrue(referable(DENVER_APPROVER).size() <= ApprovalLists.SHORT, "the demo's few");
        assertFalse(denver.get("/requests").body().contains("Show all"), "nothing more to show");
    }

    @Test
    @Order(4)
    void onlyApprovingOfficersHaveTheLists() {
        for (String email : List.of(NY_REQUESTER, DENVER_REQUESTER, NYC_CLERK, SYSADMIN)) {
            HttpSession who = app.session().signInAs(email);
            for (String path : List.of("/requests/waiting", "/requests/referable")) {
                var r = who.get(path);
                assertEquals(403, r.statusCode(), email + " " + path);
                assertTrue(ids(r.body()).isEmpty(), email + " " + path);
            }
        }
    }

    @Test
    @Order(5)
    void theReferableQueryIsThePolicyForEveryOffice() {
        Instant now = app.clock.instant();
        RequestPolicy policy = new RequestPolicy();
        ApprovalListQueries queries = new ApprovalListQueries(app.database.jdbi());
        List<Long> offices = app.database.jdbi().withHandle(h -> h.createQuery(
                "SELECT DISTINCT office_id FROM requests").mapTo(Long.class).list());
        int compared = 0;
        for (long office : offices) {
            Account approver = new Account(0, office, "office", null, "approver@office.example", "Approver", null,
                    true, 0, null, Set.of(Role.APPROVER), ZoneOffset.UTC);
            List<Request> theirs = app.database.jdbi().onDemand(RequestDao.class).ofOffice(office, Long.MAX_VALUE,
                    10_000);
            List<Long> policySays = theirs.stream().filter(r -> policy.canRefer(approver, r, now))
                    .sorted(Comparator.comparing(Request::dueAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                            .thenComparing(Request::id)).map(Request::id).toList();
            List<Long> paged = new ArrayList<>();
            List<Request> page = queries.referable(office, now, null, 0, 4);
            while (!page.isEmpty()) {
                page.forEach(r -> paged.add(r.id()));
                Request last = page.get(page.size() - 1);
                page = queries.referable(office, now, last.dueAt(), last.id(), 4);
            }
            assertEquals(policySays, paged, "office " + office);
            assertEquals(policySays.size(), queries.countReferable(office, now, 1_000), "office " + office);
            compared += paged.size();
        }
        assertTrue(compared >= overdueSubpoenas.size(), "compared " + compared);
    }

    @Test
    @Order(6)
    void countingStopsAtTheCap() {
        fixture.file(RequestType.ADMINISTRATIVE_SUBPOENA, Priority.ROUTINE, NYC_DOC, ApprovalLists.CAP);
        assertTrue(waiting(NY_APPROVER).size() > ApprovalLists.CAP);
        HttpSession approver = app.session().signInAs(NY_APPROVER);
        String toSign = section(approver.get("/requests").body(), "approval-heading", "referable-heading");
        assertTrue(toSign.contains("<p>More than 100 subpoenas are waiting for your approval.</p>"), toSign);
        assertTrue(toSign.contains(">Show all waiting for your approval (more than 100)</a>"), toSign);
        assertEquals(waiting(NY_APPROVER), all(approver, "/requests/waiting", "Subpoenas waiting for your approval"));
    }

    /** Every page of a full list, following "Next page"; the ids listed, in order. */
    private static List<Long> all(HttpSession approver, String path, String heading) {
        List<Long> listed = new ArrayList<>();
        String next = path;
        for (int pages = 0; next != null; pages++) {
            var r = approver.get(next);
            assertEquals(200, r.statusCode(), next);
            String body = r.body();
            assertTrue(body.contains("<h1>" + heading + "</h1>"), next);
            assertEquals(pages > 0, body.contains(">First page</a>"), next);
            List<Long> ids = ids(body);
            assertTrue(ids.size() <= Pages.SIZE, next);
            listed.addAll(ids);
            Matcher m = NEXT.matcher(body);
            next = m.find() ? m.group(1).replace("&amp;", "&") : null;
            assertEquals(next != null, ids.size() == Pages.SIZE && listed.size() < expectedTotal(path), next);
        }
        return listed;
    }

    private static int expectedTotal(String path) {
        return path.endsWith("waiting") ? waiting(NY_APPROVER).size() : referable(NY_APPROVER).size();
    }

    /** The office's requests waiting for approval, by id, as the database holds them. */
    private static List<Long> waiting(String approverEmail) {
        long office = fixture.account(approverEmail).agencyId();
        return app.database.jdbi().withHandle(h -> h.createQuery("SELECT id FROM requests WHERE office_id = :o"
                + " AND state = 'PENDING_APPROVAL' ORDER BY id").bind("o", office).mapTo(Long.class).list());
    }

    /** The office's requests the approver may refer, as the policy reads each, oldest due first. */
    private static List<Long> referable(String approverEmail) {
        Account approver = fixture.account(approverEmail);
        Instant now = app.clock.instant();
        return app.database.jdbi().onDemand(RequestDao.class).ofOffice(approver.agencyId(), Long.MAX_VALUE, 10_000)
                .stream().filter(r -> new RequestPolicy().canRefer(approver, r, now))
                .sorted(Comparator.comparing(Request::dueAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(Request::id)).map(Request::id).toList();
    }

    private static String section(String page, String from, String to) {
        return page.substring(page.indexOf("id=\"" + from + "\""), page.indexOf("id=\"" + to + "\""));
    }

    private static List<Long> ids(String html) {
        List<Long> ids = new ArrayList<>();
        Matcher m = LINK.matcher(html);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }
}

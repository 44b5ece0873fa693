package liaison.requests;

import static liaison.requests.RequestAccessTest.Outcome.ALLOWED;
import static liaison.requests.RequestAccessTest.Outcome.FORBIDDEN;
import static liaison.requests.RequestAccessTest.Outcome.NOT_FOUND;
import static liaison.requests.RequestAccessTest.Outcome.SIGN_IN;
import static liaison.support.RequestFixture.DENVER_CLERK;
import static liaison.support.RequestFixture.DENVER_REQUESTER;
import static liaison.support.RequestFixture.NYC_ADMIN;
import static liaison.support.RequestFixture.NYC_CLERK;
import static liaison.support.RequestFixture.NY_APPROVER;
import static liaison.support.RequestFixture.NY_REQUESTER;
import static liaison.support.RequestFixture.SYSADMIN;
import static liaison.requests.RequestState.ANSWERED;
import static liaison.requests.RequestState.CLARIFICATION_REQUESTED;
import static liaison.requests.RequestState.DRAFT;
import static liaison.requests.RequestState.PENDING_APPROVAL;
import static liaison.requests.RequestState.SUBMITTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import liaison.support.HttpSession;
import liaison.support.RequestFixture;
import liaison.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The request routes × every kind of person, on real requests (RouteAccessTest's table is written before any
 * request exists, so there they are checked on an id that names nothing). Each cell gets a request of its own
 * in the state the action needs, so an allowed move in one cell cannot change the next; the form sent is valid and
 * carries the current version, so the answer is about who asks, not about what they typed.
 */
class RequestAccessTest {
    enum Outcome { ALLOWED, SIGN_IN, FORBIDDEN, NOT_FOUND }

    private static final String ANONYMOUS = "anonymous";
    /** The columns: nobody, the filing office's people, the addressed agency's people, outsiders, staff. */
    static final List<String> WHO = List.of(ANONYMOUS, NY_REQUESTER, NY_APPROVER, NYC_CLERK, DENVER_CLERK,
            DENVER_REQUESTER, NYC_ADMIN, SYSADMIN);

    record Row(String action, RequestState state, Map<String, String> form, List<Outcome> expected) {
    }

    static Row row(String action, RequestState state, Map<String, String> form, Outcome... expected) {
        assertEquals(WHO.size(), expected.length, action);
        return new Row(action, state, form, List.of(expected));
    }

    static final Map<String, String> ANSWER = Map.of("disposition-RELEASE_DATE_TIME", "NOT_HELD",
            "disposition-CUSTODY_STATUS", "NOT_HELD");

    // @formatter:off
    static final List<Row> TABLE = List.of(
        //  action (null: the page)  state of the request, form; then what each column gets:
        //                       anon     ny req     ny appr    nyc clerk  den clerk  den req    nyc admin  sysadmin
        row(null,                    SUBMITTED, Map.of(),
                                 SIGN_IN, ALLOWED,   ALLOWED,   ALLOWED,   NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN),
        row(null,                    PENDING_APPROVAL, Map.of(),
                                 SIGN_IN, ALLOWED,   ALLOWED,   NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN),
        row("approve",               PENDING_APPROVAL, Map.of("affirm", "yes"),
                                 SIGN_IN, FORBIDDEN, ALLOWED,   NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN),
        row("return",                PENDING_APPROVAL, Map.of("returnReason", "Fix it"),
                                 SIGN_IN, FORBIDDEN, ALLOWED,   NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN),
        row("resubmit",              DRAFT, Map.of(),
                                 SIGN_IN, ALLOWED,   FORBIDDEN, NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN),
        row("acknowledge",           SUBMITTED, Map.of(),
                                 SIGN_IN, FORBIDDEN, FORBIDDEN, ALLOWED,   NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN),
        row("ask-clarification",     SUBMITTED, Map.of("question", "Which?"),
                                 SIGN_IN, FORBIDDEN, FORBIDDEN, ALLOWED,   NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN),
        row("answer-clarification",  CLARIFICATION_REQUESTED, Map.of("clarification", "This one."),
                                 SIGN_IN, ALLOWED,   FORBIDDEN, FORBIDDEN, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN),
        row("note",                  SUBMITTED, Map.of("note", "Checked."),
                                 SIGN_IN, FORBIDDEN, FORBIDDEN, ALLOWED,   NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN),
        row("answer",                SUBMITTED, ANSWER,
                                 SIGN_IN, FORBIDDEN, FORBIDDEN, ALLOWED,   NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN),
        row("amend-release",         ANSWERED, Map.of("amendDate", "2026-12-01", "amendTime", "10:00"),
                                 SIGN_IN, FORBIDDEN, FORBIDDEN, ALLOWED,   NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN),
        row("extend",                SUBMITTED, Map.of("extendDate", "2026-12-15", "extendReason", "More time."),
                                 SIGN_IN, ALLOWED,   ALLOWED,   FORBIDDEN, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN),
        row("withdraw",              SUBMITTED, Map.of("withdrawReason", "Done."),
                                 SIGN_IN, ALLOWED,   FORBIDDEN, FORBIDDEN, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN),
        row("close",                 ANSWERED, Map.of(),
                                 SIGN_IN, ALLOWED,   FORBIDDEN, FORBIDDEN, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN));
    // @formatter:on

    static TestApp app;
    static RequestFixture fixture;
    static final Map<String, HttpSession> SESSIONS = new HashMap<>();

    @BeforeAll
    static void start() {
        app = TestApp.start();
        fixture = new RequestFixture(app);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** Routes of a request that another feature's tests check on real requests. */
    static final Set<String> ELSEWHERE = Set.of("POST /requests/{id}/attachments",
            "POST /requests/{id}/refer", "POST /requests/{id}/court-order"); // EnforcementRoutesTest

    @Test
    void everyFormOfTheRequestPageHasARowHere() {
        Set<String> covered = TABLE.stream()
                .map(r -> r.action() == null ? "GET /requests/{id}" : "POST /requests/{id}/" + r.action())
                .collect(Collectors.toSet());
        Set<String> routes = app.app.routes().stream().map(r -> r.method() + " " + r.path())
                .collect(Collectors.toSet());
        List<String> missing = routes.stream()
                .filter(route -> route.matches("GET /requests/\\{id}|POST /requests/\\{id}/[a-z-]+"))
                .filter(route -> !covered.contains(route) && !ELSEWHERE.contains(route)).toList();
        assertTrue(missing.isEmpty(), () -> "request routes with no row in RequestAccessTest.TABLE: " + missing);
        List<String> gone = covered.stream().filter(route -> !routes.contains(route)).toList();
        assertTrue(gone.isEmpty(), () -> "rows of RequestAccessTest.TABLE for routes that do not exist: " + gone);
    }

    @TestFactory
    Stream<DynamicTest> everyRequestRouteForEveryone() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Row row : TABLE) {
            for (int i = 0; i < WHO.size(); i++) {
                String who = WHO.get(i);
                Outcome expected = row.expected().get(i);
                String name = (row.action() == null ? "GET detail" : "POST " + row.action()) + " of a "
                        + row.state() + " request as " + who + " → " + expected;
                tests.add(DynamicTest.dynamicTest(name, () -> check(row, who, expected)));
            }
        }
        return tests.stream();
    }

    private static void check(Row row, String who, Outcome expected) {
        long id = fixture.inState(row.state());
        HttpSession session = who.equals(ANONYMOUS) ? app.session()
                : SESSIONS.computeIfAbsent(who, w -> app.session().signInAs(w));
        HttpResponse<String> response;
        if (row.action() == null) {
            response = session.get("/requests/" + id);
        } else {
            Map<String, String> form = new HashMap<>(row.form());
            form.put("version", String.valueOf(fixture.version(id)));
            response = session.post("/requests/" + id + "/" + row.action(), form);
        }
        assertEquals(expected, outcome(response, id), () -> "answered " + response.statusCode() + " "
                + response.headers().firstValue("Location").orElse(""));
    }

    private static Outcome outcome(HttpResponse<String> response, long id) {
        int status = response.statusCode();
        String location = response.headers().firstValue("Location").orElse("");
        if (status == 200 || status == 303 && location.equals("/requests/" + id)) {
            return ALLOWED;
        }
        if ((status == 302 || status == 303) && location.replaceFirst("^https?://[^/]+", "").equals("/login")) {
            return SIGN_IN;
        }
        if (status == 403) {
            return FORBIDDEN;
        }
        if (status == 404) {
            return NOT_FOUND;
        }
        throw new AssertionError("neither allowed, sent to sign in, forbidden nor not found: " + status + " "
                + location + "\n" + response.body());
    }
}

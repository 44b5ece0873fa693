package liaison.system;

import static io.javalin.http.HandlerType.GET;
import static io.javalin.http.HandlerType.POST;
import static liaison.system.RouteAccessTest.Outcome.ALLOWED;
import static liaison.system.RouteAccessTest.Outcome.FORBIDDEN;
import static liaison.system.RouteAccessTest.Outcome.NOT_FOUND;
import static liaison.system.RouteAccessTest.Outcome.SIGN_IN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.javalin.http.HandlerType;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import liaison.demo.DemoData;
import liaison.policies.Decision;
import liaison.policies.PolicyForms;
import liaison.support.HttpSession;
import liaison.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every route × every kind of person (DESIGN.md §11): who may use it, who is sent to sign in, who is refused.
 *
 * <p><b>Every route of {@code App.routes()} must have a row in {@link #TABLE}.</b> A new route without one fails
 * {@link #everyRouteHasARow()}, naming it. Add one line: method, path, then the outcome for each column.
 * For a path with parameters, give the route's pattern and a concrete address with {@code .at("/requests/1")};
 * for a POST, the form to send with {@code .form(...)} (the session's CSRF token is added to every POST).
 */
class RouteAccessTest {
    private static final String ANONYMOUS = "anonymous";
    /** The columns of the table, in order: nobody signed in, then one demo account per role. */
    static final List<String> WHO = List.of(
            ANONYMOUS,
            "requester@ero-ny.example",
            "approver@ero-ny.example",
            "clerk@nyc-doc.example",
            "admin@nyc-doc.example",
            "sysadmin@liaison.example");

    /** Every kind of notification by e-mail and the digest on: valid for every role (a choice not offered is ignored). */
    private static final Map<String, String> NOTIFICATION_PREFERENCES = Stream.of("filed", "awaiting-approval",
            "approved", "returned", "acknowledged", "clarification-requested", "clarification-given", "answered",
            "refused", "release-amended", "due-soon", "due-today", "overdue", "past-return-date", "digest", "quiet")
            .collect(Collectors.toMap(k -> k, k -> k.equals("digest") ? "on" : k.equals("quiet") ? "off" : "email"));

    private static final Map<String, String> SIGN_IN_FORM =
            Map.of("username", "requester@ero-ny.example", "password", DemoData.PASSWORD);

    // Every new route joins this table, one line each: everyRouteHasARow() fails, naming it, until it does.
    // @formatter:off
    static final List<Row> TABLE = List.of(
        //  method path                  anonymous  requester  approver   clerk      agency adm sys admin
        row(GET,  "/login",              ALLOWED,   ALLOWED,   ALLOWED,   ALLOWED,   ALLOWED,   ALLOWED),
        row(POST, "/callback",           ALLOWED,   ALLOWED,   ALLOWED,   ALLOWED,   ALLOWED,   ALLOWED)
                .at("/callback?client_name=FormClient").form(SIGN_IN_FORM),
        row(POST, "/logout",             SIGN_IN,   ALLOWED,   ALLOWED,   ALLOWED,   ALLOWED,   ALLOWED),
        // the second sign-in step (MfaRoutes): only for a sign-in waiting for it; someone signed in is sent home
        // ("/", ALLOWED here). What a half-signed-in session may reach is checked in accounts.MfaHttpTest.
        row(GET,  "/login/code",         SIGN_IN,   ALLOWED,   ALLOWED,   ALLOWED,   ALLOWED,   ALLOWED),
        row(POST, "/login/code",         SIGN_IN,   ALLOWED,   ALLOWED,   ALLOWED,   ALLOWED,   ALLOWED)
                .form(Map.of("code", "000000")),
        row(GET,  "/login/enroll",       SIGN_IN,   ALLOWED,   ALLOWED,   ALLOWED,   ALLOWED,   ALLOWED),
        row(POST, "/login/enroll",       SIGN_IN,   ALLOWED,   ALLOWED,   ALLOWED,   ALLOWED,   ALLOWED)
                .form(Map.of("code", "000000")),
        // change password: a wrong current password re-shows the form with the error
        row(GET,  "/account/password",   SIGN_IN,   ALLOWED,   ALLOWED,   ALLOWED,   ALLOWED,   ALLOWED),
        row(POST, "/account/password",   SIGN_IN,   ALLOWED,   ALLOWED,   ALLOWED,   ALLOWED,   ALLOWED)
                .form(Map.of("current", "not-the-password", "password", "a-new-long-passphrase", "confirm", "x")),
        row(GET,  "/",                   SIGN_IN,   ALLOWED,   ALLOWED,   ALLOWED,   ALLOWED,   ALLOWED),
        row(GET,  "/profile",            SIGN_IN,   ALLOWED,   ALLOWED,   ALLOWED,   ALLOWED,   ALLOWED),
        row(GET,  "/requests",           SIGN_IN,   ALLOWED,   ALLOWED,   FORBIDDEN, FORBIDDEN, FORBIDDEN),
        // the approving officer's whole lists (their home shows ten of each)
        row(GET,  "/requests/waiting",   SIGN_IN,   FORBIDDEN, ALLOWED,   FORBIDDEN, FORBIDDEN, FORBIDDEN),
        row(GET,  "/requests/referable", SIGN_IN,   FORBIDDEN, ALLOWED,   FORBIDDEN, FORBIDDEN, FORBIDDEN),
        // filing: a POST saves a draft with only what a draft needs and redirects to it; there is no draft
        // 999999, so a requester gets as far as "not found" and everyone else is stopped before
        row(GET,  "/requests/new",       SIGN_IN,   ALLOWED,   FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN),
        row(POST, "/requests/new",       SIGN_IN,   ALLOWED,   FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN)
                .form(Map.of("action", "draft", "type", "INFORMATION_REQUEST", "priority", "ROUTINE")),
        // the request form's policy preview alone, for its script: type, agencies and items in the query
        row(GET,  "/requests/new/policy-preview",
                                         SIGN_IN,   ALLOWED,   FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN)
                .at("/requests/new/policy-preview?type=ADMINISTRATIVE_SUBPOENA&recipients=3&items=RELEASE_DATE_TIME"),
        row(GET,  "/requests/drafts",    SIGN_IN,   ALLOWED,   FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN),
        row(GET,  "/requests/drafts/{id}",
                                         SIGN_IN,   NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN)
                .at("/requests/drafts/999999"),
        row(POST, "/requests/drafts/{id}",
                                         SIGN_IN,   NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN)
                .at("/requests/drafts/999999")
                .form(Map.of("action", "draft", "type", "INFORMATION_REQUEST", "priority", "ROUTINE", "version", "0")),
        row(POST, "/requests/drafts/{id}/delete",
                                         SIGN_IN,   NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN)
                .at("/requests/drafts/999999/delete"),
        row(GET,  "/queue",              SIGN_IN,   FORBIDDEN, FORBIDDEN, ALLOWED,   FORBIDDEN, FORBIDDEN),
        // search and subjects: who reads requests (scoping per criterion: liaison.search.SearchHttpTest)
        row(GET,  "/search",             SIGN_IN,   ALLOWED,   ALLOWED,   ALLOWED,   FORBIDDEN, FORBIDDEN)
                .at("/search?name=Tomo"),
        row(GET,  "/subjects/{id}",      SIGN_IN,   ALLOWED,   ALLOWED,   ALLOWED,   FORBIDDEN, FORBIDDEN)
                .at("/subjects/1"),
        // a search's results as CSV (scoping, audit, bad input: liaison.search.SearchExportTest)
        row(GET,  "/search.csv",         SIGN_IN,   ALLOWED,   ALLOWED,   ALLOWED,   FORBIDDEN, FORBIDDEN)
                .at("/search.csv?name=Tomo"),
        row(GET,  "/agency/accounts",    SIGN_IN,   FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED,   FORBIDDEN),
        // policies: NYC DOC's admin publishes the version after the demo's (a complete form, so it goes through);
        // agency 3 of the demo is NYC DOC, with versions 1 and 2 (DemoPolicies); profiles are for everyone
        row(GET,  "/agency/policy",      SIGN_IN,   FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED,   FORBIDDEN),
        row(POST, "/agency/policy",      SIGN_IN,   FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED,   FORBIDDEN)
                .form(PolicyForms.complete(Decision.SHARES, PolicyForms.NYC_DEMO_VERSION)),
        // the directory of local agencies (search, pages, bad input: liaison.policies.DirectoryRoutesTest)
        row(GET,  "/agencies",           SIGN_IN,   ALLOWED,   ALLOWED,   ALLOWED,   ALLOWED,   ALLOWED),
        row(GET,  "/agencies/{id}",      SIGN_IN,   ALLOWED,   ALLOWED,   ALLOWED,   ALLOWED,   ALLOWED)
                .at("/agencies/3"),
        row(GET,  "/agencies/{id}/policy/{version}",
                                         SIGN_IN,   ALLOWED,   ALLOWED,   ALLOWED,   ALLOWED,   ALLOWED)
                .at("/agencies/3/policy/1"),
        row(GET,  "/system",             SIGN_IN,   FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED),
        row(GET,  "/system/accounts",    SIGN_IN,   FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED),
        // administration (liaison.accounts.admin, liaison.agencies, liaison.audit). Demo accounts by id: 5 is
        // clerk@nyc-doc (the agency admin's own agency), 7 clerk@denver-sheriff (another agency: "not found" for
        // admin@nyc-doc). A POST that would change a demo account or agency goes to 7 or to 999999, which names
        // nothing, so no cell changes what the next one sees; AccountAdminHttpTest and AgencyAdminHttpTest check
        // the changes themselves.
        row(GET,  "/agency/accounts/invite",
                                         SIGN_IN,   FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED,   FORBIDDEN),
        row(POST, "/agency/accounts/invite",
                                         SIGN_IN,   FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED,   FORBIDDEN)
                .form(Map.of("displayName", "Route Access", "email", "route-access@nyc-doc.example", "roles", "CLERK")),
        row(GET,  "/agency/accounts/{id}",
                                         SIGN_IN,   FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED,   FORBIDDEN)
                .at("/agency/accounts/5"),
        row(POST, "/agency/accounts/{id}/roles",
                                         SIGN_IN,   FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND, FORBIDDEN)
                .at("/agency/accounts/7/roles").form(Map.of("roles", "CLERK", "version", "0")),
        row(POST, "/agency/accounts/{id}/deactivate",
                                         SIGN_IN,   FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND, FORBIDDEN)
                .at("/agency/accounts/7/deactivate"),
        row(POST, "/agency/accounts/{id}/reactivate",
                                         SIGN_IN,   FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND, FORBIDDEN)
                .at("/agency/accounts/7/reactivate"),
        row(POST, "/agency/accounts/{id}/unlock",
                                         SIGN_IN,   FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND, FORBIDDEN)
                .at("/agency/accounts/7/unlock"),
        row(POST, "/agency/accounts/{id}/reset-mfa",
                                         SIGN_IN,   FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND, FORBIDDEN)
                .at("/agency/accounts/7/reset-mfa"),
        row(POST, "/agency/accounts/{id}/force-password-change",
                                         SIGN_IN,   FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND, FORBIDDEN)
                .at("/agency/accounts/7/force-password-change"),
        row(POST, "/agency/accounts/{id}/resend-invite",
                                         SIGN_IN,   FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND, FORBIDDEN)
                .at("/agency/accounts/7/resend-invite"),
        row(GET,  "/system/agencies/new",
                                         SIGN_IN,   FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED),
        row(POST, "/system/agencies/new",
                                         SIGN_IN,   FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED)
                .form(Map.of("kind", "LOCAL_AGENCY", "name", "Route Access County Jail", "jurisdiction", "Nowhere",
                        "timeZone", "America/Chicago")),
        row(GET,  "/system/agencies/{id}",
                                         SIGN_IN,   FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED)
                .at("/system/agencies/3"),
        row(GET,  "/system/agencies/{id}/edit",
                                         SIGN_IN,   FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED)
                .at("/system/agencies/3/edit"),
        row(POST, "/system/agencies/{id}/edit",
                                         SIGN_IN,   FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND)
                .at("/system/agencies/999999/edit"),
        row(POST, "/system/agencies/{id}/deactivate",
                                         SIGN_IN,   FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND)
                .at("/system/agencies/999999/deactivate"),
        row(POST, "/system/agencies/{id}/reactivate",
                                         SIGN_IN,   FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND)
                .at("/system/agencies/999999/reactivate"),
        row(POST, "/system/agencies/{id}/invite-admin",
                                         SIGN_IN,   FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND)
                .at("/system/agencies/999999/invite-admin"),
        row(GET,  "/system/accounts/{id}",
                                         SIGN_IN,   FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED)
                .at("/system/accounts/7"),
        // unlocking an account that is not locked changes nothing: the system admin gets as far as doing it
        row(POST, "/system/accounts/{id}/unlock",
                                         SIGN_IN,   FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED)
                .at("/system/accounts/7/unlock"),
        row(POST, "/system/accounts/{id}/deactivate",
                                         SIGN_IN,   FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND)
                .at("/system/accounts/999999/deactivate"),
        row(POST, "/system/accounts/{id}/reactivate",
                                         SIGN_IN,   FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND)
                .at("/system/accounts/999999/reactivate"),
        row(GET,  "/system/audit",       SIGN_IN,   FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED),
        row(GET,  "/system/audit.csv",   SIGN_IN,   FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED),
        row(POST, "/system/audit/verify",
                                         SIGN_IN,   FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED),
        row(POST, "/system/audit/checkpoint",
                                         SIGN_IN,   FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED),
        // the public "Verify a document" page (liaison.answers.VerifyPageTest): open to everyone, signed in or not
        row(GET,  "/verify",             ALLOWED,   ALLOWED,   ALLOWED,   ALLOWED,   ALLOWED,   ALLOWED),
        row(POST, "/verify",             ALLOWED,   ALLOWED,   ALLOWED,   ALLOWED,   ALLOWED,   ALLOWED)
                .form(Map.of("code", "0000-0000-0000")),
        // notifications: each person's own (liaison.notifications.NotificationPagesTest); the outbox is the system admin's
        row(GET,  "/notifications",      SIGN_IN,   ALLOWED,   ALLOWED,   ALLOWED,   ALLOWED,   ALLOWED),
        row(POST, "/notifications/read", SIGN_IN,   ALLOWED,   ALLOWED,   ALLOWED,   ALLOWED,   ALLOWED),
        row(POST, "/notifications/{id}/read",
                                         SIGN_IN,   ALLOWED,   ALLOWED,   ALLOWED,   ALLOWED,   ALLOWED)
                .at("/notifications/999999/read"),
        // each person's own preferences (liaison.notifications.NotificationPreferencesTest)
        row(GET,  "/notifications/preferences",
                                         SIGN_IN,   ALLOWED,   ALLOWED,   ALLOWED,   ALLOWED,   ALLOWED),
        row(POST, "/notifications/preferences",
                                         SIGN_IN,   ALLOWED,   ALLOWED,   ALLOWED,   ALLOWED,   ALLOWED)
                .form(NOTIFICATION_PREFERENCES),
        row(GET,  "/system/outbox",      SIGN_IN,   FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED),
        row(POST, "/system/outbox/{id}/retry",
                                         SIGN_IN,   FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED)
                .at("/system/outbox/999999/retry"),
        // an invitation link is open to whoever holds it; one that names no invitation is not found for anyone
        row(GET,  "/invite/{token}",     NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND)
                .at("/invite/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"),
        row(POST, "/invite/{token}",     NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND)
                .at("/invite/not-a-token").form(Map.of("password", "a long enough password", "confirm", "x")),
        // a local agency's disclosure accounting (scoping and bad input: liaison.disclosures.DisclosureRoutesTest)
        row(GET,  "/disclosures",        SIGN_IN,   FORBIDDEN, FORBIDDEN, ALLOWED,   ALLOWED,   FORBIDDEN),
        row(GET,  "/disclosures.csv",    SIGN_IN,   FORBIDDEN, FORBIDDEN, ALLOWED,   ALLOWED,   FORBIDDEN),
        // request 1 of the demo is ERO New York's first subpoena to the NYC DOC, served, with its signed copy as
        // attachment 1 (DemoRequestsTest checks it). A POST with no file goes back to the page with a message.
        row(POST, "/requests/{id}/attachments",
                                         SIGN_IN,   ALLOWED,   ALLOWED,   ALLOWED,   FORBIDDEN, FORBIDDEN)
                .at("/requests/1/attachments"),
        row(GET,  "/requests/{id}/attachments/{attachmentId}",
                                         SIGN_IN,   ALLOWED,   ALLOWED,   ALLOWED,   FORBIDDEN, FORBIDDEN)
                .at("/requests/1/attachments/1"),
        // demo request 1 is answered (declined): its certified answer (other agencies, unanswered requests:
        // liaison.answers.CertifiedAnswerRoutesTest)
        row(GET,  "/requests/{id}/answer.pdf",
                                         SIGN_IN,   ALLOWED,   ALLOWED,   ALLOWED,   FORBIDDEN, FORBIDDEN)
                .at("/requests/1/answer.pdf"),
        // the request as filed (other agencies, a subpoena not yet served: liaison.answers.AsFiledPdfTest)
        row(GET,  "/requests/{id}/as-filed.pdf",
                                         SIGN_IN,   ALLOWED,   ALLOWED,   ALLOWED,   FORBIDDEN, FORBIDDEN)
                .at("/requests/1/as-filed.pdf"),
        // a request's page and its forms (RequestRoutes, RequestActionRoutes): the page on demo request 1 (above);
        // the forms on request 999999, which names nothing, so no cell moves request 1 on for the next: the people
        // of requests get as far as "not found", everyone else is stopped before. Who may do what to which request
        // (other agencies, states, RequestPolicy) is checked on real requests in liaison.requests.RequestAccessTest.
        row(GET,  "/requests/{id}",      SIGN_IN,   ALLOWED,   ALLOWED,   ALLOWED,   FORBIDDEN, FORBIDDEN)
                .at("/requests/1"),
        row(GET,  "/requests/{id}/approve",
                                         SIGN_IN,   NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN)
                .at("/requests/999999/approve"),
        row(POST, "/requests/{id}/approve",
                                         SIGN_IN,   NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN)
                .at("/requests/999999/approve").form(Map.of("version", "0")),
        row(POST, "/requests/{id}/return",
                                         SIGN_IN,   NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN)
                .at("/requests/999999/return").form(Map.of("version", "0")),
        row(POST, "/requests/{id}/resubmit",
                                         SIGN_IN,   NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN)
                .at("/requests/999999/resubmit").form(Map.of("version", "0")),
        row(POST, "/requests/{id}/acknowledge",
                                         SIGN_IN,   NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN)
                .at("/requests/999999/acknowledge").form(Map.of("version", "0")),
        row(POST, "/requests/{id}/ask-clarification",
                                         SIGN_IN,   NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN)
                .at("/requests/999999/ask-clarification").form(Map.of("version", "0")),
        row(POST, "/requests/{id}/answer-clarification",
                                         SIGN_IN,   NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN)
                .at("/requests/999999/answer-clarification").form(Map.of("version", "0")),
        row(POST, "/requests/{id}/note",
                                         SIGN_IN,   NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN)
                .at("/requests/999999/note").form(Map.of("version", "0")),
        row(POST, "/requests/{id}/answer",
                                         SIGN_IN,   NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN)
                .at("/requests/999999/answer").form(Map.of("version", "0")),
        row(POST, "/requests/{id}/amend-release",
                                         SIGN_IN,   NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN)
                .at("/requests/999999/amend-release").form(Map.of("version", "0")),
        row(POST, "/requests/{id}/extend",
                                         SIGN_IN,   NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN)
                .at("/requests/999999/extend").form(Map.of("version", "0")),
        row(POST, "/requests/{id}/withdraw",
                                         SIGN_IN,   NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN)
                .at("/requests/999999/withdraw").form(Map.of("version", "0")),
        row(POST, "/requests/{id}/close",
                                         SIGN_IN,   NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN)
                .at("/requests/999999/close").form(Map.of("version", "0")),
        // subpoena enforcement (EnforcementRoutes), on request 999999 as the forms above; who may refer or record a
        // court order on which request (other offices, states) is checked in liaison.enforcement.EnforcementRoutesTest
        row(POST, "/requests/{id}/refer",
                                         SIGN_IN,   NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN)
                .at("/requests/999999/refer").form(Map.of("version", "0")),
        row(POST, "/requests/{id}/court-order",
                                         SIGN_IN,   NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN)
                .at("/requests/999999/court-order").form(Map.of("version", "0")),
        // reports (issue 12): each sees their own agency's (scoping and numbers: liaison.reports.ReportQueriesTest)
        row(GET,  "/reports",            SIGN_IN,   ALLOWED,   ALLOWED,   ALLOWED,   ALLOWED,   ALLOWED)
                .at("/reports?from=01/01/2026&to=12/31/2026"),
        row(GET,  "/reports/export",     SIGN_IN,   ALLOWED,   ALLOWED,   ALLOWED,   ALLOWED,   ALLOWED),
        // not routes: an unknown address is "not found" for everyone, signed in or not; sign-in and sign-out
        // change state, so a GET (a link, an image on another site) must never reach them
        row(GET,  "/no-such-page",       NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND).notARoute(),
        row(POST, "/no-such-page",       NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND).notARoute(),
        row(GET,  "/logout",             NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND).notARoute(),
        row(GET,  "/callback",           NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND).notARoute()
                .at("/callback?client_name=FormClient&username=requester%40ero-ny.example&password=x"));
    // @formatter:on

    enum Outcome {
        /** 2xx, or a redirect that is not to the sign-in page (sign-out's own /login?signedOut counts). */
        ALLOWED,
        /** A redirect (302, or 303 after a POST) to /login. */
        SIGN_IN,
        /** 403. */
        FORBIDDEN,
        /** 404. */
        NOT_FOUND
    }

    /** One route and what each column of {@link #WHO} gets from it. */
    record Row(HandlerType method, String path, String address, Map<String, String> form, boolean isRoute,
               List<Outcome> expected) {
        Row at(String concreteAddress) {
            return new Row(method, path, concreteAddress, form, isRoute, expected);
        }

        Row form(Map<String, String> body) {
            return new Row(method, path, address, body, isRoute, expected);
        }

        Row notARoute() {
            return new Row(method, path, address, form, false, expected);
        }

        String key() {
            return method + " " + path;
        }
    }

    static Row row(HandlerType method, String path, Outcome... expected) {
        if (expected.length != WHO.size()) {
            throw new IllegalArgumentException(method + " " + path + ": " + expected.length + " outcomes for "
                    + WHO.size() + " columns " + WHO);
        }
        return new Row(method, path, path, Map.of(), true, List.of(expected));
    }

    static TestApp app;
    private static final Map<String, HttpSession> SIGNED_IN = new java.util.concurrent.ConcurrentHashMap<>();
    /** The very first request the freshly started portal answered: before anyone had signed in or out. */
    static HttpResponse<String> firstRequest;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        firstRequest = app.session().get("/profile");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void theFirstRequestAfterStartIsSentToSignIn() {
        assertEquals(SIGN_IN, outcome(firstRequest), () -> "answered " + firstRequest.statusCode());
    }

    @Test
    void pagedListsAnswerOnLaterPagesToo() {
        HttpSession sysadmin = app.session().signInAs("sysadmin@liaison.example");
        HttpSession admin = app.session().signInAs("admin@nyc-doc.example");
        for (var r : List.of(sysadmin.get("/system/accounts?after=m"), sysadmin.get("/system?after=F"),
                admin.get("/agency/accounts?after=a"), sysadmin.get("/system/accounts?after=" + "z".repeat(400)))) {
            assertEquals(200, r.statusCode(), () -> r.uri() + " answered " + r.statusCode());
        }
        assertTrue(sysadmin.get("/system/accounts?after=m").body().contains("First page"));
        assertTrue(!sysadmin.get("/system/accounts").body().contains("First page"));
    }

    @Test
    void everyRouteHasARow() {
        Set<String> rows = TABLE.stream().filter(Row::isRoute).map(Row::key).collect(Collectors.toSet());
        List<Route> missing = app.app.routes().stream()
                .filter(route -> !rows.contains(route.method() + " " + route.path())).toList();
        assertTrue(missing.isEmpty(), () -> "Routes with no row in RouteAccessTest.TABLE: "
                + missing.stream().map(r -> r.method() + " " + r.path()).toList()
                + "\nAdd one line each. Drafts from the roles each route declares (check them: a route with {id} "
                + "needs .at(a real address), and NOT_FOUND where the thing belongs to another agency):\n"
                + missing.stream().map(RouteAccessTest::draftRow).collect(Collectors.joining("\n")));
    }

    /** A row as the route's declared roles alone would have it. */
    private static String draftRow(Route route) {
        List<String> outcomes = new ArrayList<>();
        for (String who : WHO) {
            if (route.roles().contains(Role.ANYONE)) {
                outcomes.add(ALLOWED.name());
            } else if (who.equals(ANONYMOUS)) {
                outcomes.add(SIGN_IN.name());
            } else {
                Set<Role> held = DemoData.ACCOUNTS.stream().filter(a -> a.email().equals(who)).findFirst()
                        .orElseThrow().roles();
                boolean allowed = route.roles().contains(Role.SIGNED_IN) || route.roles().stream().anyMatch(held::contains);
                outcomes.add((allowed ? ALLOWED : FORBIDDEN).name());
            }
        }
        return String.format("        row(%-5s %-22s %s),", route.method() + ",", "\"" + route.path() + "\",",
                String.join(", ", outcomes));
    }

    @Test
    void everyRowIsARoute() {
        Set<String> routes = app.app.routes().stream().map(r -> r.method() + " " + r.path())
                .collect(Collectors.toSet());
        List<String> stale = TABLE.stream().filter(Row::isRoute).map(Row::key)
                .filter(row -> !routes.contains(row)).toList();
        assertTrue(stale.isEmpty(), () -> "Rows of RouteAccessTest.TABLE for routes that no longer exist "
                + "(remove them, or mark them .notARoute()): " + stale);
        List<String> twice = TABLE.stream().collect(Collectors.groupingBy(Row::key, Collectors.counting()))
                .entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
        assertTrue(twice.isEmpty(), () -> "Routes with more than one row: " + twice);
    }

    @Test
    void theDemoAccountsOfTheColumnsExist() {
        Set<String> demo = DemoData.ACCOUNTS.stream().map(DemoData.DemoAccount::email).collect(Collectors.toSet());
        WHO.stream().skip(1).forEach(email -> assertTrue(demo.contains(email), email + " is no demo account"));
    }

    @TestFactory
    Stream<DynamicTest> everyRouteForEveryone() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Row row : TABLE) {
            for (int i = 0; i < WHO.size(); i++) {
                String who = WHO.get(i);
                Outcome expected = row.expected().get(i);
                tests.add(DynamicTest.dynamicTest(row.method() + " " + row.address() + " as " + who + " → " + expected,
                        () -> check(row, who, expected)));
            }
        }
        return tests.stream();
    }

    /** HEAD is answered as GET would be, role by role (status, redirect, headers), without a body. */
    @TestFactory
    Stream<DynamicTest> headAnswersAsGetWould() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Row row : TABLE.stream().filter(r -> r.method() == GET).toList()) {
            for (int i = 0; i < WHO.size(); i++) {
                String who = WHO.get(i);
                Outcome expected = row.expected().get(i);
                tests.add(DynamicTest.dynamicTest("HEAD " + row.address() + " as " + who + " → " + expected, () -> {
                    HttpSession session = who.equals(ANONYMOUS) ? app.session()
                            : SIGNED_IN.computeIfAbsent(who, email -> app.session().signInAs(email));
                    HttpResponse<String> get = session.get(row.address());
                    HttpResponse<String> head = session.head(row.address());
                    assertEquals(get.statusCode(), head.statusCode(), () -> "HEAD " + row.address() + " as " + who);
                    assertEquals(expected, outcome(head));
                    assertEquals(get.headers().firstValue("Location"), head.headers().firstValue("Location"));
                    assertEquals(get.headers().firstValue("Content-Type"), head.headers().firstValue("Content-Type"));
                    assertTrue(head.headers().firstValue("Content-Security-Policy").isPresent());
                    assertEquals("", head.body(), "no body for HEAD");
                }));
            }
        }
        return tests.stream();
    }

    private static void check(Row row, String who, Outcome expected) {
        assertTrue(!row.address().contains("{"), () -> row.key() + ": give the row a real address with .at(...)");
        HttpSession session;
        if (who.equals(ANONYMOUS)) {
            session = app.session();
        } else if (row.method() == GET) {
            // a GET changes nothing: one signed-in session a person serves every GET row
            session = SIGNED_IN.computeIfAbsent(who, email -> app.session().signInAs(email));
        } else {
            // a session of its own for every other cell: a sign-out in one cell must not change the next
            session = app.session().signInAs(who);
        }
        HttpResponse<String> response;
        if (row.method() == GET) {
            response = session.get(row.address());
        } else if (row.method() == POST) {
            response = session.post(row.address(), new LinkedHashMap<>(row.form()));
        } else {
            throw new IllegalArgumentException("no test for method " + row.method() + " yet: add it to check()");
        }
        assertTrue(response.statusCode() < 500, () -> row.key() + " as " + who + " answered "
                + response.statusCode());
        assertEquals(expected, outcome(response), () -> row.method() + " " + row.address() + " as " + who
                + ": answered " + response.statusCode() + " " + response.headers().firstValue("Location").orElse(""));
    }

    static Outcome outcome(HttpResponse<String> response) {
        int status = response.statusCode();
        String location = response.headers().firstValue("Location").orElse("");
        if (status >= 200 && status < 300) {
            return ALLOWED;
        }
        if (status == 403) {
            return FORBIDDEN;
        }
        if (status == 404) {
            return NOT_FOUND;
        }
        if (status >= 300 && status < 400) {
            String path = location.replaceFirst("^https?://[^/]+", "");
            if (path.equals(Security.LOGIN_URL)) {
                return SIGN_IN;
            }
            if (!path.startsWith(Security.LOGIN_URL + "?") || path.startsWith(Security.LOGIN_URL + "?signedOut")) {
                return ALLOWED;
            }
        }
        return fail("neither allowed, sent to sign in, forbidden nor not found: " + status + " " + location);
    }
}

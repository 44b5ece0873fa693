package liaison.filing;

import static liaison.support.RequestFixture.NY_APPROVER;
import static liaison.support.RequestFixture.NY_REQUESTER;
import static liaison.support.RequestFixture.versionOn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import liaison.accounts.AccountDao;
import liaison.accounts.NewAccount;
import liaison.accounts.PasswordHasher;
import liaison.demo.DemoData;
import liaison.requests.RequestState;
import liaison.support.HttpSession;
import liaison.support.RequestFixture;
import liaison.support.TestApp;
import liaison.system.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A subpoena takes two people: the approving officer who signs it is not the one who filed or last changed it,
 * even when one account holds both roles (an office's admin can give themself both).
 */
class TwoPersonRuleTest {
    static final String BOTH_ROLES = "both-roles@ero-ny.example";
    static final String ANOTHER = "Another approving officer of your office must approve or return this subpoena";

    static TestApp app;
    static RequestFixture fixture;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        fixture = new RequestFixture(app);
        long office = fixture.account(NY_REQUESTER).agencyId();
        app.database.jdbi().onDemand(AccountDao.class).create(new NewAccount(office, BOTH_ROLES, "Sol Twofold",
                "Supervisory officer", Set.of(Role.REQUESTER, Role.APPROVER)),
                new PasswordHasher(4).hash(DemoData.PASSWORD), Instant.now());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static HttpResponse<String> approve(HttpSession who, long id) {
        String version = versionOn(who.get("/requests/" + id).body());
        return who.post("/requests/" + id + "/approve", Map.of("version", version, "affirm", "yes"));
    }

    static boolean offersApproval(String page, long id) {
        return page.contains("href=\"/requests/" + id + "/approve\"");
    }

    long filedBy(HttpSession who, String subject) {
        HttpResponse<String> filed = FilingRoutesTest.subpoenaTo(fixture.agency(RequestFixture.NYC_DOC))
                .add("s1-fullName", subject).add("s1-aNumber", "A300000201").post(who, "/requests/new");
        assertEquals(303, filed.statusCode(), filed::body);
        return app.database.jdbi().withHandle(h -> h.createQuery("SELECT id FROM requests WHERE subject_name = :n")
                .bind("n", subject).mapTo(Long.class).one());
    }

    @Test
    void whoFiledASubpoenaCannotApproveItAndAnotherApproverCan() {
        HttpSession both = app.session().signInAs(BOTH_ROLES);
        long id = filedBy(both, "Filed By Both Roles");
        String page = both.get("/requests/" + id).body();
        assertFalse(offersApproval(page, id), "no approve button for the filer");
        assertTrue(page.contains("id=\"approval-needs-another\"") && page.contains(ANOTHER), "says why, and whom");

        assertEquals(403, both.get("/requests/" + id + "/approve").statusCode(), "nor the signature page");
        assertEquals(403, approve(both, id).statusCode());
        assertEquals(RequestState.PENDING_APPROVAL, fixture.state(id));

        HttpSession approver = app.session().signInAs(NY_APPROVER);
        String approverPage = approver.get("/requests/" + id).body();
        assertTrue(offersApproval(approverPage, id));
        assertFalse(approverPage.contains(ANOTHER));
        assertEquals(303, approve(approver, id).statusCode());
        assertEquals(RequestState.SUBMITTED, fixture.state(id));
    }

    @Test
    void whoLastChangedASubpoenaCannotApproveItEither() {
        long id = fixture.inState(RequestState.DRAFT); // filed by the requester, returned by the approver
        HttpSession both = app.session().signInAs(BOTH_ROLES);
        String draft = both.get("/requests/" + id).body();
        assertEquals(303, both.post("/requests/" + id + "/resubmit", Map.of("version", versionOn(draft),
                "resubmitNote", "Facility added.")).statusCode());
        assertFalse(offersApproval(both.get("/requests/" + id).body(), id));
        assertEquals(403, approve(both, id).statusCode());

        assertEquals(303, approve(app.session().signInAs(NY_APPROVER), id).statusCode(),
                "who returned it may approve what someone else resubmitted");
    }

    @Test
    void anApproverHoldingBothRolesApprovesWhatSomeoneElseFiled() {
        long id = fixture.inState(RequestState.PENDING_APPROVAL);
        HttpSession both = app.session().signInAs(BOTH_ROLES);
        assertTrue(offersApproval(both.get("/requests/" + id).body(), id));
        assertEquals(303, approve(both, id).statusCode());
        assertEquals(RequestState.SUBMITTED, fixture.state(id));
    }
}

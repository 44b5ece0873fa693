package liaison.requests;

import static liaison.support.RequestFixture.DENVER_CLERK;
import static liaison.support.RequestFixture.NYC_CLERK;
import static liaison.support.RequestFixture.NYC_DOC;
import static liaison.support.RequestFixture.SYSADMIN;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import liaison.support.HttpSession;
import liaison.support.RequestFixture;
import liaison.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A time reads in the zone of the viewer's agency, with its abbreviation. The test app's clock stands at Monday
 * 2026-11-02 14:00 UTC: 9:00 AM in New York, 7:00 AM in Denver, both on standard time by then.
 */
class TimesShownTest {
    static TestApp app;
    static RequestFixture fixture;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        fixture = new RequestFixture(app);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aNewYorkClerkReadsEasternTime() {
        long id = fixture.file(RequestType.INFORMATION_REQUEST, Priority.ROUTINE, NYC_DOC, 1).get(0);
        String page = app.session().signInAs(NYC_CLERK).get("/requests/" + id).body();
        assertTrue(page.contains("Nov 2, 2026, 9:00 AM EST"), "served at 14:00 UTC");
        assertFalse(page.contains(" UTC<"), "no time of this page is left in UTC");
    }

    @Test
    void aDenverClerkReadsMountainTime() {
        long id = fixture.file(RequestType.INFORMATION_REQUEST, Priority.ROUTINE, "Denver Sheriff Department", 1)
                .get(0);
        String page = app.session().signInAs(DENVER_CLERK).get("/requests/" + id).body();
        assertTrue(page.contains("Nov 2, 2026, 7:00 AM MST"), "served at 14:00 UTC");
        assertFalse(page.contains("EST<"), "not the filing office's zone");
    }

    @Test
    void portalStaffBelongToNoAgencyAndReadUtc() {
        HttpSession admin = app.session().signInAs(SYSADMIN);
        fixture.file(RequestType.INFORMATION_REQUEST);
        String audit = admin.get("/system/audit").body();
        assertTrue(audit.contains("Nov 2, 2026, 2:00 PM UTC"), "the audit log of the filing");
    }
}

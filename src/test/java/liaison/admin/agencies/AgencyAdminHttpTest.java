package liaison.admin.agencies;

import static liaison.support.AdminSteps.accountId;
import static liaison.support.AdminSteps.agencyId;
import static liaison.support.AdminSteps.audited;
import static liaison.support.AdminSteps.linkPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import liaison.agencies.AgencyDao;
import liaison.support.AdminSteps;
import liaison.support.ErrorSummary;
import liaison.support.HttpSession;
import liaison.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The system admin's agency pages over HTTP: add, edit, deactivate with its accounts, invite the first admin. */
class AgencyAdminHttpTest {
    static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static HttpSession sysadmin() {
        return app.session().signInAs("sysadmin@liaison.example");
    }

    static Map<String, String> agency(String name) {
        Map<String, String> form = new HashMap<>(Map.of("kind", "LOCAL_AGENCY", "name", name,
                "jurisdiction", "Cedar County, IA (fictional)", "contactEmail", "Records@Cedar-County.example",
                "contactPhone", "+1 (319) 555-0142 ext. 7", "timeZone", "America/Chicago"));
        return form;
    }

    static long create(HttpSession s, Map<String, String> form) {
        HttpResponse<String> r = s.post("/system/agencies/new", form);
        assertEquals(303, r.statusCode(), r::body);
        String location = r.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith("/system/agencies/"), location);
        return Long.parseLong(location.substring("/system/agencies/".length()));
    }

    static String column(String column, String table, long id) {
        return app.database.jdbi().withHandle(h -> h.createQuery("SELECT CAST(" + column + " AS CHAR) FROM " + table
                + " WHERE id = :id").bind("id", id).mapTo(String.class).findOne().orElse(null));
    }

    @Test
    void anAddedAgencyIsShownWithEverythingGiven() {
        HttpSession s = sysadmin();
        long id = create(s, agency("Cedar County Jail"));
        String page = s.get("/system/agencies/" + id).body();
        for (String shown : new String[] {"Cedar County Jail", "Local agency", "Cedar County, IA (fictional)",
                "records@cedar-county.example", "+1 (319) 555-0142 ext. 7", "Central (Chicago)", "is added"}) {
            assertTrue(page.contains(shown), shown);
        }
        assertEquals("America/Chicago", column("time_zone", "agencies", id));
        assertEquals(1, audited(app, "agency.created", "agency", id));
        assertTrue(s.get("/system").body().contains("href=\"/system/agencies/" + id + "\""), "listed");
    }

    @Test
    void badInputOnTheAgencyFormIsShownAtEachFieldAndKept() {
        HttpSession s = sysadmin();
        record Case(String field, String value, String message) {
        }
        for (Case c : new Case[] {
                new Case("kind", "", "Choose the kind of agency."),
                new Case("kind", "STATE_PRISON", "Choose the kind of agency."),
                new Case("name", "", "Name is required."),
                new Case("name", "N".repeat(201), "Use at most 200 characters."),
                new Case("name", "ERO Denver", "An agency with this name already exists."),
                new Case("name", "Cedar\u0000 Jail", "Remove the line breaks and other control characters"),
                new Case("name", "Cedar Jail\uFFFF", "Remove the line breaks and other control characters"),
                new Case("jurisdiction", "  ", "Jurisdiction is required."),
                new Case("contactEmail", "records at cedar", "Enter an e-mail address like"),
                new Case("contactEmail", "x".repeat(250) + "@a.example", "Use at most 254 characters."),
                new Case("contactPhone", "call me maybe", "Enter a phone number"),
                new Case("contactPhone", "1".repeat(41), "Use at most 40 characters."),
                new Case("timeZone", "Europe/Paris", "Choose a time zone from the list."),
                new Case("timeZone", "", "Choose a time zone from the list.")}) {
            Map<String, String> form = agency("Bad Input Agency");
            form.put(c.field(), c.value());
            HttpResponse<String> r = s.post("/system/agencies/new", form);
            assertEquals(422, r.statusCode(), () -> c + ": " + r.statusCode());
            assertTrue(r.body().contains(c.message()), () -> c + " should say " + c.message());
            assertTrue(r.body().contains("href=\"#" + c.field() + "\""), "the summary links to the field");
            String kept = c.field().equals("jurisdiction") ? "value=\"Bad Input Agency\"" : "value=\"Cedar County, IA (fictional)\"";
            assertTrue(r.body().contains(kept), () -> c + ": what was typed is kept");
        }
        int made = app.database.jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM agencies WHERE name = 'Bad Input Agency'").mapTo(Integer.class).one());
        assertEquals(0, made);
    }

    @Test
    void theErrorSummaryListsEachProblemOnceWithALinkToItsField() {
        Map<String, String> form = agency("");
        form.put("kind", "");
        form.put("contactEmail", "records at cedar");
        form.put("timeZone", "Europe/Paris");
        HttpResponse<String> r = sysadmin().post("/system/agencies/new", form);
        assertEquals(422, r.statusCode());
        assertEquals(Set.of("kind", "name", "contactEmail", "timeZone"),
                Set.copyOf(ErrorSummary.assertListsEachProblemOnce(r.body())));
    }

    @Test
    void editingChangesTheDetailsButNeverTheKind() {
        HttpSession s = sysadmin();
        long id = create(s, agency("Maple Parish Jail"));
        assertTrue(s.get("/system/agencies/" + id + "/edit").body().contains("value=\"Maple Parish Jail\""));
        Map<String, String> form = agency("Maple Parish Detention Center");
        form.put("kind", "FEDERAL_OFFICE");
        form.put("timeZone", "America/Denver");
        form.put("contactEmail", "");
        HttpResponse<String> r = s.post("/system/agencies/" + id + "/edit", form);
        assertEquals(303, r.statusCode(), r::body);
        assertEquals("Maple Parish Detention Center", column("name", "agencies", id));
        assertEquals("LOCAL_AGENCY", column("kind", "agencies", id));
        assertEquals("America/Denver", column("time_zone", "agencies", id));
        assertEquals(null, column("contact_email", "agencies", id));
        assertEquals(1, audited(app, "agency.updated", "agency", id));

        form.put("name", "Juniper County Jail");
        HttpResponse<String> taken = s.post("/system/agencies/" + id + "/edit", form);
        assertEquals(422, taken.statusCode());
        assertTrue(taken.body().contains("An agency with this name already exists."));
        assertEquals(404, s.get("/system/agencies/999999/edit").statusCode());
        assertEquals(404, s.get("/system/agencies/abc").statusCode());
    }

    @Test
    void theFirstAgencyAdminIsInvitedAndManagesTheAgency() {
        HttpSession s = sysadmin();
        long id = create(s, agency("Birch Township Jail"));
        HttpResponse<String> sent = s.post("/system/agencies/" + id + "/invite-admin", Map.of("displayName",
                "Ivo Firstadmin", "email", "ivo@birch.example", "roles", "SYSTEM_ADMIN"));
        assertEquals(200, sent.statusCode(), sent::body);
        long admin = AdminSteps.accountId(sent);
        assertEquals(String.valueOf(id), column("agency_id", "accounts", admin));
        assertEquals("AGENCY_ADMIN", app.database.jdbi().withHandle(h -> h.createQuery(
                "SELECT GROUP_CONCAT(role) FROM account_roles WHERE account_id = :id").bind("id", admin)
                .mapTo(String.class).one()), "a posted role is ignored: the system admin invites agency admins only");
        assertTrue(s.get("/system/agencies/" + id).body().contains("ivo@birch.example"), "listed with the agency");
        HttpSession person = app.session();
        assertEquals(303, person.post(linkPath(sent), Map.of("password", "birch township admin pass",
                "confirm", "birch township admin pass")).statusCode());

        HttpResponse<String> empty = s.post("/system/agencies/" + id + "/invite-admin", Map.of("displayName", "",
                "email", "ivo at birch"));
        assertEquals(422, empty.statusCode());
        assertTrue(empty.body().contains("Full name is required."));
        assertTrue(empty.body().contains("Enter an e-mail address like"));
        HttpResponse<String> taken = s.post("/system/agencies/" + id + "/invite-admin", Map.of("displayName", "Ivo Again",
                "email", "IVO@birch.example"));
        assertEquals(422, taken.statusCode());
        assertTrue(taken.body().contains("An account with this e-mail address already exists."));
    }

    @Test
    void deactivatingAnAgencyDeactivatesItsAccountsAndReactivatingBringsThemBack() {
        HttpSession s = sysadmin();
        long id = create(s, agency("Aspen Valley Jail"));
        long first = AdminSteps.accountId(s.post("/system/agencies/" + id + "/invite-admin",
                Map.of("displayName", "Aspen One", "email", "one@aspen.example")));
        long second = AdminSteps.accountId(s.post("/system/agencies/" + id + "/invite-admin",
                Map.of("displayName", "Aspen Two", "email", "two@aspen.example")));
        assertEquals(303, s.post("/system/accounts/" + second + "/deactivate", Map.of()).statusCode());

        assertEquals(303, s.post("/system/agencies/" + id + "/deactivate", Map.of()).statusCode());
        assertEquals("0", column("active", "agencies", id));
        assertEquals("0", column("active", "accounts", first));
        assertEquals("AGENCY_DEACTIVATED", column("deactivated_reason", "accounts", first));
        assertEquals("ADMIN", column("deactivated_reason", "accounts", second));
        assertEquals(1, audited(app, "agency.deactivated", "agency", id));
        String page = s.get("/system/agencies/" + id).body();
        assertTrue(page.contains("This agency is deactivated"));
        assertFalse(page.contains("/invite-admin\""), "no invitations to a deactivated agency");
        assertEquals(403, s.post("/system/agencies/" + id + "/invite-admin",
                Map.of("displayName", "Late", "email", "late@aspen.example")).statusCode());
        assertEquals(403, s.post("/system/accounts/" + first + "/reactivate", Map.of()).statusCode(),
                "an account comes back only with its agency");

        assertEquals(303, s.post("/system/agencies/" + id + "/reactivate", Map.of()).statusCode());
        assertEquals("1", column("active", "agencies", id));
        assertEquals("1", column("active", "accounts", first));
        assertEquals("0", column("active", "accounts", second), "deactivated by an administrator: stays so");
        assertEquals(1, audited(app, "agency.reactivated", "agency", id));
        assertEquals(2, audited(app, "account.deactivated", "account", first)
                + audited(app, "account.reactivated", "account", first));
    }

    @Test
    void aDeactivatedLocalAgencyCannotReceiveRequests() {
        HttpSession s = sysadmin();
        long id = create(s, agency("Spruce Hollow Jail"));
        assertTrue(app.database.jdbi().onDemand(AgencyDao.class).activeLocal().stream().anyMatch(a -> a.id() == id));
        s.post("/system/agencies/" + id + "/deactivate", Map.of());
        assertFalse(app.database.jdbi().onDemand(AgencyDao.class).activeLocal().stream().anyMatch(a -> a.id() == id));
        assertTrue(accountId(app, "clerk@nyc-doc.example") > 0);
        assertTrue(agencyId(app, "Spruce Hollow Jail") == id);
    }
}

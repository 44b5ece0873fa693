package liaison.admin.accounts;

import static liaison.support.AdminSteps.accountId;
import static liaison.support.AdminSteps.audited;
import static liaison.support.AdminSteps.invite;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import liaison.support.HttpSession;
import liaison.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The account pages over HTTP, route × role × agency: admin@nyc-doc manages the NYC DOC's accounts and no other
 * agency's (404, and nothing changes); the system admin unlocks, deactivates and reactivates any account.
 */
class AccountAdminHttpTest {
    /** Every agency admin POST route that names an account. */
    static final List<String> POSTS = List.of("/roles", "/deactivate", "/reactivate", "/unlock", "/reset-mfa",
            "/force-password-change", "/resend-invite");

    static TestApp app;
    static long nycClerk;
    static long nycAdmin;
    static long denverClerk;
    static long eroRequester;
    static long sysadmin;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        nycClerk = accountId(app, "clerk@nyc-doc.example");
        nycAdmin = accountId(app, "admin@nyc-doc.example");
        denverClerk = accountId(app, "clerk@denver-sheriff.example");
        eroRequester = accountId(app, "requester@ero-ny.example");
        sysadmin = accountId(app, "sysadmin@liaison.example");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static HttpSession admin() {
        return app.session().signInAs("admin@nyc-doc.example");
    }

    static HttpSession sysadmin() {
        return app.session().signInAs("sysadmin@liaison.example");
    }

    /** A new clerk of the NYC DOC, invited by its admin. */
    static long newClerk(String email) {
        return accountId(invite(admin(), "Ada Testperson", email, "CLERK"));
    }

    static String column(String column, long id) {
        return app.database.jdbi().withHandle(h -> h.createQuery("SELECT CAST(" + column + " AS CHAR) FROM accounts WHERE id = :id")
                .bind("id", id).mapTo(String.class).findOne().orElse(null));
    }

    static String roles(long id) {
        return app.database.jdbi().withHandle(h -> h.createQuery(
                "SELECT GROUP_CONCAT(role ORDER BY role) FROM account_roles WHERE account_id = :id")
                .bind("id", id).mapTo(String.class).one());
    }

    static HttpResponse<String> postRoles(HttpSession s, String base, long id, String version, String... roles) {
        StringBuilder body = new StringBuilder("pac4jCsrfToken=" + s.csrfToken() + "&version=" + version);
        for (String r : roles) {
            body.append("&roles=").append(r);
        }
        return s.postRaw(base + id + "/roles", body.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anAgencyAdminSeesTheirAgencysAccount() {
        HttpResponse<String> r = admin().get("/agency/accounts/" + nycClerk);
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("clerk@nyc-doc.example"));
        assertTrue(r.body().contains("action=\"/agency/accounts/" + nycClerk + "/roles\""), "the roles form");
    }

    @Test
    void anotherAgencysAccountIsNotFoundOnEveryRouteAndNothingChanges() {
        HttpSession admin = admin();
        for (long other : List.of(denverClerk, eroRequester, sysadmin, 999_999L)) {
            assertEquals(404, admin.get("/agency/accounts/" + other).statusCode(), "GET account " + other);
            for (String action : POSTS) {
                HttpResponse<String> r = admin.post("/agency/accounts/" + other + action,
                        Map.of("roles", "AGENCY_ADMIN", "version", "0"));
                assertEquals(404, r.statusCode(), () -> "POST " + action + " on account " + other);
            }
        }
        assertEquals("1", column("active", denverClerk), "still active");
        assertEquals("CLERK", roles(denverClerk));
        assertEquals("SYSTEM_ADMIN", roles(sysadmin));
        assertEquals("0", column("must_change_password", denverClerk));
        assertEquals(404, admin.get("/agency/accounts/not-a-number").statusCode());
    }

    @Test
    void theAgencyListLinksToTheAccountsOfTheAgencyOnly() {
        String list = admin().get("/agency/accounts").body();
        assertTrue(list.contains("href=\"/agency/accounts/" + nycClerk + "\""));
        assertFalse(list.contains("clerk@denver-sheriff.example"));
        assertTrue(list.contains("href=\"/agency/accounts/invite\""));
    }

    @Test
    void settingRolesReplacesThemAndIsAudited() {
        long id = newClerk("roles-change@nyc-doc.example");
        HttpSession admin = admin();
        HttpResponse<String> r = postRoles(admin, "/agency/accounts/", id, column("version", id), "CLERK", "AGENCY_ADMIN");
        assertEquals(303, r.statusCode(), r::body);
        assertEquals("/agency/accounts/" + id, r.headers().firstValue("Location").orElseThrow());
        assertEquals("AGENCY_ADMIN,CLERK", roles(id));
        assertEquals(1, audited(app, "account.roles-changed", "account", id));
        assertTrue(admin.get("/agency/accounts/" + id).body().contains("Roles of Ada Testperson saved."));
    }

    @Test
    void rolesTamperedToSystemAdminOrAnotherKindOfAgencyAreRefused() {
        long id = newClerk("roles-tamper@nyc-doc.example");
        HttpSession admin = admin();
        String version = column("version", id);
        for (String[] roles : List.of(new String[] {"SYSTEM_ADMIN"}, new String[] {"CLERK", "SYSTEM_ADMIN"},
                new String[] {"REQUESTER"}, new String[] {"APPROVER"}, new String[] {"WIZARD"}, new String[] {"ANYONE"})) {
            HttpResponse<String> r = postRoles(admin, "/agency/accounts/", id, version, roles);
            assertEquals(422, r.statusCode(), () -> String.join(",", roles));
            assertTrue(r.body().contains("only the roles shown can be given"), r::body);
        }
        HttpResponse<String> none = postRoles(admin, "/agency/accounts/", id, version);
        assertEquals(422, none.statusCode());
        assertTrue(none.body().contains("Choose at least one role."));
        assertEquals("CLERK", roles(id));
        assertEquals(0, audited(app, "account.roles-changed", "account", id));
    }

    @Test
    void aStaleRolesFormIsNotSaved() {
        long id = newClerk("roles-stale@nyc-doc.example");
        int version = Integer.parseInt(column("version", id));
        HttpResponse<String> r = postRoles(admin(), "/agency/accounts/", id, String.valueOf(version - 1), "AGENCY_ADMIN");
        assertEquals(409, r.statusCode());
        assertTrue(r.body().contains("Someone changed this account"));
        assertEquals(409, postRoles(admin(), "/agency/accounts/", id, "not-a-number", "AGENCY_ADMIN").statusCode());
        assertEquals("CLERK", roles(id));
    }

    @Test
    void anAdminKeepsTheirOwnAdminRoleAndCannotDeactivateThemselves() {
        HttpSession admin = admin();
        HttpResponse<String> r = postRoles(admin, "/agency/accounts/", nycAdmin, column("version", nycAdmin), "CLERK");
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("cannot take the agency admin role from yourself"));
        assertEquals("AGENCY_ADMIN", roles(nycAdmin));
        assertEquals(403, admin.post("/agency/accounts/" + nycAdmin + "/deactivate", Map.of()).statusCode());
        assertFalse(admin.get("/agency/accounts/" + nycAdmin).body().contains("/deactivate\""), "no button for it");
        assertEquals(403, sysadmin().post("/system/accounts/" + sysadmin + "/deactivate", Map.of()).statusCode());
        assertEquals("1", column("active", nycAdmin));
    }

    @Test
    void deactivatingEndsTheSessionAndReactivatingLetsThePersonBackIn() {
        HttpSession clerk = app.session().signInAs("clerk@nyc-doc.example");
        assertEquals(200, clerk.get("/queue").statusCode());
        HttpSession admin = admin();
        assertEquals(303, admin.post("/agency/accounts/" + nycClerk + "/deactivate", Map.of()).statusCode());
        assertEquals("0", column("active", nycClerk));
        assertEquals("ADMIN", column("deactivated_reason", nycClerk));
        assertEquals(302, clerk.get("/queue").statusCode(), "the session ends with the account");
        assertTrue(admin.get("/agency/accounts/" + nycClerk).body().contains("deactivated by an administrator"));
        // deactivating twice changes nothing more
        assertEquals(403, admin.post("/agency/accounts/" + nycClerk + "/deactivate", Map.of()).statusCode());

        assertEquals(303, admin.post("/agency/accounts/" + nycClerk + "/reactivate", Map.of()).statusCode());
        assertEquals("1", column("active", nycClerk));
        assertEquals(null, column("deactivated_reason", nycClerk));
        assertEquals(200, app.session().signInAs("clerk@nyc-doc.example").get("/queue").statusCode());
        assertEquals(1, audited(app, "account.deactivated", "account", nycClerk));
        assertEquals(1, audited(app, "account.reactivated", "account", nycClerk));
    }

    @Test
    void unlockResetMfaAndForcePasswordChangeDoWhatTheySay() {
        long id = newClerk("security@nyc-doc.example");
        app.database.jdbi().useHandle(h -> h.createUpdate("""
                UPDATE accounts SET locked_until = '2026-11-02 15:00:00', failed_attempts = 5,
                                    totp_secret = 'JBSWY3DPEHPK3PXP', mfa_enrolled_at = '2026-11-01 10:00:00'
                WHERE id = :id""").bind("id", id).execute());
        HttpSession admin = admin();
        String page = admin.get("/agency/accounts/" + id).body();
        assertTrue(page.contains("Locked after failed sign-ins"), page);
        for (String action : List.of("unlock", "reset-mfa")) {
            assertTrue(page.contains("/agency/accounts/" + id + "/" + action + "\""), action + " button");
            assertEquals(303, admin.post("/agency/accounts/" + id + "/" + action, Map.of()).statusCode(), action);
        }
        assertEquals(null, column("locked_until", id));
        assertEquals("0", column("failed_attempts", id));
        assertEquals(null, column("totp_secret", id));
        assertEquals(null, column("mfa_enrolled_at", id));
        assertEquals(1, audited(app, "account.unlocked", "account", id));
        assertEquals(1, audited(app, "account.mfa-reset", "account", id));
        assertTrue(admin.get("/agency/accounts/" + id).body().contains("Not locked"));
        // an invited person sets a password before anyone can require a new one
        assertEquals(403, admin.post("/agency/accounts/" + id + "/force-password-change", Map.of()).statusCode());
        assertEquals(303, admin.post("/agency/accounts/" + nycClerk + "/force-password-change", Map.of()).statusCode());
        assertEquals("1", column("must_change_password", nycClerk));
        assertEquals(1, audited(app, "account.password-change-forced", "account", nycClerk));
        app.database.jdbi().useHandle(h -> h.createUpdate("UPDATE accounts SET must_change_password = FALSE WHERE id = :id")
                .bind("id", nycClerk).execute());
    }

    @Test
    void theSystemAdminManagesAnyAccountButOnlyLocksAndActivation() {
        HttpSession sys = sysadmin();
        String page = sys.get("/system/accounts/" + denverClerk).body();
        assertTrue(page.contains("clerk@denver-sheriff.example"));
        assertFalse(page.contains("/roles\""), "no roles form for the system admin");
        app.database.jdbi().useHandle(h -> h.createUpdate(
                "UPDATE accounts SET locked_until = '2026-11-02 15:00:00', failed_attempts = 5 WHERE id = :id")
                .bind("id", denverClerk).execute());
        assertEquals(303, sys.post("/system/accounts/" + denverClerk + "/unlock", Map.of()).statusCode());
        assertEquals(null, column("locked_until", denverClerk));
        assertEquals(303, sys.post("/system/accounts/" + denverClerk + "/deactivate", Map.of()).statusCode());
        assertEquals("0", column("active", denverClerk));
        assertEquals(303, sys.post("/system/accounts/" + denverClerk + "/reactivate", Map.of()).statusCode());
        assertEquals("1", column("active", denverClerk));
        assertEquals(404, sys.post("/system/accounts/" + denverClerk + "/roles", Map.of("roles", "CLERK")).statusCode());
        assertEquals(404, sys.post("/system/accounts/" + denverClerk + "/reset-mfa", Map.of()).statusCode());
        assertTrue(sys.get("/system/accounts").body().contains("href=\"/system/accounts/" + denverClerk + "\""));
    }
}

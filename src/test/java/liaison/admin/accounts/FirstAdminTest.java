package liaison.admin.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import liaison.accounts.AccountDao;
import liaison.accounts.PasswordHasher;
import liaison.system.Role;
import liaison.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The command that opens the first system admin of a database without one, and its link. */
class FirstAdminTest {
    static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static int run(ByteArrayOutputStream out, String... args) {
        return FirstAdmin.run(args, app.database.jdbi(), app.clock, new PasswordHasher(4), app.url(""),
                new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @Test
    void opensASystemAdminWhoseLinkLeadsToSettingAPassword() {
        var out = new ByteArrayOutputStream();
        assertEquals(0, run(out, FirstAdmin.COMMAND, "Ops.Lead@Portal.example", "Casey Operator"));
        String printed = out.toString(StandardCharsets.UTF_8);
        String link = printed.lines().filter(l -> l.contains("/invite/")).findFirst().orElseThrow();
        var account = app.database.jdbi().onDemand(AccountDao.class).page("ops.lead@portal.exampl", 1).get(0);
        assertEquals("ops.lead@portal.example", account.email());
        assertEquals(java.util.Set.of(Role.SYSTEM_ADMIN), account.roles());
        assertEquals(null, account.agencyId());
        String path = link.substring(link.indexOf("/invite/"));
        var page = app.session().get(path);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("password"), "the invitation page asks for a password");
    }

    @Test
    void refusesWrongArgumentsAndATakenAddress() {
        var out = new ByteArrayOutputStream();
        assertEquals(2, run(out, FirstAdmin.COMMAND));
        assertEquals(2, run(out, FirstAdmin.COMMAND, "not-an-address", "Someone"));
        assertEquals(2, run(out, FirstAdmin.COMMAND, "sysadmin@liaison.example", "Sam Again"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("exists already"));
    }
}

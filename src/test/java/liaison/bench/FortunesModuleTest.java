package liaison.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.http.HandlerType;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import liaison.App;
import liaison.accounts.PasswordHasher;
import liaison.audit.AuditFiles;
import liaison.support.TestApp;
import liaison.support.TestDatabase;
import liaison.system.Config;
import liaison.system.Database;
import liaison.system.Role;
import liaison.system.Route;
import org.junit.jupiter.api.Test;

/** The benchmark's fortunes route exists only with its setting, and then has its table of 12 fortunes. */
class FortunesModuleTest {
    @Test
    void noRouteWithoutTheSettingAndTwelveFortunesWithIt() {
        try (Database db = TestDatabase.fresh()) {
            assertTrue(FortunesModule.routes(db.jdbi(), false).isEmpty());
            List<Route> on = FortunesModule.routes(db.jdbi(), true);
            assertEquals(1, on.size());
            assertEquals(HandlerType.GET, on.get(0).method());
            assertEquals("/bench/fortunes", on.get(0).path());
            assertEquals(List.of(Role.ANYONE), on.get(0).roles());
            FortunesModule.routes(db.jdbi(), true);
            assertEquals(12, db.jdbi().withExtension(FortuneDao.class, FortuneDao::all).size(), "made once");
        }
    }

    @Test
    void thePortalHasTheRouteOnlyWhenTheSettingSaysSo() {
        try (Database db = TestDatabase.fresh()) {
            boolean off = Config.from(Map.of()).benchFortunes();
            assertTrue(fortunes(db, off).isEmpty(), "off by default");
            boolean on = Config.from(Map.of(Config.BENCH_FORTUNES, "true")).benchFortunes();
            assertEquals(1, fortunes(db, on).size());
        }
    }

    private static List<Route> fortunes(Database db, boolean setting) {
        App app = new App(new App.Setup(db, Clock.systemUTC(), false, new PasswordHasher(4), 1000, Optional.empty(),
                TestApp.BASE_URL, AuditFiles.temporary(), setting));
        return app.routes().stream().filter(r -> r.path().startsWith("/bench")).toList();
    }
}

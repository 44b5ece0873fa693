package liaison.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Map;
import liaison.support.TestDatabase;
import liaison.system.Database;
import liaison.system.Role;
import liaison.system.Route;
import org.junit.jupiter.api.Test;

/** The benchmark's fortunes route exists only with its setting, and then has its table of 12 fortunes. */
class FortunesModuleTest {
    @Test
    void noRouteWithoutTheSettingAndTwelveFortunesWithIt() {
        try (Database db = TestDatabase.fresh()) {
            assertTrue(FortunesModule.routes(db.jdbi(), Map.of()).isEmpty());
            assertTrue(FortunesModule.routes(db.jdbi(), Map.of(FortunesModule.SETTING, "false")).isEmpty());
            List<Route> on = FortunesModule.routes(db.jdbi(), Map.of(FortunesModule.SETTING, "true"));
            assertEquals(1, on.size());
            assertEquals(HandlerType.GET, on.get(0).method());
            assertEquals("/bench/fortunes", on.get(0).path());
            assertEquals(List.of(Role.ANYONE), on.get(0).roles());
            FortunesModule.routes(db.jdbi(), Map.of(FortunesModule.SETTING, "true"));
            assertEquals(12, db.jdbi().withExtension(FortuneDao.class, FortuneDao::all).size(), "made once");
        }
    }
}

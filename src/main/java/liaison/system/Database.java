package liaison.system;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.SerializableTransactionRunner;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/** The connection pool, the schema migrations and the JDBI handle built on them. */
public final class Database implements AutoCloseable {
    /** How long a page waits for a connection before it answers that the database is unavailable. */
    static final java.time.Duration CONNECTION_TIMEOUT = java.time.Duration.ofMillis(3_000);
    /** How often a transaction rolled back by a deadlock is run again before its failure is answered. */
    private static final int DEADLOCK_RETRIES = 10;
    /** The longest wait before a retry: 2 ms doubled this many times. */
    private static final int MOST_DOUBLINGS = 9;
    private final HikariDataSource dataSource;
    private final Jdbi jdbi;

    private Database(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
        // many people at once: two transactions may deadlock (InnoDB then rolls one back, SQLSTATE 40001); that one
        // is run again, whole, rather than answered 500 (ConcurrencyTest)
        jdbi.setTransactionHandler(new SerializableTransactionRunner());
        jdbi.getConfig(SerializableTransactionRunner.Configuration.class).setMaxRetries(DEADLOCK_RETRIES)
                .setOnFailure(failures -> backOff(failures.size()));
    }

    /**
     * Waits a random time before a deadlocked transaction runs again, up to twice as long after each failure (2 ms,
     * 4 ms, ... 1 s): run again at once, two transactions that deadlocked tend to meet again on the same rows (under
     * the benchmark's mixed load, before V67, an acknowledgement deadlocked eleven times in a row and was answered
     * 500; V67 removed that cause).
     */
    private static void backOff(int failures) {
        if (failures > DEADLOCK_RETRIES) {
            return; // the last failure: it is answered now, not run again
        }
        long most = 2L << Math.min(failures, MOST_DOUBLINGS);
        try {
            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(1, most + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Connects to the database at {@code url} and brings its schema up to date. */
    public static Database connect(String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(20);
        config.setPoolName("liaison");
        // while the server is down a page waits this long for a connection, then answers 503 (ErrorPages); the
        // pool keeps trying and serves again as soon as the server is back, without a restart. Twenty connections:
        // under load (50 people at once, ConcurrencyTest) few pages wait that long for a free one.
        config.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
        config.setValidationTimeout(1_000);
        Database database = new Database(new HikariDataSource(config));
        Flyway.configure().dataSource(database.dataSource).locations("classpath:db/migration").load().migrate();
        return database;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * Whether this failure means the database could not be reached (server down, connection lost, pool timed out),
     * rather than a fault of the work itself: such a failure is answered 503 and nothing was stored.
     */
    public static boolean unavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLTransientConnectionException
                    || t instanceof java.sql.SQLNonTransientConnectionException
                    || t instanceof org.jdbi.v3.core.ConnectionException
                    || t instanceof java.net.ConnectException) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}

package liaison.system;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/** The connection pool, the schema migrations and the JDBI handle built on them. */
public final class Database implements AutoCloseable {
    /** How long a page waits for a connection before it answers that the database is unavailable. */
    static final java.time.Duration CONNECTION_TIMEOUT = java.time.Duration.ofMillis(2_500);
    /** After a failed probe, {@link #reachable} answers no without trying again for this long. */
    private static final long PROBE_PAUSE_NANOS = 5_000_000_000L;
    private volatile long lastFailedProbe = System.nanoTime() - PROBE_PAUSE_NANOS;
    private final HikariDataSource dataSource;
    private final Jdbi jdbi;

    private Database(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
    }

    /** Connects to the database at {@code url} and brings its schema up to date. */
    public static Database connect(String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(10);
        config.setPoolName("liaison");
        // while the server is down a page waits this long for a connection, then answers 503 (ErrorPages); the
        // pool keeps trying and serves again as soon as the server is back, without a restart
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
     * Whether the server answers now: a connection from the pool within {@link #CONNECTION_TIMEOUT}. A failure is
     * remembered for five seconds, so the requests of an outage do not each wait for it twice.
     */
    public boolean reachable() {
        if (System.nanoTime() - lastFailedProbe < PROBE_PAUSE_NANOS) {
            return false;
        }
        try (var connection = dataSource.getConnection()) {
            return connection.isValid(1);
        } catch (java.sql.SQLException e) {
            lastFailedProbe = System.nanoTime();
            return false;
        }
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

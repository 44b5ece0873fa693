package liaison.system;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.ServiceUnavailableResponse;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.jetty.ee10.servlet.SessionHandler;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.session.DatabaseAdaptor;
import org.eclipse.jetty.session.DefaultSessionIdManager;
import org.eclipse.jetty.session.HouseKeeper;
import org.eclipse.jetty.session.JDBCSessionDataStore.SessionTableSchema;
import org.eclipse.jetty.session.JDBCSessionDataStoreFactory;
import org.eclipse.jetty.session.NullSessionCache;

/**
 * Sessions live in the database (no cache in memory), so several app instances behind a load balancer share
 * them, and a restart signs nobody out. A session is made only when a person starts signing in (see
 * {@link AccessControl} and {@link Csrf}); Jetty's scavenger, run on a schedule by every instance, deletes the rows
 * of sessions that expired.
 */
public final class Sessions {
    static final String COOKIE = "LIAISON_SESSION";
    static final int IDLE_SECONDS = 30 * 60;
    /** How often each instance looks for expired sessions. */
    static final int SCAVENGE_SECONDS = 10 * 60;
    /**
     * How long past its expiry a session is left for the instance that last used it, before any instance deletes
     * it (Jetty's default is an hour; no instance holds sessions in memory here, so a short wait is enough).
     */
    static final int GRACE_SECONDS = 5 * 60;
    /**
     * How long a session read and left unchanged may go without being written back. Jetty writes a session when an
     * attribute changed and otherwise only to move its access and expiry times; with no cache every request read the
     * row and wrote it back (one UPDATE per page, about a third of a signed-in page's statements). Written at most
     * this often, the stored expiry may lag the last access by up to this long: a session idle for 30 minutes ends
     * between 29 and 30 minutes after its last request, never later, and a changed attribute is always written.
     */
    static final int SAVE_SECONDS = 60;

    private Sessions() {
    }

    /**
     * Sessions in the database for the portal, and the scheduled removal of expired ones. Registers a before-handler:
     * install before the access check.
     */
    public static void install(JavalinConfig config, Database database, boolean secureCookies) {
        config.jetty.modifyServer(Sessions::scavengeOnSchedule);
        config.jetty.modifyServletContextHandler(
                context -> context.setSessionHandler(handler(new FailureNoting(database.dataSource()), secureCookies)));
        config.routes.beforeMatched(ctx -> unreadableWhileDown(ctx, database.dataSource()));
    }

    /**
     * While the database is down (or no connection is free in time) the session cannot be read, and Jetty carries
     * on as if there were none: the person would look signed out, sent to sign in, what they sent lost. Such a
     * request is answered 503 instead (ErrorPages); the session's row is still there when the database answers
     * again, and the person still signed in. Static files need no session and are served as ever.
     */
    private static void unreadableWhileDown(Context ctx, DataSource dataSource) {
        boolean unread = !ctx.routeRoles().isEmpty() && ctx.req().getRequestedSessionId() != null
                && ctx.req().getSession(false) == null; // reading it (if Jetty has not yet) may fail now
        boolean failed = FailureNoting.failedOnThisThread();
        // a pooled connection may have broken under the read itself (not when it was taken): a session that was
        // asked for and not found is looked at twice, the database asked whether it answers at all
        if (unread && (failed || !answers(dataSource))) {
            throw new ServiceUnavailableResponse();
        }
    }

    private static boolean answers(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * The sessions' connections, noting on the request's thread when one could not be had: Jetty logs such a
     * failure and reads it as "no session", so this is how the portal learns of it.
     */
    private static final class FailureNoting extends DelegatingDataSource {
        private static final ThreadLocal<Boolean> FAILED = ThreadLocal.withInitial(() -> false);

        FailureNoting(DataSource delegate) {
            super(delegate);
        }

        @Override
        public Connection getConnection() throws SQLException {
            try {
                return super.getConnection();
            } catch (SQLException e) {
                FAILED.set(true);
                throw e;
            }
        }

        /** Whether a connection failed on this thread since the last call; forgets it. */
        static boolean failedOnThisThread() {
            boolean failed = FAILED.get();
            FAILED.set(false);
            return failed;
        }
    }

    private static void scavengeOnSchedule(Server server) {
        DefaultSessionIdManager ids = new DefaultSessionIdManager(server);
        HouseKeeper houseKeeper = new HouseKeeper();
        try {
            houseKeeper.setIntervalSec(SCAVENGE_SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        ids.setSessionHouseKeeper(houseKeeper);
        // the session handler takes the server's id manager, and with it this housekeeper
        server.addBean(ids, true);
    }

    static SessionHandler handler(DataSource dataSource, boolean secureCookies) {
        SessionHandler handler = new SessionHandler();
        handler.setSessionCookie(COOKIE);
        handler.setHttpOnly(true);
        handler.setSameSite(HttpCookie.SameSite.LAX);
        // Secure whenever the request came over TLS; always, when the portal is configured as behind TLS
        handler.setSecureRequestOnly(true);
        if (secureCookies) {
            handler.setSessionCookieAttribute("Secure", "true");
        }
        handler.setMaxInactiveInterval(IDLE_SECONDS);

        DatabaseAdaptor adaptor = new DatabaseAdaptor();
        adaptor.setDatasource(dataSource);
        adaptor.setBlobType("MEDIUMBLOB");
        JDBCSessionDataStoreFactory stores = new JDBCSessionDataStoreFactory();
        stores.setDatabaseAdaptor(adaptor);
        stores.setGracePeriodSec(GRACE_SECONDS);
        stores.setSavePeriodSec(SAVE_SECONDS);
        // look for the sessions table in this database only: with no catalog, MariaDB's metadata searches every
        // database on the server, so a JettySessions table in another database meant ours was never created
        SessionTableSchema table = new SessionTableSchema();
        table.setCatalogName(SessionTableSchema.INFERRED);
        stores.setSessionTableSchema(table);

        NullSessionCache cache = new NullSessionCache(handler);
        cache.setSessionDataStore(stores.getSessionDataStore(handler));
        cache.setSaveOnCreate(true);
        cache.setFlushOnResponseCommit(true);
        cache.setRemoveUnloadableSessions(true);
        handler.setSessionCache(cache);
        return handler;
    }
}

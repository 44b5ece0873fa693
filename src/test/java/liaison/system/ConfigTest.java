package liaison.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Settings from environment variables, each with a default (DESIGN.md §10). */
class ConfigTest {

    @Test
    void noSettingsGiveTheEmbeddedDemo() {
        Config c = Config.from(Map.of());
        assertEquals(7070, c.port());
        assertEquals(Path.of("data").toAbsolutePath(), c.dataDir());
        assertTrue(c.dataDir().isAbsolute());
        assertEquals(Optional.empty(), c.dbUrl());
        assertEquals("root", c.dbUser());
        assertEquals("", c.dbPassword());
        assertTrue(c.demo(), "the embedded database gets the demo data");
        assertFalse(c.secureCookies());
    }

    @Test
    void theAuditKeyAndCheckpointFileLiveInTheDataFolderUnlessNamed() {
        Config c = Config.from(Map.of("LIAISON_DATA_DIR", "/srv/liaison"));
        assertEquals(Path.of("/srv/liaison/audit-signing-key"), c.auditKeyFile());
        assertEquals(Path.of("/srv/liaison/audit-checkpoints.txt"), c.auditCheckpoints());
        Config named = Config.from(Map.of("LIAISON_AUDIT_KEY_FILE", "/etc/liaison/key",
                "LIAISON_AUDIT_CHECKPOINTS", "/mnt/elsewhere/checkpoints.txt"));
        assertEquals(Path.of("/etc/liaison/key"), named.auditKeyFile());
        assertEquals(Path.of("/mnt/elsewhere/checkpoints.txt"), named.auditCheckpoints());
    }

    @Test
    void theDemoAnswersThisMachineOnly() {
        assertEquals("127.0.0.1", Config.from(Map.of()).host());
        assertEquals("127.0.0.1", Config.from(Map.of("LIAISON_DEMO", "true", "LIAISON_DB_URL", "jdbc:mariadb://db/x")).host());
        assertEquals("0.0.0.0", Config.from(Map.of("LIAISON_DEMO", "false")).host());
        assertEquals("0.0.0.0", Config.from(Map.of("LIAISON_DB_URL", "jdbc:mariadb://db/x")).host());
        assertEquals("192.0.2.10", Config.from(Map.of("LIAISON_HOST", "192.0.2.10")).host());
    }

    @Test
    void theConsoleShowsWarningsUnlessToldOtherwise() {
        assertEquals("warn", Config.from(Map.of()).logLevel());
        assertEquals("info", Config.from(Map.of("LIAISON_LOG_LEVEL", "info")).logLevel());
    }

    @Test
    void portAndDataFolderAreOverridden() {
        Config c = Config.from(Map.of("LIAISON_PORT", "8081", "LIAISON_DATA_DIR", "/var/lib/liaison"));
        assertEquals(8081, c.port());
        assertEquals(Path.of("/var/lib/liaison"), c.dataDir());
    }

    @Test
    void aRelativeDataFolderIsMadeAbsolute() {
        Config c = Config.from(Map.of("LIAISON_DATA_DIR", "somewhere/else"));
        assertEquals(Path.of("somewhere/else").toAbsolutePath(), c.dataDir());
    }

    @Test
    void anExternalDatabaseGetsNoDemoData() {
        Config c = Config.from(Map.of(
                "LIAISON_DB_URL", "jdbc:mariadb://db.example:3306/liaison",
                "LIAISON_DB_USER", "liaison",
                "LIAISON_DB_PASSWORD", "s3cret"));
        assertEquals(Optional.of("jdbc:mariadb://db.example:3306/liaison"), c.dbUrl());
        assertEquals("liaison", c.dbUser());
        assertEquals("s3cret", c.dbPassword());
        assertFalse(c.demo(), "an external database is someone's real data");
    }

    @Test
    void anExternalDatabaseGetsDemoDataOnlyWhenAsked() {
        String url = "jdbc:mariadb://db.example:3306/liaison";
        assertTrue(Config.from(Map.of("LIAISON_DB_URL", url, "LIAISON_DEMO", "true")).demo());
        assertFalse(Config.from(Map.of("LIAISON_DB_URL", url, "LIAISON_DEMO", "false")).demo());
        assertFalse(Config.from(Map.of("LIAISON_DB_URL", url, "LIAISON_DEMO", "yes")).demo(), "only \"true\"");
    }

    @Test
    void theDemoCanBeTurnedOffOnTheEmbeddedDatabase() {
        assertFalse(Config.from(Map.of("LIAISON_DEMO", "false")).demo());
    }

    @Test
    void aBlankDatabaseUrlMeansTheEmbeddedOne() {
        Config c = Config.from(Map.of("LIAISON_DB_URL", "  "));
        assertEquals(Optional.empty(), c.dbUrl());
        assertTrue(c.demo());
    }

    @Test
    void secureCookiesAreTurnedOn() {
        assertTrue(Config.from(Map.of("LIAISON_SECURE_COOKIES", "true")).secureCookies());
    }

    @Test
    void theBenchmarksFortunesRouteIsOffUnlessAskedFor() {
        assertFalse(Config.from(Map.of()).benchFortunes());
        assertFalse(Config.from(Map.of("LIAISON_BENCH_FORTUNES", "false")).benchFortunes());
        assertFalse(Config.from(Map.of("LIAISON_BENCH_FORTUNES", "yes")).benchFortunes(), "only \"true\"");
        assertTrue(Config.from(Map.of("LIAISON_BENCH_FORTUNES", "true")).benchFortunes());
    }

    @Test
    void aPortThatIsNoNumberStopsTheStart() {
        assertThrows(IllegalArgumentException.class, () -> Config.from(Map.of("LIAISON_PORT", "eighty")));
    }
}

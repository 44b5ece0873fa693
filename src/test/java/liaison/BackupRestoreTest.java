package liaison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Optional;
import liaison.audit.AuditLog;
import liaison.demo.DemoData;
import liaison.system.Backup;
import liaison.system.Config;
import liaison.system.Database;
import liaison.system.EmbeddedMariaDb;
import liaison.requests.RequestType;
import liaison.support.RequestFixture;
import liaison.support.TestApp;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The README's backup and restore (issue 15): {@code backup FILE} copies the database of a running portal with the
 * embedded server's mariadb-dump; {@code restore FILE} puts it into a new data folder; the portal starts there, finds
 * what was filed, and its audit chain verifies.
 */
@Tag("faults")
class BackupRestoreTest {
    @Test
    void aBackupOfARunningPortalRestoresIntoAFreshServerWhereThePortalStartsAndTheChainVerifies() throws Exception {
        Path root = Files.createDirectories(Path.of("target", "backup-test")).toAbsolutePath();
        Path before = Files.createTempDirectory(root, "running-");
        Path after = Files.createTempDirectory(root, "restored-");
        Path file = before.resolveSibling(before.getFileName() + ".sql");
        long requests;
        long entries;
        long words;
        try (EmbeddedMariaDb server = EmbeddedMariaDb.start(before);
             TestApp running = TestApp.on(Database.connect(server.createDatabase("liaison"), server.appUser(),
                     server.appPassword()))) {
            running.session().signInAs(DemoData.ACCOUNTS.get(0).email()).get("/requests");
            requests = count(running.database, "requests");
            entries = count(running.database, "audit_log");
            words = count(running.database, "search_texts");
            assertTrue(requests > 0 && entries > 0, "the demo data is there to back up");

            Output out = new Output();
            assertEquals(0, Backup.run(new String[] {"backup", file.toString()}, config(before), out.stream), out.text());
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)),
                    "a backup holds personal data: its owner's alone");
            assertTrue(Files.readString(file).contains("CREATE TABLE `requests`"), out.text());
            Output again = new Output();
            assertEquals(2, Backup.run(new String[] {"backup", file.toString()}, config(before), again.stream));
            assertTrue(again.text().contains("exists already"), again.text());
        }

        Output out = new Output();
        assertEquals(0, Backup.run(new String[] {"restore", file.toString()}, config(after), out.stream), out.text());
        Output twice = new Output();
        assertEquals(2, Backup.run(new String[] {"restore", file.toString()}, config(after), twice.stream));
        assertTrue(twice.text().contains("holds data already"), twice.text());

        try (EmbeddedMariaDb server = EmbeddedMariaDb.start(after);
             TestApp restored = TestApp.on(Database.connect(server.createDatabase("liaison"), server.appUser(),
                     server.appPassword()))) {
            assertEquals(requests, count(restored.database, "requests"));
            assertTrue(count(restored.database, "audit_log") >= entries);
            assertEquals(Optional.empty(), new AuditLog(restored.database.jdbi(), Clock.systemUTC()).verify());
            assertEquals(200, restored.session().signInAs(DemoData.ACCOUNTS.get(0).email()).get("/requests")
                    .statusCode());
            // the search's words came back, and so did the triggers that write them with their function (V64): a
            // request filed on the restored server is found by the words of its narrative
            assertEquals(words, count(restored.database, "search_texts"));
            long filed = new RequestFixture(restored).file(RequestType.INFORMATION_REQUEST);
            String found = restored.session().signInAs(RequestFixture.NY_REQUESTER).get("/search?text=removal+case")
                    .body();
            assertTrue(found.contains("href=\"/requests/" + filed + "\""), found);
        }
    }

    private static long count(Database database, String table) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
    }

    private static Config config(Path dataDir) {
        return Config.from(java.util.Map.of("LIAISON_DATA_DIR", dataDir.toString()));
    }

    private static final class Output {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}

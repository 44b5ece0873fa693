package liaison.search;

import static liaison.search.SearchFixture.DENVER_SHERIFF;
import static liaison.search.SearchFixture.person;
import static liaison.support.RequestFixture.DENVER_REQUESTER;
import static liaison.support.RequestFixture.NYC_DOC;
import static liaison.support.RequestFixture.NY_REQUESTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import liaison.requests.Priority;
import liaison.support.RequestFixture;
import liaison.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bounded memory (issue 12): 100,000 results, each carrying a 1,000-character narrative (over 100 MB were they all
 * held at once, by the driver or by the portal), exported by a JVM of its own limited to a 64 MB heap. The export
 * streams or that JVM runs out of memory; every row arrives, and none of another agency's.
 */
class SearchExportMemoryTest {
    static final int ROWS = 100_000;
    static final String NAME = "Marisol Export-Heapwell";

    static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        SearchFixture fixture = new SearchFixture(new RequestFixture(app));
        long ours = fixture.file(NY_REQUESTER, NYC_DOC, person(NAME, null, "A-055-000-111", null, null, null),
                "Export.", Priority.ROUTINE);
        long theirs = fixture.file(DENVER_REQUESTER, DENVER_SHERIFF, person(NAME, null, "A055000111", null, null,
                null), "Export.", Priority.ROUTINE);
        // one long word: full text ignores a token this long, so the copies are not slowed by indexing it
        app.database.jdbi().useHandle(h -> h.createUpdate("UPDATE requests SET narrative = :n WHERE id = :id")
                .bind("n", "x".repeat(1_000)).bind("id", ours).execute());
        RequestCopies.copyInBulk(app.database.jdbi(), ours, ROWS - 1, "MEM-");
        RequestCopies.copyInBulk(app.database.jdbi(), theirs, 1_000, "MDX-");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aHundredThousandRowsStreamThroughA64MegabyteHeap() throws IOException, InterruptedException {
        HikariDataSource pool = (HikariDataSource) app.database.dataSource();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process child = new ProcessBuilder(List.of(java, "-Xmx64m", "-XX:+ExitOnOutOfMemoryError", "-cp", classPath,
                ExportInSmallHeap.class.getName(), pool.getJdbcUrl(), pool.getUsername(),
                pool.getPassword() == null ? "" : pool.getPassword(), NY_REQUESTER, NAME))
                .redirectErrorStream(true).start();
        String output;
        try (var in = child.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the export finished");
        assertEquals(0, child.exitValue(), output);
        String result = output.lines().filter(l -> l.startsWith("rows=")).findFirst().orElse(output);
        assertTrue(result.startsWith("rows=" + ROWS + " lines=" + (ROWS + 1) + " "),
                "every row of New York's, none of Denver's, and the header: " + result);
        long maxHeap = Long.parseLong(result.replaceAll(".*maxHeap=", "").strip());
        assertTrue(maxHeap <= 64L * 1024 * 1024, "the child's heap was limited: " + maxHeap);
    }
}

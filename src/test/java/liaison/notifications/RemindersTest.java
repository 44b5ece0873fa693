package liaison.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import liaison.requests.Priority;
import liaison.requests.RequestState;
import liaison.requests.RequestType;
import liaison.support.RequestFixture;
import liaison.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reminders driven by the moved clock: due soon to the clerks, on the due day to the clerks and the agency's admins,
 * overdue to the clerks and the requester, each once
 * per due date however often the job runs; nothing while the clock is paused for a clarification.
 */
class RemindersTest {
    static TestApp app;
    static RequestFixture requests;
    static Reminders reminders;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        requests = new RequestFixture(app);
        reminders = app.modules().notifications().reminders();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void dueSoonThenOverdueEachOnceAndNotWhilePaused() {
        Instant start = app.clock.instant();
        try {
            long id = requests.file(RequestType.INFORMATION_REQUEST);
            long paused = requests.inState(RequestState.CLARIFICATION_REQUESTED);
            Instant due = dueOf(id);
            reminders.run();
            assertEquals(List.of(), told(id), "ten business days left: nothing yet");

            app.clock.set(due.minus(Duration.ofDays(1)));
            reminders.run();
            reminders.run();
            assertEquals(List.of(RequestFixture.NYC_CLERK + " due-soon"), told(id));

            app.clock.set(due.minus(Duration.ofHours(2)));
            reminders.run();
            reminders.run();
            List<String> dueDay = List.of(RequestFixture.NYC_CLERK + " due-soon", RequestFixture.NYC_ADMIN + " due-today",
                    RequestFixture.NYC_CLERK + " due-today");
            assertEquals(dueDay, told(id), "escalated to the agency's admins on the due day");

            app.clock.set(due.plus(Duration.ofMinutes(1)));
            reminders.run();
            reminders.run();
            assertEquals(List.of(RequestFixture.NYC_CLERK + " due-soon", RequestFixture.NYC_ADMIN + " due-today",
                    RequestFixture.NYC_CLERK + " due-today", RequestFixture.NYC_CLERK + " overdue",
                    RequestFixture.NY_REQUESTER + " overdue"), told(id));
            assertEquals(List.of(), told(paused), "a paused clock reminds nobody");
        } finally {
            app.clock.set(start);
        }
    }

    @Test
    void aSubpoenaPastItsReturnDateIsReadyToReferForItsFilerAndApprovers() {
        Instant start = app.clock.instant();
        try {
            long id = requests.file(RequestType.ADMINISTRATIVE_SUBPOENA);
            requests.workflow.approve(requests.account(RequestFixture.NY_APPROVER), id, requests.version(id),
                    RequestFixture.AFFIRMED);
            app.clock.set(dueOf(id).plus(Duration.ofMinutes(1)));
            reminders.run();
            reminders.run();
            assertEquals(List.of(RequestFixture.NY_APPROVER + " past-return-date",
                    RequestFixture.NYC_CLERK + " past-return-date", RequestFixture.NY_REQUESTER + " past-return-date"),
                    told(id).stream().filter(t -> t.endsWith(" past-return-date")).toList());
        } finally {
            app.clock.set(start);
        }
    }

    @Test
    void anEmergencyIsDueSoonFromTheStart() {
        long id = requests.file(RequestType.INFORMATION_REQUEST, Priority.EMERGENCY, RequestFixture.NYC_DOC, 1).get(0);
        reminders.run();
        List<String> told = told(id);
        assertEquals(1, told.stream().filter(t -> t.startsWith(RequestFixture.NYC_CLERK + " due-")).count(), told::toString);
    }

    private static Instant dueOf(long id) {
        return app.database.jdbi().withHandle(h -> h.createQuery("SELECT due_at FROM requests WHERE id = :id")
                .bind("id", id).mapTo(Instant.class).one());
    }

    /** "email kind" of each reminder notification about the request, ordered by kind then address. */
    private static List<String> told(long id) {
        return app.database.jdbi().withHandle(h -> h.createQuery("""
                SELECT CONCAT(a.email, ' ', n.kind) FROM notifications n JOIN accounts a ON a.id = n.account_id
                WHERE n.request_id = :id AND n.reminder_id IS NOT NULL ORDER BY n.kind, a.email""")
                .bind("id", id).mapTo(String.class).list());
    }
}

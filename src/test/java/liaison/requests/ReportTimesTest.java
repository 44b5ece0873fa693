package liaison.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import liaison.support.RequestFixture;
import liaison.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The times the reports read are kept at the move, and a start-up fills in those of older requests the same way. */
class ReportTimesTest {
    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static List<Object> times() {
        return app.database.jdbi().withHandle(h -> h.createQuery("""
                SELECT id, acknowledged_at IS NOT NULL AS ack, ack_business_days, answer_business_days FROM requests
                WHERE submitted_at IS NOT NULL ORDER BY id""").mapToMap().list().stream().map(m -> (Object) m).toList());
    }

    @Test
    void theBackfillGivesWhatTheMovesGave() {
        RequestFixture requests = new RequestFixture(app);
        requests.inState(RequestState.ANSWERED);
        requests.inState(RequestState.CLARIFICATION_REQUESTED);
        List<Object> atTheMoves = times();
        long timed = app.database.jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM requests WHERE answer_business_days >= 0").mapTo(Long.class).one());
        assertEquals(true, timed > 1, "the demo's answers and the fixture's were timed when answered");
        // as V25 leaves a database written before it: the first response known, no days counted
        app.database.jdbi().useHandle(h -> h.execute(
                "UPDATE requests SET ack_business_days = NULL, answer_business_days = NULL"));
        new ReportTimes(app.modules().requests().clock()).backfill(app.database.jdbi());
        assertEquals(atTheMoves, times());
    }
}

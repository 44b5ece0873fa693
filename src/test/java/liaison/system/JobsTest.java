package liaison.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import liaison.support.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Scheduled work on db-scheduler over MariaDB: each job is one row of {@code scheduled_tasks} however many portal
 * instances start it (the row is what makes a run happen once per cluster), and a job does run.
 */
class JobsTest {

    @Test
    void twoInstancesShareOneRowPerJobAndTheJobsRun() throws InterruptedException {
        try (Database db = TestDatabase.fresh()) {
            CountDownLatch ran = new CountDownLatch(2);
            List<Jobs.Job> jobs = List.of(
                    new Jobs.Job("counting", Duration.ofMillis(50), ran::countDown),
                    new Jobs.Job("hourly", Duration.ofHours(1), () -> { }));
            try (Jobs first = new Jobs(db.dataSource(), jobs, Duration.ofMillis(100)).start();
                 Jobs second = new Jobs(db.dataSource(), jobs, Duration.ofMillis(100)).start()) {
                assertTrue(ran.await(20, TimeUnit.SECONDS), "the job ran");
                assertEquals(List.of("counting", "hourly"), db.jdbi().withHandle(h -> h.createQuery(
                        "SELECT task_name FROM scheduled_tasks ORDER BY task_name").mapTo(String.class).list()));
            }
        }
    }
}

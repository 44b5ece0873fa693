package liaison.system;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.LoggerFactory;

/**
 * The portal's scheduled work on db-scheduler: each job is a recurring task whose next run is a row of
 * {@code scheduled_tasks}, picked by one instance at a time, so with several portal instances on one database each
 * run happens once. A failing run is logged and the job runs again at its next turn; it never stops the portal.
 */
public final class Jobs implements AutoCloseable {
    /** A named piece of work, run again {@code every} after the last run ended. The name is stored: keep it. */
    public record Job(String name, Duration every, Runnable work) {
    }

    private final Scheduler scheduler;

    public Jobs(DataSource dataSource, List<Job> jobs, Duration polling) {
        List<RecurringTask<Void>> tasks = jobs.stream().map(Jobs::task).toList();
        this.scheduler = new SchedulerBuilder(dataSource, List.of())
                .startTasks(tasks)
                .threads(2)
                .pollingInterval(polling)
                // times in the table are read back the same on every instance, whatever its zone (STACK.md 8)
                .alwaysPersistTimestampInUTC()
                .build();
    }

    private static RecurringTask<Void> task(Job job) {
        return Tasks.recurring(job.name(), FixedDelay.of(job.every())).execute((instance, context) -> {
            try {
                job.work().run();
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(Jobs.class).error("Job {} failed", job.name(), e);
            }
        });
    }

    /**
     * Brings the job's next run forward to now, on whichever instance picks it first (for tests and operators);
     * false when the job is not scheduled (its run may be under way).
     */
    public boolean runNow(String name) {
        boolean moved = scheduler.reschedule(TaskInstanceId.of(name, RecurringTask.INSTANCE), Instant.now());
        scheduler.triggerCheckForDueExecutions();
        return moved;
    }

    public Jobs start() {
        scheduler.start();
        return this;
    }

    @Override
    public void close() {
        scheduler.stop();
    }
}

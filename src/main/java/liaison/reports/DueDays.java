package liaison.reports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import liaison.system.Jobs;
import org.jdbi.v3.core.Jdbi;

/**
 * The kept rows of what is on the clock whose due date has passed, summed each hour into one row per filing day
 * (V66, {@code report_roll_due}): a report reads them as overdue whatever their due date was, so their number no
 * longer grows with the overdue requests. Today's due dates stay as they are: those due earlier today are counted
 * from the requests ({@link ReportDays#live}).
 */
public final class DueDays {
    private static final String ROLL = "CALL report_roll_due(?)";
    private final Jdbi jdbi;
    private final Clock clock;

    DueDays(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Sums the rows due before today (the day now is in, as due dates are kept). */
    void run() {
        LocalDate today = ReportDays.today(clock.instant());
        jdbi.useHandle(h -> h.execute(ROLL, today));
    }

    Jobs.Job job() {
        return new Jobs.Job("report-due-days", Duration.ofHours(1), this::run);
    }

    /** The same on a connection of its own (the generator, after it made the counts again). */
    static void run(Connection c, LocalDate today) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(ROLL)) {
            s.setObject(1, today);
            s.execute();
        }
    }
}

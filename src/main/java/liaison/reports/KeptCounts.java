package liaison.reports;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

/**
 * The reports' kept counts (report_days, V50) made again from the requests: for code that writes requests in bulk
 * with foreign key checks off, which the triggers keeping the counts then leave alone (the data generator).
 */
public final class KeptCounts {
    private KeptCounts() {
    }

    /** Counts everything again, then sums the rows due before today as the hourly job does ({@link DueDays}). */
    public static void rebuild(Statement s) throws SQLException {
        s.execute("CALL report_rebuild()");
        DueDays.run(s.getConnection(), ReportDays.today(Instant.now()));
    }
}

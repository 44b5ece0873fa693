package liaison.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * Reads a report's numbers into a {@link Tally}: the stored days wholly inside its days from the counts kept per day
 * and per month in {@code report_days} (V50, V63: maintained by triggers in the same transaction as each change, per
 * agency and for the portal), and the rest, less than a day at each end of each segment of the {@link Span}, counted
 * from the requests with the same conditions ({@link Measure}). A statement per side for each: a few hundred summary
 * rows and a few hours of requests, whatever the number of requests. Counted (a {@link Span} without kept days), the
 * live statement reads the whole range. The SQL is built from fixed fragments; every value is a bound parameter.
 */
final class ReportDays {
    private final Jdbi jdbi;

    ReportDays(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * Adds the kept counts of the measures (all of one side) over the span's kept days, summed by the database per
     * segment and value: of a year's portal-wide rows (26,000 on a million requests, mostly the agencies by days to
     * answer and by due date), a thousand sums come back. Their temporary table holds the sums only.
     */
    void kept(Scope s, Span span, Set<Measure> measures, LocalDate today, Tally into) {
        if (span.kept.isEmpty() || measures.isEmpty()) {
            return;
        }
        // each row's segment and sign as few comparisons as there can be: the database makes them on every row read
        StringBuilder segment = new StringBuilder();
        List<String> taken = new ArrayList<>();
        StringBuilder where = new StringBuilder();
        for (int i = 0; i < span.kept.size(); i++) {
            Span.Days d = span.kept.get(i);
            String range = "x.grain = :grain" + i + " AND x.day >= :from" + i + " AND x.day < :to" + i;
            segment.append(" WHEN ").append(range).append(" THEN ").append(d.segment());
            if (d.sign() < 0) {
                taken.add("(" + range + ")");
            }
            where.append(i == 0 ? "" : " OR ").append('(').append(range).append(')');
        }
        boolean oneSegment = span.kept.stream().mapToInt(Span.Days::segment).distinct().count() == 1;
        StringBuilder read = new StringBuilder();
        List<String> onClock = new ArrayList<>();
        for (Measure m : measures) {
            if (m.clocked()) {
                read.append(" WHEN '").append(m.kept).append("' THEN ").append(m.keptRead());
                onClock.add("'" + m.kept + "'");
            }
        }
        String sql = "SELECT x.measure AS m, " + (oneSegment ? span.kept.get(0).segment() : "CASE" + segment + " END")
                + " AS k, " + (onClock.isEmpty() ? "x.value" : "CASE x.measure" + read + " ELSE x.value END") + " AS v, "
                + (taken.isEmpty() ? "SUM(x.n)" : "SUM(CASE WHEN " + String.join(" OR ", taken) + " THEN -x.n ELSE x.n END)")
                + " AS n"
                + " FROM report_days x WHERE x.side = :side AND x.agency_id = :whose AND x.measure IN (<measures>)"
                + " AND (" + where + ")"
                + (onClock.isEmpty() ? "" : " AND (x.measure NOT IN (" + String.join(", ", onClock) + ") OR "
                        + Measure.keptOverdue() + ")")
                + " GROUP BY k, m, v ORDER BY NULL";
        jdbi.useHandle(h -> {
            Query q = h.createQuery(sql).bind("side", String.valueOf(measures.iterator().next().side))
                    .bind("whose", s.portal() ? 0L : s.agencyId())
                    .bindList("measures", measures.stream().map(m -> m.kept).toList());
            for (int i = 0; i < span.kept.size(); i++) {
                Span.Days d = span.kept.get(i);
                q.bind("grain" + i, String.valueOf(d.grain())).bind("from" + i, d.from()).bind("to" + i, d.to());
            }
            if (!onClock.isEmpty()) {
                q.bind("today", today.toString());
            }
            q.map((rs, ctx) -> {
                into.add(rs.getString("m"), rs.getInt("k"), rs.getString("v"), rs.getLong("n"));
                return null;
            }).list();
        });
    }

    /**
     * Adds the counts of the measures (all of one side) over the span's live pieces, counted from the requests; and
     * for the measures of what is on the clock (read as overdue: due before today), those of the whole range due
     * earlier today.
     */
    void live(Scope s, Span span, Set<Measure> measures, Instant now, Tally into) {
        List<String> branches = new ArrayList<>();
        for (Measure m : measures) {
            if (!span.live.isEmpty()) {
                StringBuilder which = new StringBuilder();
                StringBuilder where = new StringBuilder();
                for (int i = 0; i < span.live.size(); i++) {
                    which.append(" WHEN ").append(m.time()).append(" < :end").append(i).append(" THEN ").append(i);
                    where.append(i == 0 ? "" : " OR ").append(m.time()).append(" >= :start").append(i)
                            .append(" AND ").append(m.time()).append(" < :end").append(i);
                }
                branches.add("SELECT '" + m.kept + "' AS m, CASE" + which + " END AS k, CAST(" + m.liveRead()
                        + " AS CHAR) AS v, COUNT(*) AS n" + m.from() + " WHERE (" + where + ")" + m.whose(s)
                        + m.liveCondition() + " GROUP BY k, v");
            }
            if (m.clocked()) {
                branches.add("SELECT '" + m.kept + "' AS m, -1 AS k, CAST(" + m.liveRead()
                        + " AS CHAR) AS v, COUNT(*) AS n" + m.from() + " WHERE " + m.time() + " >= :first AND "
                        + m.time() + " < :last" + m.whose(s) + m.condition
                        + " AND r.due_at >= :todayStart AND r.due_at < :now GROUP BY v");
            }
        }
        if (branches.isEmpty()) {
            return;
        }
        String sql = String.join(" UNION ALL ", branches);
        jdbi.useHandle(h -> {
            Query q = h.createQuery(sql);
            for (int i = 0; i < span.live.size(); i++) {
                q.bind("start" + i, span.live.get(i).start()).bind("end" + i, span.live.get(i).end());
            }
            if (sql.contains(":todayStart")) {
                q.bind("todayStart", today(now).atStartOfDay());
            }
            if (sql.contains(":now")) {
                q.bind("first", span.segments.get(0).start()).bind("last", span.segments.get(span.segments.size() - 1).end())
                        .bind("now", Span.stored(now));
            }
            if (sql.contains(":agency")) {
                q.bind("agency", s.agencyId());
            }
            if (sql.contains(":counterpart")) {
                q.bind("counterpart", s.counterpart());
            }
            q.map((rs, ctx) -> {
                int k = rs.getInt("k");
                into.add(rs.getString("m"), k < 0 ? -1 : span.live.get(k).segment(), rs.getString("v"),
                        rs.getLong("n"));
                return null;
            }).list();
        });
    }

    /** The day "now" is in, as the kept due dates are written. */
    static LocalDate today(Instant now) {
        return Span.stored(now).toLocalDate();
    }
}

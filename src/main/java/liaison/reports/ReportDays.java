package liaison.reports;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import liaison.requests.RequestType;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * The portal's report from the counts kept per day and per month in {@code report_days} (V50, maintained by triggers
 * in the same transaction as each change): a few hundred rows whatever the number of requests, where counting read
 * every request of the range. The counts are by the stored DATETIME's date, so they answer exactly a report whose
 * days are those dates: the portal's (system admins, in the portal's zone), every agency together. Each method
 * returns what the {@link ReportQueries} method of the same name counts.
 */
final class ReportDays {
    private final Jdbi jdbi;

    ReportDays(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Whether the kept counts answer this report: the portal's, over days of the zone the dates are stored in. */
    static boolean covers(Scope s, ReportFilter f) {
        return s != null && s.portal() && s.counterpart() == null
                && f.zone().getRules().equals(ZoneId.systemDefault().getRules());
    }

    List<ReportQueries.Month> receivedByMonth(ReportFilter f) {
        Map<String, Map<RequestType, Long>> months = new TreeMap<>();
        run("SELECT DATE_FORMAT(x.day, '%Y-%m') AS m, x.value AS v, SUM(x.n) AS n", "L", "type", " GROUP BY m, v HAVING n <> 0 ORDER BY NULL", f,
                q -> q.map((rs, ctx) -> months.computeIfAbsent(rs.getString("m"), k -> new LinkedHashMap<>())
                        .put(RequestType.valueOf(rs.getString("v")), rs.getLong("n"))).list());
        return months.entrySet().stream().map(e -> new ReportQueries.Month(e.getKey(), e.getValue())).toList();
    }

    ReportQueries.OnTime onTime(ReportFilter f) {
        Map<String, Long> n = counts("L", List.of("answered", "onTime"), f);
        return new ReportQueries.OnTime(n.getOrDefault("answered", 0L), n.getOrDefault("onTime", 0L));
    }

    Distribution days(String measure, ReportFilter f) {
        Map<Integer, Long> counts = new HashMap<>();
        byValue("L", measure, f).forEach((v, n) -> counts.put(Integer.parseInt(v), n));
        return new Distribution(counts);
    }

    Map<String, Long> outcomes(ReportFilter f) {
        return new TreeMap<>(byValue("L", "outcome", f));
    }

    /** The basis is kept as its kind, then ":" and the citation when the kind is a citation. */
    List<ReportQueries.Withheld> withheld(ReportFilter f) {
        return run("SELECT SUBSTRING_INDEX(x.value, ':', 1) AS k, IF(LOCATE(':', x.value) > 0,"
                        + " SUBSTRING(x.value, LOCATE(':', x.value) + 1), NULL) AS c, SUM(x.n) AS n", "L", "withheld",
                " GROUP BY x.value HAVING n <> 0 ORDER BY n DESC, k, c LIMIT 100", f,
                q -> q.map((rs, ctx) -> new ReportQueries.Withheld(rs.getString("k"), rs.getString("c"),
                        rs.getLong("n"))).list());
    }

    Map<String, Long> subpoenaStages(ReportFilter f) {
        Map<String, Long> stages = new LinkedHashMap<>();
        // every stage listed, those with none too
        ReportQueries.STAGES.forEach(stage -> stages.put(stage, 0L));
        stages.putAll(byValue("F", "stage", f));
        return stages;
    }

    /** Open requests filed, by the agency addressed (its id). */
    Map<Long, Long> openByAgency(ReportFilter f) {
        Map<Long, Long> open = new HashMap<>();
        byValue("F", "open", f).forEach((v, n) -> open.put(Long.parseLong(v), n));
        return open;
    }

    /** Business days to answer by the agency addressed: agency id to (days to requests). */
    Map<Long, Map<Integer, Long>> answerDaysByAgency(ReportFilter f) {
        Map<Long, Map<Integer, Long>> counts = new HashMap<>();
        byValue("F", "agencyDays", f).forEach((v, n) -> {
            int colon = v.indexOf(':');
            counts.computeIfAbsent(Long.parseLong(v.substring(0, colon)), k -> new HashMap<>())
                    .put(Integer.parseInt(v.substring(colon + 1)), n);
        });
        return counts;
    }

    private Map<String, Long> byValue(String side, String measure, ReportFilter f) {
        return counts(side, List.of(measure), f);
    }

    /** The counts of one or more measures by value (a single measure) or by measure (values all ''). */
    private Map<String, Long> counts(String side, List<String> measures, ReportFilter f) {
        Map<String, Long> counts = new HashMap<>();
        for (String measure : measures) {
            run("SELECT x.value AS v, SUM(x.n) AS n", side, measure, " GROUP BY x.value HAVING n <> 0 ORDER BY NULL", f,
                    q -> q.map((rs, ctx) -> counts.merge(measures.size() == 1 ? rs.getString("v") : measure,
                            rs.getLong("n"), Long::sum)).list());
        }
        return counts;
    }

    /**
     * One measure over the filter's days: the months wholly inside them from the monthly counts, the days before and
     * after those from the daily ones.
     */
    private <T> T run(String select, String side, String measure, String rest, ReportFilter f,
                      Function<Query, T> use) {
        LocalDate firstMonth = f.from().withDayOfMonth(1).equals(f.from()) ? f.from()
                : f.from().with(TemporalAdjusters.firstDayOfNextMonth());
        LocalDate afterMonths = f.to().plusDays(1).withDayOfMonth(1);
        if (!afterMonths.isAfter(firstMonth)) {
            firstMonth = f.from();
            afterMonths = f.from();
        }
        String sql = select + " FROM report_days x WHERE x.side = :side AND x.agency_id = 0 AND x.measure = :measure"
                + " AND ((x.grain = 'M' AND x.day >= :firstMonth AND x.day < :afterMonths)"
                + " OR (x.grain = 'D' AND x.day >= :from AND x.day < :firstMonth)"
                + " OR (x.grain = 'D' AND x.day >= :afterMonths AND x.day <= :to))" + rest;
        LocalDate first = firstMonth;
        LocalDate after = afterMonths;
        return jdbi.withHandle(h -> use.apply(h.createQuery(sql).bind("side", side).bind("measure", measure)
                .bind("firstMonth", first).bind("afterMonths", after).bind("from", f.from()).bind("to", f.to())));
    }
}

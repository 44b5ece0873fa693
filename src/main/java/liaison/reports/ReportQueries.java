package liaison.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import liaison.agencies.Agency;
import liaison.agencies.AgencyKind;
import liaison.requests.Deadlines;
import liaison.requests.RequestState;
import liaison.requests.RequestType;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.Query;

/**
 * The reports' numbers, each one query that aggregates in the database. Whose requests count is the first condition
 * of every query ({@link Scope}): a local agency's sections count the requests served on it by when they were served,
 * a federal office's the requests it filed by when they were filed. The SQL is built from fixed fragments; every
 * value is a bound parameter.
 */
final class ReportQueries {
    /** A subpoena's stage for the federal report: CASE over the stored state, outcome and court order. */
    static final String STAGE = "CASE WHEN r.state = 'PENDING_APPROVAL' THEN 'PENDING_APPROVAL'"
            + " WHEN r.state = 'REFERRED_FOR_ENFORCEMENT' THEN 'REFERRED'"
            + " WHEN r.state IN ('ANSWERED', 'CLOSED') AND r.outcome = 'DECLINED' THEN 'DECLINED'"
            + " WHEN r.state IN ('ANSWERED', 'CLOSED') THEN 'ANSWERED'"
            + " WHEN r.state = 'WITHDRAWN' THEN 'WITHDRAWN'"
            + " WHEN r.court_ordered THEN 'COURT_ORDERED' ELSE 'SERVED' END";
    static final List<String> STAGES = List.of("PENDING_APPROVAL", "SERVED", "DECLINED", "REFERRED", "COURT_ORDERED",
            "ANSWERED", "WITHDRAWN");

    record Month(String month, Map<RequestType, Long> byType) {
        long total() {
            return byType.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    record OnTime(long answered, long onTime) {
    }

    record Withheld(String kind, String citation, long items) {
    }

    record AgencyLoad(long id, String name, long open, long overdue) {
    }

    record AgencyTimes(long id, String name, Distribution days) {
    }

    record SignIns(LocalDate day, long failures, long lockouts) {
    }

    private final Jdbi jdbi;
    private final ReportDays kept;

    ReportQueries(Jdbi jdbi) {
        this(jdbi, true);
    }

    /** {@code useKept} false: always count the requests (tests compare the kept counts with the counted ones). */
    ReportQueries(Jdbi jdbi, boolean useKept) {
        this.jdbi = jdbi;
        this.kept = useKept ? new ReportDays(jdbi) : null;
    }

    private boolean kept(Scope s, ReportFilter f) {
        return kept != null && ReportDays.covers(s, f);
    }

    /** Requests served per month (in the viewer's zone) and type. */
    List<Month> receivedByMonth(Scope s, ReportFilter f) {
        if (kept(s, f)) {
            return kept.receivedByMonth(f);
        }
        Map<String, Map<RequestType, Long>> months = new TreeMap<>();
        run("SELECT DATE_FORMAT(CONVERT_TZ(r.submitted_at, :stored, :offset), '%Y-%m') AS m, r.request_type AS t,"
                + " COUNT(*) AS n FROM requests r" + local(s) + " GROUP BY m, t ORDER BY NULL", s, f,
                q -> q.map((rs, ctx) -> months.computeIfAbsent(rs.getString("m"),
                        k -> new LinkedHashMap<>())
                        .put(RequestType.valueOf(rs.getString("t")), rs.getLong("n"))).list());
        return months.entrySet().stream().map(e -> new Month(e.getKey(), e.getValue())).toList();
    }

    /** Answered requests that had a due date, and how many of them were answered by it. */
    OnTime onTime(Scope s, ReportFilter f) {
        if (kept(s, f)) {
            return kept.onTime(f);
        }
        return run("SELECT COUNT(*) AS answered, COALESCE(SUM(r.answered_at <= r.due_at), 0) AS on_time"
                + " FROM requests r" + local(s) + " AND r.answered_at IS NOT NULL AND r.due_at IS NOT NULL", s, f,
                q -> q.map((rs, ctx) -> new OnTime(rs.getLong("answered"), rs.getLong("on_time"))).one());
    }

    /**
     * Business days from service to the agency's first response. The days are set only with the response (and
     * cleared with an answer a court order set aside), so the conditions stay within the report indexes of V25.
     */
    Distribution acknowledgeDays(Scope s, ReportFilter f) {
        return kept(s, f) ? kept.days("ack", f) : days("r.ack_business_days", local(s), s, f);
    }

    /** Business days from service to the answer. */
    Distribution answerDays(Scope s, ReportFilter f) {
        return kept(s, f) ? kept.days("answer", f) : days("r.answer_business_days", local(s), s, f);
    }

    private Distribution days(String column, String where, Scope s, ReportFilter f) {
        Map<Integer, Long> counts = new HashMap<>();
        run("SELECT " + column + " AS d, COUNT(*) AS n FROM requests r" + where + " AND " + column + " >= 0"
                + " GROUP BY d ORDER BY NULL", s, f,
                q -> q.map((rs, ctx) -> counts.put(rs.getInt("d"), rs.getLong("n"))).list());
        return new Distribution(counts);
    }

    /** Answered requests by outcome, in the enum's order. */
    Map<String, Long> outcomes(Scope s, ReportFilter f) {
        if (kept(s, f)) {
            return kept.outcomes(f);
        }
        Map<String, Long> byOutcome = new TreeMap<>();
        run("SELECT r.outcome AS o, COUNT(*) AS n FROM requests r" + local(s)
                + " AND r.outcome IS NOT NULL AND r.answered_at IS NOT NULL GROUP BY o ORDER BY NULL", s, f,
                q -> q.map((rs, ctx) -> byOutcome.put(rs.getString("o"), rs.getLong("n"))).list());
        return byOutcome;
    }

    /** Withheld items by the basis chosen: a citation of the policy, administrative process, or another basis. */
    List<Withheld> withheld(Scope s, ReportFilter f) {
        if (kept(s, f)) {
            return kept.withheld(f);
        }
        return run("SELECT COALESCE(i.basis_kind, 'OTHER') AS k, CASE WHEN i.basis_kind = 'CITATION'"
                + " THEN i.basis_citation END AS c, COUNT(*) AS n FROM request_items i JOIN requests r"
                + " ON r.id = i.request_id" + local(s) + " AND i.disposition = 'WITHHELD' GROUP BY k, c"
                + " ORDER BY n DESC, k, c LIMIT 100", s, f,
                q -> q.map((rs, ctx) -> new Withheld(rs.getString("k"), rs.getString("c"), rs.getLong("n")))
                        .list());
    }

    /** Served requests overdue now. */
    long overdue(Scope s, ReportFilter f, Instant now) {
        return run("SELECT COUNT(*) FROM requests r" + local(s) + " AND " + Deadlines.OVERDUE_SQL, s, f,
                q -> q.bind("now", now).mapTo(Long.class).one());
    }

    /** Open requests filed, and of them those overdue now, by the agency they are addressed to. */
    List<AgencyLoad> openByAgency(Scope s, ReportFilter f, Instant now) {
        if (kept(s, f)) {
            return keptLoad(s, f, now);
        }
        return run("SELECT g.id, g.name, COUNT(*) AS open, COALESCE(SUM(" + Deadlines.OVERDUE_SQL + "), 0) AS overdue"
                + " FROM requests r JOIN agencies g ON g.id = r.agency_id" + federal(s) + " AND r.state IN "
                + RequestState.sqlList(RequestState.open()) + " GROUP BY g.id, g.name ORDER BY g.name", s, f,
                q -> q.bind("now", now).map((rs, ctx) -> new AgencyLoad(rs.getLong("id"),
                        rs.getString("name"),
                        rs.getLong("open"), rs.getLong("overdue"))).list());
    }

    /** Subpoenas filed by stage ({@link #STAGE}), every stage listed. */
    Map<String, Long> subpoenaStages(Scope s, ReportFilter f) {
        if (kept(s, f)) {
            return kept.subpoenaStages(f);
        }
        Map<String, Long> stages = new LinkedHashMap<>();
        STAGES.forEach(stage -> stages.put(stage, 0L));
        run("SELECT " + STAGE + " AS stage, COUNT(*) AS n FROM requests r" + federal(s)
                + " AND r.request_type = 'ADMINISTRATIVE_SUBPOENA' GROUP BY stage ORDER BY NULL", s, f,
                q -> q.map((rs, ctx) -> stages.put(rs.getString("stage"), rs.getLong("n"))).list());
        return stages;
    }

    /** Business days to answer, by the agency addressed. */
    List<AgencyTimes> answerDaysByAgency(Scope s, ReportFilter f) {
        if (kept(s, f)) {
            Map<Long, Map<Integer, Long>> counts = kept.answerDaysByAgency(f);
            return names(counts.keySet()).entrySet().stream().map(e -> new AgencyTimes(e.getKey(), e.getValue(),
                    new Distribution(counts.get(e.getKey())))).sorted(java.util.Comparator.comparing(AgencyTimes::name))
                    .toList();
        }
        Map<Long, String> names = new TreeMap<>();
        Map<Long, Map<Integer, Long>> counts = new HashMap<>();
        run("SELECT g.id, g.name, r.answer_business_days AS d, COUNT(*) AS n FROM requests r JOIN agencies g"
                + " ON g.id = r.agency_id" + federal(s) + " AND r.answer_business_days >= 0"
                + " GROUP BY g.id, g.name, d ORDER BY NULL", s, f,
                q -> q.map((rs, ctx) -> {
                    names.put(rs.getLong("id"), rs.getString("name"));
                    return counts.computeIfAbsent(rs.getLong("id"), k -> new HashMap<>())
                            .put(rs.getInt("d"), rs.getLong("n"));
                }).list());
        return names.entrySet().stream().map(e -> new AgencyTimes(e.getKey(), e.getValue(),
                new Distribution(counts.get(e.getKey())))).sorted(java.util.Comparator.comparing(AgencyTimes::name))
                .toList();
    }

    /** {@link #openByAgency} from the kept counts of open requests; the overdue among them counted now. */
    private List<AgencyLoad> keptLoad(Scope s, ReportFilter f, Instant now) {
        Map<Long, Long> open = kept.openByAgency(f);
        Map<Long, Long> overdue = new HashMap<>();
        run("SELECT r.agency_id AS a, COUNT(*) AS n FROM requests r" + federal(s) + " AND " + Deadlines.OVERDUE_SQL
                + " GROUP BY r.agency_id ORDER BY NULL", s, f, q -> q.bind("now", now)
                .map((rs, ctx) -> overdue.put(rs.getLong("a"), rs.getLong("n"))).list());
        return names(open.keySet()).entrySet().stream()
                .map(e -> new AgencyLoad(e.getKey(), e.getValue(), open.get(e.getKey()),
                        overdue.getOrDefault(e.getKey(), 0L))).toList();
    }

    /** The agencies' names by id, in name order. */
    private Map<Long, String> names(java.util.Set<Long> ids) {
        Map<Long, String> names = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            jdbi.useHandle(h -> h.createQuery("SELECT id, name FROM agencies WHERE id IN (<ids>) ORDER BY name")
                    .bindList("ids", List.copyOf(ids))
                    .map((rs, ctx) -> names.put(rs.getLong("id"), rs.getString("name"))).list());
        }
        return names;
    }

    /** Failed sign-ins and lockouts per day (the audit log's entries), days in the viewer's zone. */
    List<SignIns> signIns(ReportFilter f) {
        return run("SELECT DATE(CONVERT_TZ(a.occurred_at, :stored, :offset)) AS d,"
                + " SUM(a.action = 'sign-in.failed') AS failures, SUM(a.action = 'sign-in.locked') AS lockouts"
                + " FROM audit_log a WHERE a.action IN ('sign-in.failed', 'sign-in.locked')"
                + " AND a.occurred_at >= :start AND a.occurred_at < :end GROUP BY d ORDER BY d", null, f,
                q -> q.map((rs, ctx) -> new SignIns(rs.getDate("d").toLocalDate(),
                        rs.getLong("failures"),
                        rs.getLong("lockouts"))).list());
    }

    /** The agencies of {@code kind} (every agency when null), in name order: the filter's choices. */
    List<Agency> agencies(AgencyKind kind) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM agencies WHERE kind = COALESCE(:kind, kind)"
                        + " ORDER BY name LIMIT 1000")
                .bind("kind", kind == null ? null : kind.name()).map(ConstructorMapper.of(Agency.class)).list());
    }

    /** The requests served on the scope's agency (every local agency for the portal) within the days. */
    private static String local(Scope s) {
        return " WHERE r.submitted_at >= :start AND r.submitted_at < :end"
                + (s.side() == Scope.Side.LOCAL ? " AND r.agency_id = :agency" : "")
                + (s.counterpart() != null ? " AND r.office_id = :counterpart" : "");
    }

    /** The requests the scope's office filed (every office's for the portal) within the days; drafts are not filed. */
    private static String federal(Scope s) {
        return " WHERE r.created_at >= :start AND r.created_at < :end AND r.state <> 'DRAFT'"
                + (s.side() == Scope.Side.FEDERAL ? " AND r.office_id = :agency" : "")
                + (s.counterpart() != null ? " AND r.agency_id = :counterpart" : "");
    }

    /** The zone's offset at {@code at} as CONVERT_TZ reads it without time zone tables: "+00:00", "-07:00". */
    static String offset(Instant at, java.time.ZoneId zone) {
        ZoneOffset o = at.atZone(zone).getOffset();
        return o.equals(ZoneOffset.UTC) ? "+00:00" : o.getId();
    }

    private <T> T run(String sql, Scope s, ReportFilter f, java.util.function.Function<Query, T> use) {
        return jdbi.withHandle(h -> use.apply(bind(h.createQuery(sql), s, f)));
    }

    private static Query bind(Query q, Scope s, ReportFilter f) {
        q.bind("start", f.start()).bind("end", f.end())
                .bind("offset", offset(f.end(), f.zone()))
                // a DATETIME holds the instant as the driver wrote it: in the JVM's zone (UTC where it runs as told)
                .bind("stored", offset(f.end(), java.time.ZoneId.systemDefault()));
        if (s != null && s.side() != Scope.Side.PORTAL) {
            q.bind("agency", s.agencyId());
        }
        if (s != null && s.counterpart() != null) {
            q.bind("counterpart", s.counterpart());
        }
        return q;
    }
}

package liaison.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import liaison.agencies.Agency;
import liaison.agencies.AgencyKind;
import liaison.requests.RequestType;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/**
 * The reports' numbers, read for a section at once ({@link #tally}): from the counts kept per day (V63) and, at the
 * edges of the viewer's days, from the requests ({@link ReportDays}). Whose requests count is the first condition of
 * every query ({@link Scope}): a local agency's sections count the requests served on it by when they were served,
 * a federal office's the requests it filed by when they were filed. One method per number as well, for the tests.
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
    private final ReportDays days;
    private final boolean useKept;

    ReportQueries(Jdbi jdbi) {
        this(jdbi, true);
    }

    /** {@code useKept} false: always count the requests (tests compare the kept counts with the counted ones). */
    ReportQueries(Jdbi jdbi, boolean useKept) {
        this.jdbi = jdbi;
        this.days = new ReportDays(jdbi);
        this.useKept = useKept;
    }

    /**
     * The measures' counts for the scope over the filter's days: from the kept counts and the requests at the edges
     * ({@link Span}), or, for a report narrowed to an agency of the other side (which the kept counts are not kept
     * by), counted from the scope's requests of the whole range (their indexes, V51). The requests by type by month
     * (of the viewer's zone), the others over the whole range.
     */
    Tally tally(Scope s, ReportFilter f, Set<Measure> measures, Instant now) {
        boolean kept = useKept && s.counterpart() == null;
        Span monthly = new Span(f, true, kept);
        Span whole = new Span(f, false, kept);
        Tally tally = new Tally(monthly);
        for (boolean local : List.of(true, false)) {
            if (local ? !s.local() : !s.federal()) {
                continue;
            }
            Set<Measure> byMonth = EnumSet.noneOf(Measure.class);
            Set<Measure> overAll = EnumSet.noneOf(Measure.class);
            measures.stream().filter(m -> m.local() == local)
                    .forEach(m -> (m == Measure.TYPE ? byMonth : overAll).add(m));
            days.kept(s, monthly, byMonth, ReportDays.today(now), tally);
            days.kept(s, whole, overAll, ReportDays.today(now), tally);
            days.live(s, monthly, byMonth, now, tally);
            days.live(s, whole, overAll, now, tally);
        }
        return tally;
    }

    private Tally tally(Scope s, ReportFilter f, Measure m) {
        return tally(s, f, EnumSet.of(m), Instant.now());
    }

    /** Requests served per month (in the viewer's zone) and type. */
    List<Month> receivedByMonth(Scope s, ReportFilter f) {
        return tally(s, f, Measure.TYPE).months();
    }

    /** Answered requests that had a due date, and how many of them were answered by it. */
    OnTime onTime(Scope s, ReportFilter f) {
        return tally(s, f, EnumSet.of(Measure.ANSWERED, Measure.ON_TIME), Instant.now()).onTime();
    }

    /** Business days from service to the agency's first response. */
    Distribution acknowledgeDays(Scope s, ReportFilter f) {
        return tally(s, f, Measure.ACK).days(Measure.ACK);
    }

    /** Business days from service to the answer. */
    Distribution answerDays(Scope s, ReportFilter f) {
        return tally(s, f, Measure.ANSWER).days(Measure.ANSWER);
    }

    /** Answered requests by outcome, in the enum's order. */
    Map<String, Long> outcomes(Scope s, ReportFilter f) {
        return tally(s, f, Measure.OUTCOME).outcomes();
    }

    /** Withheld items by the basis chosen: a citation of the policy, administrative process, or another basis. */
    List<Withheld> withheld(Scope s, ReportFilter f) {
        return tally(s, f, Measure.WITHHELD).withheld();
    }

    /** Served requests overdue now. */
    long overdue(Scope s, ReportFilter f, Instant now) {
        return tally(s, f, EnumSet.of(Measure.DUE), now).overdue();
    }

    /** Open requests filed, and of them those overdue now, by the agency they are addressed to. */
    List<AgencyLoad> openByAgency(Scope s, ReportFilter f, Instant now) {
        return load(tally(s, f, EnumSet.of(Measure.OPEN, Measure.DUE_BY), now));
    }

    /** Subpoenas filed by stage ({@link #STAGE}), every stage listed. */
    Map<String, Long> subpoenaStages(Scope s, ReportFilter f) {
        return tally(s, f, Measure.STAGE).stages();
    }

    /** Business days to answer, by the agency addressed. */
    List<AgencyTimes> answerDaysByAgency(Scope s, ReportFilter f) {
        return times(tally(s, f, Measure.AGENCY_DAYS));
    }

    /** The open requests by agency, with the overdue among them, in the agencies' name order. */
    List<AgencyLoad> load(Tally t) {
        Map<Long, Long> open = t.open();
        Map<Long, Long> overdue = t.overdueByAgency();
        return names(open.keySet()).entrySet().stream().map(e -> new AgencyLoad(e.getKey(), e.getValue(),
                open.get(e.getKey()), overdue.getOrDefault(e.getKey(), 0L))).toList();
    }

    /** The business days to answer by agency, in the agencies' name order. */
    List<AgencyTimes> times(Tally t) {
        Map<Long, Map<Integer, Long>> counts = t.answerDaysByAgency();
        return names(counts.keySet()).entrySet().stream().map(e -> new AgencyTimes(e.getKey(), e.getValue(),
                new Distribution(counts.get(e.getKey())))).toList();
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
        return jdbi.withHandle(h -> h.createQuery("SELECT DATE(CONVERT_TZ(a.occurred_at, :stored, :offset)) AS d,"
                + " SUM(a.action = 'sign-in.failed') AS failures, SUM(a.action = 'sign-in.locked') AS lockouts"
                + " FROM audit_log a WHERE a.action IN ('sign-in.failed', 'sign-in.locked')"
                + " AND a.occurred_at >= :start AND a.occurred_at < :end GROUP BY d ORDER BY d")
                .bind("start", f.start()).bind("end", f.end()).bind("offset", offset(f.end(), f.zone()))
                // a DATETIME holds the instant as the driver wrote it: in the JVM's zone (UTC where it runs as told)
                .bind("stored", offset(f.end(), java.time.ZoneId.systemDefault()))
                .map((rs, ctx) -> new SignIns(rs.getDate("d").toLocalDate(),
                        rs.getLong("failures"),
                        rs.getLong("lockouts"))).list());
    }

    /** The agencies of {@code kind} (every agency when null), in name order: the filter's choices. */
    List<Agency> agencies(AgencyKind kind) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM agencies WHERE kind = COALESCE(:kind, kind)"
                        + " ORDER BY name LIMIT 1000")
                .bind("kind", kind == null ? null : kind.name()).map(ConstructorMapper.of(Agency.class)).list());
    }

    /** The zone's offset at {@code at} as CONVERT_TZ reads it without time zone tables: "+00:00", "-07:00". */
    static String offset(Instant at, java.time.ZoneId zone) {
        ZoneOffset o = at.atZone(zone).getOffset();
        return o.equals(ZoneOffset.UTC) ? "+00:00" : o.getId();
    }
}

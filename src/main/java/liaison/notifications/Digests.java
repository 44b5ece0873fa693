package liaison.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import liaison.deadlines.BusinessCalendar;
import liaison.deadlines.DueClock;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The daily digest, from 7 a.m. in each person's agency zone: what is overdue, due today and due soon, with counts and
 * tracking numbers. A clerk's digest covers the agency's queue; a requester's the requests they filed. Once per
 * person per local day (the {@code digests} row is the proof, so instances and reruns send nothing twice); a day
 * with nothing due sends no mail unless the person asked for it on quiet days too; a person who turned the digest
 * off gets none ({@link Preferences}).
 */
public final class Digests {
    static final LocalTime AT = LocalTime.of(7, 0);
    private static final Duration LOOK_AHEAD = Duration.ofDays(7);

    private final Jdbi jdbi;
    private final Clock clock;
    private final MailTemplates mails;
    private final BusinessCalendar calendar = BusinessCalendar.federal();

    Digests(Jdbi jdbi, Clock clock, MailTemplates mails) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.mails = mails;
    }

    /**
     * A person who gets a digest, whether they read the agency's queue (a clerk) or their own filings, and whether
     * they want it on quiet days too.
     */
    record Reader(long id, String email, String timeZone, long agencyId, boolean clerk, boolean quiet) {
    }

    /** A request with a running clock, as the digest lists it: tracking number and due instant only. */
    record Due(String trackingNumber, Instant dueAt) {
    }

    @RegisterConstructorMapper(Reader.class)
    @RegisterConstructorMapper(Due.class)
    interface Dao {
        @SqlQuery("""
                SELECT a.id, a.email, g.time_zone, a.agency_id, MAX(ro.role = 'CLERK') AS clerk,
                       COALESCE(MAX(p.quiet_digest), FALSE) AS quiet
                FROM accounts a JOIN account_roles ro ON ro.account_id = a.id AND ro.role IN ('CLERK', 'REQUESTER')
                JOIN agencies g ON g.id = a.agency_id
                LEFT JOIN notification_preferences p ON p.account_id = a.id
                WHERE a.active AND COALESCE(p.digest, TRUE)
                GROUP BY a.id, a.email, g.time_zone, a.agency_id ORDER BY a.id""")
        List<Reader> readers();

        @SqlUpdate("INSERT IGNORE INTO digests (account_id, local_date, sent_at) VALUES (:account, :day, :now)")
        int record(@Bind("account") long accountId, @Bind("day") LocalDate day, @Bind("now") Instant now);

        @SqlQuery("""
                SELECT tracking_number, due_at FROM requests
                WHERE (agency_id = :agency AND :clerk OR created_by = :account) AND state IN ('SUBMITTED', 'ACKNOWLEDGED')
                  AND NOT clock_paused AND due_at IS NOT NULL AND due_at <= :until ORDER BY due_at, id LIMIT 200""")
        List<Due> dueFor(@Bind("account") long accountId, @Bind("agency") long agencyId, @Bind("clerk") boolean clerk,
                         @Bind("until") Instant until);
    }

    /** Sends the digests whose hour has come; returns how many mails were queued. */
    public int run() {
        Instant now = clock.instant();
        int queued = 0;
        for (Reader reader : jdbi.onDemand(Dao.class).readers()) {
            ZonedDateTime local = now.atZone(ZoneId.of(reader.timeZone()));
            if (!local.toLocalTime().isBefore(AT)) {
                queued += jdbi.inTransaction(h -> digest(h, reader, local.toLocalDate(), now)) ? 1 : 0;
            }
        }
        return queued;
    }

    private boolean digest(Handle h, Reader reader, LocalDate day, Instant now) {
        Dao dao = h.attach(Dao.class);
        if (dao.record(reader.id(), day, now) == 0) {
            return false;
        }
        ZoneId zone = ZoneId.of(reader.timeZone());
        Map<String, List<String>> groups = new LinkedHashMap<>();
        groups.put("overdue", new ArrayList<>());
        groups.put("today", new ArrayList<>());
        groups.put("soon", new ArrayList<>());
        for (Due d : dao.dueFor(reader.id(), reader.agencyId(), reader.clerk(), now.plus(LOOK_AHEAD))) {
            DueClock.Status status = DueClock.statusOf(calendar, zone, d.dueAt(), now);
            if (status == DueClock.Status.OVERDUE) {
                groups.get("overdue").add(d.trackingNumber());
            } else if (d.dueAt().atZone(zone).toLocalDate().equals(day)) {
                groups.get("today").add(d.trackingNumber());
            } else if (status == DueClock.Status.DUE_SOON) {
                groups.get("soon").add(d.trackingNumber());
            }
        }
        if (!reader.quiet() && groups.values().stream().allMatch(List::isEmpty)) {
            return false;
        }
        MailTemplates.Mail mail = mails.digest(groups, day);
        h.attach(OutboxDao.class).queue(null, reader.email(), mail.subject(), mail.text(), mail.html(), now);
        return true;
    }
}

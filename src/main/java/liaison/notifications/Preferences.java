package liaison.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import liaison.system.Role;
import liaison.system.User;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Each person's choice, kind by kind, of e-mail and in-app or in-app only, and of the daily digest (on or off; also
 * on quiet days or not). With no choice saved, everything comes by e-mail and the digest comes on days with
 * something due. Emergencies and court orders always come by e-mail: they are not offered.
 */
final class Preferences {
    /** Always mailed, whatever the person chose. */
    static final String COURT_ORDER = "court-order-recorded";

    /** The kinds each role hears of ({@link Audience}, {@link Reminders}), in the order the page lists them. */
    static final Map<String, Set<Role>> KINDS = kinds();

    private final Jdbi jdbi;
    private final Clock clock;

    Preferences(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** What a person chose: the kinds they read in-app only, and their digest. */
    record Settings(Set<String> inAppOnly, boolean digest, boolean quietDigest) {
        static final Settings DEFAULT = new Settings(Set.of(), true, false);
    }

    interface Dao {
        @SqlQuery("SELECT kind FROM notification_in_app_only WHERE account_id = :account ORDER BY kind")
        Set<String> inAppOnly(@Bind("account") long accountId);

        @SqlQuery("SELECT COUNT(*) > 0 FROM notification_in_app_only WHERE account_id = :account AND kind = :kind")
        boolean inAppOnly(@Bind("account") long accountId, @Bind("kind") String kind);

        @SqlQuery("SELECT digest FROM notification_preferences WHERE account_id = :account")
        List<Boolean> digest(@Bind("account") long accountId);

        @SqlQuery("SELECT quiet_digest FROM notification_preferences WHERE account_id = :account")
        List<Boolean> quietDigest(@Bind("account") long accountId);

        @SqlUpdate("""
                INSERT INTO notification_preferences (account_id, digest, quiet_digest, updated_at)
                VALUES (:account, :digest, :quiet, :now)
                ON DUPLICATE KEY UPDATE digest = :digest, quiet_digest = :quiet, updated_at = :now""")
        void save(@Bind("account") long accountId, @Bind("digest") boolean digest, @Bind("quiet") boolean quiet,
                  @Bind("now") Instant now);

        @SqlUpdate("DELETE FROM notification_in_app_only WHERE account_id = :account")
        void clearInAppOnly(@Bind("account") long accountId);

        @SqlUpdate("INSERT INTO notification_in_app_only (account_id, kind) VALUES (:account, :kind)")
        void addInAppOnly(@Bind("account") long accountId, @Bind("kind") String kind);
    }

    /** The kinds this person hears of and may choose for, in the page's order (court orders are not a choice). */
    static List<String> offered(User person) {
        return KINDS.entrySet().stream()
                .filter(e -> !e.getKey().equals(COURT_ORDER) && e.getValue().stream().anyMatch(person::has))
                .map(Map.Entry::getKey).toList();
    }

    /** Whether this person gets a daily digest at all (a clerk of the queue, a requester of their filings). */
    static boolean digestOffered(User person) {
        return person.has(Role.CLERK) || person.has(Role.REQUESTER);
    }

    /** Whether a notification of this kind goes by e-mail whatever the person chose. */
    static boolean alwaysMailed(String kind, boolean emergency) {
        return emergency || COURT_ORDER.equals(kind);
    }

    Settings of(long accountId) {
        return jdbi.withHandle(h -> {
            Dao dao = h.attach(Dao.class);
            List<Boolean> digest = dao.digest(accountId);
            List<Boolean> quiet = dao.quietDigest(accountId);
            return new Settings(dao.inAppOnly(accountId), digest.isEmpty() || digest.get(0),
                    !quiet.isEmpty() && quiet.get(0));
        });
    }

    void save(long accountId, Settings settings) {
        jdbi.useTransaction(h -> {
            Dao dao = h.attach(Dao.class);
            dao.save(accountId, settings.digest(), settings.quietDigest(), clock.instant());
            dao.clearInAppOnly(accountId);
            settings.inAppOnly().forEach(kind -> dao.addInAppOnly(accountId, kind));
        });
    }

    private static Map<String, Set<Role>> kinds() {
        Set<Role> clerk = Set.of(Role.CLERK);
        Set<Role> filer = Set.of(Role.REQUESTER, Role.APPROVER);
        Map<String, Set<Role>> kinds = new LinkedHashMap<>();
        kinds.put("filed", clerk);
        kinds.put("awaiting-approval", Set.of(Role.APPROVER));
        kinds.put("approved", Set.of(Role.CLERK, Role.REQUESTER));
        kinds.put("returned", Set.of(Role.REQUESTER));
        kinds.put("acknowledged", filer);
        kinds.put("clarification-requested", filer);
        kinds.put("clarification-given", clerk);
        kinds.put("answered", filer);
        kinds.put("refused", filer);
        kinds.put("release-amended", filer);
        kinds.put("due-soon", clerk);
        kinds.put("due-today", Set.of(Role.CLERK, Role.AGENCY_ADMIN));
        kinds.put("overdue", Set.of(Role.CLERK, Role.REQUESTER));
        kinds.put("past-return-date", Set.of(Role.CLERK, Role.REQUESTER, Role.APPROVER));
        kinds.put(COURT_ORDER, clerk);
        return java.util.Collections.unmodifiableMap(kinds);
    }
}

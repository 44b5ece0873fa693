package liaison.audit;

import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import liaison.agencies.Agency;
import liaison.agencies.AgencyDao;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/**
 * Searches the audit log, newest first, by keyset on the id: the page after entry N shows entries below N. The SQL
 * is put together from fixed pieces, one per filter given; every value is a bound parameter.
 */
final class AuditSearch {
    private static final String SELECT = """
            SELECT l.id, l.seq, l.occurred_at, l.actor_id, l.actor_email, l.agency_id, g.name AS agency_name, l.action,
                   l.object_type, l.object_id, l.details, l.client_ip, l.prev_hash, l.entry_hash
            FROM audit_log l LEFT JOIN agencies g ON g.id = l.agency_id
            WHERE l.id < :beforeId""";

    private final Jdbi jdbi;

    AuditSearch(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Up to {@code limit} entries matching, with ids below {@code beforeId}, newest first. */
    List<AuditRow> page(AuditFilter.Criteria c, long beforeId, int limit) {
        StringBuilder sql = new StringBuilder(SELECT);
        Map<String, Object> binds = new HashMap<>();
        binds.put("beforeId", beforeId);
        condition(sql, binds, "l.actor_email = :person", "person", c.person());
        condition(sql, binds, "l.agency_id = :agencyId", "agencyId", c.agencyId());
        condition(sql, binds, "l.action = :action", "action", c.action());
        condition(sql, binds, "l.object_type = :objectType", "objectType", c.objectType());
        condition(sql, binds, "l.object_id = :objectId", "objectId", c.objectId());
        condition(sql, binds, "l.occurred_at >= :from", "from",
                c.from() == null ? null : c.from().atStartOfDay(ZoneOffset.UTC).toInstant());
        condition(sql, binds, "l.occurred_at < :to", "to",
                c.to() == null ? null : c.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        sql.append(" ORDER BY l.id DESC LIMIT :limit");
        binds.put("limit", limit);
        return jdbi.withHandle(h -> h.createQuery(sql.toString()).bindMap(binds)
                .map(ConstructorMapper.of(AuditRow.class)).list());
    }

    /** The agencies to filter by, by name. */
    List<Agency> agencies() {
        return jdbi.onDemand(AgencyDao.class).page("", 1000);
    }

    /** Every action the log holds, for the filter's choice list (read from the action index). */
    List<String> actions() {
        return jdbi.withHandle(h -> h.createQuery("SELECT DISTINCT action FROM audit_log ORDER BY action LIMIT 1000")
                .mapTo(String.class).list());
    }

    private static void condition(StringBuilder sql, Map<String, Object> binds, String piece, String name,
                                  Object value) {
        if (value != null) {
            sql.append(" AND ").append(piece);
            binds.put(name, value);
        }
    }
}

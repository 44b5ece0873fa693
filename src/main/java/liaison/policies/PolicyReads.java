package liaison.policies;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import liaison.requests.LegalProcess;
import liaison.requests.RequestedItem;
import liaison.system.Columns;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Reading policy versions on the caller's handle, with {@link PolicyDao}'s SQL and fixed row mappers. A request's
 * page reads the version its answer relied on, and the answer form's guide the agency's current one, on every
 * view: through an on-demand PolicyDao each of the four statements took a handle of its own, attached the DAO and
 * resolved a ConstructorMapper, which in the page's profile cost more CPU than the queries.
 */
final class PolicyReads {
    private static final RowMapper<PolicyDao.Head> HEAD = (rs, ctx) -> new PolicyDao.Head(rs.getLong("id"),
            rs.getLong("agency_id"), rs.getInt("version"), rs.getString("statement"),
            Columns.date(rs, "effective_on"), rs.getString("published_by"), Columns.instant(rs, "published_at"));
    private static final RowMapper<PolicyDao.Rule> RULE = (rs, ctx) -> new PolicyDao.Rule(
            Columns.named(rs, "item", RequestedItem.class), Columns.named(rs, "process", LegalProcess.class),
            Columns.named(rs, "decision", Decision.class));
    private static final RowMapper<String> CITATION = (rs, ctx) -> rs.getString("citation");

    private PolicyReads() {
    }

    /** The agency's newest version. */
    static Optional<PolicyVersion> current(Handle h, long agencyId) {
        return h.createQuery(PolicyDao.CURRENT_HEAD).bind("agencyId", agencyId).map(HEAD).findFirst()
                .map(head -> whole(h, head));
    }

    static Optional<PolicyVersion> version(Handle h, long id) {
        return h.createQuery(PolicyDao.HEAD_BY_ID).bind("id", id).map(HEAD).findFirst().map(head -> whole(h, head));
    }

    /** The version an answered request relied on; the caller has checked the request is visible. */
    static Optional<PolicyVersion> reliedOn(Handle h, long requestId) {
        return h.createQuery(PolicyDao.RELIED_ON).bind("requestId", requestId).mapTo(Long.class).findFirst()
                .flatMap(id -> version(h, id));
    }

    /** A version with its citations and its matrix (item, then process, to decision). */
    static PolicyVersion whole(PolicyDao.Head h, List<PolicyDao.Rule> rules, List<String> citations) {
        Map<RequestedItem, Map<LegalProcess, Decision>> matrix = new EnumMap<>(RequestedItem.class);
        for (PolicyDao.Rule r : rules) {
            matrix.computeIfAbsent(r.item(), i -> new EnumMap<>(LegalProcess.class)).put(r.process(), r.decision());
        }
        return new PolicyVersion(h.id(), h.agencyId(), h.version(), h.statement(), citations, h.effectiveOn(),
                h.publishedBy(), h.publishedAt(), matrix);
    }

    private static PolicyVersion whole(Handle h, PolicyDao.Head head) {
        return whole(head, h.createQuery(PolicyDao.RULES).bind("id", head.id()).map(RULE).list(),
                h.createQuery(PolicyDao.CITATIONS).bind("id", head.id()).map(CITATION).list());
    }
}

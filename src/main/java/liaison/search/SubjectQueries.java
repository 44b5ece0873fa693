package liaison.search;

import java.util.List;
import liaison.disclosures.Disclosure;
import liaison.requests.Request;
import liaison.requests.RequestDao;
import liaison.requests.RequestMapper;
import liaison.requests.RequestState;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/**
 * One person across requests: every request the viewer's agency may see that names any of a request's identifiers
 * (compared as V20 keys them), and the agency's own disclosures under those requests. Bounded lists: a person is
 * the subject of a handful of requests, not thousands.
 */
final class SubjectQueries {
    static final int LIMIT = 200;

    private final Jdbi jdbi;

    SubjectQueries(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The visible requests sharing an identifier with request {@code id} (itself among them), newest first. */
    List<Request> sameSubject(long viewerAgency, long id) {
        // the request's identifiers as scalar subqueries (constants to the optimizer), not a join: the SELECT reads
        // requests first (STRAIGHT_JOIN), so a joined second copy would be read after a scan of the first
        return jdbi.withHandle(h -> h.createQuery(RequestDao.SELECT + """
                         WHERE (r.office_id = :viewerAgency OR (r.agency_id = :viewerAgency AND r.state NOT IN\s"""
                        + RequestState.sqlList(RequestState.NOT_SERVED) + """
                        ))
                           AND (r.id = :id OR r.a_number_key = (SELECT s.a_number_key FROM requests s WHERE s.id = :id)
                                OR r.fbi_number_key = (SELECT s.fbi_number_key FROM requests s WHERE s.id = :id)
                                OR r.state_id_key = (SELECT s.state_id_key FROM requests s WHERE s.id = :id)
                                OR r.booking_number_key = (SELECT s.booking_number_key FROM requests s WHERE s.id = :id))
                         ORDER BY COALESCE(r.submitted_at, r.created_at) DESC, r.id DESC LIMIT\s""" + LIMIT)
                .bind("id", id).bind("viewerAgency", viewerAgency).map(new RequestMapper()).list());
    }

    /** What the agency disclosed under these requests, newest first. */
    List<Disclosure> disclosures(long agencyId, List<Long> requestIds) {
        if (requestIds.isEmpty()) {
            return List.of();
        }
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT d.* FROM disclosures d WHERE d.agency_id = :agencyId AND d.request_id IN (<ids>)
                        ORDER BY d.id DESC LIMIT\s""" + LIMIT)
                .bind("agencyId", agencyId).bindList("ids", requestIds)
                .map(ConstructorMapper.of(Disclosure.class)).list());
    }
}

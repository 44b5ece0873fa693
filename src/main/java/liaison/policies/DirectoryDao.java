package liaison.policies;

import java.time.LocalDate;
import java.util.List;
import liaison.requests.LegalProcess;
import liaison.requests.RequestedItem;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The directory of local agencies: who they are and the cells of their current policies. Agencies and policies are
 * public to everyone signed in, so no query here takes the reader's agency.
 */
@RegisterConstructorMapper(DirectoryDao.Listing.class)
@RegisterConstructorMapper(DirectoryDao.Cell.class)
interface DirectoryDao {
    /** A local agency as the directory lists it. */
    record Listing(long id, String name, String jurisdiction, String timeZone, String contactEmail,
                   String contactPhone) {
    }

    /** One cell of an agency's current policy, with the version it belongs to. */
    record Cell(long agencyId, int version, LocalDate effectiveOn, RequestedItem item, LegalProcess process,
                Decision decision) {
    }

    /**
     * Active local agencies in name order after {@code afterName} (keyset), those whose name matches the LIKE
     * {@code pattern} when one is given (the collation makes it case-insensitive).
     */
    @SqlQuery("""
            SELECT id, name, jurisdiction, time_zone, contact_email, contact_phone FROM agencies
            WHERE kind = 'LOCAL_AGENCY' AND active AND name > :afterName
              AND (:pattern IS NULL OR name LIKE :pattern)
            ORDER BY name LIMIT :limit
            """)
    List<Listing> page(@Bind("pattern") String pattern, @Bind("afterName") String afterName, @Bind("limit") int limit);

    /** Every cell of the current (latest) version of each agency's policy; none for an agency without one. */
    @SqlQuery("""
            SELECT v.agency_id, v.version, v.effective_on, r.item, r.process, r.decision
            FROM policy_versions v JOIN policy_rules r ON r.policy_id = v.id
            WHERE v.agency_id IN (<ids>)
              AND v.version = (SELECT MAX(w.version) FROM policy_versions w WHERE w.agency_id = v.agency_id)
            """)
    List<Cell> currentCells(@BindList("ids") List<Long> agencyIds);
}

package liaison.agencies;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(Agency.class)
public interface AgencyDao {

    @SqlUpdate("""
            INSERT INTO agencies (kind, name, jurisdiction, active, created_at)
            VALUES (:kind, :name, :jurisdiction, TRUE, :now)
            """)
    @GetGeneratedKeys("id")
    long insert(@Bind("kind") AgencyKind kind, @Bind("name") String name,
                @Bind("jurisdiction") String jurisdiction, @Bind("now") Instant now);

    /** Where the agency's business days are counted (an IANA zone, e.g. America/Denver). */
    @SqlUpdate("UPDATE agencies SET time_zone = :zone WHERE id = :id")
    void setTimeZone(@Bind("id") long id, @Bind("zone") String zone);

    @SqlQuery("SELECT * FROM agencies WHERE id = :id")
    Optional<Agency> find(@Bind("id") long id);

    @SqlQuery("SELECT * FROM agencies WHERE name = :name")
    Optional<Agency> findByName(@Bind("name") String name);

    /** A page of agencies in name order, starting after {@code afterName} (keyset pagination). */
    @SqlQuery("""
            SELECT * FROM agencies WHERE name > :afterName
            ORDER BY name LIMIT :limit
            """)
    List<Agency> page(@Bind("afterName") String afterName, @Bind("limit") int limit);

    @SqlQuery("SELECT COUNT(*) FROM agencies")
    long count();

    /** The agencies a request can be addressed to: active local agencies, in name order (a bounded choice list). */
    @SqlQuery("""
            SELECT * FROM agencies WHERE kind = 'LOCAL_AGENCY' AND active
            ORDER BY name LIMIT 1000
            """)
    List<Agency> activeLocal();
}

package liaison.requests;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The affirmations signed with approvals; callers have found the request as the person may see it. */
@RegisterConstructorMapper(Affirmation.class)
interface AffirmationDao {

    @SqlUpdate("""
            INSERT INTO approval_affirmations (request_id, affirmed_by, affirmed_at, statement)
            VALUES (:requestId, :by, :at, :statement)
            """)
    void insert(@Bind("requestId") long requestId, @Bind("by") long affirmedBy, @Bind("at") Instant at,
                @Bind("statement") String statement);

    /** The request's latest affirmation (the approval in force), with the officer's name and agency. */
    String LATEST = """
            SELECT f.request_id, f.affirmed_by, a.display_name AS officer_name, g.name AS officer_agency,
                   f.affirmed_at, f.statement
            FROM approval_affirmations f JOIN accounts a ON a.id = f.affirmed_by
                 LEFT JOIN agencies g ON g.id = a.agency_id
            WHERE f.request_id = :requestId ORDER BY f.id DESC LIMIT 1
            """;

    @SqlQuery(LATEST)
    Optional<Affirmation> latest(@Bind("requestId") long requestId);
}

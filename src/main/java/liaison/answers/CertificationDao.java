package liaison.answers;

import java.util.Optional;
import liaison.system.Columns;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Certifications of answers; reached only through a request already found as the person may see it. */
@RegisterConstructorMapper(Certification.class)
interface CertificationDao {

    @SqlUpdate("""
            INSERT INTO answer_certifications (request_id, certified_by, clerk_name, clerk_title, agency_name,
                                               certified_at, statement)
            VALUES (:c.requestId, :c.certifiedBy, :c.clerkName, :c.clerkTitle, :c.agencyName, :c.certifiedAt,
                    :c.statement)
            """)
    void insert(@BindMethods("c") Certification certification);

    String FIND = """
            SELECT request_id, certified_by, clerk_name, clerk_title, agency_name, certified_at, statement
            FROM answer_certifications WHERE request_id = :requestId
            """;

    /** {@link #FIND}'s row, for the request page, which reads it through its handle on every view. */
    RowMapper<Certification> CERTIFICATION = (rs, ctx) -> new Certification(rs.getLong("request_id"),
            rs.getLong("certified_by"), rs.getString("clerk_name"), rs.getString("clerk_title"),
            rs.getString("agency_name"), Columns.instant(rs, "certified_at"), rs.getString("statement"));

    @SqlQuery(FIND)
    Optional<Certification> find(@Bind("requestId") long requestId);
}

package liaison.answers;

import java.util.Optional;
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

    @SqlQuery("""
            SELECT request_id, certified_by, clerk_name, clerk_title, agency_name, certified_at, statement
            FROM answer_certifications WHERE request_id = :requestId
            """)
    Optional<Certification> find(@Bind("requestId") long requestId);
}

package liaison.answers;

import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The certified-answer PDFs issued, found by verification code or by SHA-256 (the public verify page). */
@RegisterConstructorMapper(IssuedDocument.class)
interface IssuedDocumentDao {

    @SqlUpdate("""
            INSERT INTO certified_documents (code, sha256, request_id, agency_name, certified_by_name,
                                             certified_by_title, certified_at, issued_at, audit_entry_id)
            VALUES (:d.code, :d.sha256, :d.requestId, :d.agencyName, :d.certifiedByName, :d.certifiedByTitle,
                    :d.certifiedAt, :d.issuedAt, :d.auditEntryId)
            """)
    void insert(@BindMethods("d") IssuedDocument document);

    @SqlQuery("SELECT * FROM certified_documents WHERE code = :code")
    Optional<IssuedDocument> byCode(@Bind("code") String code);

    @SqlQuery("SELECT * FROM certified_documents WHERE sha256 = :sha256 ORDER BY issued_at LIMIT 1")
    Optional<IssuedDocument> bySha256(@Bind("sha256") String sha256);
}

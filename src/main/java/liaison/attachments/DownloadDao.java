package liaison.attachments;

import java.time.Instant;
import java.util.List;
import liaison.system.Columns;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The chain of custody of a request's documents; callers have already found the request as the person may see it. */
@RegisterConstructorMapper(DocumentDownload.class)
public interface DownloadDao {

    @SqlUpdate("""
            INSERT INTO document_downloads (request_id, account_id, downloaded_at, document_kind, attachment_id,
                                            file_name, sha256)
            VALUES (:requestId, :accountId, :at, :kind, :attachmentId, :fileName, :sha256)
            """)
    void insert(@Bind("requestId") long requestId, @Bind("accountId") long accountId, @Bind("at") Instant at,
                @Bind("kind") DocumentKind kind, @Bind("attachmentId") Long attachmentId,
                @Bind("fileName") String fileName, @Bind("sha256") String sha256);

    /** The request's latest downloads, newest first. */
    String LATEST = """
            SELECT d.id, d.request_id, d.account_id, a.display_name AS account_name, g.name AS account_agency,
                   d.downloaded_at, d.document_kind, d.attachment_id, d.file_name, d.sha256
            FROM document_downloads d JOIN accounts a ON a.id = d.account_id LEFT JOIN agencies g ON g.id = a.agency_id
            WHERE d.request_id = :requestId ORDER BY d.id DESC LIMIT :limit
            """;

    String COUNT = "SELECT COUNT(*) FROM document_downloads WHERE request_id = :requestId";

    /** {@link #LATEST}'s rows, for the request page, which reads them through its handle on every view. */
    RowMapper<DocumentDownload> DOWNLOAD = (rs, ctx) -> new DocumentDownload(rs.getLong("id"),
            rs.getLong("request_id"), rs.getLong("account_id"), rs.getString("account_name"),
            rs.getString("account_agency"), Columns.instant(rs, "downloaded_at"),
            Columns.named(rs, "document_kind", DocumentKind.class), Columns.longOrNull(rs, "attachment_id"),
            rs.getString("file_name"), rs.getString("sha256"));

    @SqlQuery(LATEST)
    List<DocumentDownload> latest(@Bind("requestId") long requestId, @Bind("limit") int limit);

    @SqlQuery(COUNT)
    int count(@Bind("requestId") long requestId);
}

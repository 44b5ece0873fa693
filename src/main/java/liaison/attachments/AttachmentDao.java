package liaison.attachments;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import liaison.requests.RequestedItem;
import liaison.system.Columns;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The files of requests. Callers have already found the request as the person may see it; every read here
 * still takes the request's id, so an attachment is only ever reached through its own request.
 */
@RegisterConstructorMapper(Attachment.class)
@RegisterConstructorMapper(AttachmentFile.class)
interface AttachmentDao {

    /**
     * Some bytes of a file are sent escaped (a zero byte takes two), so a 10 MB file can outgrow a server's
     * max_allowed_packet (16 MB by default) in one statement. The content therefore goes in pieces of this size.
     */
    int PIECE = 4 * 1024 * 1024;

    @SqlUpdate("""
            INSERT INTO attachments (request_id, item, uploaded_by, uploaded_at, file_name, content_type, size_bytes,
                sha256, content)
            VALUES (:requestId, :item, :uploadedBy, :at, :fileName, :contentType, :size, :sha256, :content)
            """)
    @GetGeneratedKeys("id")
    long insertRow(@Bind("requestId") long requestId, @Bind("item") RequestedItem item,
                   @Bind("uploadedBy") long uploadedBy, @Bind("at") Instant at, @Bind("fileName") String fileName,
                   @Bind("contentType") String contentType, @Bind("size") int size, @Bind("sha256") String sha256,
                   @Bind("content") byte[] firstPiece);

    @SqlUpdate("UPDATE attachments SET content = CONCAT(content, :piece) WHERE id = :id")
    void appendContent(@Bind("id") long id, @Bind("piece") byte[] piece);

    /** Inserts the file, its content piece by piece; call inside the caller's transaction. */
    default long insert(long requestId, RequestedItem item, long uploadedBy, Instant at, String fileName,
                        String contentType, String sha256, byte[] content) {
        long id = insertRow(requestId, item, uploadedBy, at, fileName, contentType, content.length, sha256,
                Arrays.copyOfRange(content, 0, Math.min(PIECE, content.length)));
        for (int from = PIECE; from < content.length; from += PIECE) {
            appendContent(id, Arrays.copyOfRange(content, from, Math.min(from + PIECE, content.length)));
        }
        return id;
    }

    /** The request's files, oldest first, without their content; a request has few, the limit is a backstop. */
    String LIST = """
            SELECT f.id, f.request_id, f.item, f.uploaded_by, a.display_name AS uploader_name,
                   g.name AS uploader_agency, f.uploaded_at, f.file_name, f.content_type, f.size_bytes, f.sha256
            FROM attachments f JOIN accounts a ON a.id = f.uploaded_by LEFT JOIN agencies g ON g.id = a.agency_id
            WHERE f.request_id = :requestId ORDER BY f.id LIMIT 500
            """;

    /** {@link #LIST}'s rows, for reading them through a handle (the request page, on every view). */
    RowMapper<Attachment> ATTACHMENT = (rs, ctx) -> new Attachment(rs.getLong("id"), rs.getLong("request_id"),
            Columns.named(rs, "item", RequestedItem.class), rs.getLong("uploaded_by"), rs.getString("uploader_name"),
            rs.getString("uploader_agency"), Columns.instant(rs, "uploaded_at"), rs.getString("file_name"),
            rs.getString("content_type"), rs.getInt("size_bytes"), rs.getString("sha256"));

    @SqlQuery(LIST)
    List<Attachment> list(@Bind("requestId") long requestId);

    @SqlQuery("""
            SELECT id, file_name, content_type, sha256, content FROM attachments
            WHERE id = :id AND request_id = :requestId
            """)
    Optional<AttachmentFile> file(@Bind("id") long id, @Bind("requestId") long requestId);
}

package liaison.enforcement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import liaison.system.Columns;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Court orders, and what recording one does to its request's items and earlier answer. Callers have already found
 * the request as the person may see it (and locked it, for writes); every statement takes the request's id.
 */
interface CourtOrderDao {

    @SqlUpdate("""
            INSERT INTO court_orders (request_id, court, case_number, order_date, return_date, narrowed_items,
                                      previous_items, attachment_id, recorded_by, recorded_at)
            VALUES (:requestId, :court, :caseNumber, :orderDate, :returnDate, :narrowed, :previous, :attachmentId,
                    :by, :at)
            """)
    void insert(@Bind("requestId") long requestId, @Bind("court") String court, @Bind("caseNumber") String caseNumber,
                @Bind("orderDate") LocalDate orderDate, @Bind("returnDate") LocalDate returnDate,
                @Bind("narrowed") String narrowedItems, @Bind("previous") String previousItems,
                @Bind("attachmentId") long attachmentId, @Bind("by") long recordedBy, @Bind("at") Instant at);

    /**
     * The request's orders, oldest first, with their documents' names and hashes and who recorded them. Read
     * through the handle with {@link #ORDER} ({@link Enforcement#orders}): a subpoena's page reads them on every view.
     */
    String LIST = """
            SELECT o.id, o.request_id, o.court, o.case_number, o.order_date, o.return_date, o.narrowed_items,
                   o.previous_items, o.attachment_id, f.file_name, f.sha256, o.recorded_by,
                   a.display_name AS recorder_name, o.recorded_at
            FROM court_orders o JOIN attachments f ON f.id = o.attachment_id AND f.request_id = o.request_id
                 JOIN accounts a ON a.id = o.recorded_by
            WHERE o.request_id = :requestId ORDER BY o.id LIMIT 100
            """;

    RowMapper<CourtOrder> ORDER = (rs, ctx) -> new CourtOrder(rs.getLong("id"), rs.getLong("request_id"),
            rs.getString("court"), rs.getString("case_number"), Columns.date(rs, "order_date"),
            Columns.date(rs, "return_date"), rs.getString("narrowed_items"), rs.getString("previous_items"),
            rs.getLong("attachment_id"), rs.getString("file_name"), rs.getString("sha256"), rs.getLong("recorded_by"),
            rs.getString("recorder_name"), Columns.instant(rs, "recorded_at"));

    /**
     * The order backs the request now: its items become what the court ordered, to be answered afresh (the time the
     * set-aside answer took leaves the reports with it).
     */
    @SqlUpdate("""
            UPDATE requests SET court_ordered = TRUE, items = :items, outcome = NULL, answered_at = NULL,
                   answer_business_days = NULL
            WHERE id = :requestId
            """)
    void backByOrder(@Bind("requestId") long requestId, @Bind("items") String items);

    /** Rows of items the court left out; {@code ordered} is never empty. */
    @SqlUpdate("DELETE FROM request_items WHERE request_id = :requestId AND item NOT IN (<ordered>)")
    void dropItemsNotIn(@Bind("requestId") long requestId, @BindList("ordered") List<String> ordered);

    @SqlUpdate("""
            UPDATE request_items SET disposition = NULL, answer_value = NULL, basis = NULL WHERE request_id = :requestId
            """)
    void clearItemAnswers(@Bind("requestId") long requestId);

    /** The structured part of the earlier answer; the next answer writes its own. */
    @SqlUpdate("DELETE FROM request_answers WHERE request_id = :requestId")
    void deleteAnswer(@Bind("requestId") long requestId);

    /** The clerk's certification of the earlier answer (one per request); the next answer is certified afresh. */
    @SqlUpdate("DELETE FROM answer_certifications WHERE request_id = :requestId")
    void deleteCertification(@Bind("requestId") long requestId);
}

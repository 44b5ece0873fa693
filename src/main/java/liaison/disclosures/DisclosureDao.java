package liaison.disclosures;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The disclosure accounting. Every read takes the disclosing agency as a bound parameter: an agency sees its own. */
@RegisterConstructorMapper(Disclosure.class)
interface DisclosureDao {

    @SqlUpdate("""
            INSERT INTO disclosures (agency_id, request_id, occasion, tracking_number, request_type, legal_process,
                subject_name, a_number, booking_number, answered_booking_number, items, documents, office_id,
                office_name, recipient_id, recipient_name, disclosed_by, disclosed_by_name, disclosed_at)
            VALUES (:d.agencyId, :d.requestId, :d.occasion, :d.trackingNumber, :d.requestType, :d.legalProcess,
                :d.subjectName, :d.aNumber, :d.bookingNumber, :d.answeredBookingNumber, :d.items, :d.documents,
                :d.officeId, :d.officeName, :d.recipientId, :d.recipientName, :d.disclosedBy, :d.disclosedByName,
                :d.disclosedAt)
            """)
    void insert(@BindMethods("d") Disclosure disclosure);

    /**
     * The agency's disclosures, newest first, before {@code beforeId} (keyset): about one identifier (A-number, or
     * booking number as filed or as answered), about a subject whose name or one of whose aliases (as the request
     * gives them) matches the LIKE {@code namePattern} (the collation ignores case), and within [from, to); each
     * filter only when given.
     */
    @SqlQuery("""
            SELECT d.* FROM disclosures d
            WHERE d.agency_id = :agencyId AND d.id < :beforeId
              AND (:identifier IS NULL OR d.a_number = :identifier OR d.booking_number = :identifier
                   OR d.answered_booking_number = :identifier)
              AND (:namePattern IS NULL OR d.subject_name LIKE :namePattern
                   OR EXISTS (SELECT 1 FROM requests r WHERE r.id = d.request_id AND r.agency_id = d.agency_id
                              AND r.subject_aliases LIKE :namePattern))
              AND (:fromAt IS NULL OR d.disclosed_at >= :fromAt)
              AND (:toAt IS NULL OR d.disclosed_at < :toAt)
            ORDER BY d.id DESC LIMIT :limit
            """)
    List<Disclosure> page(@Bind("agencyId") long agencyId, @Bind("identifier") String identifier,
                          @Bind("namePattern") String namePattern, @Bind("fromAt") Instant fromAt,
                          @Bind("toAt") Instant toAt, @Bind("beforeId") long beforeId, @Bind("limit") int limit);

    /** {@link #page} with the filters of a search. */
    default List<Disclosure> page(long agencyId, DisclosureSearch.Filter f, long beforeId, int limit) {
        return page(agencyId, f.identifier(), f.namePattern(), f.fromAt(), f.toAt(), beforeId, limit);
    }

    @SqlQuery("SELECT display_name FROM accounts WHERE id = :id")
    Optional<String> displayName(@Bind("id") long accountId);

    /** The request's files added by the agency's own people: the documents it produced. */
    @SqlQuery("""
            SELECT CONCAT(f.file_name, ' (SHA-256 ', f.sha256, ')') FROM attachments f
            JOIN accounts a ON a.id = f.uploaded_by
            WHERE f.request_id = :requestId AND a.agency_id = :agencyId ORDER BY f.id LIMIT 500
            """)
    List<String> producedDocuments(@Bind("requestId") long requestId, @Bind("agencyId") long agencyId);
}

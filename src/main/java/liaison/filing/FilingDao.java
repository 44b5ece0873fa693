package liaison.filing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import liaison.requests.Items;
import liaison.requests.Priority;
import liaison.requests.RequestState;
import liaison.requests.RequestType;
import liaison.requests.Subject;
import org.jdbi.v3.core.mapper.reflect.ColumnName;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/** Filings (drafts and submitted batches); always read through the office that owns them. */
@RegisterConstructorMapper(FilingDao.Row.class)
@RegisterConstructorMapper(Subject.class)
interface FilingDao {

    /** The filing columns; items, recipients and subjects are read separately. */
    record Row(long id, long officeId, long createdBy, @ColumnName("request_type") RequestType type,
               Priority priority, String items, String narrative, String legalAuthority, LocalDate returnDate,
               Instant submittedAt, int version) {
    }

    @SqlUpdate("""
            INSERT INTO filings (office_id, created_by, request_type, priority, items, narrative, legal_authority,
                                 return_date, created_at, updated_at)
            VALUES (:f.officeId, :f.createdBy, :f.type, :f.priority, :items, :f.narrative, :f.legalAuthority,
                    :f.returnDate, :now, :now)
            """)
    @GetGeneratedKeys("id")
    long insertRow(@BindMethods("f") Filing filing, @Bind("items") String items, @Bind("now") Instant now);

    @SqlUpdate("""
            UPDATE filings SET request_type = :f.type, priority = :f.priority, items = :items, narrative = :f.narrative,
                legal_authority = :f.legalAuthority, return_date = :f.returnDate, updated_at = :now,
                version = version + 1
            WHERE id = :f.id AND office_id = :f.officeId AND version = :f.version AND submitted_at IS NULL
            """)
    int updateRow(@BindMethods("f") Filing filing, @Bind("items") String items, @Bind("now") Instant now);

    @SqlUpdate("DELETE FROM filing_recipients WHERE filing_id = :id")
    void clearRecipients(@Bind("id") long id);

    @SqlUpdate("DELETE FROM filing_subjects WHERE filing_id = :id")
    void clearSubjects(@Bind("id") long id);

    @SqlBatch("INSERT INTO filing_recipients (filing_id, agency_id) VALUES (:id, :agencyId)")
    void insertRecipients(@Bind("id") long id, @Bind("agencyId") List<Long> agencyIds);

    @SqlBatch("""
            INSERT INTO filing_subjects (filing_id, position, full_name, aliases, date_of_birth, sex, citizenship,
                                         a_number, fbi_number, state_id, booking_number)
            VALUES (:id, :position, :s.fullName, :s.aliases, :s.dateOfBirth, :s.sex, :s.citizenship, :s.aNumber,
                    :s.fbiNumber, :s.stateId, :s.bookingNumber)
            """)
    void insertSubjects(@Bind("id") long id, @Bind("position") List<Integer> positions,
                        @BindMethods("s") List<Subject> subjects);

    /** Saves a draft, new or changed; returns its id, or empty when the draft changed since it was read. */
    @Transaction
    default Optional<Long> save(Filing filing, Instant now) {
        long id;
        if (filing.id() == 0) {
            id = insertRow(filing, Items.join(filing.items()), now);
        } else {
            if (updateRow(filing, Items.join(filing.items()), now) == 0) {
                return Optional.empty();
            }
            id = filing.id();
            clearRecipients(id);
            clearSubjects(id);
        }
        insertRecipients(id, filing.recipients());
        List<Integer> positions = java.util.stream.IntStream.range(0, filing.subjects().size()).boxed().toList();
        insertSubjects(id, positions, filing.subjects());
        return Optional.of(id);
    }

    @SqlQuery("SELECT * FROM filings WHERE id = :id AND office_id = :officeId")
    Optional<Row> row(@Bind("id") long id, @Bind("officeId") long officeId);

    @SqlQuery("SELECT * FROM filings WHERE id = :id AND office_id = :officeId FOR UPDATE")
    Optional<Row> lockRow(@Bind("id") long id, @Bind("officeId") long officeId);

    @SqlQuery("SELECT agency_id FROM filing_recipients WHERE filing_id = :id ORDER BY agency_id")
    List<Long> recipients(@Bind("id") long id);

    @SqlQuery("""
            SELECT full_name, aliases, date_of_birth, sex, citizenship, a_number, fbi_number, state_id, booking_number
            FROM filing_subjects WHERE filing_id = :id ORDER BY position
            """)
    List<Subject> subjects(@Bind("id") long id);

    default Optional<Filing> find(long id, long officeId) {
        return row(id, officeId).map(r -> new Filing(r.id(), r.officeId(), r.createdBy(), r.type(), r.priority(),
                Items.split(r.items()), r.narrative(), r.legalAuthority(), r.returnDate(), recipients(r.id()),
                subjects(r.id()), r.submittedAt(), r.version()));
    }

    @SqlUpdate("UPDATE filings SET submitted_at = :now, version = version + 1 WHERE id = :id AND version = :version")
    int markSubmitted(@Bind("id") long id, @Bind("version") int version, @Bind("now") Instant now);

    @SqlUpdate("DELETE FROM filings WHERE id = :id AND office_id = :officeId AND submitted_at IS NULL")
    int deleteDraft(@Bind("id") long id, @Bind("officeId") long officeId);

    /** One line of the drafts list as read: the subjects' names joined by {@link #NAME_SEPARATOR}, in order. */
    record DraftRow(long id, @ColumnName("request_type") RequestType type, Priority priority, String subjectNames,
                    int recipients) {
    }

    /** Between the subjects' names of {@link DraftRow}: the ASCII unit separator, which no typed name holds. */
    String NAME_SEPARATOR = "\u001f";

    /**
     * The office's drafts, newest first, with their subjects and recipients counted in the same statement (it was
     * a query per draft for each: the drafts page ran 1 + 2n statements).
     */
    @SqlQuery("""
            SELECT f.id, f.request_type, f.priority,
                   (SELECT GROUP_CONCAT(s.full_name ORDER BY s.position SEPARATOR X'1F')
                    FROM filing_subjects s WHERE s.filing_id = f.id) AS subject_names,
                   (SELECT COUNT(*) FROM filing_recipients t WHERE t.filing_id = f.id) AS recipients
            FROM filings f WHERE f.office_id = :officeId AND f.submitted_at IS NULL
            ORDER BY f.updated_at DESC, f.id DESC LIMIT 50
            """)
    @RegisterConstructorMapper(DraftRow.class)
    List<DraftRow> drafts(@Bind("officeId") long officeId);

    /** One request of a submitted filing, for one subject and one recipient agency. */
    @SqlUpdate("""
            INSERT INTO requests (tracking_number, filing_id, office_id, agency_id, created_by, last_changed_by,
                request_type, priority, state, items, narrative, legal_authority, return_date, subject_name,
                subject_aliases, subject_dob, subject_sex, subject_citizenship, a_number, fbi_number, state_id,
                booking_number, created_at, updated_at)
            VALUES (:tracking, :f.id, :f.officeId, :agencyId, :f.createdBy, :filedBy, :f.type, :f.priority, :state,
                :items, :f.narrative, :f.legalAuthority, :f.returnDate, :s.fullName, :s.aliases, :s.dateOfBirth,
                :s.sex, :s.citizenship, :s.aNumber, :s.fbiNumber, :s.stateId, :s.bookingNumber, :now, :now)
            """)
    @GetGeneratedKeys("id")
    long insertRequest(@Bind("tracking") String tracking, @BindMethods("f") Filing filing,
                       @Bind("filedBy") long filedBy, @Bind("agencyId") long agencyId, @Bind("state") RequestState state, @Bind("items") String items,
                       @BindMethods("s") Subject subject, @Bind("now") Instant now);
}

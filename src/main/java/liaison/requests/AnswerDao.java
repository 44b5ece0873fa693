package liaison.requests;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The structured part of answers; reached only through a request already checked as visible. */
@RegisterConstructorMapper(StructuredAnswer.class)
public interface AnswerDao {

    @SqlUpdate("""
            INSERT INTO request_answers (request_id, answered_by, answered_at, booking_number, release_at, facility,
                                         release_type, charges, bond, summary)
            VALUES (:requestId, :by, :at, :a.bookingNumber, :a.releaseAt, :a.facility, :a.releaseType, :a.charges,
                    :a.bond, :a.summary)
            """)
    void insert(@Bind("requestId") long requestId, @Bind("by") long answeredBy, @Bind("at") Instant at,
                @BindMethods("a") StructuredAnswer answer);

    String FIND = """
            SELECT booking_number, release_at, facility, release_type, charges, bond, summary
            FROM request_answers WHERE request_id = :requestId
            """;

    @SqlQuery(FIND)
    Optional<StructuredAnswer> find(@Bind("requestId") long requestId);

    @SqlUpdate("UPDATE request_answers SET release_at = :releaseAt WHERE request_id = :requestId")
    void amendRelease(@Bind("requestId") long requestId, @Bind("releaseAt") Instant releaseAt);
}

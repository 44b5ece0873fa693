package liaison.policies;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import liaison.requests.LegalProcess;
import liaison.requests.RequestedItem;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Policy versions, their citations and matrices; and what an answer relied on. Policies are public to everyone
 * signed in, so no query here takes the reader's agency; the answer columns are written only inside the workflow's
 * transaction, on a request it has already found visible and locked.
 */
@RegisterConstructorMapper(PolicyDao.Head.class)
@RegisterConstructorMapper(PolicyDao.Rule.class)
@RegisterConstructorMapper(PolicyDao.Line.class)
public interface PolicyDao {
    /** A version without its citations and matrix. */
    record Head(long id, long agencyId, int version, String statement, LocalDate effectiveOn, String publishedBy,
                Instant publishedAt) {
    }

    /** One cell of the matrix. */
    record Rule(RequestedItem item, LegalProcess process, Decision decision) {
    }

    /** One version in an agency's list of versions. */
    record Line(int version, LocalDate effectiveOn, String publishedBy, Instant publishedAt) {
    }

    String HEAD = """
            SELECT v.id, v.agency_id, v.version, v.statement, v.effective_on, a.display_name AS published_by,
                   v.published_at
            FROM policy_versions v LEFT JOIN accounts a ON a.id = v.published_by
            """;

    String CURRENT_HEAD = HEAD + " WHERE v.agency_id = :agencyId ORDER BY v.version DESC LIMIT 1";
    String HEAD_BY_ID = HEAD + " WHERE v.id = :id";
    String CITATIONS = "SELECT citation FROM policy_citations WHERE policy_id = :id ORDER BY position";
    String RULES = "SELECT item, process, decision FROM policy_rules WHERE policy_id = :id";

    @SqlQuery(CURRENT_HEAD)
    Optional<Head> currentHead(@Bind("agencyId") long agencyId);

    @SqlQuery(HEAD_BY_ID)
    Optional<Head> head(@Bind("id") long id);

    @SqlQuery(HEAD + " WHERE v.agency_id = :agencyId AND v.version = :version")
    Optional<Head> head(@Bind("agencyId") long agencyId, @Bind("version") int version);

    @SqlQuery(CITATIONS)
    List<String> citations(@Bind("id") long policyId);

    @SqlQuery(RULES)
    List<Rule> rules(@Bind("id") long policyId);

    /** A page of an agency's versions, newest first, below version {@code before} (keyset pagination). */
    @SqlQuery("""
            SELECT v.version, v.effective_on, a.display_name AS published_by, v.published_at
            FROM policy_versions v LEFT JOIN accounts a ON a.id = v.published_by
            WHERE v.agency_id = :agencyId AND v.version < :before
            ORDER BY v.version DESC LIMIT :limit
            """)
    List<Line> versions(@Bind("agencyId") long agencyId, @Bind("before") int before, @Bind("limit") int limit);

    default Optional<PolicyVersion> current(long agencyId) {
        return currentHead(agencyId).map(this::whole);
    }

    default Optional<PolicyVersion> version(long id) {
        return head(id).map(this::whole);
    }

    default Optional<PolicyVersion> version(long agencyId, int version) {
        return head(agencyId, version).map(this::whole);
    }

    private PolicyVersion whole(Head h) {
        return PolicyReads.whole(h, rules(h.id()), citations(h.id()));
    }

    /** Where the agency counts its days (an IANA zone), for the date a policy takes effect. */
    @SqlQuery("SELECT time_zone FROM agencies WHERE id = :agencyId")
    Optional<String> timeZone(@Bind("agencyId") long agencyId);

    // --- publishing: call inside a transaction, after lockAgency

    /** Locks the agency's row, so two admins publishing at once get consecutive numbers, never the same one. */
    @SqlQuery("SELECT time_zone FROM agencies WHERE id = :agencyId FOR UPDATE")
    Optional<String> lockAgency(@Bind("agencyId") long agencyId);

    @SqlQuery("SELECT COALESCE(MAX(version), 0) FROM policy_versions WHERE agency_id = :agencyId")
    int lastVersion(@Bind("agencyId") long agencyId);

    @SqlUpdate("""
            INSERT INTO policy_versions (agency_id, version, statement, effective_on, published_by, published_at)
            VALUES (:agencyId, :version, :p.statement, :p.effectiveOn, :by, :at)
            """)
    @GetGeneratedKeys("id")
    long insertHead(@Bind("agencyId") long agencyId, @Bind("version") int version, @BindMethods("p") NewPolicy policy,
                    @Bind("by") Long publishedBy, @Bind("at") Instant at);

    @SqlBatch("INSERT INTO policy_citations (policy_id, position, citation) VALUES (:id, :position, :citation)")
    void insertCitations(@Bind("id") long policyId, @Bind("position") List<Integer> positions,
                         @Bind("citation") List<String> citations);

    @SqlBatch("INSERT INTO policy_rules (policy_id, item, process, decision) VALUES (:id, :r.item, :r.process, :r.decision)")
    void insertRules(@Bind("id") long policyId, @BindMethods("r") List<Rule> rules);

    /** Adds the agency's next version; returns its id. The caller holds the agency's lock. */
    default long insert(long agencyId, int version, NewPolicy policy, Long publishedBy, Instant at) {
        long id = insertHead(agencyId, version, policy, publishedBy, at);
        if (!policy.citations().isEmpty()) {
            insertCitations(id, IntStream.range(0, policy.citations().size()).boxed().toList(), policy.citations());
        }
        List<Rule> rules = new ArrayList<>();
        policy.rules().forEach((item, row) -> row.forEach((process, d) -> rules.add(new Rule(item, process, d))));
        if (!rules.isEmpty()) {
            insertRules(id, rules);
        }
        return id;
    }

    // --- what answers relied on

    @SqlQuery("SELECT agency_id FROM policy_versions WHERE id = :id")
    Optional<Long> agencyOf(@Bind("id") long policyId);

    @SqlUpdate("UPDATE request_answers SET policy_version_id = :policyId WHERE request_id = :requestId")
    void relyOn(@Bind("requestId") long requestId, @Bind("policyId") long policyId);

    @SqlUpdate("""
            UPDATE request_items SET basis_kind = :kind, basis_citation = :citation
            WHERE request_id = :requestId AND item = :item AND disposition = 'WITHHELD'
            """)
    void recordBasis(@Bind("requestId") long requestId, @Bind("item") RequestedItem item,
                     @Bind("kind") Basis.Kind kind, @Bind("citation") String citation);

    String RELIED_ON = """
            SELECT policy_version_id FROM request_answers
            WHERE request_id = :requestId AND policy_version_id IS NOT NULL
            """;

    @SqlQuery(RELIED_ON)
    Optional<Long> reliedOn(@Bind("requestId") long requestId);
}
